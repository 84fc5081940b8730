#include "case.h"
#include "case_json.h"
#include "casecompare.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace pension {

using nlohmann::json;

namespace {

struct Bad {
    InputError error;
};

// At most 40 bytes of a value, cut at a character boundary.
std::string shortened(std::string got)
{
    if (got.size() <= 40)
        return got;
    std::size_t cut = 37;
    while (cut > 0 && (static_cast<unsigned char>(got[cut]) & 0xC0) == 0x80)
        --cut;
    return got.substr(0, cut) + "...";
}

[[noreturn]] void fail(std::string field, InputErrorCode code, std::string allowed, std::string got = {})
{
    got = shortened(std::move(got));
    throw Bad{InputError{std::move(field), code, std::move(allowed), std::move(got)}};
}

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

void allowKeys(const json &obj, const std::string &where, std::initializer_list<const char *> keys)
{
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (std::none_of(keys.begin(), keys.end(), [&](const char *k) { return it.key() == k; }))
            fail(where.empty() ? it.key() : where + "." + it.key(), InputErrorCode::UnknownField, "");
}

const json &object(const json &parent, const char *key, const std::string &field, bool required)
{
    static const json null;
    auto it = parent.find(key);
    if (it == parent.end() || it->is_null()) {
        if (required)
            fail(field, InputErrorCode::Missing, "an object");
        return null;
    }
    if (!it->is_object())
        fail(field, InputErrorCode::WrongType, "an object", shown(*it));
    return *it;
}

std::optional<std::string> optString(const json &parent, const char *key, const std::string &field)
{
    auto it = parent.find(key);
    if (it == parent.end() || it->is_null())
        return std::nullopt;
    if (!it->is_string())
        fail(field, InputErrorCode::WrongType, "a string", shown(*it));
    return it->get<std::string>();
}

std::string reqString(const json &parent, const char *key, const std::string &field, const char *allowed)
{
    auto s = optString(parent, key, field);
    if (!s)
        fail(field, InputErrorCode::Missing, allowed);
    return *s;
}

YearMonth monthValue(const std::string &text, const std::string &field)
{
    auto ym = YearMonth::parse(text);
    if (!ym)
        fail(field, InputErrorCode::BadFormat, "YYYY-MM (1900-01…2200-12)", text);
    return *ym;
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
                          const std::string &allowed)
{
    if (!v.is_number())
        fail(field, InputErrorCode::WrongType, "a number " + allowed, shown(v));
    const double d = v.get<double>();
    if (!std::isfinite(d) || d < lo || d > hi)
        fail(field, InputErrorCode::OutOfRange, allowed, shown(v));
    auto scaled = scaledFromDouble(d, scale);
    if (!scaled)
        fail(field, InputErrorCode::BadFormat, "at most " + std::to_string(scale) + " decimals, " + allowed, shown(v));
    return *scaled;
}

std::optional<std::int64_t> optNumber(const json &parent, const char *key, const std::string &field, int scale,
                                      double lo, double hi, const std::string &allowed)
{
    auto it = parent.find(key);
    if (it == parent.end() || it->is_null())
        return std::nullopt;
    return scaledNumber(*it, field, scale, lo, hi, allowed);
}

HalfMonths halfMonths(const json &parent, const char *key, const std::string &field, double hi, bool required)
{
    auto it = parent.find(key);
    if (it == parent.end() || it->is_null()) {
        if (required)
            fail(field, InputErrorCode::Missing, "a month count 0–" + std::to_string(static_cast<int>(hi)));
        return 0;
    }
    const std::string allowed = "0–" + std::to_string(static_cast<int>(hi)) + " in whole or half months";
    if (!it->is_number())
        fail(field, InputErrorCode::WrongType, "a number " + allowed, shown(*it));
    const double d = it->get<double>();
    if (!std::isfinite(d) || d < 0 || d > hi)
        fail(field, InputErrorCode::OutOfRange, allowed, shown(*it));
    const double twice = d * 2;
    if (std::fabs(twice - std::nearbyint(twice)) > 1e-9)
        fail(field, InputErrorCode::BadFormat, allowed, shown(*it));
    return static_cast<HalfMonths>(std::nearbyint(twice));
}

// Fractions in the case file (0.6, 0.025) become ppm.
Ppm fraction(const json &v, const std::string &field, double lo, double hi, const std::string &allowed)
{
    return scaledNumber(v, field, 6, lo, hi, allowed);
}

InsuranceKind kindValue(const std::string &s, const std::string &field)
{
    if (s == "employee")
        return InsuranceKind::Employee;
    if (s == "flexible")
        return InsuranceKind::Flexible;
    fail(field, InputErrorCode::NotOneOf, "employee, flexible", s);
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
            fail(field, InputErrorCode::BadFormat,
                 "\"statutory\", a month YYYY-MM, {\"earlyMonths\": N} or {\"lateMonths\": N}", s);
        r.kind = RetireKind::Month;
        r.month = *ym;
        return r;
    }
    if (v.is_object() && v.size() == 1) {
        const bool early = v.contains("earlyMonths");
        const bool late = v.contains("lateMonths");
        if (early || late) {
            const json &n = v.begin().value();
            const std::string f = field + (early ? ".earlyMonths" : ".lateMonths");
            if (!n.is_number_integer())
                fail(f, InputErrorCode::WrongType, "a whole number of months 0–36", shown(n));
            const auto months = n.get<std::int64_t>();
            if (months < 0 || months > 36)
                fail(f, InputErrorCode::OutOfRange, "0–36 months (the 弹性 window is at most 3 years)", shown(n));
            r.kind = early ? RetireKind::Early : RetireKind::Late;
            r.months = static_cast<int>(months);
            return r;
        }
    }
    fail(field, InputErrorCode::BadFormat,
         "\"statutory\", a month YYYY-MM, {\"earlyMonths\": N} or {\"lateMonths\": N}", shown(v));
}

