// Reading a case file: strict JSON, then each field with its type, format and limits (shared/spec/case-format.md).
#include "case.h"
#include "case_check.h"
#include "case_json.h"
#include "casecompare.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace pension {

using nlohmann::json;
using namespace caseio;

namespace {

// What a message shows of a value: a string or a number as written, an array or object only by its kind and size
// (never dumped: a value nested thousands deep would overflow the stack, and a whole document helps nobody).
std::string shown(const json &v)
{
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_array())
        return "[array of " + std::to_string(v.size()) + "]";
    if (v.is_object())
        return "{object of " + std::to_string(v.size()) + "}";
    return v.dump();
}

// Every key the format does not have, each its own problem.
void allowKeys(Problems &p, const json &obj, const std::string &where, std::initializer_list<const char *> keys)
{
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (std::none_of(keys.begin(), keys.end(), [&](const char *k) { return it.key() == k; }))
            p.fail(where.empty() ? it.key() : where + "." + it.key(), InputErrorCode::UnknownField, {});
}

const json &object(const json &parent, const char *key, const std::string &field, bool required)
{
    static const json null;
    auto it = parent.find(key);
    if (it == parent.end() || it->is_null()) {
        if (required)
            fail(field, InputErrorCode::Missing, Allowed::format(Shape::Object));
        return null;
    }
    if (!it->is_object())
        fail(field, InputErrorCode::WrongType, Allowed::format(Shape::Object), shown(*it));
    return *it;
}

// The object at `key`, or null when it is absent (and not required) or was recorded as a problem.
const json *objectIn(Problems &p, const json &parent, const char *key, const std::string &field, bool required)
{
    const json *found = nullptr;
    p.read([&] {
        const json &o = object(parent, key, field, required);
        if (!o.is_null())
            found = &o;
    });
    return found;
}

std::optional<std::string> optString(const json &parent, const char *key, const std::string &field)
{
    auto it = parent.find(key);
    if (it == parent.end() || it->is_null())
        return std::nullopt;
    if (!it->is_string())
        fail(field, InputErrorCode::WrongType, Allowed::format(Shape::String), shown(*it));
    return it->get<std::string>();
}

std::string reqString(const json &parent, const char *key, const std::string &field, const Allowed &allowed)
{
    auto s = optString(parent, key, field);
    if (!s)
        fail(field, InputErrorCode::Missing, allowed);
    return *s;
}

std::optional<YearMonth> optMonth(const json &parent, const char *key, const std::string &field)
{
    auto s = optString(parent, key, field);
    if (!s)
        return std::nullopt;
    return monthValue(*s, field);
}

// A number with at most `scale` decimals within [lo, hi] (in the file's unit), returned scaled by 10^scale.
std::int64_t scaledNumber(const json &v, const std::string &field, int scale, double lo, double hi,
                          const Allowed &allowed)
{
    if (!v.is_number())
        fail(field, InputErrorCode::WrongType, allowed, shown(v));
    const double d = v.get<double>();
    if (!std::isfinite(d) || d < lo || d > hi)
        fail(field, InputErrorCode::OutOfRange, allowed, shown(v));
    auto scaled = scaledFromDouble(d, scale);
    if (!scaled)
        fail(field, InputErrorCode::BadFormat, allowed.withDecimals(scale), shown(v));
    return *scaled;
}

std::optional<std::int64_t> optNumber(const json &parent, const char *key, const std::string &field, int scale,
                                      double lo, double hi, const Allowed &allowed)
{
    auto it = parent.find(key);
    if (it == parent.end() || it->is_null())
        return std::nullopt;
    return scaledNumber(*it, field, scale, lo, hi, allowed);
}

HalfMonths halfMonths(const json &parent, const char *key, const std::string &field, double hi, bool required)
{
    const Allowed allowed =
        Allowed::range(Number::whole(0), Number::whole(static_cast<std::int64_t>(hi)), AllowedUnit::HalfMonths);
    auto it = parent.find(key);
    if (it == parent.end() || it->is_null()) {
        if (required)
            fail(field, InputErrorCode::Missing, allowed);
        return 0;
    }
    if (!it->is_number())
        fail(field, InputErrorCode::WrongType, allowed, shown(*it));
    const double d = it->get<double>();
    if (!std::isfinite(d) || d < 0 || d > hi)
        fail(field, InputErrorCode::OutOfRange, allowed, shown(*it));
    const double twice = d * 2;
    if (std::fabs(twice - std::nearbyint(twice)) > 1e-9)
        fail(field, InputErrorCode::BadFormat, allowed, shown(*it));
    return static_cast<HalfMonths>(std::nearbyint(twice));
}

