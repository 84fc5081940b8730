#pragma once
// The case file's `compare`: the plans pinned to compare side by side (ComparePlan, case.h), read and written here
// for the case reader and writer. Inside the engine (nlohmann/json).

#include "case.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace pension {

// At most this many plans side by side (the window's pinned columns, the report's columns).
inline constexpr std::size_t kMaxComparePlans = 4;
// stopAfterYears is 0…this many years (any more reaches retirement anyway).
inline constexpr int kMaxCompareStopYears = 60;

// Reads doc["compare"] into `out` (absent or null: none). On a bad value, the error naming the field
// (`compare[1].grade`); `out` is then unspecified.
std::optional<InputError> readCompare(const nlohmann::json &doc, std::vector<ComparePlan> &out);

// Writes `plans` as doc["compare"]; nothing at all when there are none (a case without pins reads as before).
void writeCompare(const std::vector<ComparePlan> &plans, nlohmann::json &doc);

} // namespace pension
