// engine/evaluate.cpp and engine/planchoice.cpp: the one entry point gives what the separate calls give, pinned
// plans carry their differences, and the two stop rules at their edges.

#include "evaluate.h"
#include "support.h"

#include <QTest>

using namespace pension;
using support::ym;

namespace {

// A 50-year-old flexible worker with ten years on record, paying 100% until retirement (statutory).
constexpr const char *kYoung = R"({
  "format": "pension-case/1", "region": "hebei/leting", "asOf": "2025-06",
  "person": { "sex": "male", "birth": "1975-03", "track": "male-60" },
  "insurance": { "kind": "flexible" },
  "record": { "accountMonths": 120, "averageIndex": 0.6, "accountBalance": 20000.00 },
  "plan": { "retire": "statutory", "contributions": [
      { "from": "2025-07", "until": "retirement", "grade": 1.0, "kind": "flexible" } ] }
})";

// The same person with no further payments written in the case.
constexpr const char *kYoungNoPlan = R"({
  "format": "pension-case/1", "region": "hebei/leting", "asOf": "2025-06",
  "person": { "sex": "male", "birth": "1975-03", "track": "male-60" },
  "insurance": { "kind": "flexible" },
  "record": { "accountMonths": 120, "averageIndex": 0.6, "accountBalance": 20000.00 },
  "plan": { "retire": "statutory" }
})";

std::shared_ptr<const Prepared> prepared(const Case &c, YearMonth today)
{
    auto p = prepare(c, support::library(), today);
    if (auto *e = std::get_if<InputError>(&p))
        throw std::runtime_error("case not prepared: " + e->describe());
    return std::get<std::shared_ptr<const Prepared>>(p);
}

void sameLifetime(const Lifetime &a, const Lifetime &b)
{
    QCOMPARE(a.ownPaid, b.ownPaid);
    QCOMPARE(a.breakEvenAgeMonths, b.breakEvenAgeMonths);
    QCOMPARE(a.totals.size(), b.totals.size());
    for (std::size_t i = 0; i < a.totals.size(); ++i)
        QCOMPARE(a.totals[i].received, b.totals[i].received);
    QCOMPARE(a.path.size(), b.path.size());
}

} // namespace

