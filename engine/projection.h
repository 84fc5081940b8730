#pragma once
// From a case to a result: the starting state at `asOf` (statement or history), the plan's months to retirement,
// the ledger, the three components, eligibility, the provisional base and the explanation.

#include "benefit.h"
#include "case.h"
#include "context.h"
#include "ledger.h"
#include "params.h"
#include "result.h"

#include <memory>
#include <variant>

namespace pension {

// A region resolved for one calculation date and one set of assumptions: shared by every case that has the same
// (a batch of a million rows builds it once).
struct SharedRegion {
    ParameterSet params;
    std::unique_ptr<Context> context; // points into `params`; covers 1990–2140
};

using SharedRegionOrError = std::variant<std::shared_ptr<const SharedRegion>, InputError>;
SharedRegionOrError shareRegion(const ParameterLibrary &library, std::string_view regionId,
                                const Assumptions &assumptions, YearMonth calculatedOn);

// A case with its region resolved and its record replayed up to `asOf`: what every plan of the case shares.
struct Prepared {
    explicit Prepared(std::shared_ptr<const SharedRegion> shared)
        : region(std::move(shared)), params(region->params), context(region->context.get())
    {
    }
    std::shared_ptr<const SharedRegion> region;
    const ParameterSet &params;
    const Context *context;
    Case kase;
    const Track *track = nullptr;
    RetirementWindow window;
    Accrual start;                    // state at the end of the asOf month
    std::vector<YearRow> historyRows; // the years replayed from the history (or the statement's single row)
    Fen historyPaid = 0;              // what the history shows the person paid
    std::vector<Warning> warnings;    // from the record (assumed denominators…)
};

using PreparedOrError = std::variant<std::shared_ptr<const Prepared>, InputError>;
using ResultOrError = std::variant<Result, InputError>;

// `today` is the calculation date handed in by the caller (the engine never reads the clock); a case's own
// `calculatedOn` takes precedence, so a saved sheet computes the same way on any day.
PreparedOrError prepare(const Case &c, const ParameterLibrary &library, YearMonth today);
// The same with the region already resolved (its region, date and assumptions must be the case's).
PreparedOrError prepare(const Case &c, std::shared_ptr<const SharedRegion> region);

ResultOrError estimate(const Prepared &p, const Plan &plan);
ResultOrError estimate(const Case &c, const ParameterLibrary &library, YearMonth today);

// The numbers of one plan without the year table and the explanation: the grid's unit of work.
struct PlanNumbers {
    bool valid = true;
    YearMonth retirementMonth;
    int ageMonths = 0;
    bool eligible = true;
    HalfMonths contributed = 0;
    HalfMonths paidMonths = 0;    // months the plan pays (halves)
    Ppm averageIndex = 0;
    Fen accountBalance = 0;
    Monthly monthly;
    Fen outOfPocket = 0;          // the person's own payments from asOf to retirement
    std::optional<int> breakEvenAgeMonths; // age when the pension received (with increases) equals all own payments
    // How much more a month each extra 10,000 yuan paid buys, against the next lower grade and the next shorter
    // payment length (grid cells only; nullopt without a neighbour or without extra payment).
    std::optional<Fen> marginalPerTenThousandGrade, marginalPerTenThousandLength;
};

} // namespace pension

namespace pension {
// One plan's numbers, no year table or explanation (what a grid cell and the benchmark compute).
PlanNumbers projectNumbers(const Prepared &p, const Plan &plan);
// The benefit inputs of an account state at a retirement month: the region's rules in force then, the case's
// statement figures and local items (shared by `estimate` and the grid).
BenefitInput benefitInputFor(const Prepared &p, const Accrual &a, Fen base, int annuityTenths, Ppm transitionRate,
                             YearMonth retirement);
// Walks the plan's contributions to `month` (inclusive) without closing its year: the account as it stands then.
void walkPlanTo(const Prepared &p, const Plan &plan, Accrual &a, YearMonth month);
} // namespace pension