// Fractions in the case file (0.6, 0.025) become ppm.
Ppm fraction(const json &v, const std::string &field, double lo, double hi, const Allowed &allowed)
{
    return scaledNumber(v, field, 6, lo, hi, allowed);
}

RetireChoice retireValue(const json &v, const std::string &field)
{
    RetireChoice r;
    if (v.is_string()) {
        const std::string s = v.get<std::string>();
        if (s == "statutory")
            return r;
        auto ym = YearMonth::parse(s);
        if (!ym)
            fail(field, InputErrorCode::BadFormat, Allowed::format(Shape::RetireChoice), s);
        r.kind = RetireKind::Month;
        r.month = *ym;
        return r;
    }
    if (v.is_object() && v.size() == 1) {
        const bool early = v.contains("earlyMonths");
        const bool late = v.contains("lateMonths");
        if (early || late) {
            const json &n = v.begin().value();
            // The 弹性 window: at most 3 years either way.
            const Allowed early36 =
                Allowed::range(Number::whole(0), Number::whole(36), AllowedUnit::Months).withDecimals(0);
            const std::string f = field + (early ? ".earlyMonths" : ".lateMonths");
            if (!n.is_number_integer())
                fail(f, InputErrorCode::WrongType, early36, shown(n));
            const auto months = n.get<std::int64_t>();
            if (months < 0 || months > 36)
                fail(f, InputErrorCode::OutOfRange, early36, shown(n));
            r.kind = early ? RetireKind::Early : RetireKind::Late;
            r.months = static_cast<int>(months);
            return r;
        }
    }
    fail(field, InputErrorCode::BadFormat, Allowed::format(Shape::RetireChoice), shown(v));
}

// 广东/深圳 statement figures (docs/case-format-additions.md): each optional, each checked against its limit.
void readOldMethodFigures(const json &r, Record &rec)
{
    auto given = [&](const char *key) { return r.contains(key) && !r[key].is_null(); };
    if (given("deemedAccount"))
        rec.deemedAccount =
            scaledNumber(r["deemedAccount"], "record.deemedAccount", 2, kBalance.lo, kBalance.hi, kBalance.allowed);
    if (given("deemedIndex"))
        rec.deemedIndex =
            scaledNumber(r["deemedIndex"], "record.deemedIndex", 4, kIndex.lo, kIndex.hi, kIndex.allowed) * 100;
    if (given("preAccountIndexSum"))
        rec.preAccountIndexSum = scaledNumber(r["preAccountIndexSum"], "record.preAccountIndexSum", 4, kIndexSum.lo,
                                              kIndexSum.hi, kIndexSum.allowed) *
                                 100;
    if (given("oldIndexedWage"))
        rec.oldIndexedWage = scaledNumber(r["oldIndexedWage"], "record.oldIndexedWage", 2, kLocalItem.lo, kLocalItem.hi,
                                          kLocalItem.allowed);
    if (given("oldMethodShare"))
        rec.oldMethodShare =
            scaledNumber(r["oldMethodShare"], "record.oldMethodShare", 4, kShare.lo, kShare.hi, kShare.allowed) * 100;
}

// record.localItemClaims: ids of `onClaim` items the person qualifies for (重庆, 西藏).
void readLocalItemClaims(const json &r, Record &rec)
{
    auto c = r.find("localItemClaims");
    if (c == r.end() || c->is_null())
        return;
    if (!c->is_array())
        fail("record.localItemClaims", InputErrorCode::WrongType, Allowed::format(Shape::ItemId), shown(*c));
    for (std::size_t i = 0; i < c->size(); ++i) {
        const std::string field = "record.localItemClaims[" + std::to_string(i) + "]";
        const json &v = (*c)[i];
        if (!v.is_string())
            fail(field, InputErrorCode::WrongType, Allowed::format(Shape::ItemId), shown(v));
        const std::string id = v.get<std::string>();
        if (!isItemId(id))
            fail(field, InputErrorCode::BadFormat, Allowed::format(Shape::ItemId), id);
        if (std::find(rec.localItemClaims.begin(), rec.localItemClaims.end(), id) == rec.localItemClaims.end())
            rec.localItemClaims.push_back(id);
    }
}

