#include "params.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace pension {

using nlohmann::json;

const char *toString(Status s)
{
    switch (s) {
    case Status::Published: return "published";
    case Status::Provisional: return "provisional";
    case Status::Assumed: return "assumed";
    }
    return "assumed";
}

const char *toString(Confidence c)
{
    switch (c) {
    case Confidence::Official: return "official";
    case Confidence::Secondary: return "secondary";
    case Confidence::Inferred: return "inferred";
    case Confidence::Recall: return "recall";
    }
    return "recall";
}

const SeriesEntry *Series::at(YearMonth month) const
{
    auto it = std::upper_bound(entries.begin(), entries.end(), month,
                               [](YearMonth m, const SeriesEntry &e) { return m < e.from; });
    return it == entries.begin() ? nullptr : &*(it - 1);
}

const SeriesEntry *Series::inYear(int year) const
{
    const SeriesEntry *found = nullptr;
    for (const auto &e : entries)
        if (e.from.year() == year)
            found = &e;
    return found;
}

const Series *ParameterSet::find(std::string_view name) const
{
    auto it = series.find(name);
    return it == series.end() ? nullptr : &it->second;
}

const Scalar *ParameterSet::scalar(std::string_view name) const
{
    auto it = scalars.find(name);
    return it == scalars.end() ? nullptr : &it->second;
}

const RuleEntry *RuleList::at(YearMonth month) const
{
    auto it = std::upper_bound(entries.begin(), entries.end(), month,
                               [](YearMonth m, const RuleEntry &e) { return m < e.from; });
    return it == entries.begin() ? nullptr : &*(it - 1);
}

const char *toString(LocalItemKind k)
{
    switch (k) {
    case LocalItemKind::Fixed: return "fixed";
    case LocalItemKind::PercentOfBasic: return "percent-of-basic";
    case LocalItemKind::PercentOfIndexedWagePerYear: return "percent-of-indexed-wage-per-year";
    case LocalItemKind::Statement: return "statement";
    case LocalItemKind::TransitionalAdjustment: return "transitional-adjustment";
    case LocalItemKind::IndexYears: return "index-years";
    case LocalItemKind::BasicWageYearBands: return "basic-wage-year-bands";
    case LocalItemKind::TotalRounding: return "total-rounding";
    case LocalItemKind::PercentOfPension: return "percent-of-pension";
    case LocalItemKind::TieredPercentOfIndexedWage: return "tiered-percent-of-indexed-wage";
    case LocalItemKind::FixedPerYear: return "fixed-per-year";
    case LocalItemKind::OldMethodTopUp: return "old-method-top-up";
    case LocalItemKind::BasePlusIndexYears: return "base-plus-index-years";
    }
    return "fixed";
}

RuleSet ParameterSet::rulesAt(YearMonth month) const
{
    RuleSet set;
    for (const auto &[key, list] : rules) {
        if (const RuleEntry *e = list.at(month)) {
            set.set(key, e->value);
            set.regulation[static_cast<int>(key)] =
                !e->provenance.regulation.empty() ? e->provenance.regulation : e->provenance.source;
        }
    }
    return set;
}

std::vector<const LocalItem *> ParameterSet::localItemsAt(YearMonth month) const
{
    std::vector<const LocalItem *> out;
    for (const auto &item : localItems)
        if (!(month < item.from) && (!item.until || month < *item.until))
            out.push_back(&item);
    return out;
}

const Track *ParameterSet::track(std::string_view id) const
{
    auto it = tracks.find(id);
    return it == tracks.end() ? nullptr : &it->second;
}

std::string ParameterSet::versionLabel() const
{
    std::string out;
    for (const auto &p : packs) {
        if (!out.empty())
            out += ", ";
        out += p.id + "@" + p.version;
    }
    return out;
}

