#pragma once
// The plan grid: contribution grades × how long the person keeps paying × retirement choices, in one call.
// Plans share the prepared record, the per-year figures and, for each grade and retirement month, one walk of
// the ledger: a shorter payment length is a snapshot of the longer one's walk, finished with interest only.

#include "projection.h"

#include <vector>

namespace pension {

struct GridRequest {
    std::vector<Ppm> grades;          // 0.6–3.0
    std::vector<int> stopAfterYears;  // 0 = stop now; values past retirement mean "until retirement"
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
};

// The plan a cell stands for, so any cell can be opened as a full estimate.
Plan planForCell(const Prepared &p, Ppm grade, int stopAfterYears, const RetireChoice &retire, InsuranceKind kind);

Grid compareGrid(const Prepared &p, const GridRequest &request);

// The default request of a case: the region's standard grades, 0…years to the latest retirement, and the
// statutory month with 12/24/36 months early and late.
GridRequest defaultGridRequest(const Prepared &p);

} // namespace pension