// record.localItemMonths: the months a local item counts, by item id (an index-years item's years in 深圳, a tiered
// item's years in 西藏, a fixed-per-year item's back-paid years in 重庆).
void readLocalItemMonths(const json &r, Record &rec)
{
    const json &months = object(r, "localItemMonths", "record.localItemMonths", false);
    for (auto it = months.begin(); !months.is_null() && it != months.end(); ++it) {
        const std::string field = "record.localItemMonths." + it.key();
        if (!isItemId(it.key()))
            fail(field, InputErrorCode::BadFormat, Allowed::format(Shape::ItemId), it.key());
        rec.localItemMonths[it.key()] = halfMonths(months, it.key().c_str(), field, 720, true);
    }
}

void readRecord(Problems &p, const json &r, Case &c)
{
    allowKeys(p, r, "record",
              {"deemedMonths",       "preAccountMonths", "accountMonths",         "averageIndex",
               "accountBalance",     "transitionIndex",  "transitionMonths",      "transitionPaidMonths",
               "localItems",         "indexedWage",      "deemedAccount",         "deemedIndex",
               "preAccountIndexSum", "oldIndexedWage",   "oldMethodShare",        "localItemMonths",
               "localItemClaims",    "oldMethodIndex",   "oldMethodTransitional", "notionalCredits"});
    Record rec;
    bool monthsRead = p.read([&] { rec.deemed = halfMonths(r, "deemedMonths", "record.deemedMonths", 720, false); });
    monthsRead &=
        p.read([&] { rec.preAccount = halfMonths(r, "preAccountMonths", "record.preAccountMonths", 720, false); });
    monthsRead &= p.read([&] { rec.account = halfMonths(r, "accountMonths", "record.accountMonths", 720, true); });
    auto idx = r.find("averageIndex");
    const bool hasIndex = idx != r.end() && !idx->is_null();
    bool valuesRead = true;
    if (hasIndex)
        valuesRead &= p.read([&] {
            rec.averageIndex =
                scaledNumber(*idx, "record.averageIndex", kStatementIndexDecimals, 0, kIndex.hi, kIndex.allowed);
        });
    valuesRead &= p.read([&] {
        if (auto w = optNumber(r, "indexedWage", "record.indexedWage", 2, kIndexedWage.lo, kIndexedWage.hi,
                               kIndexedWage.allowed))
            rec.indexedWage = *w;
    });
    valuesRead &= p.read([&] {
        rec.accountBalance =
            optNumber(r, "accountBalance", "record.accountBalance", 2, kBalance.lo, kBalance.hi, kBalance.allowed)
                .value_or(0);
    });
    if (monthsRead && valuesRead)
        checkRecord(rec, hasIndex, r.contains("accountBalance"), p);
    if (auto it = r.find("transitionIndex"); it != r.end() && !it->is_null())
        p.read([&] {
            rec.transitionIndex =
                scaledNumber(*it, "record.transitionIndex", kStatementIndexDecimals, 0, kIndex.hi, kIndex.allowed);
        });
    if (r.contains("transitionMonths") && !r["transitionMonths"].is_null())
        monthsRead &= p.read(
            [&] { rec.transitionMonths = halfMonths(r, "transitionMonths", "record.transitionMonths", 720, true); });
    if (r.contains("transitionPaidMonths") && !r["transitionPaidMonths"].is_null())
        monthsRead &= p.read([&] {
            rec.transitionPaidMonths = halfMonths(r, "transitionPaidMonths", "record.transitionPaidMonths", 720, true);
        });
    if (monthsRead)
        checkTransitionMonths(rec, p);
    if (const json *items = objectIn(p, r, "localItems", "record.localItems", false))
        for (auto it = items->begin(); it != items->end(); ++it)
            p.read([&] {
                const std::string field = "record.localItems." + it.key();
                if (!isItemId(it.key()))
                    fail(field, InputErrorCode::BadFormat, Allowed::format(Shape::ItemId), it.key());
                rec.localItems[it.key()] =
                    scaledNumber(it.value(), field, 2, kLocalItem.lo, kLocalItem.hi, kLocalItem.allowed);
            });
    p.read([&] { readOldMethodFigures(r, rec); });
    p.read([&] { readLocalItemMonths(r, rec); });
    p.read([&] { readLocalItemClaims(r, rec); });
    if (auto q = r.find("oldMethodIndex"); q != r.end() && !q->is_null())
        p.read([&] {
            rec.oldMethodIndex =
                scaledNumber(*q, "record.oldMethodIndex", kStatementIndexDecimals, 0, kIndex.hi, kIndex.allowed);
        });
    if (auto it = r.find("oldMethodTransitional"); it != r.end() && !it->is_null())
        p.read([&] {
            rec.oldMethodTransitional =
                scaledNumber(*it, "record.oldMethodTransitional", 2, kLocalItem.lo, kLocalItem.hi, kLocalItem.allowed);
        });
    if (auto it = r.find("notionalCredits"); it != r.end() && !it->is_null())
        p.read([&] {
            rec.notionalCredits =
                scaledNumber(*it, "record.notionalCredits", 2, kBalance.lo, kBalance.hi, kBalance.allowed);
        });
    c.record = rec;
}

