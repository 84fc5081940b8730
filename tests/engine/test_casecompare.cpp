// engine/casecompare.cpp: the case file's `compare` list (the plans pinned side by side) read, checked field by field
// and written back; a case without it reads and writes as before; its plans are the ones evaluate() compares.

#include "case.h"
#include "casecompare.h"
#include "evaluate.h"
#include "support.h"

#include <QtTest>

using namespace pension;
using support::ym;

namespace {

// A statement-based case; `%1` is where a test puts its `compare` member (or nothing).
QString caseWith(const QString &compare)
{
    return QStringLiteral(R"({
  "format": "pension-case/1",
  "region": "shandong",
  "asOf": "2025-06",
  "person": { "sex": "female", "birth": "1980-03", "track": "female-55" },
  "insurance": { "kind": "flexible" },
  "record": { "deemedMonths": 0, "preAccountMonths": 0, "accountMonths": 120, "averageIndex": 0.6, "accountBalance": 30000.00 },
  "plan": { "retire": "statutory", "contributions": [] }%1
}
)")
        .arg(compare);
}

CaseOrError read(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return readCase(support::view(bytes));
}

std::string problem(const CaseOrError &r)
{
    const auto *e = std::get_if<InputError>(&r);
    return e ? e->describe() : std::string();
}

} // namespace

class TestCaseCompare : public QObject {
    Q_OBJECT
private slots:
    void absentReadsAsNone()
    {
        const CaseOrError r = read(caseWith(QString()));
        QVERIFY2(std::holds_alternative<Case>(r), problem(r).c_str());
        const Case &c = std::get<Case>(r);
        QVERIFY(c.compare.empty());
        // Written back without a `compare` key at all.
        QVERIFY(writeCase(c).find("\"compare\"") == std::string::npos);
        const CaseOrError nulled = read(caseWith(QStringLiteral(",\n  \"compare\": null")));
        QVERIFY(std::holds_alternative<Case>(nulled));
        QVERIFY(std::get<Case>(nulled).compare.empty());
    }

