#pragma once
// Parameter packs (参数包): dated, sourced figures the rules read, merged national → province → city.
// The engine never reads a file: callers hand it the text of each pack (see docs/parameter-packs.md).

#include "money.h"
#include "rules.h"
#include "yearmonth.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pension {

enum class Status { Published, Provisional, Assumed };
enum class Confidence { Official, Secondary, Inferred, Recall };
enum class Unit { YuanPerMonth, YuanPerYear, Percent, Months, Month, Years };

const char *toString(Status s);
const char *toString(Confidence c);

struct Provenance {
    Status status = Status::Assumed;
    Confidence confidence = Confidence::Recall;
    std::string source;
    std::string regulation; // the short citation a result quotes ("鲁政发〔2006〕92号"), when the pack gives one
    std::string note;
    std::string pack; // "shandong@2026.11.1"
};

// A note in both languages (a pack may give one text for both).
struct LocalText {
    std::string zh, en;
};

// One dated figure. `value` is scaled by unit: fen for yuan, ppm for percent, whole months for months.
struct SeriesEntry {
    YearMonth from;
    std::int64_t value = 0;
    std::optional<YearMonth> publishedOn;
    Provenance provenance;
};

class Series {
public:
    std::string name;
    Unit unit = Unit::YuanPerMonth;
    std::vector<SeriesEntry> entries; // strictly increasing `from`

    // The newest entry on or before `month`; nullptr before the first entry.
    const SeriesEntry *at(YearMonth month) const;
    // The entry that starts exactly in `year` (January or any month of it, the latest), or nullptr.
    const SeriesEntry *inYear(int year) const;
    const SeriesEntry *last() const { return entries.empty() ? nullptr : &entries.back(); }
};

struct Scalar {
    std::int64_t value = 0; // scaled like series values; months as YearMonth serial
    Unit unit = Unit::Percent;
    Provenance provenance;
};

// A statutory-age track of the 2024 NPC decision (全国人大常委会关于实施渐进式延迟法定退休年龄的决定, annex 1–3).
struct Track {
    std::string id; // "male-60", "female-55", "female-50"
    int baseAge = 60;
    YearMonth startBirth;
    int stepMonths = 4;
    int capMonths = 36;
    int minAge = 60;
    Provenance provenance;
};

// One dated entry of a rule selection (docs/parameter-packs.md, "rules"): the rule's enum value (or, for
// indexDecimals, the number) in force from `from`.
struct RuleEntry {
    YearMonth from;
    int value = 0;
    Provenance provenance;
};

struct RuleList {
    RuleKey key = RuleKey::TransitionalFormula;
    std::vector<RuleEntry> entries; // strictly increasing `from`
    const RuleEntry *at(YearMonth month) const;
};

// A local item (地方加发, 增发, 调节金): paid beside the three components, shown apart, counted in the total where the
// province's sheets count it.
enum class LocalItemKind {
    Fixed,                       // "fixed": `amount` yuan a month
    PercentOfBasic,              // "percent-of-basic": `rate` percent of the basic pension
    PercentOfIndexedWagePerYear, // "percent-of-indexed-wage-per-year": rate × W × N years, at most capRate × W
    Statement,                   // "statement": the amount printed on the sheet, record.localItems.<id>
    // "transitional-adjustment" (过渡性养老金调整额, 广东/深圳): (new method − old method − 缴费年限津贴) × the
    // series transitionAdjustmentRate in the retirement month, 0 when not positive; only under the old-method rules.
    TransitionalAdjustment,
    // "index-years" (深圳 地方补助, 过渡性补助): record.localItemMonths.<id> / 12 × F × `amount` + `plus`; 0 without
    // such months.
    IndexYears,
    BasicWageYearBands, // "basic-wage-year-bands": X × Σ band rate × the years in that band, X = the basic
                        // pension's (plain base + W) / 2, each band rounded (吉林 基础养老金增发)
    TotalRounding,      // "total-rounding": not a pack kind; the line the totalRounding rule adds (见分进角补足)
    // Added for 重庆 and 西藏:
    PercentOfPension,           // "percent-of-pension": `rate` percent of basic + account + transitional (+ old-method
                                // top-up), the 基本养老金 the sheet prints
    TieredPercentOfIndexedWage, // "tiered-percent-of-indexed-wage": W × the rate of the highest tier whose years the
                                // person reached (years = record.localItemMonths.<id> / 12, default all 缴费年限)
    FixedPerYear,               // "fixed-per-year": `amount` yuan × record.localItemMonths.<id> / 12
    OldMethodTopUp,             // "old-method-top-up": what the rule oldMethodComparison adds to the new method
    BasePlusIndexYears, // "base-plus-index-years": `amount` + `perIndexYear` × I × N (浙江 过渡性调节金)
};

// One tier of tiered-percent-of-indexed-wage: from `months` counted months on, `rate`.
struct LocalItemTier {
    int months = 0;
    Ppm rate = 0;
};

