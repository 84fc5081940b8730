#pragma once
// The funnel: form values -> Case -> prepare -> estimate / compareGrid -> one Outcome the views display.
// No widget calls the engine directly; they all read an Outcome (or the Result of a grid cell from here).

#include "caseconvert.h"
#include "compare.h"
#include "goal.h"
#include "lifetime.h"
#include "projection.h"
#include "survivor.h"

#include <memory>
#include <optional>

namespace pension::gui {

// A plan of the grid, as the grid names it.
struct CellKey {
    Ppm grade = 600'000;
    int stopAfterYears = 0;
    RetireChoice retire;
    InsuranceKind kind = InsuranceKind::Flexible;
    bool operator==(const CellKey &) const = default;
};

// Beyond the monthly figure, for one plan: the engine's lifetime value (nominal and in today's money), what the
// family receives by age at death (from the next birthday to 90) and the options of a person short of the minimum.
struct Beyond {
    Lifetime nominal;
    Lifetime todaysMoney;
    std::vector<SurvivorAt> survivors;
    Shortfall shortfall;
};

struct Outcome {
    FieldErrors errors; // empty when the form is valid
    std::shared_ptr<const Prepared> prepared;
    Plan plan;                    // the form's plan
    std::optional<Result> result; // the form's plan, estimated
    GridRequest gridRequest;
    std::optional<Grid> grid;
    std::optional<Beyond> beyond; // the form's plan, beyond the monthly figure

    bool ok() const { return errors.empty() && result.has_value(); }
};

Outcome calculate(const FormValues &values, const ParameterLibrary &library, YearMonth today);

// The full estimate of one grid cell (planForCell + estimate).
ResultOrError estimateCell(const Prepared &prepared, const CellKey &cell);

// Beyond the monthly figure for a plan and its result (lifetimeValue, survivorBenefits, shortfallOptions).
Beyond beyondOf(const Prepared &prepared, const Plan &plan, const Result &result);
Beyond beyondOfCell(const Prepared &prepared, const CellKey &cell, const Result &result);

// Goal seeking and back-solving a benefit sheet, for the Beyond tab (seekGoal, solveAverageIndex,
// solveAccountBalance).
GoalAnswer goalFor(const Prepared &prepared, Fen target, std::optional<Ppm> atGrade);
IndexRange averageIndexFromSheet(Fen pensionBase, int contributionYearsCenti, Fen basic);
BalanceRange accountBalanceFromSheet(Fen accountPension, int annuityMonthsTenths);

} // namespace pension::gui
