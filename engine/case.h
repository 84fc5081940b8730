#pragma once
// The case (个案): one insured person, what is known of their record, and the plan to project.
// Read from the `pension-case/1` JSON format of shared/spec/case-format.md.

#include "allowed.h"
#include "law.h"
#include "money.h"
#include "yearmonth.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pension {

// Month counts are kept in half months: Hebei statements count halves (515.5 months).
using HalfMonths = int;

enum class Sex { Male, Female };
enum class InsuranceKind { Employee, Flexible }; // 企业职工 / 灵活就业
enum class RetireKind { Statutory, Month, Early, Late };
enum class RetireReason { Normal, SpecialType, Illness }; // 正常 / 特殊工种 / 病退

struct Person {
    std::string name;
    std::string idNumber;
    Sex sex = Sex::Male;
    YearMonth birth;
    std::string track; // male-60, female-55, female-50
};

// The average 缴费指数 of a statement: a base is at most 300% of the average of the place it is paid in, and the index
// is taken against the retirement place's average, so someone who paid in a richer province can show more than 3.0.
// The plausible bound: 3.0 × the widest same-year ratio of two provinces' contribution averages in the shipped packs,
// Shanghai 11396 / Hebei 5788.75 yuan a month in 2022 (resources/regions/shanghai.json, hebei.json) = 1.97 → 5.9,
// rounded up to 6.0. Above 3.0 the case is accepted with a warning (WarningCode::IndexAboveCeiling).
constexpr Ppm kIndexCeiling = 3'000'000;
constexpr Ppm kIndexPlausible = 6'000'000;
// The lowest statement index accepted, 0.01: Beijing's Z实 divides by every year due since 1992, gaps included, so a
// 2023 朝阳 核准表 prints 0.0513 for 26 months paid in 31 years (京劳社养发〔2007〕21号; tests/data/cases/beijing-8).
constexpr Ppm kIndexLowest = 10'000;
// The decimals a statement's index may have: sheets print 4 but some compute with 5 (山西 太原 核定表: the printed
// 指数化月平均工资 equal 计发基数 × a 5-decimal index exactly); 6 is the engine's own precision (ppm).
constexpr int kStatementIndexDecimals = 6;

// 个人权益记录单 summary as of `asOf`.
struct Record {
    HalfMonths deemed = 0;     // 视同缴费月数
    HalfMonths preAccount = 0; // 建账前实际缴费月数
    HalfMonths account = 0;    // 建账后缴费月数 (the months the average index is taken over)
    Ppm averageIndex = 0;      // 平均缴费指数, ppm (0.6270 -> 627000)
    Fen accountBalance = 0;    // 个人账户储存额
    // Figures some provinces' sheets print beyond the standard record (docs/parameter-packs.md, "rules"):
    std::optional<Ppm> transitionIndex;         // 过渡性养老金 index (Tianjin, Jiangsu, Zhejiang, Shanxi, Henan)
    std::optional<HalfMonths> transitionMonths; // the months the transitional pension counts, as printed
    std::optional<HalfMonths> transitionPaidMonths; // Beijing: paid months from 1992-10 to 1998-06 (N实98)
    std::map<std::string, Fen> localItems;          // printed amounts of `statement` local items, by item id
    // 指数化月平均缴费工资 W as a sheet prints it (新疆 prints W and no index): used as W instead of base × index for
    // the sheet's base (the one paid at asOf); the average index is then W / that base (projection.cpp).
    std::optional<Fen> indexedWage;
    // 广东/深圳 statement figures of the old-method 过渡性养老金 and its 调整额 (docs/case-format-additions.md):
    std::optional<Fen> deemedAccount;      // 视同缴费账户额 G (广东 old method G / 120)
    std::optional<Ppm> deemedIndex;        // 视同缴费指数 D (广东 new method), from the agency's table
    std::optional<Ppm> preAccountIndexSum; // N: Σ monthly actual indices 1994-01..1998-06 (广东 new method), ppm
    std::optional<Fen> oldIndexedWage;     // 深圳 老指数化月平均缴费工资
    std::optional<Ppm> oldMethodShare;     // 深圳 享受比例 of the old method
    // 原办法过渡性养老金 (江苏): the old-method transitional pension the sheet prints beside the new one; the
    // transitionalPhaseIn rule pays it plus a share of the difference.
    std::optional<Fen> oldMethodTransitional;
    // 上海: the 1993–1997 虚账实记 total (notional account credits recorded as real), the shanghai-notional rule
    // adds it / 120 to the transitional pension.
    std::optional<Fen> notionalCredits;
    // Person-dependent inputs of local items and of an old-method comparison (重庆, 西藏):
    std::vector<std::string> localItemClaims; // ids of `onClaim` items the person qualifies for
    // Months a local item counts, by item id: an `index-years` item's years (深圳), a tiered item's years in Tibet, a
    // fixed-per-year item's back-paid years (重庆).
    std::map<std::string, HalfMonths> localItemMonths;
    std::optional<Ppm> oldMethodIndex; // 原办法 平均缴费工资指数 (重庆 Q原), ppm
};

struct HistoryRow {
    int year = 0;
    HalfMonths months = 0;
    Fen monthlyBase = 0;              // 月缴费基数
    std::optional<Fen> baseTotal;     // the year's total of monthly bases, when the record gives that instead
    std::optional<Fen> averageWage;   // overrides the region's index denominator for that year
    std::optional<Fen> accountCredit; // 计入个人账户 for the year, when the record states it
    std::optional<int> firstMonth;    // the first month paid in that year (default: see projection.cpp)
};