// ---- limits and checks shared by every source of a case (case files, batch rows) ---------------------------

struct Limit {
    double lo, hi;
    const char *allowed;
};

constexpr Limit kIndex{0.1, 3.0, "0.1–3.0"};
constexpr Limit kBalance{0, 1e8, "0–100000000 yuan"};
constexpr Limit kGrade{0.6, 3.0, "0.6–3.0 (60%–300% of the average wage)"};
constexpr Limit kPensionBase{100, 100000, "100–100000 yuan"};
constexpr Limit kLocalItem{0, 100000, "0–100000 yuan a month, at most 2 decimals"};
constexpr const char *kTracks = "male-60, female-55, female-50";

Sex sexValue(const std::string &s, const std::string &field)
{
    if (s == "male")
        return Sex::Male;
    if (s == "female")
        return Sex::Female;
    fail(field, InputErrorCode::NotOneOf, "male, female", s);
}

std::string trackValue(const std::string &s, const std::string &field)
{
    if (s != "male-60" && s != "female-55" && s != "female-50")
        fail(field, InputErrorCode::NotOneOf, kTracks, s);
    return s;
}

void checkPerson(const Case &c)
{
    if (c.person.name.size() > 200)
        fail("person.name", InputErrorCode::OutOfRange, "at most 200 bytes");
    if (c.person.birth.year() < 1920)
        fail("person.birth", InputErrorCode::OutOfRange, "1920-01 or later", c.person.birth.toString());
    if (c.person.birth.plus(16 * 12) > c.asOf.plus(60 * 12) || !(c.person.birth < c.asOf))
        fail("person.birth", InputErrorCode::Inconsistent, "before asOf", c.person.birth.toString());
    if ((c.person.track == "male-60") != (c.person.sex == Sex::Male))
        fail("person.track", InputErrorCode::Inconsistent,
             c.person.sex == Sex::Male ? "male-60 for a man" : "female-55 or female-50 for a woman", c.person.track);
    if (!c.person.idNumber.empty())
        if (auto e = checkIdNumber(c.person.idNumber, c.person.birth, "person.idNumber"))
            throw Bad{*e};
}

void checkInsurance(const Case &c)
{
    if (c.firstContribution && *c.firstContribution < c.person.birth.plus(14 * 12))
        fail("insurance.firstContribution", InputErrorCode::Inconsistent, "at age 14 or later",
             c.firstContribution->toString());
    if (c.firstContribution && c.asOf < *c.firstContribution)
        fail("insurance.firstContribution", InputErrorCode::Inconsistent, "on or before asOf",
             c.firstContribution->toString());
    if (c.accountStart && c.accountStart->year() < 1990)
        fail("insurance.accountStart", InputErrorCode::OutOfRange, "1990-01 or later", c.accountStart->toString());
}

void checkRecord(const Record &rec, bool hasIndex, bool hasBalance)
{
    if (rec.deemed + rec.preAccount + rec.account > 2 * 720)
        fail("record.accountMonths", InputErrorCode::OutOfRange, "at most 720 months in all");
    if (rec.account > 0 && !hasIndex)
        fail("record.averageIndex", InputErrorCode::Missing, "0.1–3.0 with at most 4 decimals");
    const auto lowest = static_cast<Ppm>(kIndex.lo * kPpmOne);
    if (rec.account > 0 && (rec.averageIndex < lowest || rec.averageIndex > static_cast<Ppm>(kIndex.hi * kPpmOne)))
        fail("record.averageIndex", InputErrorCode::OutOfRange, kIndex.allowed,
             formatScaled(rec.averageIndex / 100, 4));
    if (!hasBalance)
        fail("record.accountBalance", InputErrorCode::Missing, kBalance.allowed);
    if (rec.accountBalance < 0 || rec.accountBalance > static_cast<Fen>(kBalance.hi * 100))
        fail("record.accountBalance", InputErrorCode::OutOfRange, kBalance.allowed, formatFen(rec.accountBalance));
}

// A plan period against asOf and the period before it.
// The transitional months are part of the record's months: 视同 + 建账前 at most, N实98 within the account's.
void checkTransitionMonths(const Record &rec)
{
    if (rec.transitionMonths && *rec.transitionMonths > rec.deemed + rec.preAccount + rec.account)
        fail("record.transitionMonths", InputErrorCode::Inconsistent,
             "at most deemedMonths + preAccountMonths + accountMonths", std::to_string(*rec.transitionMonths / 2));
    if (rec.transitionPaidMonths && *rec.transitionPaidMonths > rec.preAccount + rec.account)
        fail("record.transitionPaidMonths", InputErrorCode::Inconsistent, "at most preAccountMonths + accountMonths",
             std::to_string(*rec.transitionPaidMonths / 2));
}

