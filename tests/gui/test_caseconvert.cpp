// core/caseconvert: the form's text becomes a Case (through the engine's reader) and a Plan.
#include "caseconvert.h"

#include "builtin_packs.h"
#include "calculator.h"

#include <QtTest>

using namespace pension;
using namespace pension::gui;

namespace {

FormValues sd3()
{
    FormValues v;
    v.sex = Sex::Female;
    v.birth = QStringLiteral("1969-02");
    v.track = QStringLiteral("female-55");
    v.kind = InsuranceKind::Employee;
    v.region = QStringLiteral("shandong");
    v.asOf = QStringLiteral("2024-02");
    v.deemed = QStringLiteral("102");
    v.preAccount = QStringLiteral("0");
    v.accountMonths = QStringLiteral("314");
    v.averageIndex = QStringLiteral("1.6002");
    v.accountBalance = QStringLiteral("233006.44");
    return v;
}

FormValues youngFlexible()
{
    FormValues v;
    v.birth = QStringLiteral("1975-03");
    v.region = QStringLiteral("hebei/leting");
    v.asOf = QStringLiteral("2025-06");
    v.accountMonths = QStringLiteral("120");
    v.averageIndex = QStringLiteral("0.6");
    v.accountBalance = QStringLiteral("20000");
    return v;
}

bool hasError(const FieldErrors &errors, const char *field, InputErrorCode code)
{
    return std::any_of(errors.begin(), errors.end(),
                       [&](const InputError &e) { return e.field == field && e.code == code; });
}

} // namespace

