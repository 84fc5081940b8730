#include "calculator.h"

#include <algorithm>

namespace pension::gui {

Outcome calculate(const FormValues &values, const ParameterLibrary &library, YearMonth today)
{
    Outcome out;
    CaseBuild built = buildCase(values);
    if (!built.kase) {
        out.errors = std::move(built.errors);
        return out;
    }
    PreparedOrError prepared = prepare(*built.kase, library, today);
    if (auto *e = std::get_if<InputError>(&prepared)) {
        out.errors.push_back(*e);
        return out;
    }
    out.prepared = std::get<std::shared_ptr<const Prepared>>(prepared);
    out.plan = buildPlan(values, *out.prepared);
    ResultOrError result = estimate(*out.prepared, out.plan);
    if (auto *e = std::get_if<InputError>(&result)) {
        out.errors.push_back(*e);
        return out;
    }
    out.result = std::get<Result>(std::move(result));
    out.gridRequest = defaultGridRequest(*out.prepared);
    out.gridRequest.kind = built.kase->kind;
    // The form's own grade is a row of the grid too, when it is not a standard one (e.g. 75%).
    if (auto grade = formGrade(values)) {
        auto &grades = out.gridRequest.grades;
        if (std::find(grades.begin(), grades.end(), *grade) == grades.end())
            grades.insert(std::upper_bound(grades.begin(), grades.end(), *grade), *grade);
    }
    out.grid = compareGrid(*out.prepared, out.gridRequest);
    out.beyond = beyondOf(*out.prepared, out.plan, *out.result);
    return out;
}

ResultOrError estimateCell(const Prepared &prepared, const CellKey &cell)
{
    return estimate(prepared, planForCell(prepared, cell.grade, cell.stopAfterYears, cell.retire, cell.kind));
}

Beyond beyondOf(const Prepared &prepared, const Plan &plan, const Result &result)
{
    Beyond b;
    b.nominal = lifetimeValue(prepared, result, false);
    b.todaysMoney = lifetimeValue(prepared, result, true);
    const int ageNow = monthsBetween(prepared.kase.person.birth, prepared.kase.asOf) / 12;
    b.survivors = survivorBenefits(prepared, plan, result, ageNow + 1, 90);
    b.shortfall = shortfallOptions(prepared, result);
    return b;
}

Beyond beyondOfCell(const Prepared &prepared, const CellKey &cell, const Result &result)
{
    return beyondOf(prepared, planForCell(prepared, cell.grade, cell.stopAfterYears, cell.retire, cell.kind), result);
}

GoalAnswer goalFor(const Prepared &prepared, Fen target, std::optional<Ppm> atGrade)
{
    return seekGoal(prepared, target, atGrade);
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