struct RetireChoice {
    RetireKind kind = RetireKind::Statutory;
    YearMonth month; // for Month
    int months = 0;  // for Early / Late
    bool operator==(const RetireChoice &) const = default;
};

struct PlanPeriod {
    YearMonth from;
    std::optional<YearMonth> until; // nullopt: until retirement
    Ppm grade = law::kMinGrade;     // base as a fraction of the year's average wage, 0.6–3.0
    InsuranceKind kind = InsuranceKind::Flexible;
};

struct Plan {
    RetireChoice retire;
    RetireReason reason = RetireReason::Normal;
    std::vector<PlanPeriod> contributions;
};

// A plan pinned to compare side by side (the case file's `compare`): paying `grade` as the case's insurance kind from
// the month after asOf, for `stopAfterYears` more years (nullopt: until retirement), retiring as `retire`.
struct ComparePlan {
    Ppm grade = 600'000;
    std::optional<int> stopAfterYears;
    RetireChoice retire;
    bool operator==(const ComparePlan &) const = default;
};

struct Assumptions {
    std::optional<Ppm> wageGrowth, accountInterest, pensionIncrease, inflation;
};

struct Overrides {
    std::optional<Fen> pensionBase;
    std::optional<int> annuityMonthsTenths; // 计发月数 × 10
    std::optional<Ppm> transitionRate;
    std::optional<Fen> localPensionBase; // a city's own 计发基数 where the province uses two (Henan, Jilin)
};

struct Case {
    std::string region;
    YearMonth asOf;
    std::optional<YearMonth> calculatedOn; // the date a saved sheet was computed; the caller's date otherwise
    Person person;
    InsuranceKind kind = InsuranceKind::Flexible;
    std::optional<YearMonth> firstContribution;
    std::optional<YearMonth> accountStart;
    HalfMonths historyDeemed = 0; // insurance.deemedMonths: 视同 months of a history-based case
    std::optional<Record> record;
    std::vector<HistoryRow> history;
    Plan plan;
    Assumptions assumptions;
    Overrides overrides;
    std::vector<ComparePlan> compare; // casecompare.h
};

// What is wrong with an input, as a code the UI words (in its language) next to the field.
enum class InputErrorCode {
    Missing,      // a required field is absent
    WrongType,    // e.g. a string where a number is expected
    BadFormat,    // e.g. a month that is not YYYY-MM
    OutOfRange,   // a number outside `allowed`
    NotOneOf,     // not one of the values listed in `allowed`
    Inconsistent, // contradicts another field (named in `allowed`)
    UnknownField, // a key the format does not have
    NotJson,      // the text is not JSON
    IdLength,     // ID number not 18 characters
    IdCheckDigit, // ID number check digit wrong
    IdBirth,      // ID number birth date disagrees with person.birth
    DuplicateKey, // a JSON object names the same key twice (which one counts would be a guess)
    TooDeep,      // arrays or objects nested deeper than `allowed` levels
};

struct InputError {
    std::string field; // "person.birth", "history[3].monthlyBase"
    InputErrorCode code = InputErrorCode::BadFormat;
    Allowed allowed; // what the field may be: a range, a format, values, a relation to another field
    std::string got; // what was there, shortened
    // A plain English line, for logs and tests; the UI words it in the user's language.
    std::string describe() const;
};

using CaseOrError = std::variant<Case, InputError>;

// Reads a case file's text. Never throws; any problem comes back as the first InputError found.
CaseOrError readCase(std::string_view jsonText);

// A case file read in full: the case when nothing is wrong, otherwise every problem found, in document order, at
// most one per field (a form shows them all at once). readCase returns the first of them.
struct CaseReading {
    std::optional<Case> kase;
    std::vector<InputError> errors;
};
CaseReading readCaseAll(std::string_view jsonText);

// A statement-based case given as text fields (a batch row's columns): read with the same checks as a case file.
struct FlatCase {
    std::string region, asOf, name, idNumber, sex, birth, track, kind, firstContribution, accountStart;
    std::string deemedMonths, preAccountMonths, accountMonths, averageIndex, accountBalance, pensionBase;
    std::string transitionIndex, transitionMonths, localPensionBase;
    std::string indexedWage;
    std::string deemedAccount, deemedIndex, preAccountIndexSum, oldIndexedWage, oldMethodShare; // 广东, 深圳
    std::string oldMethodIndex, localItemClaims; // 重庆 原办法 Q; claimed local item ids separated by ';'
    std::string oldMethodTransitional;           // record.oldMethodTransitional
    std::string notionalCredits;                 // record.notionalCredits (上海 虚账实记)
    RetireChoice retire;
    std::optional<Ppm> grade;          // contributions from asOf + 1 at this grade…
    std::optional<int> stopAfterYears; // …for this many years (to retirement when absent)
};
CaseOrError caseFromFlat(const FlatCase &f);

// Writes a case back to `pension-case/1` JSON (2-space indent, UTF-8).
std::string writeCase(const Case &c);

// Checks an 18-character resident ID number (GB 11643: ISO 7064 MOD 11-2 check digit) against a birth month.
std::optional<InputError> checkIdNumber(std::string_view id, std::optional<YearMonth> birth, const char *field);
// An ID number as messages show it: the first 6 and last 4 characters, the rest as '*' (as the report prints it).
std::string maskIdNumber(std::string_view id);
// The birth month encoded in a valid ID number.
std::optional<YearMonth> birthFromIdNumber(std::string_view id);

} // namespace pension