// One history row; false when it could not be read (its problems are recorded).
bool readHistoryRow(Problems &p, const json &row, const std::string &at, Case &c, bool asOfRead)
{
    if (!row.is_object()) {
        p.fail(at, InputErrorCode::WrongType, Allowed::format(Shape::HistoryRow), shown(row));
        return false;
    }
    allowKeys(p, row, at, {"year", "months", "monthlyBase", "baseTotal", "averageWage", "accountCredit", "firstMonth"});
    HistoryRow hr;
    const bool yearRead = p.read([&] {
        const Allowed years = Allowed::range(Number::whole(1950), Number::whole(c.asOf.year()), AllowedUnit::Year);
        auto y = row.find("year");
        if (y == row.end())
            fail(at + ".year", InputErrorCode::Missing, years);
        if (!y->is_number_integer())
            fail(at + ".year", InputErrorCode::WrongType, Allowed::format(Shape::WholeNumber), shown(*y));
        const auto year = y->get<std::int64_t>();
        if (year < 1950 || (asOfRead && year > c.asOf.year()))
            fail(at + ".year", InputErrorCode::OutOfRange, years, shown(*y));
        hr.year = static_cast<int>(year);
        if (!c.history.empty() && hr.year <= c.history.back().year)
            fail(at + ".year", InputErrorCode::Inconsistent, Allowed::of(Allowed::Kind::Increasing), shown(*y));
    });
    const int monthsAvailable = asOfRead && hr.year == c.asOf.year() ? c.asOf.month() : 12;
    const bool monthsRead = p.read([&] {
        hr.months = halfMonths(row, "months", at + ".months", 12, true);
        if (hr.months == 0)
            fail(at + ".months", InputErrorCode::OutOfRange, Allowed::range({5, 1}, Number::whole(12)), "0");
        if (yearRead && hr.months > 2 * monthsAvailable)
            fail(at + ".months", InputErrorCode::OutOfRange,
                 Allowed::atMost(Number::whole(monthsAvailable), AllowedUnit::Months), shown(row["months"]));
    });
    const Allowed baseRange = Allowed::range({1, 2}, Number::whole(1'000'000), AllowedUnit::Yuan);
    std::optional<std::int64_t> base, total;
    bool baseRead = p.read([&] { base = optNumber(row, "monthlyBase", at + ".monthlyBase", 2, 0.01, 1e6, baseRange); });
    baseRead &= p.read([&] {
        total = optNumber(row, "baseTotal", at + ".baseTotal", 2, 0.01, 1.2e7,
                          Allowed::range({1, 2}, Number::whole(12'000'000), AllowedUnit::Yuan));
    });
    if (baseRead && base && total)
        p.fail(at + ".baseTotal", InputErrorCode::Inconsistent,
               Allowed::of(Allowed::Kind::OnlyOneOf, {"monthlyBase", "baseTotal"}));
    if (baseRead && !base && !total)
        p.fail(at + ".monthlyBase", InputErrorCode::Missing, baseRange);
    p.read([&] {
        hr.averageWage = optNumber(row, "averageWage", at + ".averageWage", 2, 1, 1e6,
                                   Allowed::range(Number::whole(1), Number::whole(1'000'000), AllowedUnit::Yuan));
    });
    p.read([&] {
        hr.accountCredit = optNumber(row, "accountCredit", at + ".accountCredit", 2, 0, 1e7,
                                     Allowed::range(Number::whole(0), Number::whole(10'000'000), AllowedUnit::Yuan));
    });
    if (auto fm = row.find("firstMonth"); fm != row.end())
        p.read([&] {
            if (!fm->is_number_integer() || fm->get<std::int64_t>() < 1 || fm->get<std::int64_t>() > 12)
                fail(at + ".firstMonth", InputErrorCode::OutOfRange,
                     Allowed::range(Number::whole(1), Number::whole(12)), shown(*fm));
            hr.firstMonth = fm->get<int>();
            if (yearRead && monthsRead && *hr.firstMonth - 1 + (hr.months + 1) / 2 > monthsAvailable)
                fail(at + ".firstMonth", InputErrorCode::Inconsistent, Allowed::of(Allowed::Kind::FitsInYear),
                     shown(*fm));
        });
    if (!yearRead || !monthsRead || !baseRead || (!base && !total) || (base && total))
        return false;
    // A year's total base is spread evenly over its months, to the fen (the record keeps the total).
    hr.monthlyBase = base ? *base : divRound(static_cast<Wide>(*total) * 2, hr.months);
    hr.baseTotal = total;
    c.history.push_back(hr);
    return true;
}