class TestEvaluate : public QObject {
    Q_OBJECT

private slots:
    // Every sheet case of tests/data/cases: the open plan, the beyond figures and the grid are those of the
    // separate calls.
    void equalsTheSeparateCallsOnTheSampleCases_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"sd-3", "hb-1", "anhui-1", "beijing-1"})
            QTest::addRow("%s", name) << QStringLiteral("cases/%1.pension.json").arg(QLatin1String(name));
        QTest::addRow("young, plan to retirement") << QString();
    }

    void equalsTheSeparateCallsOnTheSampleCases()
    {
        QFETCH(QString, file);
        const Case c = file.isEmpty() ? support::caseFromText(kYoung) : support::caseFromFile(support::testData(file));
        const YearMonth today = ym("2026-11");
        const auto p = prepared(c, today);
        Request req;
        req.grid = GridAsk{};
        req.beyond = true;
        req.goal = GoalAsk{300000, Ppm(1'500'000)};
        const Evaluation ev = evaluate(c, support::library(), today, req);
        QVERIFY(!ev.error);
        QVERIFY(ev.ok());
        QVERIFY(!ev.openedShown());

        const Result r = std::get<Result>(estimate(*p, c.plan));
        const Result &got = *ev.open.result;
        QCOMPARE(got.monthly.total, r.monthly.total);
        QCOMPARE(got.monthly.basic, r.monthly.basic);
        QCOMPARE(got.monthly.account, r.monthly.account);
        QCOMPARE(got.retirement.month, r.retirement.month);
        QCOMPARE(got.outOfPocketFuture, r.outOfPocketFuture);
        QCOMPARE(got.years.size(), r.years.size());
        QCOMPARE(ev.open.plan.contributions.size(), c.plan.contributions.size());

        QVERIFY(ev.beyond);
        sameLifetime(ev.beyond->nominal, lifetimeValue(*p, r, false));
        sameLifetime(ev.beyond->todaysMoney, lifetimeValue(*p, r, true));
        const int ageNow = monthsBetween(c.person.birth, c.asOf) / 12;
        const auto survivors = survivorBenefits(*p, c.plan, r, ageNow + 1, 90);
        QCOMPARE(ev.beyond->survivors.size(), survivors.size());
        for (std::size_t i = 0; i < survivors.size(); ++i)
            QCOMPARE(ev.beyond->survivors[i].total, survivors[i].total);
        const Shortfall sf = shortfallOptions(*p, r);
        QCOMPARE(ev.beyond->shortfall.shortOfMinimum, sf.shortOfMinimum);
        QCOMPARE(ev.beyond->shortfall.shortMonths, sf.shortMonths);

        QVERIFY(ev.goal);
        const GoalAnswer g = seekGoal(*p, 300000, Ppm(1'500'000));
        QCOMPARE(ev.goal->byLength.size(), g.byLength.size());
        for (std::size_t i = 0; i < g.byLength.size(); ++i)
            QCOMPARE(ev.goal->byLength[i].grade, g.byLength[i].grade);
        QCOMPARE(ev.goal->yearsAtGrade, g.yearsAtGrade);

        QVERIFY(ev.grid);
        const GridRequest dr = defaultGridRequest(*p);
        QCOMPARE(ev.grid->request.grades, dr.grades);
        QCOMPARE(ev.grid->request.stopAfterYears, dr.stopAfterYears);
        const Grid grid = compareGrid(*p, dr);
        QCOMPARE(ev.grid->grid.cells.size(), grid.cells.size());
        for (std::size_t i = 0; i < grid.cells.size(); ++i)
            QCOMPARE(ev.grid->grid.cells[i].numbers.monthly.total, grid.cells[i].numbers.monthly.total);
    }

    // The form's plan: the grade period when the case has none; the grid gains the form's own grade, in order.
    void theFormsPlanAndItsGradeInTheGrid()
    {
        const Case c = support::caseFromText(kYoungNoPlan);
        Request req;
        req.open.periods = PlanPeriods::CaseOrGrade;
        req.open.grade = 750'000;
        req.grid = GridAsk{};
        req.grid->alsoGrade = 750'000;
        req.grid->kind = InsuranceKind::Employee;
        const Evaluation ev = evaluate(c, support::library(), ym("2025-06"), req);
        QVERIFY(ev.ok());
        QCOMPARE(ev.open.plan.contributions.size(), std::size_t(1));
        QCOMPARE(ev.open.plan.contributions[0].from, ym("2025-07"));
        QVERIFY(!ev.open.plan.contributions[0].until);
        QCOMPARE(ev.open.plan.contributions[0].grade, Ppm(750'000));
        QCOMPARE(ev.open.plan.contributions[0].kind, InsuranceKind::Flexible); // the case's kind
        const auto &grades = ev.grid->request.grades;
        QVERIFY(std::is_sorted(grades.begin(), grades.end()));
        QCOMPARE(std::count(grades.begin(), grades.end(), Ppm(750'000)), 1);
        QCOMPARE(ev.grid->request.kind, InsuranceKind::Employee);
        // The case's plan as written pays nothing more.
        const Evaluation none = evaluate(c, support::library(), ym("2025-06"), Request{});
        QVERIFY(none.ok());
        QVERIFY(none.open.plan.contributions.empty());
        QVERIFY(none.open.result->monthly.total < ev.open.result->monthly.total);
    }

    // A grid cell opened is shown instead of the open plan; one that cannot be computed is not.
    void anOpenedPlanIsShownWhenItComputes()
    {
        const Case c = support::caseFromText(kYoung);
        const auto p = prepared(c, ym("2025-06"));
        Request req;
        req.beyond = true;
        req.opened = cellChoice(2'000'000, 5, RetireChoice{RetireKind::Late, {}, 12}, InsuranceKind::Flexible);
        const Evaluation ev = evaluate(p, req);
        QVERIFY(ev.openedShown());
        const Plan plan = planFor(*p, *req.opened);
        const Result r = std::get<Result>(estimate(*p, plan));
        QCOMPARE(ev.shown().result->monthly.total, r.monthly.total);
        QVERIFY(ev.shown().result->monthly.total != ev.open.result->monthly.total);
        sameLifetime(ev.beyond->nominal, lifetimeValue(*p, r, false));
        // Seventy months early is outside every window: the open plan is shown, its beyond figures too.
        req.opened = cellChoice(2'000'000, 5, RetireChoice{RetireKind::Early, {}, 70}, InsuranceKind::Flexible);
        const Evaluation bad = evaluate(p, req);
        QVERIFY(bad.opened && !bad.opened->ok() && bad.opened->error);
        QVERIFY(!bad.openedShown());
        QCOMPARE(bad.shown().result->monthly.total, bad.open.result->monthly.total);
        sameLifetime(bad.beyond->nominal, lifetimeValue(*p, *bad.open.result, false));
    }

    void pinnedPlansCarryTheirDifferences()
    {
        const Case c = support::caseFromText(kYoung);
        const auto p = prepared(c, ym("2025-06"));
        Request req;
        const RetireChoice statutory;
        req.pins = {cellChoice(600'000, 5, statutory, InsuranceKind::Flexible),
                    cellChoice(1'500'000, 15, statutory, InsuranceKind::Flexible),
                    cellChoice(600'000, 0, statutory, InsuranceKind::Flexible)};
        const Evaluation ev = evaluate(p, req);
        QCOMPARE(ev.pins.size(), std::size_t(3));
        std::vector<Result> alone;
        for (const PlanChoice &choice : req.pins)
            alone.push_back(std::get<Result>(estimate(*p, planFor(*p, choice))));
        const Result open = std::get<Result>(estimate(*p, c.plan));
        QVERIFY(!ev.pins[0].toFirst);
        for (std::size_t i = 0; i < alone.size(); ++i) {
            const PinAnswer &pin = ev.pins[i];
            QVERIFY(pin.plan.ok());
            QCOMPARE(pin.plan.result->monthly.total, alone[i].monthly.total);
            QCOMPARE(pin.breakEvenAgeMonths, lifetimeValue(*p, alone[i], false).breakEvenAgeMonths);
            QVERIFY(pin.toOpen);
            QCOMPARE(pin.toOpen->monthly, alone[i].monthly.total - open.monthly.total);
            QCOMPARE(pin.toOpen->outOfPocket, alone[i].outOfPocketFuture - open.outOfPocketFuture);
            if (i > 0) {
                QVERIFY(pin.toFirst);
                QCOMPARE(pin.toFirst->monthly, alone[i].monthly.total - alone[0].monthly.total);
                QCOMPARE(pin.toFirst->outOfPocket, alone[i].outOfPocketFuture - alone[0].outOfPocketFuture);
            }
        }
        // Fifteen years at 150% cost more than five at 60% and buy more: a positive yield per 10,000 yuan.
        const PlanDifference &more = *ev.pins[1].toFirst;
        QVERIFY(more.outOfPocket > 0 && more.monthly > 0);
        QCOMPARE(*more.perTenThousand, divRound(static_cast<Wide>(more.monthly) * 1'000'000, more.outOfPocket));
        // Paying nothing more costs less than the first: no yield.
        QVERIFY(ev.pins[2].toFirst->outOfPocket < 0);
        QVERIFY(!ev.pins[2].toFirst->perTenThousand);
        // Both break even: the difference of the ages.
        if (ev.pins[1].breakEvenAgeMonths && ev.pins[0].breakEvenAgeMonths)
            QCOMPARE(*more.breakEvenAgeMonths, *ev.pins[1].breakEvenAgeMonths - *ev.pins[0].breakEvenAgeMonths);
    }

    // "Stop after N more years" at its edges: 0 pays nothing, N pays N×12 months from the month after asOf, past
    // retirement it runs until retirement.
    void stopAfterYearsAtItsEdges()
    {
        const Case c = support::caseFromText(kYoungNoPlan);
        const auto p = prepared(c, ym("2025-06"));
        const RetireChoice statutory;
        QVERIFY(planFor(*p, cellChoice(1'000'000, 0, statutory, InsuranceKind::Flexible)).contributions.empty());
        QVERIFY(planFor(*p, cellChoice(1'000'000, -3, statutory, InsuranceKind::Flexible)).contributions.empty());
        const Plan one = planFor(*p, cellChoice(1'000'000, 1, statutory, InsuranceKind::Flexible));
        QCOMPARE(one.contributions.size(), std::size_t(1));
        QCOMPARE(one.contributions[0].from, ym("2025-07"));
        QCOMPARE(*one.contributions[0].until, ym("2026-06"));
        const YearMonth retirement = std::get<Result>(estimate(*p, one)).retirement.month;
        const int toRetirement = (monthsBetween(c.asOf, retirement) + 11) / 12;
        // The last whole year before retirement ends at a month; the year reaching past it runs to retirement.
        const Plan before = planFor(*p, cellChoice(1'000'000, toRetirement - 1, statutory, InsuranceKind::Flexible));
        QCOMPARE(*before.contributions[0].until, c.asOf.plus(12 * (toRetirement - 1)));
        const Plan past = planFor(*p, cellChoice(1'000'000, toRetirement + 5, statutory, InsuranceKind::Flexible));
        QVERIFY(!past.contributions[0].until);
        const Result pastResult = std::get<Result>(estimate(*p, past));
        const Result exact = std::get<Result>(
            estimate(*p, planFor(*p, cellChoice(1'000'000, toRetirement, statutory, InsuranceKind::Flexible))));
        QCOMPARE(pastResult.monthly.total, exact.monthly.total);
        // The case's own periods are cut the same way: a period ending before the cut keeps its end, a later one
        // is dropped.
        const Case periods = support::caseFromText(R"({
  "format": "pension-case/1", "region": "hebei/leting", "asOf": "2025-06",
  "person": { "sex": "male", "birth": "1975-03", "track": "male-60" },
  "insurance": { "kind": "flexible" },
  "record": { "accountMonths": 120, "averageIndex": 0.6, "accountBalance": 20000.00 },
  "plan": { "retire": "statutory", "contributions": [
      { "from": "2025-07", "until": "2026-12", "grade": 1.0, "kind": "flexible" },
      { "from": "2029-01", "until": "retirement", "grade": 0.6, "kind": "flexible" } ] }
})");
        const auto pp = prepared(periods, ym("2025-06"));
        PlanChoice own = casePlanChoice();
        own.stopAfterYears = 3; // to 2028-06: the first period whole, the second not reached
        Plan cut = planFor(*pp, own);
        QCOMPARE(cut.contributions.size(), std::size_t(1));
        QCOMPARE(*cut.contributions[0].until, ym("2026-12"));
        own.stopAfterYears = 5; // to 2030-06
        cut = planFor(*pp, own);
        QCOMPARE(cut.contributions.size(), std::size_t(2));
        QCOMPARE(*cut.contributions[1].until, ym("2030-06"));
    }

    // "Stop once I reach N years": the record's months count; gaps between periods do not.
    void stopAtTotalYearsAtItsEdges()
    {
        const Case c = support::caseFromText(kYoungNoPlan);
        const auto p = prepared(c, ym("2025-06"));
        PlanChoice form;
        form.periods = PlanPeriods::CaseOrGrade;
        form.grade = 1'000'000;
        form.stopAtTotalYears = 10; // the record already has 120 months
        QVERIFY(planFor(*p, form).contributions.empty());
        form.stopAtTotalYears = 11; // one year more
        Plan plan = planFor(*p, form);
        QCOMPARE(plan.contributions.size(), std::size_t(1));
        QCOMPARE(*plan.contributions[0].until, ym("2026-06"));
        QCOMPARE(std::get<Result>(estimate(*p, plan)).figures.contributedMonths, 11 * 24);
        form.stopAtTotalYears = 60; // never reached before retirement: paid until retirement
        plan = planFor(*p, form);
        const Result whole = std::get<Result>(estimate(*p, plan));
        PlanChoice untilRetirement = form;
        untilRetirement.stopAtTotalYears.reset();
        QCOMPARE(whole.monthly.total, std::get<Result>(estimate(*p, planFor(*p, untilRetirement))).monthly.total);
        // Stop after 3 more years and at 12 years in all: the earlier cut holds.
        form.stopAfterYears = 3;
        form.stopAtTotalYears = 12;
        plan = planFor(*p, form);
        QCOMPARE(*plan.contributions[0].until, ym("2027-06"));
        form.stopAtTotalYears = 20;
        plan = planFor(*p, form);
        QCOMPARE(*plan.contributions[0].until, ym("2028-06"));
    }

    void theReportTableIsAGridOfTheShownPlan()
    {
        const Case c = support::caseFromText(kYoung);
        Request req;
        req.summaryGrid = true;
        const Evaluation ev = evaluate(c, support::library(), ym("2025-06"), req);
        QVERIFY(ev.summary);
        const GridRequest &r = ev.summary->request;
        QCOMPARE(r.grades, (std::vector<Ppm>{600'000, 1'000'000, 1'500'000, 2'000'000, 3'000'000}));
        const int toRetirement = (monthsBetween(c.asOf, ev.open.result->retirement.month) + 11) / 12;
        QCOMPARE(r.stopAfterYears, (std::vector<int>{0, 5, 10, toRetirement}));
        QCOMPARE(ev.summary->grid.cells.size(), r.grades.size() * r.stopAfterYears.size());
        // The 100% row paid to retirement is the case's own plan.
        const GridCell &own = ev.summary->grid.cells[1 * r.stopAfterYears.size() + 3];
        QCOMPARE(own.numbers.monthly.total, ev.open.result->monthly.total);
    }

    void aCaseThatCannotBePreparedSetsOnlyTheError()
    {
        Case c = support::caseFromText(kYoung);
        c.region = "nowhere";
        Request req;
        req.sheetBalance = SheetBalanceAsk{30916, 1950};
        req.grid = GridAsk{};
        const Evaluation ev = evaluate(c, support::library(), ym("2025-06"), req);
        QVERIFY(ev.error);
        QVERIFY(!ev.ok());
        QVERIFY(!ev.prepared && !ev.grid && !ev.beyond);
        // A sheet is back-solved without a case.
        QVERIFY(ev.sheetBalance);
        QVERIFY(ev.sheetBalance->low <= 6028613 && 6028613 <= ev.sheetBalance->high);
    }
};

QTEST_GUILESS_MAIN(TestEvaluate)
#include "test_evaluate.moc"
