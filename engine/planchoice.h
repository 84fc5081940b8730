#pragma once
// A plan as a person asks for it, and the one place the plan rules live: the form's own plan, a grid cell, a pinned
// plan, the goal seeker's plans and the report's table all name their plan as a PlanChoice, and planFor turns it into
// the Plan the engine estimates.
//
// Two ways of saying when the payments stop, each with one meaning:
// - stopAfterYears: "stop after N more years": the plan pays the N×12 months after asOf (cut at retirement);
//   0 pays nothing more. A grid column, the CLI's --stops, a batch row's column.
// - stopAtTotalYears: "stop once I reach N years" (缴费年限 in total): the months the record already has count,
//   then the plan's months in order (gaps between periods do not count), until the total is N years. The form's
//   "stop at N years".

#include "law.h"
#include "projection.h"

#include <optional>

namespace pension {

enum class PlanPeriods {
    Grade,       // one period from the month after asOf until retirement, at the choice's grade and kind
    Case,        // the case's own plan.contributions as written (none: nothing more is paid)
    CaseOrGrade, // the case's own periods or, when it has none, the Grade period (the form's plan)
};

struct PlanChoice {
    PlanPeriods periods = PlanPeriods::Grade;
    Ppm grade = law::kMinGrade;          // 0.6–3.0 (the Grade period)
    std::optional<InsuranceKind> kind;   // the Grade period's; nullopt: the case's insurance kind
    std::optional<RetireChoice> retire;  // nullopt: the case's own retirement choice
    std::optional<int> stopAfterYears;   // see above; nullopt: no cut
    std::optional<int> stopAtTotalYears; // see above; nullopt: no cut (both given: both cuts apply)
    bool operator==(const PlanChoice &) const = default;
};

// A grid cell's plan: `grade` and `kind` paid for `stopAfterYears` more years, retiring as `retire`.
PlanChoice cellChoice(Ppm grade, int stopAfterYears, const RetireChoice &retire, InsuranceKind kind);
// A plan of the case's `compare` list: its grade paid as the case's insurance kind, for stopAfterYears more years
// (none: until retirement), retiring as its choice.
PlanChoice compareChoice(const ComparePlan &plan);
// The case's own plan as written.
PlanChoice casePlanChoice();

// The plan a choice stands for. The retirement reason is always the case's.
Plan planFor(const Prepared &p, const PlanChoice &choice);

} // namespace pension
