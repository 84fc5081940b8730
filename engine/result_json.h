#pragma once
// Results as the JSON of the command-line contract (shared/spec/case-format.md). The words (warning messages,
// step labels) come from the caller's Wording, in the user's language: the engine only knows the codes.

#include "compare.h"
#include "goal.h"
#include "lifetime.h"
#include "result.h"
#include "survivor.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace pension {

class Wording {
public:
    virtual ~Wording() = default;
    virtual std::string warning(const Warning &w) const = 0;
    virtual std::string stepLabel(StepCode code) const = 0;
    // A step's formula or value with its tokens (result.h) worded; by default in plain English ("55y4m").
    virtual std::string stepText(const std::string &text) const;
};

const char *warningCodeName(WarningCode code); // "provisional-base"
const char *stepCodeName(StepCode code);       // "basic-pension"

// The sections issue by issue beyond the contract's minimum; absent ones are left out.
struct EstimateExtras {
    const Lifetime *lifetime = nullptr;
    const std::vector<SurvivorAt> *survivors = nullptr;
    const Shortfall *shortfall = nullptr;
};

std::string estimateJson(const Result &r, const Wording &words, const EstimateExtras &extras = {});
std::string goalJson(const GoalAnswer &g);
// `after --json`: { "path": [ … ], "compare": { "year", "amount", "monthly", "difference", "relative" } } (compare
// only when a published figure is given).
std::string pathJson(const std::vector<IncreaseYear> &path, std::optional<Fen> compareTo = std::nullopt);
std::string retirementJson(const RetirementWindow &w, const YearMonth &birth, int requiredMonths);
std::string gridJson(const Grid &g);
// The same text, handed to `sink` in chunks of about 64 KiB as it is written (the CLI streams it to stdout).
void writeGridJson(const Grid &g, const std::function<void(std::string_view)> &sink);

} // namespace pension