std::string PackError::text() const
{
    std::string out;
    for (std::size_t i = 0; i < reason.size(); ++i) {
        const char c = reason[i];
        if (c == '%' && i + 1 < reason.size() && reason[i + 1] >= '1' && reason[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(reason[i + 1] - '1');
            out += n < args.size() ? args[n] : std::string();
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

std::string PackError::message() const
{
    std::string m = file;
    if (!key.empty())
        m += ": " + key;
    return m + ": " + text();
}

// ---- schema -------------------------------------------------------------------------------------------------------

namespace {

struct SeriesSchema {
    const char *name;
    Unit unit;
    double min, max; // in the file's unit
    bool byAge;
};

// The series the rules read; anything else is rejected so a typo cannot silently drop a figure.
constexpr SeriesSchema kSeries[] = {
    {"annuityMonthsByAge", Unit::Months, 1, 300, true},
    {"minContributionMonths", Unit::Months, 60, 360, false},
    {"accountInterestRate", Unit::Percent, -5, 20, false},
    {"personalAccountRate", Unit::Percent, 0, 20, false},
    {"employeeRate", Unit::Percent, 0, 20, false},
    {"flexibleRate", Unit::Percent, 0, 40, false},
    {"employerRate", Unit::Percent, 0, 40, false},
    {"pensionIncrease", Unit::Percent, -5, 20, false},
    {"pensionBase", Unit::YuanPerMonth, 100, 100000, false},
    {"contributionAverage", Unit::YuanPerMonth, 100, 100000, false},
    {"indexDenominator", Unit::YuanPerMonth, 100, 100000, false},
    {"contributionFloor", Unit::YuanPerMonth, 100, 500000, false},
    {"contributionCeiling", Unit::YuanPerMonth, 100, 500000, false},
    {"transitionRate", Unit::Percent, 0.5, 2, false},
    {"transitionRateAlt", Unit::Percent, 0.5, 2, false},
    // The share of (new − old) the transitionalPhaseIn rule pays, by retirement month (江苏 40% / 70% / 100%).
    {"transitionPhaseInRate", Unit::Percent, 0, 100, false},
    {"localPensionBase", Unit::YuanPerMonth, 100, 100000, false},
    // The share of the 过渡性养老金调整额 paid to those retiring in the year (广东 粤府函〔2021〕294号: 30% in 2021 …
    // 100% from 2025); read by the local-item kind transitional-adjustment.
    {"transitionAdjustmentRate", Unit::Percent, 0, 100, false},
    {"urbanDisposableIncome", Unit::YuanPerYear, 1000, 500000, false},
    {"heatingAllowance", Unit::YuanPerYear, 0, 10000, false},
    // The province's yearly adjustment of pensions in payment (调整退休人员基本养老金), by the year it applies from
    // January: 定额 (fixed), 挂钩 (per full contribution year, and percent of the person's own pension), 倾斜 for
    // the aged (age reached by 31 December of the year before: 70–74, 75–79, 80 and over).
    {"adjustmentFixed", Unit::YuanPerMonth, 0, 1000, false},
    {"adjustmentPerYear", Unit::YuanPerMonth, 0, 100, false},
    {"adjustmentPercent", Unit::Percent, 0, 20, false},
    {"adjustmentAge70", Unit::YuanPerMonth, 0, 1000, false},
    {"adjustmentAge75", Unit::YuanPerMonth, 0, 1000, false},
    {"adjustmentAge80", Unit::YuanPerMonth, 0, 1000, false},
};

struct ScalarSchema {
    const char *name;
    Unit unit;
    double min, max;
};

constexpr ScalarSchema kScalars[] = {
    {"accountStart", Unit::Month, 0, 0},
    {"floorRate", Unit::Percent, 10, 100},
    {"ceilingRate", Unit::Percent, 100, 1000},
    {"wageGrowth", Unit::Percent, -10, 20},
    {"accountInterest", Unit::Percent, -5, 20},
    {"pensionIncrease", Unit::Percent, -5, 20},
    {"inflation", Unit::Percent, -10, 30},
    {"lifeExpectancy", Unit::Years, 40, 110},
    {"oldMethodBase", Unit::YuanPerMonth, 1, 100000}, // A2010 of oldMethodComparison: chongqing-2010
};

const char *unitName(Unit u)
{
    switch (u) {
    case Unit::YuanPerMonth: return "yuan-per-month";
    case Unit::YuanPerYear: return "yuan-per-year";
    case Unit::Percent: return "percent";
    case Unit::Months: return "months";
    case Unit::Month: return "month";
    case Unit::Years: return "years";
    }
    return "";
}

int unitScale(Unit u)
{
    switch (u) {
    case Unit::YuanPerMonth:
    case Unit::YuanPerYear: return 2; // fen
    case Unit::Percent: return 4;     // percent with 4 decimals == ppm
    case Unit::Years: return 1;       // tenths of a year
    default: return 0;
    }
}

struct Fail {
    std::string key, reason;         // reason: a message key (PACK_REASON)
    std::vector<std::string> args{}; // its %1, %2 …
};

struct RawCity {
    std::string nameZh, nameEn;
    LocalText note;
    std::map<std::string, Series, std::less<>> series;
    std::map<std::string, Scalar, std::less<>> scalars;
    std::map<RuleKey, RuleList> rules;
    std::vector<LocalItem> localItems;
    std::optional<LocalText> approximate;
    std::vector<ScopedApproximate> approximateWhen;
};

} // namespace

struct ParameterLibrary::RawPack {
    std::string file, id, extends, version, nameZh, nameEn;
    LocalText note;
    std::map<std::string, Series, std::less<>> series;
    std::map<std::string, Scalar, std::less<>> scalars;
    std::map<std::string, Track, std::less<>> tracks;
    std::vector<Ppm> grades;
    Provenance gradesProvenance;
    std::map<std::string, RawCity, std::less<>> cities;
    std::map<RuleKey, RuleList> rules;
    std::vector<LocalItem> localItems;
    std::optional<LocalText> approximate;
    std::vector<ScopedApproximate> approximateWhen;
};

namespace {

using RawPack = ParameterLibrary::RawPack;

void allowKeys(const json &obj, const std::string &where, std::initializer_list<const char *> keys)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (std::none_of(keys.begin(), keys.end(), [&](const char *k) { return it.key() == k; }))
            throw Fail{where + (where.empty() ? "" : ".") + it.key(), PACK_REASON("PackError", "unknown key")};
    }
}

std::string requireString(const json &obj, const std::string &where, const char *key, bool required = true)
{
    const std::string at = where.empty() ? std::string(key) : where + "." + key;
    auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            throw Fail{at, PACK_REASON("PackError", "missing")};
        return {};
    }
    if (!it->is_string() || (required && it->get_ref<const std::string &>().empty()))
        throw Fail{at, PACK_REASON("PackError", "must be a non-empty string")};
    return it->get<std::string>();
}

void readNames(const json &obj, const std::string &where, std::string &zh, std::string &en)
{
    auto it = obj.find("name");
    if (it == obj.end())
        return;
    if (!it->is_object())
        throw Fail{where + "name", PACK_REASON("PackError", "must be an object { \"zh\": …, \"en\": … }")};
    allowKeys(*it, where + "name", {"zh", "en"});
    zh = requireString(*it, where + "name", "zh");
    en = requireString(*it, where + "name", "en");
}

// A note: one text, or { "zh": …, "en": … }.
LocalText readNote(const json &obj, const std::string &where)
{
    LocalText t;
    auto it = obj.find("note");
    if (it == obj.end())
        return t;
    if (it->is_string()) {
        t.zh = t.en = it->get<std::string>();
        return t;
    }
    if (!it->is_object())
        throw Fail{where.empty() ? std::string("note") : where + ".note",
                   PACK_REASON("PackError", "must be a string or { \"zh\": …, \"en\": … }")};
    allowKeys(*it, where.empty() ? std::string("note") : where + ".note", {"zh", "en"});
    t.zh = requireString(*it, where.empty() ? std::string("note") : where + ".note", "zh");
    t.en = requireString(*it, where.empty() ? std::string("note") : where + ".note", "en");
    return t;
}

Provenance readProvenance(const json &e, const std::string &where, const std::string &packLabel)
{
    Provenance p;
    p.pack = packLabel;
    const std::string status = requireString(e, where, "status");
    if (status == "published")
        p.status = Status::Published;
    else if (status == "provisional")
        p.status = Status::Provisional;
    else if (status == "assumed")
        p.status = Status::Assumed;
    else
        throw Fail{where + ".status", PACK_REASON("PackError", "must be published, provisional or assumed")};
    const std::string conf = requireString(e, where, "confidence");
    if (conf == "official")
        p.confidence = Confidence::Official;
    else if (conf == "secondary")
        p.confidence = Confidence::Secondary;
    else if (conf == "inferred")
        p.confidence = Confidence::Inferred;
    else if (conf == "recall")
        p.confidence = Confidence::Recall;
    else
        throw Fail{where + ".confidence", PACK_REASON("PackError", "must be official, secondary, inferred or recall")};
    if (p.status == Status::Published && p.confidence == Confidence::Recall)
        throw Fail{where + ".status", PACK_REASON("PackError", "a recalled figure cannot be marked published")};
    p.source = requireString(e, where, "source");
    p.regulation = requireString(e, where, "regulation", false);
    p.note = requireString(e, where, "note", false);
    return p;
}

std::int64_t readValue(const json &v, const std::string &where, Unit unit, double min, double max)
{
    if (!v.is_number())
        throw Fail{where, PACK_REASON("PackError", "must be a number")};
    const double d = v.get<double>();
    if (!std::isfinite(d) || d < min || d > max)
        throw Fail{where,
                   PACK_REASON("PackError", "out of the plausible range %1…%2 %3"),
                   {formatScaled(static_cast<std::int64_t>(min * 100), 2),
                    formatScaled(static_cast<std::int64_t>(max * 100), 2), unitName(unit)}};
    auto scaled = scaledFromDouble(d, unitScale(unit));
    if (!scaled)
        throw Fail{where, PACK_REASON("PackError", "has more decimals than %1 allows"), {unitName(unit)}};
    if (unit == Unit::Percent)
        return *scaled * 1; // 4 decimals of percent == ppm
    return *scaled;
}

YearMonth readFrom(const json &e, const std::string &where)
{
    auto it = e.find("from");
    if (it == e.end())
        throw Fail{where + ".from", PACK_REASON("PackError", "missing")};
    if (!it->is_string())
        throw Fail{where + ".from", PACK_REASON("PackError", "must be \"YYYY\" or \"YYYY-MM\"")};
    const std::string s = it->get<std::string>();
    if (s.size() == 4) {
        if (auto ym = YearMonth::parse(s + "-01"))
            return *ym;
    } else if (auto ym = YearMonth::parse(s)) {
        return *ym;
    }
    throw Fail{
        where + ".from", PACK_REASON("PackError", "must be \"YYYY\" or \"YYYY-MM\" (1900–2200), got \"%1\""), {s}};
}

Series readSeries(const std::string &name, const json &obj, const std::string &where, const std::string &packLabel)
{
    const SeriesSchema *schema = nullptr;
    for (const auto &s : kSeries)
        if (name == s.name)
            schema = &s;
    if (!schema)
        throw Fail{where, PACK_REASON("PackError", "unknown series")};
    if (!obj.is_object())
        throw Fail{where, PACK_REASON("PackError", "must be an object with unit and values")};
    allowKeys(obj, where, {"unit", "values", "note", "description"});
    const std::string unit = requireString(obj, where, "unit");
    if (unit != unitName(schema->unit))
        throw Fail{where + ".unit", PACK_REASON("PackError", "must be %1, got %2"), {unitName(schema->unit), unit}};
    auto values = obj.find("values");
    if (values == obj.end() || !values->is_array() || values->empty())
        throw Fail{where + ".values", PACK_REASON("PackError", "must be a non-empty array")};
    Series series;
    series.name = name;
    series.unit = schema->unit;
    int index = 0;
    for (const auto &e : *values) {
        const std::string at = where + ".values[" + std::to_string(index++) + "]";
        if (!e.is_object())
            throw Fail{at, PACK_REASON("PackError", "must be an object")};
        allowKeys(e, at,
                  {"from", "age", "value", "status", "confidence", "source", "regulation", "note", "publishedOn"});
        SeriesEntry entry;
        if (schema->byAge) {
            auto age = e.find("age");
            if (age == e.end() || !age->is_number_integer() || age->get<std::int64_t>() < 16 ||
                age->get<std::int64_t>() > 100)
                throw Fail{at + ".age", PACK_REASON("PackError", "must be a whole age 16–100")};
            entry.from = YearMonth{age->get<int>()}; // the age is kept in `serial`
        } else {
            entry.from = readFrom(e, at);
        }
        auto v = e.find("value");
        if (v == e.end())
            throw Fail{at + ".value", PACK_REASON("PackError", "missing")};
        entry.value = readValue(*v, at + ".value", schema->unit, schema->min, schema->max);
        if (auto pub = e.find("publishedOn"); pub != e.end()) {
            auto ym = pub->is_string() ? YearMonth::parse(pub->get<std::string>()) : std::nullopt;
            if (!ym)
                throw Fail{at + ".publishedOn", PACK_REASON("PackError", "must be \"YYYY-MM\"")};
            if (*ym < entry.from)
                throw Fail{at + ".publishedOn",
                           PACK_REASON("PackError", "is before the month the figure applies from")};
            entry.publishedOn = ym;
        }
        entry.provenance = readProvenance(e, at, packLabel);
        if (!series.entries.empty() && !(series.entries.back().from < entry.from))
            throw Fail{at + (schema->byAge ? ".age" : ".from"), series.entries.back().from == entry.from
                                                                    ? PACK_REASON("PackError", "duplicate date")
                                                                    : PACK_REASON("PackError", "dates not in order")};
        series.entries.push_back(std::move(entry));
    }
    return series;
}

std::map<std::string, Series, std::less<>> readSeriesMap(const json &obj, const std::string &where,
                                                         const std::string &packLabel)
{
    std::map<std::string, Series, std::less<>> out;
    if (!obj.is_object())
        throw Fail{where, PACK_REASON("PackError", "must be an object")};
    for (auto it = obj.begin(); it != obj.end(); ++it)
        out.emplace(it.key(), readSeries(it.key(), it.value(), where + "." + it.key(), packLabel));
    return out;
}

std::map<std::string, Scalar, std::less<>> readScalars(const json &obj, const std::string &where,
                                                       const std::string &packLabel)
{
    std::map<std::string, Scalar, std::less<>> out;
    if (!obj.is_object())
        throw Fail{where, PACK_REASON("PackError", "must be an object")};
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const std::string at = where + "." + it.key();
        const ScalarSchema *schema = nullptr;
        for (const auto &s : kScalars)
            if (it.key() == s.name)
                schema = &s;
        if (!schema)
            throw Fail{at, PACK_REASON("PackError", "unknown scalar")};
        const json &e = it.value();
        if (!e.is_object())
            throw Fail{at, PACK_REASON("PackError", "must be an object with value, unit, status, confidence, source")};
        allowKeys(e, at, {"value", "unit", "status", "confidence", "source", "regulation", "note"});
        if (requireString(e, at, "unit") != unitName(schema->unit))
            throw Fail{at + ".unit", PACK_REASON("PackError", "must be %1"), {unitName(schema->unit)}};
        Scalar s;
        s.unit = schema->unit;
        auto v = e.find("value");
        if (v == e.end())
            throw Fail{at + ".value", PACK_REASON("PackError", "missing")};
        if (schema->unit == Unit::Month) {
            auto ym = v->is_string() ? YearMonth::parse(v->get<std::string>()) : std::nullopt;
            if (!ym)
                throw Fail{at + ".value", PACK_REASON("PackError", "must be \"YYYY-MM\"")};
            s.value = ym->serial;
        } else {
            s.value = readValue(*v, at + ".value", schema->unit, schema->min, schema->max);
        }
        s.provenance = readProvenance(e, at, packLabel);
        out.emplace(it.key(), std::move(s));
    }
    return out;
}

// "rules": { "<key>": { "values": [ { "from", "rule" (or "value" for indexDecimals), provenance } ] } }
std::map<RuleKey, RuleList> readRules(const json &obj, const std::string &where, const std::string &packLabel)
{
    if (!obj.is_object())
        throw Fail{where, PACK_REASON("PackError", "must be an object of rule selections")};
    std::map<RuleKey, RuleList> out;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const std::string at = where + "." + it.key();
        const auto key = ruleKeyFromName(it.key());
        if (!key) {
            std::string known;
            for (RuleKey k : kRuleKeys)
                known += (known.empty() ? "" : ", ") + std::string(ruleKeyName(k));
            throw Fail{at, PACK_REASON("PackError", "unknown rule (%1)"), {known}};
        }
        if (!it.value().is_object())
            throw Fail{at, PACK_REASON("PackError", "must be an object with values")};
        allowKeys(it.value(), at, {"values", "note", "description"});
        auto values = it.value().find("values");
        if (values == it.value().end() || !values->is_array() || values->empty())
            throw Fail{at + ".values", PACK_REASON("PackError", "must be a non-empty array")};
        RuleList list;
        list.key = *key;
        for (std::size_t i = 0; i < values->size(); ++i) {
            const std::string e = at + ".values[" + std::to_string(i) + "]";
            const json &v = (*values)[i];
            if (!v.is_object())
                throw Fail{e, PACK_REASON("PackError", "must be an object")};
            allowKeys(v, e, {"from", "rule", "value", "status", "confidence", "source", "regulation", "note"});
            RuleEntry entry;
            entry.from = readFrom(v, e);
            if (*key == RuleKey::IndexDecimals) {
                if (v.contains("rule"))
                    throw Fail{e + ".rule", PACK_REASON("PackError", "indexDecimals takes \"value\": 2, 3, 4 or 5")};
                auto n = v.find("value");
                // 5: 山西 sheets compute with a 5-decimal index (the printed W = B × it exactly).
                if (n == v.end() || !n->is_number_integer() || n->get<std::int64_t>() < 2 || n->get<std::int64_t>() > 5)
                    throw Fail{e + ".value", PACK_REASON("PackError", "must be 2, 3, 4 or 5")};
                entry.value = n->get<int>();
            } else {
                if (v.contains("value"))
                    throw Fail{
                        e + ".value", PACK_REASON("PackError", "this rule takes \"rule\": %1"), {ruleNamesOf(*key)}};
                const std::string name = requireString(v, e, "rule");
                const auto r = ruleFromName(*key, name);
                if (!r)
                    throw Fail{
                        e + ".rule", PACK_REASON("PackError", "unknown rule \"%1\" (%2)"), {name, ruleNamesOf(*key)}};
                entry.value = *r;
            }
            entry.provenance = readProvenance(v, e, packLabel);
            if (!list.entries.empty() && !(list.entries.back().from < entry.from))
                throw Fail{e + ".from", PACK_REASON("PackError", "dates not in order")};
            list.entries.push_back(std::move(entry));
        }
        out.emplace(*key, std::move(list));
    }
    return out;
}

