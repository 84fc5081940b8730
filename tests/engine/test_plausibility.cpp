// Plausibility and staleness of a case (errors where it cannot be true, warnings with their numbers), and the pension
// of someone short of the minimum who pays on until it is met.

#include "projection.h"
#include "support.h"

#include <QtTest>

#include <algorithm>

using namespace pension;
using support::mustEstimate;
using support::mustPrepare;

namespace {

YearMonth ym(const char *text)
{
    return *YearMonth::parse(text);
}

const Warning *find(const Result &r, WarningCode code)
{
    auto it = std::find_if(r.warnings.begin(), r.warnings.end(), [&](const Warning &w) { return w.code == code; });
    return it == r.warnings.end() ? nullptr : &*it;
}

int count(const Result &r, WarningCode code)
{
    return static_cast<int>(
        std::count_if(r.warnings.begin(), r.warnings.end(), [&](const Warning &w) { return w.code == code; }));
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// A flexible worker's statement: %1 asOf, %2 birth, %3 account months, %4 average index.
const char *const kStatement = R"({
  "format": "pension-case/1", "region": "shandong", "asOf": "%1",
  "person": { "sex": "male", "birth": "%2", "track": "male-60" },
  "insurance": { "kind": "flexible" },
  "record": { "accountMonths": %3, "averageIndex": %4, "accountBalance": 30000.00 },
  "plan": { "retire": "statutory", "contributions": [ { "from": "2025-07", "until": "retirement", "grade": 1.0, "kind": "flexible" } ] }
})";

Case statement(const char *asOf, const char *birth, double months, double index)
{
    return support::caseFromText(QString::fromLatin1(kStatement)
                                     .arg(QLatin1String(asOf), QLatin1String(birth))
                                     .arg(months)
                                     .arg(index)
                                     .toStdString());
}

} // namespace

class TestPlausibility : public QObject {
    Q_OBJECT

private slots:
    // A record dated after the calculation date cannot be true: an error on `asOf` (the case has no calculatedOn);
    // with a calculatedOn of its own the error names that field.
    void recordAfterTheCalculationDate()
    {
        const Case c = statement("2025-06", "1980-05", 120, 0.8);
        auto p = prepare(c, support::library(), ym("2025-05"));
        QVERIFY(std::holds_alternative<InputError>(p));
        QCOMPARE(std::get<InputError>(p).field, std::string("asOf"));
        QCOMPARE(std::get<InputError>(p).code, InputErrorCode::Inconsistent);
        QVERIFY(std::get<InputError>(p).describe().find("2025-05") != std::string::npos);
        Case saved = c;
        saved.calculatedOn = ym("2025-05");
        p = prepare(saved, support::library(), ym("2026-01"));
        QVERIFY(std::holds_alternative<InputError>(p));
        QCOMPARE(std::get<InputError>(p).field, std::string("calculatedOn"));
        // the same month is fine
        QVERIFY(!std::holds_alternative<InputError>(prepare(c, support::library(), ym("2025-06"))));
    }

    // A statement 14 months old, for a man whose retirement month has passed, with the plan paying months gone: a
    // warning each, with the months.
    void staleStatementAndPastPlan()
    {
        // born 1965-01, male-60: statutory 2025-02 + delay (1965-01: 3 months) = 2025-04
        Case c = statement("2024-02", "1965-01", 300, 0.8);
        c.plan.contributions.front().from = ym("2024-03");
        const auto p = mustPrepare(c, ym("2025-04"));
        const Result r = mustEstimate(*p, c.plan);
        const Warning *stale = find(r, WarningCode::StaleRecord);
        QVERIFY(stale);
        QCOMPARE(stale->args, (std::vector<std::string>{"2024-02", "2025-04", "14"}));
        const YearMonth retire = r.retirement.month;
        QVERIFY2(retire < ym("2025-04"), retire.toString().c_str());
        const Warning *passed = find(r, WarningCode::RetirementPassed);
        QVERIFY(passed);
        QCOMPARE(passed->args, (std::vector<std::string>{retire.toString(), "2025-04"}));
        const Warning *gone = find(r, WarningCode::PlanInPast);
        QVERIFY(gone);
        // 2024-03 … the retirement month, all before the calculation month
        const int months = monthsBetween(ym("2024-03"), retire) + 1;
        QCOMPARE(gone->args, (std::vector<std::string>{"2024-03", retire.toString(), std::to_string(months),
                                                       "plan.contributions[0]"}));

        // a fresh statement and a plan from the calculation month on: none of the three
        Case fresh = statement("2025-06", "1980-05", 120, 0.8);
        const Result ok = mustEstimate(*mustPrepare(fresh, ym("2025-07")), fresh.plan);
        QVERIFY(!find(ok, WarningCode::StaleRecord));
        QVERIFY(!find(ok, WarningCode::RetirementPassed));
        QVERIFY(!find(ok, WarningCode::PlanInPast));
        // twelve months old is not stale yet, thirteen is
        QVERIFY(!find(mustEstimate(*mustPrepare(fresh, ym("2026-06")), fresh.plan), WarningCode::StaleRecord));
        QVERIFY(find(mustEstimate(*mustPrepare(fresh, ym("2026-07")), fresh.plan), WarningCode::StaleRecord));
    }

