#pragma once
// What a projection returns: one value with the figures, the monthly breakdown, a row per year, warnings as codes
// and the explanation steps. The UI and the CLI only display it.

#include "case.h"
#include "params.h"
#include "retirement.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pension {

struct Monthly {
    Fen basic = 0;        // 基础养老金
    Fen account = 0;      // 个人账户养老金
    Fen transitional = 0; // 过渡性养老金
    Fen local = 0;        // local items (地方加发…) the region's sheets count in the total
    Fen total = 0;
};

// One local item paid with the pension (docs/parameter-packs.md, "localItems").
struct LocalPayment {
    std::string id;
    LocalText name;
    LocalItemKind kind = LocalItemKind::Fixed;
    Fen amount = 0;
    bool inTotal = true;
    bool known = true;      // false: a `statement` item the case does not give (left out of the total)
    std::string regulation; // the pack's regulation, or its source
    // kind total-rounding (the line the totalRounding rule adds): the rule; its words come from the words layer.
    TotalRounding rounding = TotalRounding::Fen;
};

enum class Origin { Statement, History, Plan, Gap };

// One calendar year of the record and the plan.
struct YearRow {
    int year = 0;
    Origin origin = Origin::Plan;
    Fen averageWage = 0; // the year's average the bases are set from (or the row's own denominator)
    Status averageStatus = Status::Published;
    Fen monthlyBase = 0;     // the base of the year's last paid month
    Ppm grade = 0;           // base ÷ average, ppm (for the plan's years)
    HalfMonths months = 0;   // paid months (halves)
    double index = 0;        // the year's 缴费指数 (Σ base/denominator ÷ months), 0 without months
    bool indexCounts = true; // false before the person's account began
    Fen personal = 0;        // paid by the person (8% for employees, 20% for flexible workers)
    Fen employer = 0;        // employer's share (employees) or the pooled 12% (flexible)
    Fen accountCredit = 0;   // 计入个人账户
    Ppm interestRate = 0;
    Status interestStatus = Status::Published;
    Fen interest = 0;
    Fen accountBalance = 0; // 个人账户储存额 at year end (at retirement in the retirement year)
};

enum class WarningCode {
    ProvisionalBase,       // the retirement year's 计发基数 is not published: 预发 on the previous year's base
    AssumedPensionBase,    // 计发基数 projected from the last published year with the wage-growth assumption
    AssumedAverageWage,    // average wage of years after the last published one projected
    AssumedInterest,       // 记账利率 of years with no published rate: the assumption
    ProvisionalInterest,   // a rate in use but not yet officially published (2026)
    AssumedParameter,      // an `assumed` pack figure entered the result (pre-2016 rates, pre-2019 averages…)
    NotEligible,           // short of the minimum contribution months
    EarlyNeedsMinimum,     // 弹性提前 needs the minimum years at the chosen date
    LateNeedsConsent,      // 弹性延迟: args {statutory month, "employee" | "flexible"} (who has to agree)
    SpecialReason,         // retirement before the window for 特殊工种 / 病退: rule after 2025 not found
    RegionNote,            // a gap in the region's data (e.g. Weifang city averages before 2019)
    OverrideUsed,          // a figure fixed by the case's overrides
    StatementInterest,     // statement balance treated as the year's opening balance for interest
    NoTransitional,        // no 视同 or pre-account years: no 过渡性养老金
    RetroactiveFraud,      // offers to "pay it all at once later" to add years are fraud (except 人社部令第13号)
    PastPaymentsEstimated, // a statement's past own payments, estimated from its index and months
    LocalFigures,          // a pack edited on this computer (version "…-local.N") entered the result
    ProjectedInterest,     // 记账利率 of years after the calculation date with no figure: the interest assumption
    InterestCreditedProvisionally, // a year's rate not yet published on the calculation date: the last published one
    InterestEffect,         // interest credited at assumed and at provisional rates, and its share of the pension
    PensionBaseFromAverage, // no 计发基数 known for the year or before it: the previous year's average wage
    ProvisionalAboveFinal,  // the projected final pension is below the provisional one: no back pay shown
    ApproximateRegion,
    ProjectedLocalBase, // the city's 计发基数 grown with the province's projected one: args from-year, figure, year,
                        // used
    LocalItemNotKnown, // a local item printed on the sheet and not given by the case: left out (args: name zh, en) //
                       // the region's rules are not established: args = the pack's text (zh, en)
    // Plausibility and staleness of the input (the figures are still computed; each names its numbers):
    StaleRecord,            // the record is more than 12 months older than the calculation date: asOf, date, months
    RetirementPassed,       // the retirement month lies before the calculation date: retirement month, date
    PlanInPast,             // the plan pays months already gone and not on record: first, last, months, field
    MonthsBeforeWorkingAge, // more months paid than lie between the 16th birthday and asOf: months, possible, age,
                            // field
    BaseAboveCeiling,  // a history year's base above its ceiling: year, base, index denominator, index, ceiling, field
    BaseLooksYearly,   // a history year's monthly base reads like the year's total: year, base, months, base/months,
                       // field
    IndexAboveCeiling, // a statement's average index above 3.0 (a move from a richer province): index, bound
    OldMethodFigureMissing, // 广东/深圳: a statement figure of the old-method 过渡性养老金 or its 调整额 not given: the
                            // field and the value used instead; the transitional figures are approximate
    OldMethodNotComputed,    // a pre-1996 entrant of a region comparing with its old method, without
                             // record.oldMethodIndex: the new method alone is shown (may be low). args: the regulation
    PhaseInOldMethodMissing, // transitionalPhaseIn (江苏) without record.oldMethodTransitional: the new method alone
                             // is shown; the sheet adds the difference to the old method rounded up to the jiao
                             // (up to 0.09 more). args: the regulation
    NotionalCreditsMissing,  // shanghai-notional for someone who paid before 1998, without record.notionalCredits:
                             // the 虚账实记 / 120 part is 0 (may be low). args: the regulation
};