// "tiers": [ { "years": 10, "rate": 5 }, … ] with years ascending (whole years) and a rate in percent.
std::vector<LocalItemTier> readTiers(const json &o, const std::string &at)
{
    auto t = o.find("tiers");
    if (t == o.end() || !t->is_array() || t->empty() || t->size() > 10)
        throw Fail{at + ".tiers",
                   PACK_REASON("PackError", "must be a list of 1 to 10 { \"years\", \"rate\" } (years ascending)")};
    std::vector<LocalItemTier> out;
    for (std::size_t i = 0; i < t->size(); ++i) {
        const std::string ti = at + ".tiers[" + std::to_string(i) + "]";
        const json &e = (*t)[i];
        if (!e.is_object())
            throw Fail{ti, PACK_REASON("PackError", "must be an object with years and rate")};
        allowKeys(e, ti, {"years", "rate"});
        auto y = e.find("years");
        if (y == e.end() || !y->is_number_integer() || y->get<long long>() < 0 || y->get<long long>() > 60)
            throw Fail{ti + ".years", PACK_REASON("PackError", "must be whole years from 0 to 60")};
        if (!e.contains("rate"))
            throw Fail{ti + ".rate", PACK_REASON("PackError", "missing (percent)")};
        LocalItemTier tier;
        tier.months = static_cast<int>(y->get<long long>()) * 12;
        tier.rate = readValue(e["rate"], ti + ".rate", Unit::Percent, 0, 100);
        if (!out.empty() && tier.months <= out.back().months)
            throw Fail{ti + ".years", PACK_REASON("PackError", "must be above the tier before")};
        out.push_back(tier);
    }
    return out;
}

