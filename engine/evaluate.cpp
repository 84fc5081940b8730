#include "evaluate.h"

#include "law.h"

#include <algorithm>

namespace pension {

namespace {

PlanAnswer answer(const Prepared &p, const PlanChoice &choice)
{
    PlanAnswer a;
    a.choice = choice;
    a.plan = planFor(p, choice);
    ResultOrError r = estimate(p, a.plan);
    if (auto *e = std::get_if<InputError>(&r))
        a.error = std::move(*e);
    else
        a.result = std::get<Result>(std::move(r));
    return a;
}

std::optional<int> breakEvenOf(const Prepared &p, const Result &r)
{
    return lifetimeValue(p, r, false).breakEvenAgeMonths;
}

} // namespace

PlanDifference planDifference(const Result &plan, std::optional<int> planBreakEven, const Result &reference,
                              std::optional<int> referenceBreakEven)
{
    PlanDifference d;
    d.monthly = plan.monthly.total - reference.monthly.total;
    d.outOfPocket = plan.outOfPocketFuture - reference.outOfPocketFuture;
    if (d.outOfPocket > 0)
        d.perTenThousand = divRound(static_cast<Wide>(d.monthly) * 1'000'000, d.outOfPocket);
    if (planBreakEven && referenceBreakEven)
        d.breakEvenAgeMonths = *planBreakEven - *referenceBreakEven;
    return d;
}

GridRequest summaryGridRequest(const Prepared &p, const Plan &plan, const Result &result)
{
    std::vector<Ppm> grades = {law::kMinGrade, 1'000'000, 1'500'000, 2'000'000, law::kMaxGrade};
    if (!plan.contributions.empty()) {
        const Ppm own = plan.contributions.front().grade;
        if (std::find(grades.begin(), grades.end(), own) == grades.end()) {
            grades.push_back(own);
            std::sort(grades.begin(), grades.end());
        }
    }
    const int toRetirement = std::max(0, (monthsBetween(p.kase.asOf, result.retirement.month) + 11) / 12);
    std::vector<int> stops = {0};
    for (int k : {5, 10})
        if (k < toRetirement)
            stops.push_back(k);
    if (toRetirement > 0)
        stops.push_back(toRetirement);
    GridRequest req;
    req.grades = std::move(grades);
    req.stopAfterYears = std::move(stops);
    req.retires = {plan.retire};
    req.kind = plan.contributions.empty() ? p.kase.kind : plan.contributions.front().kind;
    return req;
}

Evaluation evaluate(std::shared_ptr<const Prepared> prepared, const Request &req)
{
    Evaluation ev;
    ev.prepared = std::move(prepared);
    const Prepared &p = *ev.prepared;

    // Figures that need no plan.
    if (req.sheetIndex)
        ev.sheetIndex = solveAverageIndex(req.sheetIndex->pensionBase, req.sheetIndex->contributionYearsCenti,
                                          req.sheetIndex->basic);
    if (req.sheetBalance)
        ev.sheetBalance = solveAccountBalance(req.sheetBalance->accountPension, req.sheetBalance->annuityMonthsTenths);

    ev.open = answer(p, req.open);
    if (req.opened)
        ev.opened = answer(p, *req.opened);
    if (req.goal)
        ev.goal = seekGoal(p, req.goal->target, req.goal->atGrade);
    if (req.grid) {
        GridAnswer g;
        g.request = defaultGridRequest(p);
        if (req.grid->grades)
            g.request.grades = *req.grid->grades;
        if (req.grid->stopAfterYears)
            g.request.stopAfterYears = *req.grid->stopAfterYears;
        if (req.grid->retires)
            g.request.retires = *req.grid->retires;
        if (req.grid->kind)
            g.request.kind = *req.grid->kind;
        if (req.grid->alsoGrade) {
            auto &grades = g.request.grades;
            if (std::find(grades.begin(), grades.end(), *req.grid->alsoGrade) == grades.end())
                grades.insert(std::upper_bound(grades.begin(), grades.end(), *req.grid->alsoGrade),
                              *req.grid->alsoGrade);
        }
        g.grid = compareGrid(p, g.request);
        ev.grid = std::move(g);
    }

    const PlanAnswer &shown = ev.shown();
    std::optional<int> shownBreakEven;
    if (shown.ok()) {
        const Result &r = *shown.result;
        if (req.beyond) {
            Beyond b;
            b.nominal = lifetimeValue(p, r, false);
            b.todaysMoney = lifetimeValue(p, r, true);
            const int ageNow = monthsBetween(p.kase.person.birth, p.kase.asOf) / 12;
            b.survivors =
                survivorBenefits(p, shown.plan, r, req.survivorsFromAge.value_or(ageNow + 1), req.survivorsToAge);
            b.shortfall = shortfallOptions(p, r);
            shownBreakEven = b.nominal.breakEvenAgeMonths;
            ev.beyond = std::move(b);
        } else if (!req.pins.empty()) {
            shownBreakEven = breakEvenOf(p, r);
        }
        if (req.summaryGrid) {
            GridAnswer g;
            g.request = summaryGridRequest(p, shown.plan, r);
            g.grid = compareGrid(p, g.request);
            ev.summary = std::move(g);
        }
    }

    for (const PlanChoice &choice : req.pins) {
        PinAnswer pin;
        pin.plan = answer(p, choice);
        if (pin.plan.ok()) {
            const Result &r = *pin.plan.result;
            pin.breakEvenAgeMonths = breakEvenOf(p, r);
            if (shown.ok())
                pin.toOpen = planDifference(r, pin.breakEvenAgeMonths, *shown.result, shownBreakEven);
            if (!ev.pins.empty() && ev.pins.front().plan.ok())
                pin.toFirst = planDifference(r, pin.breakEvenAgeMonths, *ev.pins.front().plan.result,
                                             ev.pins.front().breakEvenAgeMonths);
        }
        ev.pins.push_back(std::move(pin));
    }
    return ev;
}

Evaluation evaluate(const Case &c, const ParameterLibrary &library, YearMonth today, const Request &request)
{
    PreparedOrError prepared = prepare(c, library, today);
    if (auto *e = std::get_if<InputError>(&prepared)) {
        Evaluation ev;
        ev.error = std::move(*e);
        // A sheet is back-solved without a case.
        if (request.sheetIndex)
            ev.sheetIndex = solveAverageIndex(request.sheetIndex->pensionBase,
                                              request.sheetIndex->contributionYearsCenti, request.sheetIndex->basic);
        if (request.sheetBalance)
            ev.sheetBalance =
                solveAccountBalance(request.sheetBalance->accountPension, request.sheetBalance->annuityMonthsTenths);
        return ev;
    }
    return evaluate(std::get<std::shared_ptr<const Prepared>>(std::move(prepared)), request);
}

} // namespace pension
