#pragma once
// The monthly basic pension of 国发〔2005〕38号 with the provinces' 过渡性养老金 and local items, computed and rounded
// by the named rules the region's pack selects (engine/rules.h). The defaults are the rules of the Shandong and
// Hebei benefit sheets (核定表): years to 2 decimals, the index to 4, W = B × I and each component to the fen.

#include "case.h"
#include "result.h"
#include "rules.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pension {

// A local item with the case's printed amount for the `statement` kind.
struct LocalItemInput {
    const LocalItem *item = nullptr;
    std::optional<Fen> statementAmount; // record.localItems.<id>
};

struct BenefitInput {
    Fen pensionBase = 0;        // 计发基数 (the province's, B_prov under two-base rules)
    Ppm averageIndex = 0;       // rounded as the rules say, ppm
    HalfMonths contributed = 0; // 缴费年限 in half months, 视同 included
    HalfMonths transition = 0;  // 视同 + 建账前 months
    Fen accountBalance = 0;
    int annuityMonthsTenths = 1390;
    Ppm transitionRate = 13'000; // 1.3%
    // Rule selections and the inputs some rules need.
    RuleSet rules;
    HalfMonths deemed = 0;                         // 视同 months alone (deemed-only, beijing-two-part)
    std::optional<HalfMonths> statementTransition; // record.transitionMonths (transitionMonths: statement)
    std::optional<HalfMonths> transitionPaid;      // record.transitionPaidMonths (beijing-two-part)
    std::optional<Ppm> transitionIndex;            // record.transitionIndex (transition-index)
    std::optional<Fen> localPensionBase;           // the city's own 计发基数 (two-base rules)
    std::vector<LocalItemInput> localItems;
    // record.indexedWage: W as the sheet prints it, for the indexed base `statementWageBase` (the base paid at the
    // statement's month). W for another base is W × base / statementWageBase: the sheet's index, carried exactly.
    std::optional<Fen> statementWage;
    Fen statementWageBase = 0;
    // The old-method rules (广东, 深圳): the statement figures, each optional (a missing one is substituted and named
    // in OldMethod::missing), and the share of the 调整额 paid in the retirement month (transitionAdjustmentRate).
    std::optional<Fen> deemedAccount;      // 广东 G
    std::optional<Ppm> deemedIndex;        // 广东 D
    std::optional<Ppm> preAccountIndexSum; // 广东 N
    std::optional<Fen> oldIndexedWage;     // 深圳 老指数化月平均缴费工资
    std::optional<Ppm> oldMethodShare;     // 深圳 享受比例
    Ppm adjustmentRate = kPpmOne;
    // record.localItemMonths, by item id: index-years items (深圳), tiered and fixed-per-year items (西藏, 重庆)
    std::map<std::string, HalfMonths> localItemMonths;
    // The pack's transitionRateAlt when transitionRateChoice selects it by a condition (and the case does not set
    // overrides.transitionRate); computeBenefit applies the condition.
    std::optional<Ppm> transitionRateAlt;
    // oldMethodComparison (重庆): A2010 (the pack's scalar oldMethodBase), Q原 (record.oldMethodIndex).
    std::optional<Fen> oldMethodBase;
    std::optional<Ppm> oldMethodIndex;
    // Person-dependent local item inputs, by item id: record.localItemClaims (localItemMonths below).
    std::vector<std::string> localItemClaims;
    // transitionalPhaseIn: the old-method amount printed on the sheet and the share of the difference paid.
    std::optional<Fen> oldMethodTransitional; // record.oldMethodTransitional
    std::optional<Fen> notionalCredits;       // record.notionalCredits (上海 虚账实记)
    Ppm phaseInRate = kPpmOne;                // series transitionPhaseInRate at the retirement month
};

// A statement figure an old-method rule needs and the case lacks, and what stood in for it.
struct MissingFigure {
    std::string field;      // "record.deemedAccount"
    std::string substitute; // the value used instead, as text ("0", "0.5938")
};

// The parts of the old-method 过渡性养老金 (广东, 深圳) and the new-method figure its 调整额 compares with.
struct OldMethod {
    Fen oldPart = 0;         // 广东 G / 120; 深圳 老指数化工资 × 享受比例
    int wholeYears = 0;      // whole years of 缴费年限 (视同 included)
    Fen allowance = 0;       // 缴费年限津贴 = whole years × 4 yuan
    Fen supplement = 0;      // 100 yuan (粤劳社电〔2009〕32号)
    Fen newMethod = 0;       // 新办法过渡性养老金
    Ppm deemedIndex = 0;     // D used (广东)
    Ppm indexSum = 0;        // N used (广东), ppm
    Ppm transitionIndex = 0; // I_t used (深圳)
    Ppm adjustmentRate = 0;  // share of the 调整额 paid
    std::vector<MissingFigure> missing;
};