// basic-wage-year-bands: "bands": [ { "over": whole years, "rate": percent } … ] with `over` increasing,
// "minActualYears" (optional, whole years).
void readYearBands(const json &o, const std::string &at, LocalItem &item)
{
    auto bands = o.find("bands");
    if (bands == o.end() || !bands->is_array() || bands->empty())
        throw Fail{at + ".bands",
                   PACK_REASON("PackError", "must be a non-empty array of { \"over\": years, \"rate\": percent }")};
    for (std::size_t i = 0; i < bands->size(); ++i) {
        const std::string b = at + ".bands[" + std::to_string(i) + "]";
        const json &v = (*bands)[i];
        if (!v.is_object())
            throw Fail{b, PACK_REASON("PackError", "must be { \"over\": years, \"rate\": percent }")};
        allowKeys(v, b, {"over", "rate"});
        auto over = v.find("over");
        if (over == v.end() || !over->is_number_integer() || over->get<std::int64_t>() < 0 ||
            over->get<std::int64_t>() > 60)
            throw Fail{b + ".over", PACK_REASON("PackError", "must be whole years from 0 to 60")};
        if (!v.contains("rate"))
            throw Fail{b + ".rate", PACK_REASON("PackError", "missing (percent)")};
        YearBand band;
        band.over = over->get<int>();
        band.rate = readValue(v["rate"], b + ".rate", Unit::Percent, 0, 10);
        if (!item.bands.empty() && band.over <= item.bands.back().over)
            throw Fail{b + ".over",
                       PACK_REASON("PackError", "must be above the band before (%1)"),
                       {std::to_string(item.bands.back().over)}};
        item.bands.push_back(band);
    }
    if (auto m = o.find("minActualYears"); m != o.end()) {
        if (!m->is_number_integer() || m->get<std::int64_t>() < 0 || m->get<std::int64_t>() > 60)
            throw Fail{at + ".minActualYears", PACK_REASON("PackError", "must be whole years from 0 to 60")};
        item.minActualYears = m->get<int>();
    }
}

