#pragma once
// Page 1 of the report: the pinned plans side by side (a column each) with their differences to the first.

#include "report.h"

#include <QString>

namespace pension::report {

// The HTML of the section; empty when the report has no pinned plans.
QString pinnedPlansSection(const ReportInput &in);

} // namespace pension::report