void checkPeriod(const Case &c, std::size_t i)
{
    const std::string at = "plan.contributions[" + std::to_string(i) + "]";
    const PlanPeriod &pp = c.plan.contributions[i];
    if (!(c.asOf < pp.from))
        fail(at + ".from", InputErrorCode::Inconsistent, "after asOf (" + c.asOf.toString() + ")", pp.from.toString());
    if (pp.until && *pp.until < pp.from)
        fail(at + ".until", InputErrorCode::Inconsistent, "on or after from (" + pp.from.toString() + ")",
             pp.until->toString());
    if (pp.grade < static_cast<Ppm>(kGrade.lo * kPpmOne) || pp.grade > static_cast<Ppm>(kGrade.hi * kPpmOne))
        fail(at + ".grade", InputErrorCode::OutOfRange, kGrade.allowed, formatFraction(pp.grade));
    if (i > 0) {
        const PlanPeriod &prev = c.plan.contributions[i - 1];
        if (!prev.until || !(*prev.until < pp.from))
            fail(at + ".from", InputErrorCode::Inconsistent, "after the previous period ends", pp.from.toString());
    }
}

// A number written as text (a batch column): the syntax, then the limit, like a JSON number.
std::int64_t decimalText(const std::string &text, const std::string &field, int scale, const Limit &limit)
{
    auto wide = parseScaled(text, 9);
    if (!wide)
        fail(field, InputErrorCode::WrongType, std::string("a number ") + limit.allowed, text);
    const double v = static_cast<double>(*wide) / 1e9;
    if (v < limit.lo || v > limit.hi)
        fail(field, InputErrorCode::OutOfRange, limit.allowed, text);
    auto scaled = parseScaled(text, scale);
    if (!scaled)
        fail(field, InputErrorCode::BadFormat, "at most " + std::to_string(scale) + " decimals, " + limit.allowed,
             text);
    return *scaled;
}

HalfMonths halvesText(const std::string &text, const std::string &field)
{
    const Limit months{0, 720, "0–720 in whole or half months"};
    const std::int64_t tenths = decimalText(text, field, 1, months);
    if (tenths % 5 != 0)
        fail(field, InputErrorCode::BadFormat, months.allowed, text);
    return static_cast<HalfMonths>(tenths / 5);
}

