#pragma once
// The one entry point every view reads: a checked case, the plans asked for (the open plan, a plan opened from the
// grid, the pinned plans, the grids) and the options, computed together into one Evaluation. The window, the PDF
// report, the Excel file and the command line only read that value.

#include "compare.h"
#include "goal.h"
#include "lifetime.h"
#include "planchoice.h"
#include "projection.h"
#include "survivor.h"

#include <memory>
#include <optional>
#include <vector>

namespace pension {

// Which plan grid to compute: the case's default request (defaultGridRequest) with any of its parts replaced.
struct GridAsk {
    std::optional<std::vector<Ppm>> grades;
    std::optional<std::vector<int>> stopAfterYears;
    std::optional<std::vector<RetireChoice>> retires;
    std::optional<InsuranceKind> kind; // the kind every cell pays as
    // A grade added to the rows when it is not one of them (the form's own, e.g. 75%), in order.
    std::optional<Ppm> alsoGrade;
};

// Back-solving a benefit sheet (no case needed): the index from the basic pension, the balance from the account
// pension.
struct SheetIndexAsk {
    Fen pensionBase = 0;
    int contributionYearsCenti = 0;
    Fen basic = 0;
};
struct SheetBalanceAsk {
    Fen accountPension = 0;
    int annuityMonthsTenths = 0;
};

struct GoalAsk {
    Fen target = 0;
    std::optional<Ppm> atGrade;
    bool operator==(const GoalAsk &) const = default;
};

struct Request {
    PlanChoice open = casePlanChoice(); // the open plan (the form's own, or the case file's)
    std::optional<PlanChoice> opened;   // a plan opened from the grid: shown instead of `open` when it computes
    std::vector<PlanChoice> pins;       // plans side by side, with their differences
    std::optional<GridAsk> grid;
    // The report's table: 60/100/150/200/300% and the shown plan's own grade, paying 0, 5, 10 more years and to
    // retirement, under the shown plan's retirement choice.
    bool summaryGrid = false;
    // Beyond the monthly figure, for the shown plan: lifetime value (nominal and today's money), what the family
    // receives by age at death (`survivorsFromAge`, default the next birthday, to `survivorsToAge`), the options of
    // a person short of the minimum.
    bool beyond = false;
    std::optional<int> survivorsFromAge;
    int survivorsToAge = 90;
    std::optional<GoalAsk> goal;
    std::optional<SheetIndexAsk> sheetIndex;
    std::optional<SheetBalanceAsk> sheetBalance;
};

struct PlanAnswer {
    PlanChoice choice;
    Plan plan;
    std::optional<Result> result;
    std::optional<InputError> error; // the plan cannot be estimated (e.g. a period after retirement)
    bool ok() const { return result.has_value(); }
};

// A plan against a reference plan.
struct PlanDifference {
    Fen monthly = 0;     // monthly pension, this − reference
    Fen outOfPocket = 0; // own payments from asOf to retirement, this − reference
    // The extra monthly pension per 10,000 yuan more paid; nullopt when this plan does not cost more.
    std::optional<Fen> perTenThousand;
    // Break-even age in months, this − reference (nullopt when either never breaks even).
    std::optional<int> breakEvenAgeMonths;
};

struct PinAnswer {
    PlanAnswer plan;
    std::optional<int> breakEvenAgeMonths; // nominal, with increases (the lifetime value's)
    std::optional<PlanDifference> toOpen;  // against the shown plan
    std::optional<PlanDifference> toFirst; // against the first pinned plan (none for the first)
};

struct Beyond {
    Lifetime nominal;
    Lifetime todaysMoney;
    std::vector<SurvivorAt> survivors;
    Shortfall shortfall;
};

struct GridAnswer {
    GridRequest request;
    Grid grid; // `refused` when the request is over kMaxGridPlans (checkGridRequest names it)
};

struct Evaluation {
    std::optional<InputError> error; // the case could not be prepared: nothing else is set
    std::shared_ptr<const Prepared> prepared;
    PlanAnswer open;
    std::optional<PlanAnswer> opened;
    std::vector<PinAnswer> pins;
    std::optional<GridAnswer> grid;
    std::optional<GridAnswer> summary;
    std::optional<Beyond> beyond; // for the shown plan
    std::optional<GoalAnswer> goal;
    std::optional<IndexRange> sheetIndex;
    std::optional<BalanceRange> sheetBalance;

    bool ok() const { return !error && open.ok(); }
    bool openedShown() const { return opened && opened->ok(); }
    // The plan the views show: the opened plan when it computes, else the open plan.
    const PlanAnswer &shown() const { return openedShown() ? *opened : open; }
};

// `today` is the calculation date handed in by the caller (a case's own calculatedOn takes precedence).
Evaluation evaluate(const Case &c, const ParameterLibrary &library, YearMonth today, const Request &request);
// With the case already prepared (a batch, or the window asking again for an opened or pinned plan).
Evaluation evaluate(std::shared_ptr<const Prepared> prepared, const Request &request);

// The pieces, for callers that hold their own figures.
PlanDifference planDifference(const Result &plan, std::optional<int> planBreakEven, const Result &reference,
                              std::optional<int> referenceBreakEven);
GridRequest summaryGridRequest(const Prepared &p, const Plan &plan, const Result &result);

} // namespace pension
