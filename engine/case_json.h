#pragma once
// Reading a case from an already parsed JSON value (the batch reader builds one per row).

#include "case.h"

#include <nlohmann/json.hpp>

namespace pension {

CaseOrError readCaseJson(const nlohmann::json &doc);

} // namespace pension
