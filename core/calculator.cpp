#include "calculator.h"

#include "casecompare.h"

#include <algorithm>

namespace pension::gui {

namespace {

// The form's plan: the typed periods or, with none, the form's grade from the month after asOf to retirement,
// cut where the form says "stop at N years" (in all, counting the record's months).
PlanChoice formChoice(const FormValues &values)
{
    PlanChoice c;
    c.periods = PlanPeriods::CaseOrGrade;
    c.grade = formGrade(values).value_or(law::kMinGrade);
    if (values.stopAtYears)
        c.stopAtTotalYears = values.stopYears;
    return c;
}

Request requestFor(const PlanChoice &form, const Selection &selection)
{
    Request req;
    req.open = form;
    if (selection.opened)
        req.opened = choiceOf(*selection.opened);
    for (const CellKey &key : selection.pins) {
        PlanChoice pin = choiceOf(key);
        pin.kind.reset(); // the case's kind, as the grid pays
        req.pins.push_back(pin);
    }
    req.goal = selection.goal;
    req.summaryGrid = true;
    req.beyond = true;
    return req;
}

void takeSelection(Outcome &out, Evaluation &ev, const Selection &selection)
{
    out.selection = selection;
    out.opened = std::move(ev.opened);
    out.pins = std::move(ev.pins);
    out.summary = std::move(ev.summary);
    out.beyond = std::move(ev.beyond);
    out.goal = std::move(ev.goal);
}

} // namespace

PlanChoice choiceOf(const CellKey &cell)
{
    return cellChoice(cell.grade, cell.stopAfterYears, cell.retire, cell.kind);
}

ComparePlan comparePlanOf(const CellKey &cell, int untilRetirementYears)
{
    ComparePlan plan;
    plan.grade = cell.grade;
    if (cell.stopAfterYears < untilRetirementYears)
        plan.stopAfterYears = std::clamp(cell.stopAfterYears, 0, kMaxCompareStopYears);
    plan.retire = cell.retire;
    return plan;
}

CellKey cellOf(const ComparePlan &plan, InsuranceKind kind, int untilRetirementYears)
{
    CellKey cell;
    cell.grade = plan.grade;
    cell.stopAfterYears = plan.stopAfterYears.value_or(untilRetirementYears);
    cell.retire = plan.retire;
    cell.kind = kind;
    return cell;
}

int untilRetirementYears(const Outcome &outcome)
{
    const auto &stops = outcome.gridRequest.stopAfterYears;
    if (stops.empty())
        return kMaxCompareStopYears;
    return *std::max_element(stops.begin(), stops.end());
}

Outcome calculate(const FormValues &values, const ParameterLibrary &library, YearMonth today,
                  const Selection &selection)
{
    Outcome out;
    CaseBuild built = buildCase(values);
    if (!built.kase) {
        out.errors = std::move(built.errors);
        return out;
    }
    out.formChoice = formChoice(values);
    Request req = requestFor(out.formChoice, selection);
    // The form's own grade is a row of the grid too, when it is not a standard one (e.g. 75%).
    req.grid = GridAsk{};
    req.grid->alsoGrade = formGrade(values);
    req.grid->kind = built.kase->kind;
    Evaluation ev = evaluate(*built.kase, library, today, req);
    if (ev.error) {
        out.errors.push_back(*ev.error);
        return out;
    }
    out.prepared = ev.prepared;
    out.plan = ev.open.plan;
    if (ev.open.error) {
        out.errors.push_back(*ev.open.error);
        return out;
    }
    out.result = std::move(ev.open.result);
    out.gridRequest = std::move(ev.grid->request);
    out.grid = std::move(ev.grid->grid);
    takeSelection(out, ev, selection);
    return out;
}

void reselect(Outcome &outcome, const Selection &selection)
{
    if (!outcome.ok() || !outcome.prepared)
        return;
    Evaluation ev = evaluate(outcome.prepared, requestFor(outcome.formChoice, selection));
    takeSelection(outcome, ev, selection);
}

IndexRange averageIndexFromSheet(Fen pensionBase, int contributionYearsCenti, Fen basic)
{
    return solveAverageIndex(pensionBase, contributionYearsCenti, basic);
}

BalanceRange accountBalanceFromSheet(Fen accountPension, int annuityMonthsTenths)
{
    return solveAccountBalance(accountPension, annuityMonthsTenths);
}

} // namespace pension::gui