// "localItems": [ { "id", "name", "kind", "amount" | "rate" (+ "capRate"), "inTotal", "from", provenance } ]
std::vector<LocalItem> readLocalItems(const json &arr, const std::string &where, const std::string &packLabel)
{
    if (!arr.is_array())
        throw Fail{where, PACK_REASON("PackError", "must be an array of local items")};
    std::vector<LocalItem> out;
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const std::string at = where + "[" + std::to_string(i) + "]";
        const json &o = arr[i];
        if (!o.is_object())
            throw Fail{at, PACK_REASON("PackError", "must be an object")};
        allowKeys(o, at, {"id",      "name",  "kind",           "amount",  "rate",       "capRate",      "plus",
                          "inTotal", "from",  "until",          "status",  "confidence", "source",       "regulation",
                          "note",    "bands", "minActualYears", "onClaim", "tiers",      "perIndexYear", "rounding"});
        LocalItem item;
        item.id = requireString(o, at, "id");
        if (!std::all_of(item.id.begin(), item.id.end(),
                         [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }))
            throw Fail{at + ".id", PACK_REASON("PackError", "must be lower-case letters, digits and '-'")};
        if (item.id == kTotalRoundingId)
            throw Fail{at + ".id",
                       PACK_REASON("PackError", "\"%1\" is the line of the totalRounding rule, not an item's id"),
                       {item.id}};
        for (const auto &other : out)
            if (other.id == item.id)
                throw Fail{at + ".id", PACK_REASON("PackError", "duplicate id \"%1\""), {item.id}};
        if (!o.contains("name"))
            throw Fail{at + ".name", PACK_REASON("PackError", "missing")};
        readNames(o, at + ".", item.name.zh, item.name.en);
        const std::string kind = requireString(o, at, "kind");
        const bool hasAmount = o.contains("amount"), hasRate = o.contains("rate");
        if (kind == "fixed" || kind == "fixed-per-year") {
            item.kind = kind == "fixed" ? LocalItemKind::Fixed : LocalItemKind::FixedPerYear;
            if (!hasAmount)
                throw Fail{at + ".amount", PACK_REASON("PackError", "missing (yuan a month)")};
            item.amount = readValue(o["amount"], at + ".amount", Unit::YuanPerMonth, 0, 100000);
        } else if (kind == "percent-of-basic" || kind == "percent-of-indexed-wage-per-year" ||
                   kind == "percent-of-pension") {
            item.kind = kind == "percent-of-basic"     ? LocalItemKind::PercentOfBasic
                        : kind == "percent-of-pension" ? LocalItemKind::PercentOfPension
                                                       : LocalItemKind::PercentOfIndexedWagePerYear;
            if (!hasRate)
                throw Fail{at + ".rate", PACK_REASON("PackError", "missing (percent)")};
            item.rate = readValue(o["rate"], at + ".rate", Unit::Percent, 0, 100);
            if (o.contains("capRate")) {
                if (item.kind != LocalItemKind::PercentOfIndexedWagePerYear)
                    throw Fail{at + ".capRate", PACK_REASON("PackError", "only for percent-of-indexed-wage-per-year")};
                item.capRate = readValue(o["capRate"], at + ".capRate", Unit::Percent, 0, 1000);
            }
        } else if (kind == "statement") {
            item.kind = LocalItemKind::Statement;
        } else if (kind == "transitional-adjustment") {
            item.kind = LocalItemKind::TransitionalAdjustment;
        } else if (kind == "index-years") {
            item.kind = LocalItemKind::IndexYears;
            if (!hasAmount)
                throw Fail{at + ".amount", PACK_REASON("PackError", "missing (yuan per year at index 1)")};
            item.amount = readValue(o["amount"], at + ".amount", Unit::YuanPerMonth, 0, 1000);
            if (o.contains("plus"))
                item.plus = readValue(o["plus"], at + ".plus", Unit::YuanPerMonth, 0, 10000);
        } else if (kind == "basic-wage-year-bands") {
            item.kind = LocalItemKind::BasicWageYearBands;
            readYearBands(o, at, item);
        } else if (kind == "tiered-percent-of-indexed-wage") {
            item.kind = LocalItemKind::TieredPercentOfIndexedWage;
            item.tiers = readTiers(o, at);
        } else if (kind == "old-method-top-up") {
            item.kind = LocalItemKind::OldMethodTopUp;
        } else if (kind == "base-plus-index-years") {
            // amount + perIndexYear × I × N (浙江 过渡性调节金: 480 + I × N × 3).
            item.kind = LocalItemKind::BasePlusIndexYears;
            if (!hasAmount)
                throw Fail{at + ".amount", PACK_REASON("PackError", "missing (the fixed part, yuan a month)")};
            item.amount = readValue(o["amount"], at + ".amount", Unit::YuanPerMonth, 0, 100000);
            if (!o.contains("perIndexYear"))
                throw Fail{at + ".perIndexYear",
                           PACK_REASON("PackError", "missing (yuan per index point and contribution year)")};
            item.perIndexYear = readValue(o["perIndexYear"], at + ".perIndexYear", Unit::YuanPerMonth, 0, 1000);
        } else {
            throw Fail{
                at + ".kind",
                PACK_REASON("PackError", "must be %1, got \"%2\""),
                {"fixed, fixed-per-year, percent-of-basic, percent-of-pension, percent-of-indexed-wage-per-year, "
                 "tiered-percent-of-indexed-wage, old-method-top-up, statement, transitional-adjustment, "
                 "index-years, basic-wage-year-bands or base-plus-index-years",
                 kind}};
        }
        if (item.kind != LocalItemKind::BasicWageYearBands && (o.contains("bands") || o.contains("minActualYears")))
            throw Fail{at + (o.contains("bands") ? ".bands" : ".minActualYears"),
                       PACK_REASON("PackError", "only for basic-wage-year-bands")};
        if (item.kind != LocalItemKind::BasePlusIndexYears && o.contains("perIndexYear"))
            throw Fail{at + ".perIndexYear", PACK_REASON("PackError", "only for kind base-plus-index-years")};
        if (auto rounding = o.find("rounding"); rounding != o.end()) {
            if (!rounding->is_string() || (*rounding != "fen-up" && *rounding != "money"))
                throw Fail{at + ".rounding",
                           PACK_REASON("PackError", "must be \"money\" (as moneyRounding, the default) or \"fen-up\"")};
            if (item.kind == LocalItemKind::Fixed || item.kind == LocalItemKind::Statement)
                throw Fail{at + ".rounding", PACK_REASON("PackError", "only for the computed kinds")};
            item.roundUp = *rounding == "fen-up";
        }
        if (item.kind != LocalItemKind::Fixed && item.kind != LocalItemKind::FixedPerYear &&
            item.kind != LocalItemKind::IndexYears && item.kind != LocalItemKind::BasePlusIndexYears && hasAmount)
            throw Fail{at + ".amount",
                       PACK_REASON("PackError",
                                   "only for kinds fixed, fixed-per-year, index-years and base-plus-index-years")};
        if (item.kind != LocalItemKind::IndexYears && o.contains("plus"))
            throw Fail{at + ".plus", PACK_REASON("PackError", "only for kind index-years")};
        if (item.kind != LocalItemKind::PercentOfBasic && item.kind != LocalItemKind::PercentOfPension &&
            item.kind != LocalItemKind::PercentOfIndexedWagePerYear && hasRate)
            throw Fail{at + ".rate", PACK_REASON("PackError", "only for the percent kinds")};
        if (item.kind != LocalItemKind::TieredPercentOfIndexedWage && o.contains("tiers"))
            throw Fail{at + ".tiers", PACK_REASON("PackError", "only for kind tiered-percent-of-indexed-wage")};
        if (auto claim = o.find("onClaim"); claim != o.end()) {
            if (!claim->is_boolean())
                throw Fail{at + ".onClaim",
                           PACK_REASON("PackError", "must be true or false (paid only when the case claims it)")};
            item.onClaim = claim->get<bool>();
        }
        auto inTotal = o.find("inTotal");
        if (inTotal == o.end() || !inTotal->is_boolean())
            throw Fail{at + ".inTotal",
                       PACK_REASON("PackError", "must be true or false (whether the sheet's total includes it)")};
        item.inTotal = inTotal->get<bool>();
        item.from = readFrom(o, at);
        if (o.contains("until")) {
            json u = json::object();
            u["from"] = o["until"];
            try {
                item.until = readFrom(u, at);
            } catch (const Fail &) {
                throw Fail{at + ".until", PACK_REASON("PackError", "must be \"YYYY\" or \"YYYY-MM\"")};
            }
            if (!(item.from < *item.until))
                throw Fail{at + ".until", PACK_REASON("PackError", "must be after from")};
        }
        item.provenance = readProvenance(o, at, packLabel);
        out.push_back(std::move(item));
    }
    return out;
}