void readHistory(Problems &p, const json &h, Case &c, bool asOfRead)
{
    if (!h.is_array())
        return p.fail("history", InputErrorCode::WrongType, Allowed::format(Shape::HistoryRows));
    if (h.empty())
        return p.fail("history", InputErrorCode::Missing, Allowed::atLeast(Number::whole(1), AllowedUnit::Rows));
    if (h.size() > 120)
        return p.fail("history", InputErrorCode::OutOfRange, Allowed::atMost(Number::whole(120), AllowedUnit::Rows));
    for (std::size_t i = 0; i < h.size(); ++i)
        readHistoryRow(p, h[i], "history[" + std::to_string(i) + "]", c, asOfRead);
}

void readPlan(Problems &p, const json &plan, Case &c, bool asOfRead)
{
    allowKeys(p, plan, "plan", {"retire", "retireReason", "contributions"});
    p.read([&] {
        auto retire = plan.find("retire");
        if (retire == plan.end() || retire->is_null())
            fail("plan.retire", InputErrorCode::Missing, Allowed::format(Shape::RetireChoice));
        c.plan.retire = retireValue(*retire, "plan.retire");
    });
    p.read([&] {
        if (auto reason = optString(plan, "retireReason", "plan.retireReason")) {
            if (*reason == "normal")
                c.plan.reason = RetireReason::Normal;
            else if (*reason == "special-type")
                c.plan.reason = RetireReason::SpecialType;
            else if (*reason == "illness")
                c.plan.reason = RetireReason::Illness;
            else
                fail("plan.retireReason", InputErrorCode::NotOneOf,
                     Allowed::oneOf({"normal", "special-type", "illness"}), *reason);
        }
    });
    auto periods = plan.find("contributions");
    if (periods == plan.end() || periods->is_null())
        return;
    if (!periods->is_array())
        return p.fail("plan.contributions", InputErrorCode::WrongType, Allowed::format(Shape::Periods));
    if (periods->size() > 50)
        return p.fail("plan.contributions", InputErrorCode::OutOfRange,
                      Allowed::atMost(Number::whole(50), AllowedUnit::Periods));
    bool allRead = true; // a period is checked against the one before only when every period so far was read
    for (std::size_t i = 0; i < periods->size(); ++i) {
        const std::string at = "plan.contributions[" + std::to_string(i) + "]";
        const json &pj = (*periods)[i];
        if (!pj.is_object()) {
            p.fail(at, InputErrorCode::WrongType, Allowed::format(Shape::Period), shown(pj));
            allRead = false;
            continue;
        }
        allowKeys(p, pj, at, {"from", "until", "grade", "kind"});
        PlanPeriod pp;
        bool read = p.read([&] {
            pp.from = monthValue(
                reqString(pj, "from", at + ".from", Allowed::related(Relation::After, "asOf", c.asOf.toString())),
                at + ".from");
        });
        read &= p.read([&] {
            const std::string until = reqString(pj, "until", at + ".until", Allowed::format(Shape::MonthOrRetirement));
            if (until != "retirement")
                pp.until = monthValue(until, at + ".until");
        });
        read &= p.read([&] {
            auto g = pj.find("grade");
            if (g == pj.end() || g->is_null())
                fail(at + ".grade", InputErrorCode::Missing, kGrade.allowed);
            pp.grade = fraction(*g, at + ".grade", kGrade.lo, kGrade.hi, kGrade.allowed);
        });
        read &= p.read([&] {
            pp.kind =
                kindValue(reqString(pj, "kind", at + ".kind", Allowed::oneOf({"employee", "flexible"})), at + ".kind");
        });
        allRead &= read;
        if (!allRead)
            continue;
        c.plan.contributions.push_back(pp);
        if (asOfRead)
            checkPeriod(c, c.plan.contributions.size() - 1, p);
    }
}