struct Warning {
    WarningCode code;
    std::vector<std::string> args; // numbers and months the message quotes
};

enum class StepCode {
    RetirementAge,
    MinimumMonths,
    ContributionMonths,
    ContributionYears,
    TransitionYears,
    AverageIndex,
    PensionBase,
    IndexedWage,
    BasicPension,
    AccountBalance,
    AnnuityMonths,
    AccountPension,
    TransitionalPension,
    Total,
    ProvisionalTotal,
    BackPay,
    OwnPayments,      // what the person paid, history and plan
    BreakEven,        // the month the pension received covers it
    LifetimeTotal,    // pension received to life expectancy, with increases
    FuneralGrant,     // 丧葬补助金
    SurvivorPension,  // 抚恤金
    AccountRemainder, // inheritable personal account
    PayOnCost,        // paying on to the minimum years
    LocalPensionBase, // a city's own 计发基数 (two-base rules)
    LocalItem,        // one local item (地方加发, 增发, 调节金): formula, amount, regulation
    PayOnPension,     // short of the minimum: the pension after paying on (延长缴费) to it, and its parts
    // 新办法过渡性养老金 the 过渡性养老金调整额 compares with (广东, 深圳)
    NewMethodTransitional,
    TotalRounding,       // what the totalRounding rule adds to the total (见分进角补足): ceil(sum, step) − sum
    OldMethodPension,    // 原办法 amount of an old-method comparison (重庆): formula, amount, regulation
    MethodComparison,    // the higher of the new and old methods, capped at the indexed wage: which is paid
    TransitionalPhaseIn, // the transitional pension paid: old method + share of (new − old) (苏人社发〔2024〕4号)
};

// A step's formula and value are language-neutral: numbers, months (YYYY-MM), operators and field paths. What needs
// words is a token the words layer expands: an age as {age:N} (N months), a quantity as {term:id} (ids:
// yearly-index-sum Σ(yearly index), base-average-sum Σ(base / average), local-pension-base).
std::string ageToken(int months);
std::string termToken(const char *id);
// The text with its tokens expanded by `age` (months -> words) and `term` (id -> words).
// The same in plain English ("63y5m", "Σ(yearly index)"), for logs, tests and a caller without words.
std::string plainStepText(const std::string &text);
std::string expandStepTokens(const std::string &text, const std::function<std::string(int)> &age,
                             const std::function<std::string(std::string_view)> &term);