// "approximate": "…" or { "zh": "…", "en": "…" }: what is unknown about the region's rules.
std::optional<LocalText> readApproximate(const json &obj, const std::string &where)
{
    auto it = obj.find("approximate");
    if (it == obj.end())
        return std::nullopt;
    const std::string at = where.empty() ? std::string("approximate") : where + ".approximate";
    LocalText t;
    if (it->is_string() && !it->get_ref<const std::string &>().empty()) {
        t.zh = t.en = it->get<std::string>();
        return t;
    }
    if (!it->is_object())
        throw Fail{at, PACK_REASON("PackError", "must be { \"zh\": …, \"en\": … } saying what is unknown")};
    allowKeys(*it, at, {"zh", "en"});
    t.zh = requireString(*it, at, "zh");
    t.en = requireString(*it, at, "en");
    return t;
}

// "approximateWhen": [ { "retiringBefore": "YYYY-MM", "tracks": […], "unlessClaimed": […], "zh": …, "en": … } ]:
// the conditions under which a region otherwise established is approximate, each with what is unknown then.
std::vector<ScopedApproximate> readApproximateWhen(const json &obj, const std::string &where)
{
    std::vector<ScopedApproximate> out;
    auto it = obj.find("approximateWhen");
    if (it == obj.end())
        return out;
    const std::string at = where.empty() ? std::string("approximateWhen") : where + ".approximateWhen";
    if (!it->is_array() || it->empty())
        throw Fail{at, PACK_REASON("PackError", "must be a non-empty list of conditions")};
    auto names = [](const json &o, const std::string &key, const std::string &entry) {
        std::vector<std::string> v;
        auto n = o.find(key);
        if (n == o.end())
            return v;
        if (!n->is_array() || n->empty())
            throw Fail{entry + "." + key, PACK_REASON("PackError", "must be a non-empty list of ids")};
        for (const json &x : *n) {
            if (!x.is_string() || x.get_ref<const std::string &>().empty())
                throw Fail{entry + "." + key, PACK_REASON("PackError", "must be a non-empty list of ids")};
            v.push_back(x.get<std::string>());
        }
        return v;
    };
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json &o = (*it)[i];
        const std::string entry = at + "[" + std::to_string(i) + "]";
        if (!o.is_object())
            throw Fail{entry, PACK_REASON("PackError", "must be an object")};
        allowKeys(o, entry, {"retiringBefore", "tracks", "unlessClaimed", "zh", "en"});
        ScopedApproximate a;
        if (o.contains("retiringBefore")) {
            json u = json::object();
            u["from"] = o.at("retiringBefore");
            try {
                a.retiringBefore = readFrom(u, entry);
            } catch (const Fail &) {
                throw Fail{entry + ".retiringBefore", PACK_REASON("PackError", "must be \"YYYY\" or \"YYYY-MM\"")};
            }
        }
        a.tracks = names(o, "tracks", entry);
        a.unlessClaimed = names(o, "unlessClaimed", entry);
        if (!a.retiringBefore && a.tracks.empty() && a.unlessClaimed.empty())
            throw Fail{entry, PACK_REASON("PackError", "needs a condition: retiringBefore, tracks or unlessClaimed")};
        a.text.zh = requireString(o, entry, "zh");
        a.text.en = requireString(o, entry, "en");
        out.push_back(std::move(a));
    }
    return out;
}