void readAssumptions(Problems &p, const json &as, Case &c)
{
    allowKeys(p, as, "assumptions", {"wageGrowth", "accountInterest", "pensionIncrease", "inflation"});
    auto opt = [&](const char *key, Ppm lo, Ppm hi, std::optional<Ppm> &out) {
        auto it = as.find(key);
        if (it == as.end() || it->is_null())
            return;
        p.read([&] {
            out = fraction(*it, std::string("assumptions.") + key, static_cast<double>(lo) / kPpmOne,
                           static_cast<double>(hi) / kPpmOne,
                           Allowed::range(Number::fraction(lo), Number::fraction(hi), AllowedUnit::YearlyRate));
        });
    };
    opt("wageGrowth", -100'000, 200'000, c.assumptions.wageGrowth);
    opt("accountInterest", -50'000, 200'000, c.assumptions.accountInterest);
    opt("pensionIncrease", -50'000, 200'000, c.assumptions.pensionIncrease);
    opt("inflation", -100'000, 300'000, c.assumptions.inflation);
}

void readOverrides(Problems &p, const json &ov, Case &c)
{
    allowKeys(p, ov, "overrides", {"pensionBase", "annuityMonths", "transitionRate", "localPensionBase"});
    p.read([&] {
        c.overrides.localPensionBase = optNumber(ov, "localPensionBase", "overrides.localPensionBase", 2,
                                                 kPensionBase.lo, kPensionBase.hi, kPensionBase.allowed);
    });
    p.read([&] {
        c.overrides.pensionBase = optNumber(ov, "pensionBase", "overrides.pensionBase", 2, kPensionBase.lo,
                                            kPensionBase.hi, kPensionBase.allowed);
    });
    p.read([&] {
        if (auto m = optNumber(ov, "annuityMonths", "overrides.annuityMonths", 1, 1, 300,
                               Allowed::range(Number::whole(1), Number::whole(300))))
            c.overrides.annuityMonthsTenths = static_cast<int>(*m);
    });
    if (auto it = ov.find("transitionRate"); it != ov.end() && !it->is_null())
        p.read([&] {
            c.overrides.transitionRate =
                fraction(*it, "overrides.transitionRate", 0, 0.02,
                         Allowed::range(Number::whole(0), Number::fraction(20'000), AllowedUnit::Rate));
        });
}

// Reads every field it can, recording each problem; a check relating fields runs only when they were read.
Case parse(const json &doc, Problems &p)
{
    if (!doc.is_object())
        fail("", InputErrorCode::WrongType, Allowed::format(Shape::Object));
    allowKeys(p, doc, "",
              {"format", "region", "asOf", "calculatedOn", "person", "insurance", "record", "history", "plan",
               "assumptions", "overrides", "compare", "note", "expect"});
    Case c;
    p.read([&] {
        const std::string format = reqString(doc, "format", "format", Allowed::oneOf({"pension-case/1"}));
        if (format != "pension-case/1")
            fail("format", InputErrorCode::NotOneOf, Allowed::oneOf({"pension-case/1"}), format);
    });
    p.read([&] { c.region = regionValue(reqString(doc, "region", "region", Allowed::format(Shape::RegionId))); });
    const bool asOfRead =
        p.read([&] { c.asOf = monthValue(reqString(doc, "asOf", "asOf", Allowed::format(Shape::Month)), "asOf"); });
    p.read([&] {
        c.calculatedOn = optMonth(doc, "calculatedOn", "calculatedOn");
        // A sheet cannot be computed before the statement it is computed from.
        if (asOfRead && c.calculatedOn && *c.calculatedOn < c.asOf)
            fail("calculatedOn", InputErrorCode::Inconsistent,
                 Allowed::related(Relation::OnOrAfter, "asOf", c.asOf.toString()), c.calculatedOn->toString());
    });

    bool personRead = false;
    if (const json *person = objectIn(p, doc, "person", "person", true)) {
        allowKeys(p, *person, "person", {"name", "idNumber", "sex", "birth", "track"});
        personRead = p.read([&] {
            c.person.name = optString(*person, "name", "person.name").value_or("");
            if (c.person.name.size() > 200)
                fail("person.name", InputErrorCode::OutOfRange,
                     Allowed::atMost(Number::whole(200), AllowedUnit::Bytes));
        });
        personRead &= p.read([&] {
            c.person.sex =
                sexValue(reqString(*person, "sex", "person.sex", Allowed::oneOf({"male", "female"})), "person.sex");
        });
        personRead &= p.read([&] {
            c.person.birth =
                monthValue(reqString(*person, "birth", "person.birth", Allowed::format(Shape::Month)), "person.birth");
        });
        personRead &= p.read([&] {
            c.person.track = trackValue(reqString(*person, "track", "person.track", tracks()), "person.track");
        });
        personRead &=
            p.read([&] { c.person.idNumber = optString(*person, "idNumber", "person.idNumber").value_or(""); });
        if (personRead && asOfRead)
            checkPerson(c, p);
    }

    if (const json *ins = objectIn(p, doc, "insurance", "insurance", true)) {
        allowKeys(p, *ins, "insurance", {"kind", "firstContribution", "accountStart", "deemedMonths"});
        p.read([&] {
            c.kind = kindValue(reqString(*ins, "kind", "insurance.kind", Allowed::oneOf({"employee", "flexible"})),
                               "insurance.kind");
        });
        bool monthsRead =
            p.read([&] { c.firstContribution = optMonth(*ins, "firstContribution", "insurance.firstContribution"); });
        monthsRead &= p.read([&] { c.accountStart = optMonth(*ins, "accountStart", "insurance.accountStart"); });
        if (monthsRead && personRead && asOfRead)
            checkInsurance(c, p);
        p.read([&] { c.historyDeemed = halfMonths(*ins, "deemedMonths", "insurance.deemedMonths", 720, false); });
    }

    const bool hasRecord = doc.contains("record") && !doc["record"].is_null();
    const bool hasHistory = doc.contains("history") && !doc["history"].is_null();
    if (hasRecord == hasHistory)
        p.fail(hasRecord ? "history" : "record", InputErrorCode::Inconsistent,
               Allowed::of(Allowed::Kind::ExactlyOneOf, {"record", "history"}));
    else if (hasRecord && c.historyDeemed != 0)
        p.fail("insurance.deemedMonths", InputErrorCode::Inconsistent,
               Allowed::of(Allowed::Kind::GivenIn, {"record.deemedMonths"}));
    if (hasRecord && !hasHistory) {
        if (const json *r = objectIn(p, doc, "record", "record", true))
            readRecord(p, *r, c);
    } else if (hasHistory && !hasRecord) {
        readHistory(p, doc["history"], c, asOfRead);
    }

    if (const json *plan = objectIn(p, doc, "plan", "plan", true))
        readPlan(p, *plan, c, asOfRead);
    if (const json *as = objectIn(p, doc, "assumptions", "assumptions", false))
        readAssumptions(p, *as, c);
    if (const json *ov = objectIn(p, doc, "overrides", "overrides", false))
        readOverrides(p, *ov, c);
    if (auto e = readCompare(doc, c.compare))
        p.add(*e);
    return c;
}

// The whole document: the case when nothing is wrong, otherwise every problem found.
CaseReading readAll(const json &doc)
{
    CaseReading out;
    Problems p;
    try {
        Case c = parse(doc, p);
        if (p.empty())
            out.kase = std::move(c);
    } catch (const Bad &b) {
        p.add(b.error);
    } catch (const json::exception &) {
        p.add(InputError{"", InputErrorCode::WrongType, {}, ""});
    }
    out.errors = p.take();
    return out;
}

CaseOrError firstOf(CaseReading r)
{
    if (r.kase)
        return std::move(*r.kase);
    return r.errors.front();
}

} // namespace

std::variant<RetireChoice, InputError> readRetireChoice(const json &v, const std::string &field)
{
    try {
        return retireValue(v, field);
    } catch (const Bad &b) {
        return b.error;
    }
}

CaseOrError readCaseJson(const json &doc)
{
    return firstOf(readAll(doc));
}

CaseReading readCaseJsonAll(const json &doc)
{
    return readAll(doc);
}

json parseStrictJson(std::string_view text, int maxDepth)
{
    // One frame per open object or array: the keys seen so far (objects) and the path to it.
    struct Frame {
        bool object = false;
        std::vector<std::string> keys;
        std::string path;
    };
    std::vector<Frame> stack;
    std::string lastKey;
    auto childPath = [&]() -> std::string {
        if (stack.empty())
            return {};
        const Frame &top = stack.back();
        if (!top.object)
            return top.path + "[]";
        return top.path.empty() ? lastKey : top.path + "." + lastKey;
    };
    json::parser_callback_t check = [&](int depth, json::parse_event_t event, json &parsed) -> bool {
        switch (event) {
        case json::parse_event_t::object_start:
        case json::parse_event_t::array_start: {
            if (depth >= maxDepth)
                throw InputError{childPath(), InputErrorCode::TooDeep,
                                 Allowed::atMost(Number::whole(maxDepth), AllowedUnit::Levels), ""};
            Frame f;
            f.object = event == json::parse_event_t::object_start;
            f.path = childPath();
            stack.push_back(std::move(f));
            break;
        }
        case json::parse_event_t::object_end:
        case json::parse_event_t::array_end:
            if (!stack.empty())
                stack.pop_back();
            break;
        case json::parse_event_t::key: {
            lastKey = parsed.get<std::string>();
            if (!stack.empty()) {
                auto &keys = stack.back().keys;
                if (std::find(keys.begin(), keys.end(), lastKey) != keys.end())
                    throw InputError{childPath(), InputErrorCode::DuplicateKey, {}, ""};
                keys.push_back(lastKey);
            }
            break;
        }
        case json::parse_event_t::value: break;
        }
        return true;
    };
    return json::parse(text.begin(), text.end(), check);
}

CaseOrError readCase(std::string_view text)
{
    return firstOf(readCaseAll(text));
}

CaseReading readCaseAll(std::string_view text)
{
    CaseReading out;
    json doc;
    try {
        doc = parseStrictJson(text, kMaxJsonDepth);
    } catch (const InputError &e) {
        out.errors.push_back(e);
        return out;
    } catch (const json::parse_error &e) {
        // Where the text stops being JSON, as a person finds it in an editor: line and column.
        const std::size_t at = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
        const std::string_view before = text.substr(0, at);
        const auto line = 1 + std::count(before.begin(), before.end(), '\n');
        const auto lastBreak = before.rfind('\n');
        const auto column = at - (lastBreak == std::string_view::npos ? 0 : lastBreak + 1) + 1;
        const Allowed where = Allowed::numbers(Allowed::Kind::Position, Number::whole(line),
                                               Number::whole(static_cast<std::int64_t>(column)));
        out.errors.push_back(InputError{"", InputErrorCode::NotJson, where, ""});
        return out;
    } catch (const json::exception &) {
        // A number too large for a double (1e400) and the like.
        out.errors.push_back(InputError{"", InputErrorCode::NotJson, Allowed::format(Shape::NumberOutOfRange), ""});
        return out;
    }
    return readAll(doc);
}
} // namespace pension