class TestCaseConvert : public QObject {
    Q_OBJECT

private slots:
    void numbersAreReadAsTyped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scale");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<bool>("ok");
        QTest::addRow("a plain amount") << QStringLiteral("233006.44") << 2 << qint64(23300644) << true;
        QTest::addRow("grouping commas and yuan") << QStringLiteral("233,006.44元") << 2 << qint64(23300644) << true;
        QTest::addRow("full-width digits from an input method")
            << QStringLiteral("２３３００６．４４") << 2 << qint64(23300644) << true;
        QTest::addRow("a yen sign and spaces") << QStringLiteral(" ¥ 1 419.15 ") << 2 << qint64(141915) << true;
        QTest::addRow("too many decimals is refused, not rounded")
            << QStringLiteral("1.23456") << 4 << qint64(0) << false;
        QTest::addRow("letters are refused") << QStringLiteral("12a") << 2 << qint64(0) << false;
        QTest::addRow("an exponent is refused") << QStringLiteral("1e3") << 2 << qint64(0) << false;
    }

    void numbersAreReadAsTyped()
    {
        QFETCH(QString, text);
        QFETCH(int, scale);
        QFETCH(qint64, expected);
        QFETCH(bool, ok);
        const auto v = parse::decimal(text, scale);
        QCOMPARE(v.has_value(), ok);
        if (ok)
            QCOMPARE(*v, expected);
    }

    void monthsGradesAndHalves()
    {
        QCOMPARE(parse::month(QStringLiteral("2024-02")), YearMonth::of(2024, 2));
        QCOMPARE(parse::month(QStringLiteral("2024年2月")), YearMonth::of(2024, 2));
        QCOMPARE(parse::month(QStringLiteral("2024/2")), YearMonth::of(2024, 2));
        QCOMPARE(parse::month(QStringLiteral("202402")), YearMonth::of(2024, 2));
        QVERIFY(!parse::month(QStringLiteral("2024-13")));
        QVERIFY(!parse::month(QStringLiteral("24-02")));
        QCOMPARE(parse::halfMonths(QStringLiteral("515.5")), 1031);
        QCOMPARE(parse::halfMonths(QStringLiteral("102")), 204);
        QVERIFY(!parse::halfMonths(QStringLiteral("10.3")));
        QVERIFY(!parse::halfMonths(QStringLiteral("-1")));
        QCOMPARE(parse::grade(QStringLiteral("60%")), 600'000);
        QCOMPARE(parse::grade(QStringLiteral("150")), 1'500'000);
        QCOMPARE(parse::grade(QStringLiteral("1.5")), 1'500'000);
        QCOMPARE(parse::grade(QStringLiteral("３００％")), 3'000'000);
        QCOMPARE(parse::grade(QStringLiteral("75.5%")), 755'000);
        QVERIFY(!parse::grade(QStringLiteral("high")));
        QCOMPARE(parse::idNumber(QStringLiteral(" 370102 1969 0215 002x ")), QStringLiteral("37010219690215002X"));
    }

    void theSd3StatementBecomesTheCaseOfTheCaseFile()
    {
        const CaseBuild built = buildCase(sd3());
        QVERIFY(built.errors.empty());
        QVERIFY(built.kase);
        const Case &c = *built.kase;
        QCOMPARE(c.region, std::string("shandong"));
        QCOMPARE(c.asOf, YearMonth::of(2024, 2));
        QVERIFY(c.record);
        QCOMPARE(c.record->deemed, 204);
        QCOMPARE(c.record->account, 628);
        QCOMPARE(c.record->averageIndex, 1'600'200);
        QCOMPARE(c.record->accountBalance, 23'300'644);
        const Outcome out = calculate(sd3(), builtinLibrary(), YearMonth::of(2024, 2));
        QVERIFY(out.ok());
        QVERIFY(out.result->provisional);
        QCOMPARE(out.result->provisional->monthly.total, Fen(605'730));
        QVERIFY(out.plan.contributions.empty()); // retires in the asOf month: nothing more to pay
    }

    // The statement figures some provinces' rules need: typed in the form, they reach the case (and back).
    void provinceStatementFieldsReachTheCase()
    {
        FormValues v = sd3();
        v.transitionIndex = QStringLiteral("1.0606");
        v.transitionMonths = QStringLiteral("60.5");
        v.transitionPaidMonths = QStringLiteral("69");
        v.localPensionBase = QStringLiteral("7,933");
        const CaseBuild built = buildCase(v);
        QVERIFY(built.errors.empty());
        const Case &c = *built.kase;
        QCOMPARE(c.record->transitionIndex, std::optional<Ppm>(1'060'600));
        QCOMPARE(c.record->transitionMonths, std::optional<HalfMonths>(121));
        QCOMPARE(c.record->transitionPaidMonths, std::optional<HalfMonths>(138));
        QCOMPARE(c.overrides.localPensionBase, std::optional<Fen>(793'300));
        v.transitionIndex = QStringLiteral("abc");
        v.transitionMonths = QStringLiteral("9999");
        const CaseBuild bad = buildCase(v);
        QVERIFY(hasError(bad.errors, "record.transitionIndex", InputErrorCode::BadFormat));
        QVERIFY(!bad.kase);
        // 江苏's old-method amount, 重庆's old-method index and the claimed local items.
        FormValues more = sd3();
        more.oldMethodTransitional = QStringLiteral("1,066.61");
        more.oldMethodIndex = QStringLiteral("0.9123");
        more.notionalCredits = QStringLiteral("61,584");
        more.localItemMonths.insert(QStringLiteral("xizang-plateau"), QStringLiteral("100.5"));
        more.localItemClaims = {QStringLiteral("chongqing-one-child")};
        const CaseBuild withMore = buildCase(more);
        QVERIFY(withMore.errors.empty());
        QCOMPARE(withMore.kase->record->oldMethodTransitional, std::optional<Fen>(106'661));
        QCOMPARE(withMore.kase->record->oldMethodIndex, std::optional<Ppm>(912'300));
        QCOMPARE(withMore.kase->record->notionalCredits, std::optional<Fen>(6'158'400));
        QCOMPARE(withMore.kase->record->localItemMonths.at("xizang-plateau"), HalfMonths(201));
        QCOMPARE(withMore.kase->record->localItemClaims, std::vector<std::string>{"chongqing-one-child"});
        more.oldMethodTransitional = QStringLiteral("1066.615");
        more.oldMethodIndex = QStringLiteral("x");
        more.localItemMonths.insert(QStringLiteral("xizang-plateau"), QStringLiteral("ten years"));
        const CaseBuild badMore = buildCase(more);
        QVERIFY(hasError(badMore.errors, "record.oldMethodTransitional", InputErrorCode::BadFormat));
        QVERIFY(hasError(badMore.errors, "record.oldMethodIndex", InputErrorCode::BadFormat));
        QVERIFY(hasError(badMore.errors, "record.localItemMonths.xizang-plateau", InputErrorCode::BadFormat));
        // Shandong's rules need none of them: empty fields change nothing.
        QVERIFY(!buildCase(sd3()).kase->record->transitionIndex);
        QVERIFY(!buildCase(sd3()).kase->record->oldMethodTransitional);
        QVERIFY(buildCase(sd3()).kase->record->localItemClaims.empty());
        QVERIFY(!buildCase(sd3()).kase->overrides.localPensionBase);
    }

    // 山西 sheets compute with a 5-decimal index; 新疆's prints the indexed wage and no index: both reach the case.
    void indexPrecisionAndIndexedWageReachTheCase()
    {
        FormValues v = sd3();
        v.averageIndex = QStringLiteral("0.76035");
        QCOMPARE(buildCase(v).kase->record->averageIndex, Ppm(760'350));
        v.averageIndex = QStringLiteral("0.7603512");
        QVERIFY(hasError(buildCase(v).errors, "record.averageIndex", InputErrorCode::BadFormat));
        v.averageIndex.clear();
        v.indexedWage = QStringLiteral("4,636.42");
        const CaseBuild built = buildCase(v);
        QVERIFY(built.errors.empty());
        QCOMPARE(built.kase->record->indexedWage, std::optional<Fen>(463'642));
        v.indexedWage = QStringLiteral("4636.425");
        QVERIFY(hasError(buildCase(v).errors, "record.indexedWage", InputErrorCode::BadFormat));
    }

    void everyInvalidFieldGetsItsOwnError()
    {
        FormValues v = sd3();
        v.birth = QStringLiteral("1969-13");
        v.averageIndex = QStringLiteral("x");
        v.accountBalance = QString();
        v.grade = QStringLiteral("500%");
        const CaseBuild built = buildCase(v);
        QVERIFY(!built.kase);
        QVERIFY(hasError(built.errors, "person.birth", InputErrorCode::BadFormat));
        QVERIFY(hasError(built.errors, "record.averageIndex", InputErrorCode::BadFormat));
        QVERIFY(hasError(built.errors, "record.accountBalance", InputErrorCode::Missing));
        QVERIFY(hasError(built.errors, "plan.grade", InputErrorCode::OutOfRange));
    }

    void theEnginesChecksApplyToo()
    {
        FormValues v = sd3();
        v.track = QStringLiteral("male-60"); // a woman on the men's track
        const CaseBuild built = buildCase(v);
        QVERIFY(hasError(built.errors, "person.track", InputErrorCode::Inconsistent));
        v = sd3();
        v.idNumber = QStringLiteral("37010219700215002X");
        QVERIFY(!buildCase(v).errors.empty());
    }

    void historyRowsWithTheYearTotal()
    {
        FormValues v = youngFlexible();
        v.useHistory = true;
        v.asOf = QStringLiteral("2024-12");
        v.history = {HistoryText{QStringLiteral("2023"), QStringLiteral("12"), {}, QStringLiteral("44719.8"), {}},
                     HistoryText{},
                     HistoryText{QStringLiteral("2024"), QStringLiteral("6"), QStringLiteral("3800"), {}, {}}};
        const CaseBuild built = buildCase(v);
        QVERIFY2(built.errors.empty(), built.errors.empty() ? "" : built.errors.front().describe().c_str());
        QCOMPARE(built.kase->history.size(), std::size_t(2));
        QCOMPARE(built.kase->history[0].monthlyBase, Fen(372'665)); // 44719.80 / 12
        QCOMPARE(built.kase->history[1].months, 12);
        // Both the monthly base and the total in one row: the engine names the field.
        v.history[0].monthlyBase = QStringLiteral("3726.65");
        const CaseBuild both = buildCase(v);
        QVERIFY(hasError(both.errors, "history[0].baseTotal", InputErrorCode::Inconsistent));
    }

    void thePlanStopsOnceTheYearsAreReached()
    {
        FormValues v = youngFlexible();
        v.stopAtYears = true;
        v.stopYears = 15;
        const Outcome out = calculate(v, builtinLibrary(), YearMonth::of(2025, 6));
        QVERIFY(out.ok());
        QCOMPARE(out.plan.contributions.size(), std::size_t(1));
        QCOMPARE(out.plan.contributions[0].from, YearMonth::of(2025, 7));
        QCOMPARE(*out.plan.contributions[0].until, YearMonth::of(2030, 6)); // 120 + 60 months = 15 years
        QCOMPARE(out.result->figures.contributedMonths, 360);
    }

    void periodsLeaveGapsAndCountOnlyPaidMonths()
    {
        FormValues v = youngFlexible();
        v.periods = {PeriodText{QStringLiteral("2025-07"), QStringLiteral("2026-12"), QStringLiteral("100%"),
                                QStringLiteral("flexible")},
                     PeriodText{QStringLiteral("2029-01"), QString(), QString(), QString()}};
        v.stopAtYears = true;
        v.stopYears = 15;
        const Outcome out = calculate(v, builtinLibrary(), YearMonth::of(2025, 6));
        QVERIFY(out.ok());
        QCOMPARE(out.plan.contributions.size(), std::size_t(2));
        QCOMPARE(out.plan.contributions[0].grade, 1'000'000);
        // 120 months + 18 in the first period; 42 more from 2029-01 (the gap 2027–2028 does not count).
        QCOMPARE(*out.plan.contributions[1].until, YearMonth::of(2032, 6));
        QCOMPARE(out.result->figures.contributedMonths, 360);
        // A period that starts after retirement is the engine's error, named by its row.
        v.periods[1].from = QStringLiteral("2045-01");
        v.stopAtYears = false;
        const Outcome late = calculate(v, builtinLibrary(), YearMonth::of(2025, 6));
        QVERIFY(!late.ok());
        QCOMPARE(late.errors.front().field, std::string("plan.contributions[1].from"));
    }

    void theFormsGradeIsARowOfTheGrid()
    {
        FormValues v = youngFlexible();
        v.grade = QStringLiteral("75%");
        const Outcome out = calculate(v, builtinLibrary(), YearMonth::of(2025, 6));
        QVERIFY(out.ok());
        const auto &g = out.gridRequest.grades;
        QVERIFY(std::is_sorted(g.begin(), g.end()));
        QVERIFY(std::find(g.begin(), g.end(), 750'000) != g.end());
    }
};

QTEST_GUILESS_MAIN(TestCaseConvert)
#include "test_caseconvert.moc"
