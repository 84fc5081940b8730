#pragma once
// The funnel: form values -> Case -> prepare -> estimate / compareGrid -> one Outcome the views display.
// No widget calls the engine directly; they all read an Outcome (or the Result of a grid cell from here).

#include "caseconvert.h"
#include "compare.h"
#include "projection.h"

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

struct Outcome {
    FieldErrors errors;                           // empty when the form is valid
    std::shared_ptr<const Prepared> prepared;
    Plan plan;                                    // the form's plan
    std::optional<Result> result;                 // the form's plan, estimated
    GridRequest gridRequest;
    std::optional<Grid> grid;

    bool ok() const { return errors.empty() && result.has_value(); }
};

Outcome calculate(const FormValues &values, const ParameterLibrary &library, YearMonth today);

// The full estimate of one grid cell (planForCell + estimate).
ResultOrError estimateCell(const Prepared &prepared, const CellKey &cell);

} // namespace pension::gui