Case parse(const json &doc)
{
    if (!doc.is_object())
        fail("", InputErrorCode::WrongType, "a JSON object");
    allowKeys(doc, "",
              {"format", "region", "asOf", "calculatedOn", "person", "insurance", "record", "history", "plan",
               "assumptions", "overrides", "compare", "note", "expect"});
    Case c;
    const std::string format = reqString(doc, "format", "format", "pension-case/1");
    if (format != "pension-case/1")
        fail("format", InputErrorCode::NotOneOf, "pension-case/1", format);
    c.region = reqString(doc, "region", "region", "a region id such as shandong or hebei/leting");
    if (c.region.empty() || c.region.size() > 64 || !std::all_of(c.region.begin(), c.region.end(), [](char ch) {
            return (ch >= 'a' && ch <= 'z') || ch == '-' || ch == '/';
        }))
        fail("region", InputErrorCode::BadFormat, "a region id such as shandong or hebei/leting", c.region);
    c.asOf = monthValue(reqString(doc, "asOf", "asOf", "YYYY-MM"), "asOf");
    c.calculatedOn = optMonth(doc, "calculatedOn", "calculatedOn");
    // A sheet cannot be computed before the statement it is computed from.
    if (c.calculatedOn && *c.calculatedOn < c.asOf)
        fail("calculatedOn", InputErrorCode::Inconsistent, "on or after asOf (" + c.asOf.toString() + ")",
             c.calculatedOn->toString());

    const json &person = object(doc, "person", "person", true);
    allowKeys(person, "person", {"name", "idNumber", "sex", "birth", "track"});
    c.person.name = optString(person, "name", "person.name").value_or("");
    if (c.person.name.size() > 200)
        fail("person.name", InputErrorCode::OutOfRange, "at most 200 bytes");
    c.person.sex = sexValue(reqString(person, "sex", "person.sex", "male, female"), "person.sex");
    c.person.birth = monthValue(reqString(person, "birth", "person.birth", "YYYY-MM"), "person.birth");
    c.person.track = trackValue(reqString(person, "track", "person.track", kTracks), "person.track");
    c.person.idNumber = optString(person, "idNumber", "person.idNumber").value_or("");
    checkPerson(c);

    const json &ins = object(doc, "insurance", "insurance", true);
    allowKeys(ins, "insurance", {"kind", "firstContribution", "accountStart", "deemedMonths"});
    c.kind = kindValue(reqString(ins, "kind", "insurance.kind", "employee, flexible"), "insurance.kind");
    c.firstContribution = optMonth(ins, "firstContribution", "insurance.firstContribution");
    c.accountStart = optMonth(ins, "accountStart", "insurance.accountStart");
    checkInsurance(c);
    c.historyDeemed = halfMonths(ins, "deemedMonths", "insurance.deemedMonths", 720, false);

    const bool hasRecord = doc.contains("record") && !doc["record"].is_null();
    const bool hasHistory = doc.contains("history") && !doc["history"].is_null();
    if (hasRecord == hasHistory)
        fail(hasRecord ? "history" : "record", InputErrorCode::Inconsistent, "exactly one of record, history");
    if (hasRecord && c.historyDeemed != 0)
        fail("insurance.deemedMonths", InputErrorCode::Inconsistent, "given in record.deemedMonths with a record");
    if (hasRecord) {
        const json &r = object(doc, "record", "record", true);
        allowKeys(r, "record",
                  {"deemedMonths", "preAccountMonths", "accountMonths", "averageIndex", "accountBalance",
                   "transitionIndex", "transitionMonths", "transitionPaidMonths", "localItems"});
        Record rec;
        rec.deemed = halfMonths(r, "deemedMonths", "record.deemedMonths", 720, false);
        rec.preAccount = halfMonths(r, "preAccountMonths", "record.preAccountMonths", 720, false);
        rec.account = halfMonths(r, "accountMonths", "record.accountMonths", 720, true);
        auto idx = r.find("averageIndex");
        const bool hasIndex = idx != r.end() && !idx->is_null();
        if (hasIndex)
            rec.averageIndex = scaledNumber(*idx, "record.averageIndex", 4, 0, kIndex.hi, kIndex.allowed) * 100;
        rec.accountBalance =
            optNumber(r, "accountBalance", "record.accountBalance", 2, kBalance.lo, kBalance.hi, kBalance.allowed)
                .value_or(0);
        checkRecord(rec, hasIndex, r.contains("accountBalance"));
        if (auto it = r.find("transitionIndex"); it != r.end() && !it->is_null())
            rec.transitionIndex = scaledNumber(*it, "record.transitionIndex", 4, 0, kIndex.hi, kIndex.allowed) * 100;
        if (r.contains("transitionMonths") && !r["transitionMonths"].is_null())
            rec.transitionMonths = halfMonths(r, "transitionMonths", "record.transitionMonths", 720, true);
        if (r.contains("transitionPaidMonths") && !r["transitionPaidMonths"].is_null())
            rec.transitionPaidMonths = halfMonths(r, "transitionPaidMonths", "record.transitionPaidMonths", 720, true);
        checkTransitionMonths(rec);
        const json &items = object(r, "localItems", "record.localItems", false);
        for (auto it = items.begin(); !items.is_null() && it != items.end(); ++it) {
            const std::string field = "record.localItems." + it.key();
            if (it.key().empty() || it.key().size() > 64 || !std::all_of(it.key().begin(), it.key().end(), [](char ch) {
                    return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-';
                }))
                fail(field, InputErrorCode::BadFormat, "an item id of the region's pack (a-z, 0-9, -)", it.key());
            rec.localItems[it.key()] =
                scaledNumber(it.value(), field, 2, kLocalItem.lo, kLocalItem.hi, kLocalItem.allowed);
        }
        c.record = rec;
    } else {
        auto h = doc.find("history");
        if (!h->is_array())
            fail("history", InputErrorCode::WrongType, "an array of {year, months, monthlyBase}");
        if (h->empty())
            fail("history", InputErrorCode::Missing, "at least one year");
        if (h->size() > 120)
            fail("history", InputErrorCode::OutOfRange, "at most 120 rows");
        for (std::size_t i = 0; i < h->size(); ++i) {
            const std::string at = "history[" + std::to_string(i) + "]";
            const json &row = (*h)[i];
            if (!row.is_object())
                fail(at, InputErrorCode::WrongType, "an object {year, months, monthlyBase}", shown(row));
            allowKeys(row, at,
                      {"year", "months", "monthlyBase", "baseTotal", "averageWage", "accountCredit", "firstMonth"});
            HistoryRow hr;
            auto y = row.find("year");
            if (y == row.end())
                fail(at + ".year", InputErrorCode::Missing, "a year 1950–" + std::to_string(c.asOf.year()));
            if (!y->is_number_integer())
                fail(at + ".year", InputErrorCode::WrongType, "a whole year", shown(*y));
            const auto year = y->get<std::int64_t>();
            if (year < 1950 || year > c.asOf.year())
                fail(at + ".year", InputErrorCode::OutOfRange,
                     "1950–" + std::to_string(c.asOf.year()) + " (not after asOf)", shown(*y));
            hr.year = static_cast<int>(year);
            if (!c.history.empty() && hr.year <= c.history.back().year)
                fail(at + ".year", InputErrorCode::Inconsistent, "years in increasing order, each once", shown(*y));
            hr.months = halfMonths(row, "months", at + ".months", 12, true);
            if (hr.months == 0)
                fail(at + ".months", InputErrorCode::OutOfRange, "0.5–12", "0");
            const int monthsAvailable = hr.year == c.asOf.year() ? c.asOf.month() : 12;
            if (hr.months > 2 * monthsAvailable)
                fail(at + ".months", InputErrorCode::OutOfRange,
                     "at most " + std::to_string(monthsAvailable) + " (the year ends at asOf)", shown(row["months"]));
            auto base = optNumber(row, "monthlyBase", at + ".monthlyBase", 2, 0.01, 1e6, "0.01–1000000 yuan");
            auto total = optNumber(row, "baseTotal", at + ".baseTotal", 2, 0.01, 1.2e7, "0.01–12000000 yuan");
            if (base && total)
                fail(at + ".baseTotal", InputErrorCode::Inconsistent, "only one of monthlyBase, baseTotal");
            if (!base && !total)
                fail(at + ".monthlyBase", InputErrorCode::Missing, "0.01–1000000 yuan");
            // A year's total base is spread evenly over its months, to the fen (the record keeps the total).
            hr.monthlyBase = base ? *base : divRound(static_cast<Wide>(*total) * 2, hr.months);
            hr.baseTotal = total;
            hr.averageWage = optNumber(row, "averageWage", at + ".averageWage", 2, 1, 1e6, "1–1000000 yuan");
            hr.accountCredit = optNumber(row, "accountCredit", at + ".accountCredit", 2, 0, 1e7, "0–10000000 yuan");
            if (auto fm = row.find("firstMonth"); fm != row.end()) {
                if (!fm->is_number_integer() || fm->get<std::int64_t>() < 1 || fm->get<std::int64_t>() > 12)
                    fail(at + ".firstMonth", InputErrorCode::OutOfRange, "1–12", shown(*fm));
                hr.firstMonth = fm->get<int>();
                if (*hr.firstMonth - 1 + (hr.months + 1) / 2 > monthsAvailable)
                    fail(at + ".firstMonth", InputErrorCode::Inconsistent, "months must fit in the year", shown(*fm));
            }
            c.history.push_back(hr);
        }
    }

    const json &plan = object(doc, "plan", "plan", true);
    allowKeys(plan, "plan", {"retire", "retireReason", "contributions"});
    auto retire = plan.find("retire");
    if (retire == plan.end() || retire->is_null())
        fail("plan.retire", InputErrorCode::Missing,
             "\"statutory\", a month YYYY-MM, {\"earlyMonths\": N} or {\"lateMonths\": N}");
    c.plan.retire = retireValue(*retire, "plan.retire");
    if (auto reason = optString(plan, "retireReason", "plan.retireReason")) {
        if (*reason == "normal")
            c.plan.reason = RetireReason::Normal;
        else if (*reason == "special-type")
            c.plan.reason = RetireReason::SpecialType;
        else if (*reason == "illness")
            c.plan.reason = RetireReason::Illness;
        else
            fail("plan.retireReason", InputErrorCode::NotOneOf, "normal, special-type, illness", *reason);
    }
    if (auto periods = plan.find("contributions"); periods != plan.end() && !periods->is_null()) {
        if (!periods->is_array())
            fail("plan.contributions", InputErrorCode::WrongType, "an array of {from, until, grade, kind}");
        if (periods->size() > 50)
            fail("plan.contributions", InputErrorCode::OutOfRange, "at most 50 periods");
        for (std::size_t i = 0; i < periods->size(); ++i) {
            const std::string at = "plan.contributions[" + std::to_string(i) + "]";
            const json &p = (*periods)[i];
            if (!p.is_object())
                fail(at, InputErrorCode::WrongType, "an object {from, until, grade, kind}", shown(p));
            allowKeys(p, at, {"from", "until", "grade", "kind"});
            PlanPeriod pp;
            pp.from = monthValue(reqString(p, "from", at + ".from", "YYYY-MM after asOf"), at + ".from");
            const std::string until = reqString(p, "until", at + ".until", "YYYY-MM or \"retirement\"");
            if (until != "retirement")
                pp.until = monthValue(until, at + ".until");
            auto g = p.find("grade");
            if (g == p.end() || g->is_null())
                fail(at + ".grade", InputErrorCode::Missing, kGrade.allowed);
            pp.grade = fraction(*g, at + ".grade", kGrade.lo, kGrade.hi, kGrade.allowed);
            pp.kind = kindValue(reqString(p, "kind", at + ".kind", "employee, flexible"), at + ".kind");
            c.plan.contributions.push_back(pp);
            checkPeriod(c, c.plan.contributions.size() - 1);
        }
    }

    const json &as = object(doc, "assumptions", "assumptions", false);
    if (!as.is_null()) {
        allowKeys(as, "assumptions", {"wageGrowth", "accountInterest", "pensionIncrease", "inflation"});
        auto opt = [&](const char *key, double lo, double hi, const char *allowed) -> std::optional<Ppm> {
            auto it = as.find(key);
            if (it == as.end() || it->is_null())
                return std::nullopt;
            return fraction(*it, std::string("assumptions.") + key, lo, hi, allowed);
        };
        c.assumptions.wageGrowth = opt("wageGrowth", -0.1, 0.2, "-0.1–0.2 (a yearly fraction, 0.03 = 3%)");
        c.assumptions.accountInterest = opt("accountInterest", -0.05, 0.2, "-0.05–0.2 (a yearly fraction)");
        c.assumptions.pensionIncrease = opt("pensionIncrease", -0.05, 0.2, "-0.05–0.2 (a yearly fraction)");
        c.assumptions.inflation = opt("inflation", -0.1, 0.3, "-0.1–0.3 (a yearly fraction)");
    }
    const json &ov = object(doc, "overrides", "overrides", false);
    if (!ov.is_null()) {
        allowKeys(ov, "overrides", {"pensionBase", "annuityMonths", "transitionRate", "localPensionBase"});
        c.overrides.localPensionBase = optNumber(ov, "localPensionBase", "overrides.localPensionBase", 2,
                                                 kPensionBase.lo, kPensionBase.hi, kPensionBase.allowed);
        c.overrides.pensionBase = optNumber(ov, "pensionBase", "overrides.pensionBase", 2, kPensionBase.lo,
                                            kPensionBase.hi, kPensionBase.allowed);
        if (auto m = optNumber(ov, "annuityMonths", "overrides.annuityMonths", 1, 1, 300, "1–300 with one decimal"))
            c.overrides.annuityMonthsTenths = static_cast<int>(*m);
        if (auto it = ov.find("transitionRate"); it != ov.end() && !it->is_null())
            c.overrides.transitionRate =
                fraction(*it, "overrides.transitionRate", 0, 0.02, "0–0.02 (a fraction, 0.013 = 1.3%)");
    }
    if (auto e = readCompare(doc, c.compare))
        throw Bad{*e};
    return c;
}

} // namespace