RawPack parsePack(std::string_view fileName, std::string_view text)
{
    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::parse_error &e) {
        throw Fail{"", PACK_REASON("PackError", "not valid JSON (byte %1)"), {std::to_string(e.byte)}};
    } catch (const json::exception &e) {
        throw Fail{"", PACK_REASON("PackError", "not valid JSON (%1)"), {e.what()}};
    }
    if (!doc.is_object())
        throw Fail{"", PACK_REASON("PackError", "must be a JSON object")};
    allowKeys(doc, "",
              {"format", "id", "extends", "name", "version", "compiled", "scalars", "series", "cities", "tracks",
               "grades", "note", "rules", "localItems", "approximate", "approximateWhen"});
    RawPack p;
    p.file = std::string(fileName);
    if (requireString(doc, "", "format") != "pension-params/1")
        throw Fail{"format", PACK_REASON("PackError", "must be \"pension-params/1\"")};
    p.id = requireString(doc, "", "id");
    if (!std::all_of(p.id.begin(), p.id.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }))
        throw Fail{"id", PACK_REASON("PackError", "must be lower-case letters and '-'")};
    p.extends = requireString(doc, "", "extends", false);
    p.version = requireString(doc, "", "version");
    p.note = readNote(doc, "");
    requireString(doc, "", "compiled");
    readNames(doc, "", p.nameZh, p.nameEn);
    const std::string label = p.id + "@" + p.version;
    if (auto it = doc.find("series"); it != doc.end())
        p.series = readSeriesMap(*it, "series", label);
    if (auto it = doc.find("scalars"); it != doc.end())
        p.scalars = readScalars(*it, "scalars", label);
    if (auto it = doc.find("rules"); it != doc.end())
        p.rules = readRules(*it, "rules", label);
    if (auto it = doc.find("localItems"); it != doc.end())
        p.localItems = readLocalItems(*it, "localItems", label);
    p.approximate = readApproximate(doc, "");
    p.approximateWhen = readApproximateWhen(doc, "");
    if (auto it = doc.find("tracks"); it != doc.end()) {
        if (!it->is_object())
            throw Fail{"tracks", PACK_REASON("PackError", "must be an object")};
        if (it->empty())
            throw Fail{
                "tracks",
                PACK_REASON("PackError", "must name at least one retirement track (male-60, female-55, female-50)")};
        for (auto t = it->begin(); t != it->end(); ++t) {
            const std::string at = "tracks." + t.key();
            // A province may add its own tracks (西藏 flexible-employed 55 / 45), named for the sex they are for.
            const bool national = t.key() == "male-60" || t.key() == "female-55" || t.key() == "female-50";
            const bool regional = !p.extends.empty() &&
                                  (t.key().rfind("male-", 0) == 0 || t.key().rfind("female-", 0) == 0) &&
                                  t.key().size() <= 48 && std::all_of(t.key().begin(), t.key().end(), [](char c) {
                                      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
                                  });
            if (!national && !regional)
                throw Fail{at, PACK_REASON("PackError", "unknown track (male-60, female-55, female-50, or a province's "
                                                        "own track named male-… or female-…)")};
            const json &o = t.value();
            if (!o.is_object())
                throw Fail{at, PACK_REASON("PackError", "must be an object")};
            allowKeys(o, at,
                      {"baseAge", "startBirth", "stepMonths", "capMonths", "minAge", "status", "confidence", "source",
                       "note"});
            Track tr;
            tr.id = t.key();
            auto intField = [&](const char *k, int lo, int hi) {
                auto f = o.find(k);
                if (f == o.end() || !f->is_number_integer() || f->get<std::int64_t>() < lo ||
                    f->get<std::int64_t>() > hi)
                    throw Fail{at + "." + k,
                               PACK_REASON("PackError", "must be a whole number %1–%2"),
                               {std::to_string(lo), std::to_string(hi)}};
                return f->get<int>();
            };
            tr.baseAge = intField("baseAge", 40, 70);
            tr.stepMonths = intField("stepMonths", 1, 24);
            tr.capMonths = intField("capMonths", 0, 120);
            tr.minAge = intField("minAge", 40, 70);
            auto sb = YearMonth::parse(requireString(o, at, "startBirth"));
            if (!sb)
                throw Fail{at + ".startBirth", PACK_REASON("PackError", "must be \"YYYY-MM\"")};
            tr.startBirth = *sb;
            tr.provenance = readProvenance(o, at, label);
            p.tracks.emplace(tr.id, std::move(tr));
        }
    }
    // A pack that extends nothing is the national base: every region resolves its retirement ages from it.
    if (p.extends.empty())
        for (const char *track : {"male-60", "female-55", "female-50"})
            if (!p.tracks.count(track))
                throw Fail{p.tracks.empty() ? std::string("tracks") : std::string("tracks.") + track,
                           PACK_REASON(
                               "PackError",
                               "the national pack must define the retirement tracks male-60, female-55 and female-50")};
    if (auto it = doc.find("grades"); it != doc.end()) {
        if (!it->is_object())
            throw Fail{"grades", PACK_REASON("PackError", "must be an object")};
        allowKeys(*it, "grades", {"values", "unit", "status", "confidence", "source", "note"});
        if (requireString(*it, "grades", "unit") != "percent")
            throw Fail{"grades.unit", PACK_REASON("PackError", "must be percent")};
        auto v = it->find("values");
        if (v == it->end() || !v->is_array() || v->empty())
            throw Fail{"grades.values", PACK_REASON("PackError", "must be a non-empty array")};
        for (std::size_t i = 0; i < v->size(); ++i) {
            const Ppm g = readValue((*v)[i], "grades.values[" + std::to_string(i) + "]", Unit::Percent, 60, 300);
            if (!p.grades.empty() && g <= p.grades.back())
                throw Fail{"grades.values[" + std::to_string(i) + "]",
                           PACK_REASON("PackError", "grades not in increasing order")};
            p.grades.push_back(g);
        }
        p.gradesProvenance = readProvenance(*it, "grades", label);
    }
    if (auto it = doc.find("cities"); it != doc.end()) {
        if (!it->is_object())
            throw Fail{"cities", PACK_REASON("PackError", "must be an object")};
        for (auto c = it->begin(); c != it->end(); ++c) {
            const std::string at = "cities." + c.key();
            if (!c.value().is_object())
                throw Fail{at, PACK_REASON("PackError", "must be an object")};
            allowKeys(c.value(), at,
                      {"name", "note", "series", "scalars", "rules", "localItems", "approximate", "approximateWhen"});
            RawCity city;
            readNames(c.value(), at + ".", city.nameZh, city.nameEn);
            city.note = readNote(c.value(), at);
            if (auto s = c.value().find("series"); s != c.value().end())
                city.series = readSeriesMap(*s, at + ".series", label + "/" + c.key());
            if (auto s = c.value().find("scalars"); s != c.value().end())
                city.scalars = readScalars(*s, at + ".scalars", label + "/" + c.key());
            if (auto s = c.value().find("rules"); s != c.value().end())
                city.rules = readRules(*s, at + ".rules", label + "/" + c.key());
            if (auto s = c.value().find("localItems"); s != c.value().end())
                city.localItems = readLocalItems(*s, at + ".localItems", label + "/" + c.key());
            city.approximate = readApproximate(c.value(), at);
            city.approximateWhen = readApproximateWhen(c.value(), at);
            p.cities.emplace(c.key(), std::move(city));
        }
    }
    return p;
}