    void readsEachField()
    {
        const CaseOrError r = read(caseWith(QStringLiteral(R"(,
  "compare": [
    { "grade": 0.6, "stopAfterYears": 15, "retire": "statutory" },
    { "grade": 1.25, "retire": { "earlyMonths": 12 } },
    { "grade": 3, "stopAfterYears": 0, "retire": "2036-04" },
    { "grade": 1, "retire": { "lateMonths": 36 } }
  ])")));
        QVERIFY2(std::holds_alternative<Case>(r), problem(r).c_str());
        const Case &c = std::get<Case>(r);
        QCOMPARE(c.compare.size(), std::size_t(4));
        QCOMPARE(c.compare[0].grade, 600'000);
        QCOMPARE(c.compare[0].stopAfterYears, std::optional<int>(15));
        QCOMPARE(c.compare[0].retire.kind, RetireKind::Statutory);
        QCOMPARE(c.compare[1].grade, 1'250'000);
        QVERIFY(!c.compare[1].stopAfterYears);
        QCOMPARE(c.compare[1].retire.kind, RetireKind::Early);
        QCOMPARE(c.compare[1].retire.months, 12);
        QCOMPARE(c.compare[2].grade, 3'000'000);
        QCOMPARE(c.compare[2].stopAfterYears, std::optional<int>(0));
        QCOMPARE(c.compare[2].retire.kind, RetireKind::Month);
        QCOMPARE(c.compare[2].retire.month, ym("2036-04"));
        QCOMPARE(c.compare[3].retire.kind, RetireKind::Late);
        QCOMPARE(c.compare[3].retire.months, 36);
    }

    void roundTrip()
    {
        const CaseOrError r = read(caseWith(QStringLiteral(R"(,
  "compare": [
    { "grade": 0.75, "stopAfterYears": 5, "retire": { "lateMonths": 6 } },
    { "grade": 2, "retire": "statutory" }
  ])")));
        QVERIFY2(std::holds_alternative<Case>(r), problem(r).c_str());
        const Case &first = std::get<Case>(r);
        const std::string written = writeCase(first);
        const CaseOrError again = readCase(written);
        QVERIFY(std::holds_alternative<Case>(again));
        QVERIFY(std::get<Case>(again).compare == first.compare);
        QCOMPARE(writeCase(std::get<Case>(again)), written);
        // The omitted stopAfterYears stays omitted: "until retirement", not a number of years.
        QVERIFY(written.find("\"stopAfterYears\": 5") != std::string::npos);
        QCOMPARE(written.find("stopAfterYears"), written.rfind("stopAfterYears")); // once in the file
    }

    void badValuesNameTheField_data()
    {
        QTest::addColumn<QString>("compare");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        const auto row = [](const char *name, const char *json, const char *field, InputErrorCode code) {
            QTest::newRow(name) << QString::fromUtf8(json) << QString::fromUtf8(field) << static_cast<int>(code);
        };
        row("not an array", R"({ "grade": 0.6 })", "compare", InputErrorCode::WrongType);
        row("too many plans",
            R"([{"grade":0.6,"retire":"statutory"},{"grade":0.7,"retire":"statutory"},{"grade":0.8,"retire":"statutory"},
               {"grade":0.9,"retire":"statutory"},{"grade":1,"retire":"statutory"}])",
            "compare", InputErrorCode::OutOfRange);
        row("an entry not an object", R"([{"grade":0.6,"retire":"statutory"}, 0.6])", "compare[1]",
            InputErrorCode::WrongType);
        row("grade too low", R"([{"grade":0.6,"retire":"statutory"}, {"grade":0.5,"retire":"statutory"}])",
            "compare[1].grade", InputErrorCode::OutOfRange);
        row("grade too high", R"([{"grade":3.5,"retire":"statutory"}])", "compare[0].grade",
            InputErrorCode::OutOfRange);
        row("grade a string", R"([{"grade":"60%","retire":"statutory"}])", "compare[0].grade",
            InputErrorCode::WrongType);
        row("grade missing", R"([{"retire":"statutory"}])", "compare[0].grade", InputErrorCode::Missing);
        row("grade too precise", R"([{"grade":0.6000001,"retire":"statutory"}])", "compare[0].grade",
            InputErrorCode::BadFormat);
        row("years negative", R"([{"grade":1,"stopAfterYears":-1,"retire":"statutory"}])", "compare[0].stopAfterYears",
            InputErrorCode::OutOfRange);
        row("years too many", R"([{"grade":1,"stopAfterYears":61,"retire":"statutory"}])", "compare[0].stopAfterYears",
            InputErrorCode::OutOfRange);
        row("years a fraction", R"([{"grade":1,"stopAfterYears":2.5,"retire":"statutory"}])",
            "compare[0].stopAfterYears", InputErrorCode::WrongType);
        row("retire missing", R"([{"grade":1,"retire":"statutory"},{"grade":1}])", "compare[1].retire",
            InputErrorCode::Missing);
        row("retire unknown", R"([{"grade":1,"retire":"soon"}])", "compare[0].retire", InputErrorCode::BadFormat);
        row("retire too early", R"([{"grade":1,"retire":{"earlyMonths":48}}])", "compare[0].retire.earlyMonths",
            InputErrorCode::OutOfRange);
        row("unknown key", R"([{"grade":1,"retire":"statutory","kind":"employee"}])", "compare[0].kind",
            InputErrorCode::UnknownField);
    }

    void badValuesNameTheField()
    {
        QFETCH(QString, compare);
        QFETCH(QString, field);
        QFETCH(int, code);
        const CaseOrError r = read(caseWith(QStringLiteral(",\n  \"compare\": ") + compare));
        QVERIFY(std::holds_alternative<InputError>(r));
        const InputError &e = std::get<InputError>(r);
        QCOMPARE(QString::fromStdString(e.field), field);
        QCOMPARE(static_cast<int>(e.code), code);
    }

    // The plans of `compare` are what evaluate() compares: a plan without stopAfterYears pays until retirement (the
    // same figures as paying for more years than there are to retirement), and its differences are to the first.
    void plansAreEvaluated()
    {
        const CaseOrError r = read(caseWith(QStringLiteral(R"(,
  "compare": [
    { "grade": 0.6, "stopAfterYears": 5, "retire": "statutory" },
    { "grade": 1, "retire": "statutory" },
    { "grade": 1, "stopAfterYears": 60, "retire": "statutory" }
  ])")));
        QVERIFY2(std::holds_alternative<Case>(r), problem(r).c_str());
        const Case &c = std::get<Case>(r);
        Request req;
        for (const ComparePlan &p : c.compare)
            req.pins.push_back(compareChoice(p));
        const Evaluation ev = evaluate(c, support::library(), ym("2025-06"), req);
        QVERIFY(ev.ok());
        QCOMPARE(ev.pins.size(), std::size_t(3));
        for (const PinAnswer &pin : ev.pins)
            QVERIFY(pin.plan.ok());
        const Result &five = *ev.pins[0].plan.result;
        const Result &untilRetirement = *ev.pins[1].plan.result;
        QCOMPARE(untilRetirement.monthly.total, ev.pins[2].plan.result->monthly.total);
        QVERIFY(untilRetirement.monthly.total > five.monthly.total);
        QVERIFY(!ev.pins[0].toFirst);
        QVERIFY(ev.pins[1].toFirst);
        QCOMPARE(ev.pins[1].toFirst->monthly, untilRetirement.monthly.total - five.monthly.total);
        // Paid as the case's insurance kind (flexible), from the month after asOf.
        QCOMPARE(ev.pins[1].plan.plan.contributions.size(), std::size_t(1));
        QCOMPARE(ev.pins[1].plan.plan.contributions[0].kind, InsuranceKind::Flexible);
        QCOMPARE(ev.pins[1].plan.plan.contributions[0].from, ym("2025-07"));
        QCOMPARE(ev.pins[0].plan.plan.contributions[0].until, std::optional<YearMonth>(ym("2030-06")));
    }
};

QTEST_APPLESS_MAIN(TestCaseCompare)
#include "test_casecompare.moc"
