#pragma once
// Batch rows: one person per CSV line (docs/batch.md), read into the same Case the case files give, with the same
// checks and the same field-named errors.

#include "case.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pension {

// Splits one CSV record (RFC 4180: commas, double quotes, "" inside quotes). A line ending inside quotes is an
// error (nullopt). Hand-written: Debian's C++ CSV libraries are not packaged widely; this is 30 lines.
std::optional<std::vector<std::string>> splitCsv(std::string_view line);
// A text cell for CSV output: quoted when needed, and with a leading ' when it starts like a formula (= + - @, tab,
// CR), so a spreadsheet shows it as text instead of running it (CSV injection).
std::string csvField(std::string_view text);
bool startsLikeFormula(std::string_view text);
// Whether a CSV record is complete: false while a quoted field is still open (it goes on after a line break).
bool csvRecordComplete(std::string_view text);

struct BatchHeader {
    std::vector<std::string> names;
    std::vector<int> known;                  // per column: its index in the reader's table of columns
    int column(std::string_view name) const; // -1 when absent
};

// The header line: every column must be known; `id`, `region`, `sex`, `birth`, `track` and the statement columns
// are required. Error field: the column name.
std::variant<BatchHeader, InputError> readBatchHeader(std::string_view line);

struct BatchPlan {
    std::optional<Ppm> grade;          // overrides the row's grade
    std::optional<int> stopAfterYears; // overrides the row's stopAfterYears
    std::optional<RetireChoice> retire;
    std::string label; // as written in --plans
};

// "0.6,1.0:10,3.0::late12": grade[:stopAfterYears[:retire]] per plan.
std::variant<std::vector<BatchPlan>, InputError> readBatchPlans(std::string_view text);

// A row into a case under a plan. Errors name the CSV column (e.g. "averageIndex").
CaseOrError caseFromBatchRow(const BatchHeader &header, const std::vector<std::string> &fields, const BatchPlan &plan);

} // namespace pension