std::string InputError::describe() const
{
    std::string what;
    switch (code) {
    case InputErrorCode::Missing: what = "missing; expected " + allowed; break;
    case InputErrorCode::WrongType: what = "wrong type; expected " + allowed; break;
    case InputErrorCode::BadFormat: what = "bad format; expected " + allowed; break;
    case InputErrorCode::OutOfRange: what = "out of range; allowed " + allowed; break;
    case InputErrorCode::NotOneOf: what = "not allowed; one of " + allowed; break;
    case InputErrorCode::Inconsistent: what = "inconsistent; must be " + allowed; break;
    case InputErrorCode::UnknownField: what = "unknown field"; break;
    case InputErrorCode::NotJson: what = "not valid JSON (" + allowed + ")"; break;
    case InputErrorCode::IdLength: what = "an ID number has 18 characters"; break;
    case InputErrorCode::IdCheckDigit: what = "wrong check digit"; break;
    case InputErrorCode::DuplicateKey: what = "given more than once"; break;
    case InputErrorCode::TooDeep: what = "nested too deep; at most " + allowed + " levels"; break;
    case InputErrorCode::IdBirth: what = "birth date disagrees with " + allowed; break;
    }
    std::string line = (field.empty() ? std::string("case") : field) + ": " + what;
    if (!got.empty())
        line += " (got \"" + got + "\")";
    return line;
}