struct Step {
    StepCode code;
    std::string formula;    // with the numbers: "(7468 + 11950.29) / 2 × 34.67 × 1%"
    std::string value;      // "3366.16"
    std::string regulation; // "国发〔2005〕38号"
    std::string rule = {};  // the named rule applied at the step, "yearsRounding:half-up-2" (empty: none)
};

struct Figures {
    Fen pensionBase = 0; // 计发基数 used for `monthly`
    int pensionBaseYear = 0;
    Status pensionBaseStatus = Status::Published;
    Ppm averageIndex = 0;             // 平均缴费指数, 4 decimals (a statement's as given, up to 6)
    bool averageIndexDerived = false; // record.indexedWage without an index: W / base
    Fen indexedWage = 0;              // 指数化月平均缴费工资
    HalfMonths contributedMonths = 0;
    HalfMonths transitionMonths = 0;
    int contributionYearsCenti = 0; // 缴费年限, 2 decimals
    int transitionYearsCenti = 0;   // 过渡 years (视同 + 建账前), 2 decimals
    int annuityMonthsTenths = 0;    // 计发月数, 1 decimal
    Fen accountBalance = 0;         // at retirement
    Ppm transitionRate = 0;
    int contributionYearsDecimals = 2;                                 // the decimals the years rule shows
    std::int64_t contributionYearsNum = 0, contributionYearsDen = 100; // exact years used (num / den)
    std::int64_t transitionYearsNum = 0, transitionYearsDen = 100;
    std::optional<Ppm> transitionIndex;  // transition-index: the second index
    std::optional<Fen> localPensionBase; // two-base rules: the city's base
    Fen transitionWage = 0;              // the wage the transitional formula multiplies
    int indexDecimals = 4;
    // transitionalPhaseIn: the new method's amount and the printed old-method one (the paid one is monthly).
    std::optional<Fen> transitionalNewMethod, oldMethodTransitional;
};

struct Provisional {
    Fen pensionBase = 0; // the previous year's base, paid until the retirement year's is published
    int pensionBaseYear = 0;
    Status pensionBaseStatus = Status::Published;
    Fen indexedWage = 0;
    std::optional<Fen> localPensionBase; // two-base rules: the city's base of the year before
    Monthly monthly;
    std::vector<LocalPayment> localItems; // on the provisional base (a share of the basic pension differs)
    YearMonth publishedOn;                // month the retirement year's base is (or is assumed to be) published
    bool publicationAssumed = false;
    int backPayMonths = 0; // months paid at the provisional rate
    Fen backPay = 0;       // (final − provisional) × months
};

struct Eligibility {
    int requiredMonths = 180;
    int requirementYear = 0;
    HalfMonths contributed = 0;
    bool eligible = true;
    int shortMonths = 0;
    YearMonth reachedMonth; // keeps paying after the retirement month: the month the minimum is met
    Fen costToReach = 0;    // what those months cost the person at the plan's last grade, as a flexible worker
    // Paying on to `reachedMonth` at that grade (延长缴费), the pension from the month after it: every view shows
    // this figure first; `Result::monthly` is the one the retirement month would give if the minimum were met.
    Monthly payOnMonthly;
    YearMonth payOnPensionFrom; // reachedMonth + 1
    bool payOnKnown = false;    // false when the figures of that month are missing (e.g. a two-base city's base)
};

struct Result {
    std::string region;
    std::string regionNameZh, regionNameEn;
    std::string paramsVersion;
    YearMonth calculatedOn;
    RetirementWindow window;
    RetirementDecision retirement;
    Eligibility eligibility;
    Figures figures;
    Monthly monthly;
    std::vector<LocalPayment> localItems;
    std::optional<Provisional> provisional;
    Fen outOfPocketFuture = 0; // what the plan costs the person from asOf to retirement
    Fen outOfPocketTotal = 0;  // the same, plus what the history shows the person paid
    Fen employerFuture = 0;
    std::vector<YearRow> years;
    std::vector<Warning> warnings;
    std::vector<Step> steps;
};

} // namespace pension