    // A six-year-old with 120 months paid: more months than lived, an error on the months; a 17-year-old with 24
    // months paid more than the 12 since the 16th birthday: a warning.
    void monthsThePersonCannotHavePaid()
    {
        auto p = prepare(statement("2025-06", "2019-06", 120, 0.8), support::library(), ym("2025-06"));
        QVERIFY(std::holds_alternative<InputError>(p));
        QCOMPARE(std::get<InputError>(p).field, std::string("record.accountMonths"));
        QCOMPARE(std::get<InputError>(p).code, InputErrorCode::Inconsistent);
        QVERIFY(std::get<InputError>(p).describe().find("72") != std::string::npos);

        const Case young = statement("2025-06", "2008-06", 24, 0.8);
        const Result r = mustEstimate(*mustPrepare(young, ym("2025-06")), young.plan);
        const Warning *w = find(r, WarningCode::MonthsBeforeWorkingAge);
        QVERIFY(w);
        QCOMPARE(w->args, (std::vector<std::string>{"24.0", "12", "17", "record.accountMonths"}));
        const Case adult = statement("2025-06", "1990-06", 120, 0.8);
        QVERIFY(
            !find(mustEstimate(*mustPrepare(adult, ym("2025-06")), adult.plan), WarningCode::MonthsBeforeWorkingAge));
    }

