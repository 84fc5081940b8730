// engine/allowed.cpp and engine/steptokens.cpp: what an input may be, as data and as the English line for logs; the
// tokens of an explanation step.

#include "allowed.h"
#include "case.h"
#include "law.h"
#include "result.h"

#include <QtTest>

using namespace pension;

Q_DECLARE_METATYPE(pension::Allowed)

class TestAllowed : public QObject {
    Q_OBJECT

private slots:
    void numbers_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QString>("text");
        QTest::addRow("a whole number") << qint64(720) << 0 << "720";
        QTest::addRow("one decimal kept: 3.0") << qint64(30) << 1 << "3.0";
        QTest::addRow("a negative fraction") << qint64(-5) << 2 << "-0.05";
        QTest::addRow("zero is 0 whatever the scale") << qint64(0) << 6 << "0";
    }
    void numbers()
    {
        QFETCH(qint64, value);
        QFETCH(int, scale);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(Number{value, scale}.text()), text);
    }

    void fractionsDropTrailingZerosButOneDecimal()
    {
        QCOMPARE(QString::fromStdString(Number::fraction(law::kMinGrade).text()), QStringLiteral("0.6"));
        QCOMPARE(QString::fromStdString(Number::fraction(law::kMaxGrade).text()), QStringLiteral("3.0"));
        QCOMPARE(QString::fromStdString(Number::fraction(13'000).text()), QStringLiteral("0.013"));
    }

    void describe_data()
    {
        QTest::addColumn<Allowed>("allowed");
        QTest::addColumn<QString>("line");
        QTest::addRow("the grade: the law's bounds with their percentages")
            << Allowed::grade() << "0.6–3.0 (60%–300% of the average wage)";
        QTest::addRow("yuan with decimals")
            << Allowed::range(Number::whole(0), Number::whole(100'000), AllowedUnit::YuanMonthly).withDecimals(2)
            << "0–100000 yuan a month with at most 2 decimals";
        QTest::addRow("months as YYYY-MM…YYYY-MM")
            << Allowed::range(Number::month(YearMonth::of(2025, 11)), Number::month(YearMonth::of(2029, 2)),
                              AllowedUnit::Month)
            << "2025-11…2029-02";
        QTest::addRow("a month or later")
            << Allowed::atLeast(Number::month(YearMonth::of(1990, 1)), AllowedUnit::Month) << "1990-01 or later";
        QTest::addRow("a relation with the other field's value")
            << Allowed::related(Relation::OnOrAfter, "asOf", "2025-12") << "on or after asOf (2025-12)";
        QTest::addRow("values as written") << Allowed::oneOf({"male", "female"}) << "male, female";
        QTest::addRow("one decimal") << Allowed::range(Number::whole(1), Number::whole(300)).withDecimals(1)
                                     << "1–300 with at most one decimal";
        QTest::addRow("a track for a woman")
            << Allowed::of(Allowed::Kind::TrackForSex, {"female-55", "female-50"}, "female")
            << "female-55 or female-50 for a woman";
        QTest::addRow("nothing to add") << Allowed{} << "";
    }
    void describe()
    {
        QFETCH(Allowed, allowed);
        QFETCH(QString, line);
        QCOMPARE(QString::fromStdString(allowed.describe()), line);
    }

    void anInputErrorLineNamesTheFieldAndWhatIsAllowed()
    {
        const InputError e{"plan.contributions[0].grade", InputErrorCode::OutOfRange, Allowed::grade(), "0.5"};
        QCOMPARE(QString::fromStdString(e.describe()),
                 QStringLiteral("plan.contributions[0].grade: out of range; allowed 0.6–3.0 (60%–300% of the average "
                                "wage) (got \"0.5\")"));
        const InputError n{"record.accountBalance", InputErrorCode::WrongType,
                           Allowed::range(Number::whole(0), Number::whole(100), AllowedUnit::Yuan), "abc"};
        QCOMPARE(QString::fromStdString(n.describe()),
                 QStringLiteral("record.accountBalance: wrong type; expected a number 0–100 yuan (got \"abc\")"));
    }

    void stepTokens()
    {
        const std::string formula = "1965-03 + " + ageToken(60 * 12 + 4) + " / " + termToken("yearly-index-sum");
        QCOMPARE(QString::fromStdString(plainStepText(formula)), QStringLiteral("1965-03 + 60y4m / Σ(yearly index)"));
        const std::string worded = expandStepTokens(
            formula, [](int m) { return std::to_string(m) + "m"; },
            [](std::string_view id) { return "<" + std::string(id) + ">"; });
        QCOMPARE(QString::fromStdString(worded), QStringLiteral("1965-03 + 724m / <yearly-index-sum>"));
        // Text without tokens, or braces that are not tokens, pass unchanged.
        QCOMPARE(QString::fromStdString(plainStepText("{\"a\": 1} × 2")), QStringLiteral("{\"a\": 1} × 2"));
    }
};

QTEST_GUILESS_MAIN(TestAllowed)
#include "test_allowed.moc"