void mergeSeries(std::map<std::string, Series, std::less<>> &into,
                 const std::map<std::string, Series, std::less<>> &from)
{
    for (const auto &[name, s] : from) {
        auto it = into.find(name);
        if (it == into.end()) {
            into.emplace(name, s);
            continue;
        }
        auto &entries = it->second.entries;
        for (const auto &e : s.entries) {
            auto pos = std::lower_bound(entries.begin(), entries.end(), e.from,
                                        [](const SeriesEntry &a, YearMonth m) { return a.from < m; });
            if (pos != entries.end() && pos->from == e.from)
                *pos = e;
            else
                entries.insert(pos, e);
        }
    }
}

void mergeRules(std::map<RuleKey, RuleList> &into, const std::map<RuleKey, RuleList> &from)
{
    for (const auto &[key, list] : from) {
        auto it = into.find(key);
        if (it == into.end()) {
            into.emplace(key, list);
            continue;
        }
        auto &entries = it->second.entries;
        for (const auto &e : list.entries) {
            auto pos = std::lower_bound(entries.begin(), entries.end(), e.from,
                                        [](const RuleEntry &a, YearMonth m) { return a.from < m; });
            if (pos != entries.end() && pos->from == e.from)
                *pos = e;
            else
                entries.insert(pos, e);
        }
    }
}

void mergeLocalItems(std::vector<LocalItem> &into, const std::vector<LocalItem> &from)
{
    for (const auto &item : from) {
        auto same = std::find_if(into.begin(), into.end(), [&](const LocalItem &i) { return i.id == item.id; });
        if (same != into.end())
            *same = item;
        else
            into.push_back(item);
    }
}

} // namespace

std::optional<PackError> validatePack(std::string_view fileName, std::string_view text)
{
    try {
        parsePack(fileName, text);
    } catch (const Fail &f) {
        return PackError{std::string(fileName), f.key, f.reason, f.args};
    }
    return std::nullopt;
}

std::optional<PackError> ParameterLibrary::add(std::string_view fileName, std::string_view text)
{
    try {
        auto pack = std::make_shared<RawPack>(parsePack(fileName, text));
        std::string id = pack->id;
        m_packs[id] = std::move(pack);
    } catch (const Fail &f) {
        return PackError{std::string(fileName), f.key, f.reason, f.args};
    }
    return std::nullopt;
}

bool ParameterLibrary::has(std::string_view packId) const
{
    return m_packs.find(packId) != m_packs.end();
}

std::vector<std::string> ParameterLibrary::regionIds() const
{
    std::vector<std::string> out;
    for (const auto &[id, p] : m_packs) {
        if (p->extends.empty())
            continue; // the national pack is not a region of its own
        out.push_back(id);
        for (const auto &[city, c] : p->cities)
            out.push_back(id + "/" + city);
    }
    return out;
}

std::variant<ParameterSet, PackError> ParameterLibrary::resolve(std::string_view regionId) const
{
    const auto slash = regionId.find('/');
    const std::string_view packId = regionId.substr(0, slash);
    const std::string_view city = slash == std::string_view::npos ? std::string_view{} : regionId.substr(slash + 1);
    auto it = m_packs.find(packId);
    if (it == m_packs.end())
        return PackError{"", "region", PACK_REASON("PackError", "unknown region \"%1\""), {std::string(regionId)}};
    // Walk up the `extends` chain, national first.
    std::vector<const RawPack *> chain;
    for (const RawPack *p = it->second.get(); p;) {
        if (chain.size() > 8)
            return PackError{p->file, "extends", PACK_REASON("PackError", "cycle in extends")};
        chain.insert(chain.begin(), p);
        if (p->extends.empty())
            break;
        auto parent = m_packs.find(p->extends);
        if (parent == m_packs.end())
            return PackError{p->file, "extends", PACK_REASON("PackError", "extends unknown pack \"%1\""), {p->extends}};
        p = parent->second.get();
    }
    ParameterSet set;
    set.regionId = std::string(regionId);
    for (const RawPack *p : chain) {
        set.packs.push_back({p->id, p->version, p->nameZh, p->nameEn});
        mergeSeries(set.series, p->series);
        for (const auto &[k, v] : p->scalars)
            set.scalars[k] = v;
        for (const auto &[k, v] : p->tracks)
            set.tracks[k] = v;
        for (const auto &[k, v] : p->rules)
            set.rules[k] = v;
        if (!p->grades.empty()) {
            set.grades = p->grades;
            set.gradesProvenance = p->gradesProvenance;
        }
        mergeRules(set.rules, p->rules);
        mergeLocalItems(set.localItems, p->localItems);
        if (p->approximate)
            set.approximate = p->approximate;
        if (!p->approximateWhen.empty())
            set.approximateWhen = p->approximateWhen;
        set.nameZh = p->nameZh;
        set.nameEn = p->nameEn;
        if (!p->note.en.empty())
            set.notes.push_back(p->note);
    }
    if (!city.empty()) {
        const RawPack *top = chain.back();
        auto c = top->cities.find(city);
        if (c == top->cities.end())
            return PackError{top->file, "cities", PACK_REASON("PackError", "unknown city \"%1\""), {std::string(city)}};
        mergeSeries(set.series, c->second.series);
        for (const auto &[k, v] : c->second.scalars)
            set.scalars[k] = v;
        mergeRules(set.rules, c->second.rules);
        mergeLocalItems(set.localItems, c->second.localItems);
        if (c->second.approximate)
            set.approximate = c->second.approximate;
        set.approximateWhen.insert(set.approximateWhen.end(), c->second.approximateWhen.begin(),
                                   c->second.approximateWhen.end());
        set.nameZh += c->second.nameZh;
        set.nameEn += " · " + c->second.nameEn;
        if (!c->second.note.en.empty())
            set.notes.push_back(c->second.note);
    }
    return set;
}

} // namespace pension