    // History bases: 42,000 a month in 2023 is above Shandong's ceiling (a warning with the index and the ceiling);
    // 72,000 for 12 months reads like the year's total of 6,000 a month (both warnings).
    void historyBaseAboveTheCeilingOrAYearlyTotal()
    {
        const char *text = R"({
  "format": "pension-case/1", "region": "shandong", "asOf": "2023-12",
  "person": { "sex": "male", "birth": "1980-05", "track": "male-60" },
  "insurance": { "kind": "employee", "firstContribution": "2021-01" },
  "history": [
    { "year": 2021, "months": 12, "monthlyBase": 6000.00 },
    { "year": 2022, "months": 12, "monthlyBase": 42000.00 },
    { "year": 2023, "months": 12, "monthlyBase": 72000.00 }
  ],
  "plan": { "retire": "statutory", "contributions": [] }
})";
        const auto p = mustPrepare(support::caseFromText(text), ym("2024-01"));
        const Result r = mustEstimate(*p, p->kase.plan);
        QCOMPARE(count(r, WarningCode::BaseAboveCeiling), 2);
        QCOMPARE(count(r, WarningCode::BaseLooksYearly), 1);
        const YearFigures &y2022 = p->context->year(2022);
        QVERIFY(y2022.ceiling > 0 && y2022.ceiling < 4'200'000);
        const Warning *above = find(r, WarningCode::BaseAboveCeiling);
        QCOMPARE(above->args.at(0), std::string("2022"));
        QCOMPARE(above->args.at(1), std::string("42000.00"));
        QCOMPARE(above->args.at(2), formatFen(y2022.knownDenominator));
        QCOMPARE(above->args.at(3), formatScaled(divRound(Wide(4'200'000) * 10'000, y2022.knownDenominator), 4));
        QCOMPARE(above->args.at(4), formatFen(y2022.ceiling));
        QCOMPARE(above->args.at(5), std::string("history[1].monthlyBase"));
        const Warning *yearly = find(r, WarningCode::BaseLooksYearly);
        QCOMPARE(yearly->args, (std::vector<std::string>{"2023", "72000.00", "12", "6000.00", "history[2].baseTotal"}));
        // 3,500 a month (42,000 ÷ 12) is below 2022's floor: not read as a year's total
        QVERIFY(divRound(4'200'000, 12) < y2022.floor);
    }

    // An average index above 3.0 is possible for years paid in a richer province (the index is taken against the
    // retirement place's average): accepted up to 6.0 with a warning; above it refused.
    void indexAboveThreeIsAWarningUpToTheBound()
    {
        const Case c = statement("2025-06", "1980-05", 120, 3.5);
        const Result r = mustEstimate(*mustPrepare(c, ym("2025-06")), c.plan);
        const Warning *w = find(r, WarningCode::IndexAboveCeiling);
        QVERIFY(w);
        QCOMPARE(w->args, (std::vector<std::string>{"3.5000", "6.0000"}));
        const Case three = statement("2025-06", "1980-05", 120, 3.0);
        QVERIFY(!find(mustEstimate(*mustPrepare(three, ym("2025-06")), three.plan), WarningCode::IndexAboveCeiling));
        auto read = readCase(QString::fromLatin1(kStatement)
                                 .arg(QStringLiteral("2025-06"), QStringLiteral("1980-05"))
                                 .arg(120)
                                 .arg(6.5)
                                 .toStdString());
        QVERIFY(std::holds_alternative<InputError>(read));
        QCOMPARE(std::get<InputError>(read).field, std::string("record.averageIndex"));
    }

    // Short of the minimum: the pension after paying on is the one of retiring at the month the minimum is met, with
    // those months paid as a flexible worker at the plan's last grade (here 0.6, no plan). A man born 1969-06
    // (statutory 2030-08, 186 months) with 183 months reaches the minimum in 2030-11: the same figure as retiring
    // late in 2030-11 with three flexible months, computed through the retirement decision.
    void payOnPensionIsTheLaterRetirementsPension()
    {
        Case c = statement("2025-06", "1969-06", 183, 1.0);
        c.kind = InsuranceKind::Employee;
        c.plan.contributions.clear();
        const auto p = mustPrepare(c, ym("2025-06"));
        const Result r = mustEstimate(*p, c.plan);
        QVERIFY(!r.eligibility.eligible);
        QCOMPARE(r.eligibility.shortMonths, 3);
        QCOMPARE(q(r.eligibility.reachedMonth.toString()), QStringLiteral("2030-11"));
        QVERIFY(r.eligibility.payOnKnown);
        QCOMPARE(q(r.eligibility.payOnPensionFrom.toString()), QStringLiteral("2030-12"));

        Plan later;
        later.retire = RetireChoice{RetireKind::Month, ym("2030-11"), 0};
        PlanPeriod on;
        on.from = ym("2030-09");
        on.grade = 600'000;
        on.kind = InsuranceKind::Flexible;
        later.contributions.push_back(on);
        const Result then = mustEstimate(*p, later);
        QVERIFY(then.eligibility.eligible);
        QCOMPARE(r.eligibility.payOnMonthly.total, then.monthly.total);
        QCOMPARE(r.eligibility.payOnMonthly.account, then.monthly.account);
        QVERIFY(r.eligibility.payOnMonthly.total > 0);
        // the undrawable figure of the retirement month stays what it was
        QVERIFY(r.monthly.total != r.eligibility.payOnMonthly.total);
        // its explanation step: the months paid on (2030-09 to 2030-11 at 0.6, three), the month the pension starts
        // and the later retirement's own parts, which sum to the total
        const auto step = std::find_if(r.steps.begin(), r.steps.end(),
                                       [](const Step &s) { return s.code == StepCode::PayOnPension; });
        QVERIFY(step != r.steps.end());
        QCOMPARE(q(step->value), q(formatFen(then.monthly.total)));
        const QString formula = q(step->formula);
        QVERIFY2(formula.startsWith(QStringLiteral("2030-09–2030-11 × 0.6 (3); 2030-12: ")), qPrintable(formula));
        QVERIFY2(formula.contains(q(formatFen(then.monthly.basic) + " + " + formatFen(then.monthly.account) + " + " +
                                    formatFen(then.monthly.transitional))),
                 qPrintable(formula));
        QVERIFY(!step->regulation.empty());

        // an eligible result has no pay-on figure
        const Case ok = statement("2025-06", "1969-06", 186, 1.0);
        const Result eligible = mustEstimate(*mustPrepare(ok, ym("2025-06")), ok.plan);
        QVERIFY(!eligible.eligibility.payOnKnown);
        QVERIFY(std::none_of(eligible.steps.begin(), eligible.steps.end(),
                             [](const Step &s) { return s.code == StepCode::PayOnPension; }));
    }
};

QTEST_GUILESS_MAIN(TestPlausibility)
#include "test_plausibility.moc"