std::optional<YearMonth> birthFromIdNumber(std::string_view id)
{
    if (id.size() != 18)
        return std::nullopt;
    const std::string ym = std::string(id.substr(6, 4)) + "-" + std::string(id.substr(10, 2));
    return YearMonth::parse(ym);
}

std::string maskIdNumber(std::string_view id)
{
    // As on the report: the region code (6) and the last 4 characters; the birth date and sequence hidden. A value
    // that is not plain ASCII is hidden whole (one star a byte would split a character).
    const bool ascii = std::all_of(id.begin(), id.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
    if (!ascii) {
        std::size_t chars = 0;
        for (char ch : id)
            chars += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1 : 0;
        return std::string(std::min<std::size_t>(chars, 40), '*');
    }
    if (id.size() <= 10)
        return std::string(id.size(), '*');
    const std::size_t shownLength = std::min<std::size_t>(id.size(), 40);
    return std::string(id.substr(0, 6)) + std::string(shownLength - 10, '*') + std::string(id.substr(id.size() - 4));
}

std::optional<InputError> checkIdNumber(std::string_view id, std::optional<YearMonth> birth, const char *field)
{
    // GB 11643-1999 citizen identity number: 17 digits + ISO 7064 MOD 11-2 check character. Messages show the
    // number masked and never the right check character: an error line must not complete someone's ID number.
    if (id.size() != 18)
        return InputError{field, InputErrorCode::IdLength, "18", maskIdNumber(id)};
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (id[i] < '0' || id[i] > '9')
            return InputError{field, InputErrorCode::BadFormat, "17 digits and a check digit 0–9 or X",
                              maskIdNumber(id)};
        sum += (id[i] - '0') * weights[i];
    }
    const char expected = checks[sum % 11];
    const char got = id[17] == 'x' ? 'X' : id[17];
    if (got != expected)
        // `allowed` keeps the right character for the program (the form may mark the field); no message shows it.
        return InputError{field, InputErrorCode::IdCheckDigit, std::string(1, expected), maskIdNumber(id)};
    auto encoded = birthFromIdNumber(id);
    const int day = (id[12] - '0') * 10 + (id[13] - '0');
    // The day must exist in that month: 1970-11-31 and 1971-02-29 do not.
    static constexpr int monthDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int lastDay = 0;
    if (encoded) {
        const int y = encoded->year();
        const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        lastDay = monthDays[encoded->month() - 1] + (encoded->month() == 2 && leap ? 1 : 0);
    }
    if (!encoded || day < 1 || day > lastDay)
        return InputError{field, InputErrorCode::BadFormat, "a valid birth date in characters 7–14", maskIdNumber(id)};
    if (birth && *encoded != *birth)
        return InputError{field, InputErrorCode::IdBirth, "person.birth (" + birth->toString() + ")", maskIdNumber(id)};
    return std::nullopt;
}

