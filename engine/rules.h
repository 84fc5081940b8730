#pragma once
// The named rule variants a parameter pack selects for the benefit formula (docs/parameter-packs.md, "rules").
// The provinces differ in how they compute the 过渡性养老金 and how their benefit sheets (核定表) round; each variant
// is a name here and a dated, sourced entry in a pack, never a test of the province in the code.

#include <iterator>
#include <optional>
#include <string>
#include <string_view>

namespace pension {

// 过渡性养老金 formula.
enum class TransitionalFormula {
    IndexedWage,     // "indexed-wage": W × T × c, W = B × I
    BaseWageAverage, // "base-wage-average": (B + W) / 2 × T × c
    TransitionIndex, // "transition-index": B × I_t × T × c, I_t = record.transitionIndex
    IndexFloorOne,   // "index-floor-one": B × max(I, 1) × T × c
    BeijingTwoPart,  // "beijing-two-part": B × T同 × c + W × T实98 × c
    // 广东 (粤劳社电〔2009〕32号, 粤府函〔2021〕294号): the sheet's 过渡性养老金 is the old-method amount
    // 视同缴费账户额 G / 120 + 缴费年限津贴 (4 yuan a whole year) + 100; the new method P × (D × A + N) / 12 × c
    // enters only the 过渡性养老金调整额 (a local item of kind transitional-adjustment).
    GuangdongOldMethod, // "guangdong-old-method"
    // 深圳: 老指数化月平均缴费工资 × 享受比例 + 4 yuan a whole year + 100; new method B × I_t × T × c.
    ShenzhenOldMethod, // "shenzhen-old-method"
    // 上海 (沪人社规〔2021〕32号 as printed on the sheets): 计发基数 × 1.0 × 1992年底前连续工龄 × c + the 1993–1997
    // 虚账实记 total (record.notionalCredits) / 120, rounded as a whole.
    ShanghaiNotional, // "shanghai-notional"
};

// Which months T counts.
enum class TransitionMonths {
    DeemedAndPreAccount, // "deemed-and-pre-account": 视同 + 建账前
    DeemedOnly,          // "deemed-only": 视同
    Statement,           // "statement": record.transitionMonths, as the sheet prints it
};

// How months / 12 becomes the years a sheet prints (for both N and T).
enum class YearsRounding {
    HalfUp2,    // "half-up-2"
    HalfUp4,    // "half-up-4"
    Unrounded,  // "unrounded"
    Up1,        // "up-1": up to one decimal (只进不退)
    Up2,        // "up-2": up to two decimals
    UpHalfYear, // "up-half-year": up to the next half year (半段进整)
    Truncate2,  // "truncate-2"
    Truncate0,  // "truncate-0": whole years, the part year cut (吉林 before 2020: 缴费每满一年发给1%)
};

enum class IndexedWageRounding {
    Fen,       // "fen": W = B × I half up to the fen
    Unrounded, // "unrounded": W kept exact
};

// Rounding of each monthly component.
enum class MoneyRounding {
    FenHalfUp,  // "fen-half-up"
    JiaoUp,     // "jiao-up": 见分进角, the 厘 dropped first
    JiaoHalfUp, // "jiao-half-up"
};

enum class BasicFormula {
    Standard,               // "standard": (B + B × I) / 2 × N × 1%
    TwoBase,                // "two-base": (B_prov + B_local × I) / 2 × N × 1%
    TwoBaseProvinceIndexed, // "two-base-province-indexed": (B_local + B_prov × I) / 2 × N × 1%
    LowIndexScaled,         // "low-index-scaled": (B × a + B × I) / 2 × N × 1%, a = I / 0.6 (4 decimals) below 0.6
    // 上海 (沪人社规〔2021〕27号): (B + B × I) / 2 × (whole years × 1% + the remaining months × 0.083%).
    ShanghaiYearsMonths, // "shanghai-years-months"
};

// How the monthly total is brought to the amount paid (totalRounding). The components are rounded each by
// moneyRounding; this rule then rounds their sum, and the amount it adds is shown as a line of its own.
enum class TotalRounding {
    Fen,    // "fen": the total is the sum of the fen-rounded parts
    JiaoUp, // "jiao-up": 见分进角, the total cut to the fen and a non-zero fen carried to the next jiao
    YuanUp, // "yuan-up": the total rounded up to the whole yuan
};

// How the transitional pension of a province changing its formula is phased in (transitionalPhaseIn): the
// old-method amount the sheet prints (record.oldMethodTransitional) plus a share of what the new method adds, the
// share by the series transitionPhaseInRate at the retirement month; the old method where it is higher.
enum class TransitionalPhaseIn {
    None,               // "none": the formula's amount
    OldPlusShare,       // "old-plus-share": old + (new − old) × rate, the share rounded by moneyRounding
    OldPlusShareJiaoUp, // "old-plus-share-jiao-up": the share rounded up to the jiao (见分进角, 江苏)
};

// How history mode averages the 缴费指数 over a year-by-year record.
enum class IndexAveraging {
    Monthly,     // "monthly": the mean over the months paid (domain §1.2)
    YearlyHebei, // "yearly-hebei": the mean of the yearly indices, years before the account at 1.0 (before 1993) or
                 // at least 1.2 (1993–1995), years without payment left out (冀劳社〔2006〕67号 as cited on Hebei
                 // sheets)
};

// Which 过渡系数 a person gets: the pack's `transitionRate`, or its `transitionRateAlt` by a computed condition.
enum class TransitionRateChoice {
    Single,                // "single": transitionRate for everyone (transitionRateAlt only by overrides.transitionRate)
    AltBelow20ActualYears, // "alt-below-20-actual-years": transitionRateAlt when the actual contribution years
                           // (实际缴费年限: all months but 视同) are below 20 (吉林: 1.2% instead of 1.4%)
};

// The old-method comparison of a province that pays pre-reform entrants the higher of the new method and its former
// formula (原办法).
enum class OldMethodComparison {
    None,          // "none"
    Chongqing2010, // "chongqing-2010": 渝人社发〔2010〕275号: entrants before 1996-01 are paid the higher of the new
                   // method and 原办法 T = A2010 × 20% + K / 120 + 1.4% × A2010 × Q原 × M1 + 70 × M1 / M
                   // (渝府发〔2000〕48号, 渝办发〔2002〕31号), the result at most the indexed wage A × Q
};

// The rule keys a pack's "rules" object may hold.
enum class RuleKey {
    TransitionalFormula,
    TransitionMonths,
    YearsRounding,
    IndexDecimals,
    IndexedWageRounding,
    MoneyRounding,
    BasicFormula,
    IndexAveraging,
    TransitionRateChoice,
    TotalRounding,
    OldMethodComparison,
    TransitionalPhaseIn,
};

inline constexpr RuleKey kRuleKeys[] = {
    RuleKey::TransitionalFormula, RuleKey::TransitionMonths,    RuleKey::YearsRounding,
    RuleKey::IndexDecimals,       RuleKey::IndexedWageRounding, RuleKey::MoneyRounding,
    RuleKey::BasicFormula,        RuleKey::IndexAveraging,      RuleKey::TransitionRateChoice,
    RuleKey::TotalRounding,       RuleKey::OldMethodComparison, RuleKey::TransitionalPhaseIn};
inline constexpr int kRuleKeyCount = static_cast<int>(std::size(kRuleKeys));

const char *ruleKeyName(RuleKey k); // "yearsRounding"
std::optional<RuleKey> ruleKeyFromName(std::string_view name);
// The names a key accepts ("half-up-2, half-up-4, …"); empty for indexDecimals (a number).
std::string ruleNamesOf(RuleKey k);
// The enum value (as int) of a rule name under a key; nullopt for an unknown name.
std::optional<int> ruleFromName(RuleKey k, std::string_view name);
// The name of an enum value under a key ("up-1"); for indexDecimals the number as text.
std::string ruleName(RuleKey k, int value);

// The rules in force for one retirement month, with the citation of each (the pack's `regulation`, or its source).
struct RuleSet {
    TransitionalFormula transitionalFormula = TransitionalFormula::IndexedWage;
    TransitionMonths transitionMonths = TransitionMonths::DeemedAndPreAccount;
    YearsRounding yearsRounding = YearsRounding::HalfUp2;
    int indexDecimals = 4;
    IndexedWageRounding indexedWageRounding = IndexedWageRounding::Fen;
    MoneyRounding moneyRounding = MoneyRounding::FenHalfUp;
    BasicFormula basicFormula = BasicFormula::Standard;
    IndexAveraging indexAveraging = IndexAveraging::Monthly;
    TransitionRateChoice transitionRateChoice = TransitionRateChoice::Single;
    TotalRounding totalRounding = TotalRounding::Fen;
    OldMethodComparison oldMethodComparison = OldMethodComparison::None;
    TransitionalPhaseIn transitionalPhaseIn = TransitionalPhaseIn::None;
    // Citations by key (index = RuleKey); empty where the default applies without a pack entry.
    std::string regulation[kRuleKeyCount];

    int value(RuleKey k) const;
    void set(RuleKey k, int value);
    const std::string &citation(RuleKey k) const { return regulation[static_cast<int>(k)]; }
};

} // namespace pension
