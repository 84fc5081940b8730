#include "rules.h"

#include <array>

namespace pension {

namespace {

struct Names {
    RuleKey key;
    const char *keyName;
    std::array<const char *, 8> names; // by enum value; nullptr after the last
};

constexpr Names kNames[] = {
    {RuleKey::TransitionalFormula,
     "transitionalFormula",
     {"indexed-wage", "base-wage-average", "transition-index", "index-floor-one", "beijing-two-part",
      "guangdong-old-method", "shenzhen-old-method", "shanghai-notional"}},
    {RuleKey::TransitionMonths, "transitionMonths", {"deemed-and-pre-account", "deemed-only", "statement"}},
    {RuleKey::YearsRounding,
     "yearsRounding",
     {"half-up-2", "half-up-4", "unrounded", "up-1", "up-2", "up-half-year", "truncate-2", "truncate-0"}},
    {RuleKey::IndexDecimals, "indexDecimals", {}},
    {RuleKey::IndexedWageRounding, "indexedWageRounding", {"fen", "unrounded"}},
    {RuleKey::MoneyRounding, "moneyRounding", {"fen-half-up", "jiao-up", "jiao-half-up"}},
    {RuleKey::BasicFormula,
     "basicFormula",
     {"standard", "two-base", "two-base-province-indexed", "low-index-scaled", "shanghai-years-months"}},
    {RuleKey::IndexAveraging, "indexAveraging", {"monthly", "yearly-hebei"}},
    {RuleKey::TransitionRateChoice, "transitionRateChoice", {"single", "alt-below-20-actual-years"}},
    {RuleKey::TotalRounding, "totalRounding", {"fen", "jiao-up", "yuan-up"}},
    {RuleKey::OldMethodComparison, "oldMethodComparison", {"none", "chongqing-2010"}},
    {RuleKey::TransitionalPhaseIn, "transitionalPhaseIn", {"none", "old-plus-share", "old-plus-share-jiao-up"}},
};

const Names &namesOf(RuleKey k)
{
    return kNames[static_cast<int>(k)];
}

} // namespace

const char *ruleKeyName(RuleKey k)
{
    return namesOf(k).keyName;
}

std::optional<RuleKey> ruleKeyFromName(std::string_view name)
{
    for (const auto &n : kNames)
        if (name == n.keyName)
            return n.key;
    return std::nullopt;
}

std::string ruleNamesOf(RuleKey k)
{
    std::string out;
    for (const char *n : namesOf(k).names) {
        if (!n)
            break;
        out += (out.empty() ? "" : ", ") + std::string(n);
    }
    return out;
}

std::optional<int> ruleFromName(RuleKey k, std::string_view name)
{
    const auto &names = namesOf(k).names;
    for (std::size_t i = 0; i < names.size() && names[i]; ++i)
        if (name == names[i])
            return static_cast<int>(i);
    return std::nullopt;
}

std::string ruleName(RuleKey k, int value)
{
    if (k == RuleKey::IndexDecimals)
        return std::to_string(value);
    const auto &names = namesOf(k).names;
    if (value < 0 || static_cast<std::size_t>(value) >= names.size() || !names[static_cast<std::size_t>(value)])
        return {};
    return names[static_cast<std::size_t>(value)];
}

int RuleSet::value(RuleKey k) const
{
    switch (k) {
    case RuleKey::TransitionalFormula: return static_cast<int>(transitionalFormula);
    case RuleKey::TransitionMonths: return static_cast<int>(transitionMonths);
    case RuleKey::YearsRounding: return static_cast<int>(yearsRounding);
    case RuleKey::IndexDecimals: return indexDecimals;
    case RuleKey::IndexedWageRounding: return static_cast<int>(indexedWageRounding);
    case RuleKey::MoneyRounding: return static_cast<int>(moneyRounding);
    case RuleKey::BasicFormula: return static_cast<int>(basicFormula);
    case RuleKey::IndexAveraging: return static_cast<int>(indexAveraging);
    case RuleKey::TransitionRateChoice: return static_cast<int>(transitionRateChoice);
    case RuleKey::TotalRounding: return static_cast<int>(totalRounding);
    case RuleKey::OldMethodComparison: return static_cast<int>(oldMethodComparison);
    case RuleKey::TransitionalPhaseIn: return static_cast<int>(transitionalPhaseIn);
    }
    return 0;
}

void RuleSet::set(RuleKey k, int v)
{
    switch (k) {
    case RuleKey::TransitionalFormula: transitionalFormula = static_cast<TransitionalFormula>(v); break;
    case RuleKey::TransitionMonths: transitionMonths = static_cast<TransitionMonths>(v); break;
    case RuleKey::YearsRounding: yearsRounding = static_cast<YearsRounding>(v); break;
    case RuleKey::IndexDecimals: indexDecimals = v; break;
    case RuleKey::IndexedWageRounding: indexedWageRounding = static_cast<IndexedWageRounding>(v); break;
    case RuleKey::MoneyRounding: moneyRounding = static_cast<MoneyRounding>(v); break;
    case RuleKey::BasicFormula: basicFormula = static_cast<BasicFormula>(v); break;
    case RuleKey::IndexAveraging: indexAveraging = static_cast<IndexAveraging>(v); break;
    case RuleKey::TransitionRateChoice: transitionRateChoice = static_cast<TransitionRateChoice>(v); break;
    case RuleKey::TotalRounding: totalRounding = static_cast<TotalRounding>(v); break;
    case RuleKey::OldMethodComparison: oldMethodComparison = static_cast<OldMethodComparison>(v); break;
    case RuleKey::TransitionalPhaseIn: transitionalPhaseIn = static_cast<TransitionalPhaseIn>(v); break;
    }
}

} // namespace pension