CaseOrError caseFromFlat(const FlatCase &f)
{
    try {
        Case c;
        c.region = f.region;
        if (c.region.empty() || c.region.size() > 64 || !std::all_of(c.region.begin(), c.region.end(), [](char ch) {
                return (ch >= 'a' && ch <= 'z') || ch == '-' || ch == '/';
            }))
            fail("region", InputErrorCode::BadFormat, "a region id such as shandong or hebei/leting", c.region);
        c.asOf = monthValue(f.asOf, "asOf");
        c.person.name = f.name;
        c.person.idNumber = f.idNumber;
        c.person.sex = sexValue(f.sex, "person.sex");
        c.person.birth = monthValue(f.birth, "person.birth");
        c.person.track = trackValue(f.track, "person.track");
        checkPerson(c);
        c.kind = kindValue(f.kind, "insurance.kind");
        if (!f.firstContribution.empty())
            c.firstContribution = monthValue(f.firstContribution, "insurance.firstContribution");
        if (!f.accountStart.empty())
            c.accountStart = monthValue(f.accountStart, "insurance.accountStart");
        checkInsurance(c);
        Record rec;
        if (!f.deemedMonths.empty())
            rec.deemed = halvesText(f.deemedMonths, "record.deemedMonths");
        if (!f.preAccountMonths.empty())
            rec.preAccount = halvesText(f.preAccountMonths, "record.preAccountMonths");
        if (f.accountMonths.empty())
            fail("record.accountMonths", InputErrorCode::Missing, "a month count 0–720");
        rec.account = halvesText(f.accountMonths, "record.accountMonths");
        if (!f.averageIndex.empty())
            rec.averageIndex =
                decimalText(f.averageIndex, "record.averageIndex", 4, Limit{0, kIndex.hi, kIndex.allowed}) * 100;
        if (!f.accountBalance.empty())
            rec.accountBalance = decimalText(f.accountBalance, "record.accountBalance", 2, kBalance);
        checkRecord(rec, !f.averageIndex.empty(), !f.accountBalance.empty());
        if (!f.transitionIndex.empty())
            rec.transitionIndex =
                decimalText(f.transitionIndex, "record.transitionIndex", 4, Limit{0, kIndex.hi, kIndex.allowed}) * 100;
        if (!f.transitionMonths.empty())
            rec.transitionMonths = halvesText(f.transitionMonths, "record.transitionMonths");
        checkTransitionMonths(rec);
        c.record = rec;
        c.plan.retire = f.retire;
        if (f.grade && (!f.stopAfterYears || *f.stopAfterYears > 0)) {
            PlanPeriod p;
            p.from = c.asOf.plus(1);
            if (f.stopAfterYears)
                p.until = c.asOf.plus(12 * *f.stopAfterYears);
            p.grade = *f.grade;
            p.kind = c.kind;
            c.plan.contributions.push_back(p);
            checkPeriod(c, 0);
        }
        if (!f.pensionBase.empty())
            c.overrides.pensionBase = decimalText(f.pensionBase, "overrides.pensionBase", 2, kPensionBase);
        if (!f.localPensionBase.empty())
            c.overrides.localPensionBase =
                decimalText(f.localPensionBase, "overrides.localPensionBase", 2, kPensionBase);
        return c;
    } catch (const Bad &b) {
        return b.error;
    }
}

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
    try {
        return parse(doc);
    } catch (const Bad &b) {
        return b.error;
    } catch (const json::exception &e) {
        return InputError{"", InputErrorCode::WrongType, e.what(), ""};
    }
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
                throw InputError{childPath(), InputErrorCode::TooDeep, std::to_string(maxDepth), ""};
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
                    throw InputError{childPath(), InputErrorCode::DuplicateKey, "", ""};
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
    json doc;
    try {
        doc = parseStrictJson(text, kMaxJsonDepth);
    } catch (const InputError &e) {
        return e;
    } catch (const json::parse_error &e) {
        // Where the text stops being JSON, as a person finds it in an editor: line and column.
        const std::size_t at = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
        const std::string_view before = text.substr(0, at);
        const auto line = 1 + std::count(before.begin(), before.end(), '\n');
        const auto lastBreak = before.rfind('\n');
        const auto column = at - (lastBreak == std::string_view::npos ? 0 : lastBreak + 1) + 1;
        return InputError{"", InputErrorCode::NotJson,
                          "line " + std::to_string(line) + ", column " + std::to_string(column), ""};
    } catch (const json::exception &) {
        // A number too large for a double (1e400) and the like.
        return InputError{"", InputErrorCode::NotJson, "a number out of range", ""};
    }
    try {
        return parse(doc);
    } catch (const Bad &b) {
        return b.error;
    } catch (const json::exception &e) {
        return InputError{"", InputErrorCode::WrongType, e.what(), ""};
    }
}

