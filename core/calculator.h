#pragma once
// The funnel: form values -> Case -> evaluate (engine/evaluate.h) -> one Outcome every view displays: the result,
// the grid, the opened and pinned plans, the report's table, the beyond figures and the goal. No view calls the
// engine; they all read an Outcome.

#include "caseconvert.h"
#include "evaluate.h"
#include "law.h"

#include <memory>
#include <optional>

namespace pension::gui {

// A plan of the grid, as the grid names it.
struct CellKey {
    Ppm grade = law::kMinGrade;
    int stopAfterYears = 0;
    RetireChoice retire;
    InsuranceKind kind = InsuranceKind::Flexible;
    bool operator==(const CellKey &) const = default;
};

// The engine's plan choice for a grid cell.
PlanChoice choiceOf(const CellKey &cell);

// A pinned cell as the case file's `compare` plan, and back. Paying until retirement is the grid's last column,
// `untilRetirementYears` (see untilRetirementYears): a cell paying that long is written without stopAfterYears, and
// a plan without it becomes a cell of that column paying as `kind`.
ComparePlan comparePlanOf(const CellKey &cell, int untilRetirementYears);
CellKey cellOf(const ComparePlan &plan, InsuranceKind kind, int untilRetirementYears);

// What the window asks for besides the form's own plan.
struct Selection {
    std::optional<CellKey> opened; // a grid cell shown instead of the form's plan
    std::vector<CellKey> pins;     // plans side by side (they pay as the case's insurance kind)
    std::optional<GoalAsk> goal;   // the Goal section's question
    bool operator==(const Selection &) const = default;
};

struct Outcome {
    FieldErrors errors; // empty when the form is valid
    std::shared_ptr<const Prepared> prepared;
    PlanChoice formChoice;        // the form's plan as asked
    Plan plan;                    // the form's plan
    std::optional<Result> result; // the form's plan, estimated
    GridRequest gridRequest;
    std::optional<Grid> grid;
    Selection selection;               // what `opened`, `pins` and `goal` answer
    std::optional<PlanAnswer> opened;  // the opened cell
    std::vector<PinAnswer> pins;       // one per selection.pins, with its difference from the first
    std::optional<GridAnswer> summary; // the report's table, for the shown plan
    std::optional<Beyond> beyond;      // the shown plan, beyond the monthly figure
    std::optional<GoalAnswer> goal;

    bool ok() const { return errors.empty() && result.has_value(); }
    // The opened cell is shown when it computes; else the form's plan.
    bool openedShown() const { return opened && opened->ok(); }
    const Plan &shownPlan() const { return openedShown() ? opened->plan : plan; }
    const std::optional<Result> &shownResult() const { return openedShown() ? opened->result : result; }
};

// The grid's last column (its longest payment length, which reaches the latest retirement month); without a grid,
// kMaxCompareStopYears.
int untilRetirementYears(const Outcome &outcome);

Outcome calculate(const FormValues &values, const ParameterLibrary &library, YearMonth today,
                  const Selection &selection = {});

// Asks again for another selection with the case already prepared and the grid kept: a cell opened, a plan
// pinned, a goal sought. The same engine call, without the grid.
void reselect(Outcome &outcome, const Selection &selection);

// Back-solving a benefit sheet, for the Goal section (no case needed).
IndexRange averageIndexFromSheet(Fen pensionBase, int contributionYearsCenti, Fen basic);
BalanceRange accountBalanceFromSheet(Fen accountPension, int annuityMonthsTenths);

} // namespace pension::gui