// One band of a `basic-wage-year-bands` item: the contribution years beyond `over` whole years, up to the next band's
// `over`, at `rate`. A band counts once its first whole year is complete; until then the part year stays in the band
// below (吉林: 30.58 years give 5.58 years at the 26–30 rate, 31 years give 1 year at the 31+ rate).
struct YearBand {
    int over = 0;
    Ppm rate = 0;
};

// The id of the line that shows what the totalRounding rule added to the total; no pack item may take it.
inline constexpr const char *kTotalRoundingId = "total-rounding";

struct LocalItem {
    std::string id;
    LocalText name;
    LocalItemKind kind = LocalItemKind::Fixed;
    Fen amount = 0;             // fixed
    Ppm rate = 0;               // percent kinds
    std::optional<Ppm> capRate; // percent-of-indexed-wage-per-year
    Fen plus = 0;               // index-years: the fixed part added when the item is paid
    bool inTotal = true;
    YearMonth from;                 // paid to those retiring on or after this month
    std::optional<YearMonth> until; // … and before this month
    Provenance provenance;
    // basic-wage-year-bands: the bands (`over` increasing), and the actual (not 视同) years needed, if any
    std::vector<YearBand> bands;
    std::optional<int> minActualYears;
    bool onClaim = false;             // paid only to a person whose case lists the id in record.localItemClaims
    std::vector<LocalItemTier> tiers; // tiered-percent-of-indexed-wage, ascending
    Fen perIndexYear = 0;             // base-plus-index-years: yuan (as fen) per index point and contribution year
    bool roundUp = false; // "rounding": "fen-up": the amount rounded up to the fen instead of by moneyRounding
};

const char *toString(LocalItemKind k);

struct PackInfo {
    std::string id;
    std::string version;
    std::string nameZh, nameEn;
};

// A condition under which a region's results are approximate while the rest of its rules are established (pack key
// "approximateWhen"): the result carries the text when every condition the entry gives holds.
struct ScopedApproximate {
    std::optional<YearMonth> retiringBefore; // the retirement month is before this one
    std::vector<std::string> tracks;         // the case's retirement track is one of these
    std::vector<std::string> unlessClaimed;  // the case claims none of these local items (record.localItemClaims)
    LocalText text;                          // what is unknown then
};

// The merged figures for one region (e.g. "shandong/weifang" = national + shandong + its weifang refinement).
class ParameterSet {
public:
    std::string regionId;
    std::vector<PackInfo> packs;  // national first
    std::string nameZh, nameEn;   // the most specific
    std::vector<LocalText> notes; // region-level notes (city gaps)
    std::map<std::string, Series, std::less<>> series;
    std::map<std::string, Scalar, std::less<>> scalars;
    std::map<std::string, Track, std::less<>> tracks;
    std::vector<Ppm> grades;
    Provenance gradesProvenance;
    std::map<RuleKey, RuleList> rules;              // city entries merged over the province's
    std::vector<LocalItem> localItems;              // the province's, with a city's of the same id replacing them
    std::optional<LocalText> approximate;           // set when the region's rules are not established: what is unknown
    std::vector<ScopedApproximate> approximateWhen; // the province's, then the city's

    // The rules in force for a retirement month: each key's newest entry on or before it, the default otherwise.
    RuleSet rulesAt(YearMonth month) const;
    // The local items paid to someone retiring in `month`.
    std::vector<const LocalItem *> localItemsAt(YearMonth month) const;

    const Series *find(std::string_view name) const;
    const Scalar *scalar(std::string_view name) const;
    const Track *track(std::string_view id) const;
    // "national@2026.11.1, shandong@2026.11.1"
    std::string versionLabel() const;
};

// Marks a pack error's reason as a message key: an English sentence with %1, %2 … for the error's `args`, which the
// words layer translates in the user's language (core/texts, packError; lupdate reads PACK_REASON as QT_TRANSLATE_NOOP,
// context "PackError").
#define PACK_REASON(context, text) text

// Why a pack was refused. `reason` is the message key (PACK_REASON), `args` the values it names (from the pack,
// identifiers, numbers); `text()` and `message()` are the English lines for logs and tests.
struct PackError {
    std::string file;
    std::string key;
    std::string reason;
    std::vector<std::string> args = {};
    std::string text() const;    // the reason with its args
    std::string message() const; // "shandong.json: series.pensionBase.values[3].from: dates not in order"
};

class ParameterLibrary {
public:
    // Validates a pack and adds it (replacing a pack with the same id). Returns the error instead when invalid.
    std::optional<PackError> add(std::string_view fileName, std::string_view text);
    std::variant<ParameterSet, PackError> resolve(std::string_view regionId) const;
    // Every addressable region: provinces and their cities ("shandong", "shandong/weifang", …).
    std::vector<std::string> regionIds() const;
    bool has(std::string_view packId) const;

    struct RawPack; // parsed pack, internal

private:
    std::map<std::string, std::shared_ptr<const RawPack>, std::less<>> m_packs;
};

// Validates a pack text without adding it (used by the parameter editor and the import command).
std::optional<PackError> validatePack(std::string_view fileName, std::string_view text);

} // namespace pension