namespace {

json fractionJson(Ppm p)
{
    return json::parse(formatFraction(p));
}

json halfJson(HalfMonths h)
{
    if (h % 2 == 0)
        return h / 2;
    return h / 2.0;
}

json fenJson(Fen f)
{
    return json::parse(formatFen(f));
}

const char *kindName(InsuranceKind k)
{
    return k == InsuranceKind::Employee ? "employee" : "flexible";
}

} // namespace

std::string writeCase(const Case &c)
{
    json doc = json::object();
    doc["format"] = "pension-case/1";
    doc["region"] = c.region;
    doc["asOf"] = c.asOf.toString();
    if (c.calculatedOn)
        doc["calculatedOn"] = c.calculatedOn->toString();
    json person = json::object();
    if (!c.person.name.empty())
        person["name"] = c.person.name;
    if (!c.person.idNumber.empty())
        person["idNumber"] = c.person.idNumber;
    person["sex"] = c.person.sex == Sex::Male ? "male" : "female";
    person["birth"] = c.person.birth.toString();
    person["track"] = c.person.track;
    doc["person"] = person;
    json ins = json::object();
    ins["kind"] = kindName(c.kind);
    if (c.firstContribution)
        ins["firstContribution"] = c.firstContribution->toString();
    if (c.accountStart)
        ins["accountStart"] = c.accountStart->toString();
    if (c.historyDeemed)
        ins["deemedMonths"] = halfJson(c.historyDeemed);
    doc["insurance"] = ins;
    if (c.record) {
        json r = json::object();
        r["deemedMonths"] = halfJson(c.record->deemed);
        r["preAccountMonths"] = halfJson(c.record->preAccount);
        r["accountMonths"] = halfJson(c.record->account);
        r["averageIndex"] = fractionJson(c.record->averageIndex);
        r["accountBalance"] = fenJson(c.record->accountBalance);
        if (c.record->transitionIndex)
            r["transitionIndex"] = fractionJson(*c.record->transitionIndex);
        if (c.record->transitionMonths)
            r["transitionMonths"] = halfJson(*c.record->transitionMonths);
        if (c.record->transitionPaidMonths)
            r["transitionPaidMonths"] = halfJson(*c.record->transitionPaidMonths);
        if (!c.record->localItems.empty()) {
            json items = json::object();
            for (const auto &[id, amount] : c.record->localItems)
                items[id] = fenJson(amount);
            r["localItems"] = items;
        }
        doc["record"] = r;
    } else {
        json rows = json::array();
        for (const auto &h : c.history) {
            json row = json::object();
            row["year"] = h.year;
            row["months"] = halfJson(h.months);
            if (h.baseTotal)
                row["baseTotal"] = fenJson(*h.baseTotal);
            else
                row["monthlyBase"] = fenJson(h.monthlyBase);
            if (h.averageWage)
                row["averageWage"] = fenJson(*h.averageWage);
            if (h.accountCredit)
                row["accountCredit"] = fenJson(*h.accountCredit);
            if (h.firstMonth)
                row["firstMonth"] = *h.firstMonth;
            rows.push_back(row);
        }
        doc["history"] = rows;
    }
    json plan = json::object();
    switch (c.plan.retire.kind) {
    case RetireKind::Statutory: plan["retire"] = "statutory"; break;
    case RetireKind::Month: plan["retire"] = c.plan.retire.month.toString(); break;
    case RetireKind::Early: plan["retire"] = json{{"earlyMonths", c.plan.retire.months}}; break;
    case RetireKind::Late: plan["retire"] = json{{"lateMonths", c.plan.retire.months}}; break;
    }
    if (c.plan.reason != RetireReason::Normal)
        plan["retireReason"] = c.plan.reason == RetireReason::SpecialType ? "special-type" : "illness";
    json periods = json::array();
    for (const auto &p : c.plan.contributions)
        periods.push_back({{"from", p.from.toString()},
                           {"until", p.until ? p.until->toString() : std::string("retirement")},
                           {"grade", fractionJson(p.grade)},
                           {"kind", kindName(p.kind)}});
    plan["contributions"] = periods;
    doc["plan"] = plan;
    json as = json::object();
    if (c.assumptions.wageGrowth)
        as["wageGrowth"] = fractionJson(*c.assumptions.wageGrowth);
    if (c.assumptions.accountInterest)
        as["accountInterest"] = fractionJson(*c.assumptions.accountInterest);
    if (c.assumptions.pensionIncrease)
        as["pensionIncrease"] = fractionJson(*c.assumptions.pensionIncrease);
    if (c.assumptions.inflation)
        as["inflation"] = fractionJson(*c.assumptions.inflation);
    if (!as.empty())
        doc["assumptions"] = as;
    json ov = json::object();
    if (c.overrides.pensionBase)
        ov["pensionBase"] = fenJson(*c.overrides.pensionBase);
    if (c.overrides.annuityMonthsTenths)
        ov["annuityMonths"] = json::parse(formatScaled(*c.overrides.annuityMonthsTenths, 1));
    if (c.overrides.transitionRate)
        ov["transitionRate"] = fractionJson(*c.overrides.transitionRate);
    if (c.overrides.localPensionBase)
        ov["localPensionBase"] = fenJson(*c.overrides.localPensionBase);
    if (!ov.empty())
        doc["overrides"] = ov;
    writeCompare(c.compare, doc);
    return doc.dump(2) + "\n";
}

} // namespace pension
