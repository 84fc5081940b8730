#pragma once
// The plan grid: contribution grades × how long the person keeps paying × retirement choices, in one call.
// Plans share the prepared record, the per-year figures and, for each grade and retirement month, one walk of
// the ledger: a shorter payment length is a snapshot of the longer one's walk, finished with interest only.

#include "planchoice.h"
#include "projection.h"

#include <vector>

namespace pension {

struct GridRequest {
    std::vector<Ppm> grades;         // 0.6–3.0
    std::vector<int> stopAfterYears; // PlanChoice::stopAfterYears: 0 = stop now; past retirement = until retirement
    std::vector<RetireChoice> retires;
    InsuranceKind kind = InsuranceKind::Flexible;
};

struct GridCell {
    Ppm grade = 0;
    int stopAfterYears = 0;
    RetireChoice retire;
    PlanNumbers numbers;
};

struct Grid {
    std::vector<GridCell> cells; // retire-major, then grade, then stop length
    bool refused = false;        // the request asked for more than kMaxGridPlans plans: no cells
};

// The most plans one grid computes (grades × payment lengths × retirement choices). The default request of any
// case stays below it (25 grades × at most 51 lengths × 7 choices = 8,925); a request above it is refused whole
// rather than cut, so no figure is silently missing.
inline constexpr std::size_t kMaxGridPlans = 20'000;

// Null when the request is within kMaxGridPlans; else an OutOfRange error on the field "grid" with the count.
std::optional<InputError> checkGridRequest(const GridRequest &request);

// A request over kMaxGridPlans gives an empty grid marked `refused` (callers check first with checkGridRequest).
Grid compareGrid(const Prepared &p, const GridRequest &request);

// The default request of a case: the region's standard grades, 0…years to the latest retirement, and the
// statutory month with 12/24/36 months early and late.
GridRequest defaultGridRequest(const Prepared &p);

} // namespace pension
