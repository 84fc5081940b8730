#pragma once
// Reading a case from an already parsed JSON value (the batch reader builds one per row).

#include "case.h"

#include <nlohmann/json.hpp>

namespace pension {

CaseOrError readCaseJson(const nlohmann::json &doc);
// Every problem of the document (case.h, CaseReading).
CaseReading readCaseJsonAll(const nlohmann::json &doc);

// A retirement choice as `plan.retire` is written ("statutory", "YYYY-MM", {"earlyMonths": N}, {"lateMonths": N}).
std::variant<RetireChoice, InputError> readRetireChoice(const nlohmann::json &v, const std::string &field);

// JSON read strictly: a key given twice in one object, or arrays and objects nested deeper than `maxDepth`, throw an
// InputError naming the field (the path to it); text that is not JSON throws json::exception. Case files nest 4 deep.
inline constexpr int kMaxJsonDepth = 32;
nlohmann::json parseStrictJson(std::string_view text, int maxDepth);

} // namespace pension