// The old-method comparison of rule oldMethodComparison: both amounts and what is paid.
struct OldMethodResult {
    Fen base = 0;                     // A2010
    Ppm index = 0;                    // Q原
    Fen basic = 0;                    // A2010 × 20%
    Fen account = 0;                  // K / 120
    Fen transitional = 0;             // 1.4% × A2010 × Q原 × M1
    Fen subsidy = 0;                  // 70 × M1 / M
    Fen total = 0;                    // 原办法
    Fen newTotal = 0;                 // basic + account + transitional of the new method
    Fen cap = 0;                      // the indexed wage A × Q
    Fen paid = 0;                     // min(max(new, old), cap)
    std::int64_t m1Num = 0, mNum = 0; // M1 and M in half months (years = / 24)
};

// Years as a sheet shows them: the exact value num / den, printed with `decimals`.
struct Years {
    std::int64_t num = 0;
    std::int64_t den = 100;
    int decimals = 2;
    int centi() const; // half up to 2 decimals
    bool operator==(const Years &) const = default;
};

Years roundYears(HalfMonths halves, YearsRounding rule);

// One band of a basic-wage-year-bands local item as paid: X × rate × years, rounded like the components.
struct BandPart {
    int over = 0;
    Ppm rate = 0;
    Years years;
    Fen amount = 0;
};

// The bands of `item` for `n` contribution years on the wage X = xNum / xDen fen (see YearBand).
std::vector<BandPart> yearBandParts(const LocalItem &item, Wide xNum, Wide xDen, const Years &n, MoneyRounding rule);
std::string formatYears(const Years &y);

struct Benefit {
    Fen indexedWage = 0;    // W = B × I to the fen (as shown; kept exact where the rule says)
    Fen transitionWage = 0; // the wage the transitional formula multiplies, to the fen
    int contributionYearsCenti = 0;
    int transitionYearsCenti = 0;
    Years contributionYears, transitionYears;
    std::optional<Years> transitionPaidYears;        // beijing-two-part: T实98
    Fen transitionalDeemedPart = 0;                  // beijing-two-part: the 视同 part
    std::optional<OldMethodResult> methodComparison; // oldMethodComparison: computed when its inputs are there
    bool oldMethodMissing = false;                   // the rule applies (M1 > 0) and record.oldMethodIndex is absent
    bool phaseInOldMethodMissing = false; // transitionalPhaseIn applies (a transitional pension) at a rate of 100%
                                          // and record.oldMethodTransitional is absent: the new method alone is paid
    std::vector<LocalPayment> local;
    Monthly monthly;
    std::optional<OldMethod> oldMethod; // under guangdong-old-method / shenzhen-old-method
    // Added for the computed 过渡系数 choice and the banded local items:
    Ppm transitionRate = 0; // the 过渡系数 applied (transitionRateAlt where transitionRateChoice selected it)
    bool transitionRateAlt = false; // … and whether it is the second one
    Years actualYears;              // 实际缴费年限: all months but 视同, rounded like N
    Fen bandWage = 0;               // X = (plain base + W) / 2 to the fen, the wage of basic-wage-year-bands items
    std::vector<std::pair<std::string, std::vector<BandPart>>> bandParts; // by item id; empty when not paid
    // transitionalPhaseIn applied (an old-method amount given): the new method's amount before the phase-in.
    std::optional<Fen> transitionalNewMethod;
};

// years = round(months / 12, 2)
constexpr int yearsCenti(HalfMonths halves)
{
    return static_cast<int>(divRound(static_cast<Wide>(halves) * 100, 24));
}

// What a rule needs from the case and the case lacks (field, why); nullopt when complete.
std::optional<InputError> missingBenefitInput(const BenefitInput &in);

// 沪人社规〔2021〕27号: the basic pension's rate for `contributed` months (a half month dropped), whole years × 1% plus
// the remaining months × 0.083%, as a ppm fraction (26 years 6 months: 264980, i.e. 26.498%).
Ppm shanghaiBasicRate(HalfMonths contributed);

Benefit computeBenefit(const BenefitInput &in);

// Rounds an average index to `decimals` (2–4) half up, as the sheets show it; returns ppm.
Ppm roundIndex(double index, int decimals = 4);

// Rounds an exact amount num / den fen by a money rule.
Fen roundMoney(Wide num, Wide den, MoneyRounding rule);

// The total as paid under a totalRounding rule: `fen` leaves it; `jiao-up` (见分进角) carries a non-zero fen to the
// next jiao; `yuan-up` carries any jiao or fen to the next yuan. A negative total is left as it is.
Fen roundTotal(Fen total, TotalRounding rule);

} // namespace pension
