#include "casecompare.h"
#include "case_json.h"

#include <cmath>
#include <string>

namespace pension {

using nlohmann::json;

namespace {

constexpr const char *kPlanShape = "an object {grade, stopAfterYears, retire}";

// What a message shows of a value: at most 40 bytes of a string or number, an array or object by its size.
std::string shown(const json &v)
{
    if (v.is_string()) {
        std::string got = v.get<std::string>();
        if (got.size() <= 40)
            return got;
        std::size_t cut = 37;
        while (cut > 0 && (static_cast<unsigned char>(got[cut]) & 0xC0) == 0x80)
            --cut;
        return got.substr(0, cut) + "...";
    }
    if (v.is_array())
        return "[array of " + std::to_string(v.size()) + "]";
    if (v.is_object())
        return "{object of " + std::to_string(v.size()) + "}";
    return v.dump();
}

std::optional<InputError> readPlan(const json &p, const std::string &at, ComparePlan &plan)
{
    if (!p.is_object())
        return InputError{at, InputErrorCode::WrongType, kPlanShape, shown(p)};
    for (auto it = p.begin(); it != p.end(); ++it)
        if (it.key() != "grade" && it.key() != "stopAfterYears" && it.key() != "retire")
            return InputError{at + "." + it.key(), InputErrorCode::UnknownField, "", ""};

    const std::string gradeField = at + ".grade";
    const std::string gradeAllowed = "0.6–3.0 (60%–300% of the average wage)";
    auto g = p.find("grade");
    if (g == p.end() || g->is_null())
        return InputError{gradeField, InputErrorCode::Missing, gradeAllowed, ""};
    if (!g->is_number())
        return InputError{gradeField, InputErrorCode::WrongType, "a number " + gradeAllowed, shown(*g)};
    const double d = g->get<double>();
    if (!std::isfinite(d) || d < 0.6 || d > 3.0)
        return InputError{gradeField, InputErrorCode::OutOfRange, gradeAllowed, shown(*g)};
    const auto ppm = scaledFromDouble(d, 6);
    if (!ppm)
        return InputError{gradeField, InputErrorCode::BadFormat, "at most 6 decimals, " + gradeAllowed, shown(*g)};
    plan.grade = static_cast<Ppm>(*ppm);

    if (auto s = p.find("stopAfterYears"); s != p.end() && !s->is_null()) {
        const std::string field = at + ".stopAfterYears";
        const std::string allowed = "0–" + std::to_string(kMaxCompareStopYears) + " whole years";
        if (!s->is_number_integer())
            return InputError{field, InputErrorCode::WrongType, "a whole number of years", shown(*s)};
        const auto years = s->get<std::int64_t>();
        if (years < 0 || years > kMaxCompareStopYears)
            return InputError{field, InputErrorCode::OutOfRange, allowed, shown(*s)};
        plan.stopAfterYears = static_cast<int>(years);
    }

    const std::string retireField = at + ".retire";
    auto r = p.find("retire");
    if (r == p.end() || r->is_null())
        return InputError{retireField, InputErrorCode::Missing,
                          "\"statutory\", a month YYYY-MM, {\"earlyMonths\": N} or {\"lateMonths\": N}", ""};
    auto retire = readRetireChoice(*r, retireField);
    if (auto *e = std::get_if<InputError>(&retire))
        return *e;
    plan.retire = std::get<RetireChoice>(retire);
    return std::nullopt;
}

json retireJson(const RetireChoice &r)
{
    switch (r.kind) {
    case RetireKind::Month: return r.month.toString();
    case RetireKind::Early: return json{{"earlyMonths", r.months}};
    case RetireKind::Late: return json{{"lateMonths", r.months}};
    case RetireKind::Statutory: break;
    }
    return "statutory";
}

} // namespace

std::optional<InputError> readCompare(const json &doc, std::vector<ComparePlan> &out)
{
    out.clear();
    auto list = doc.find("compare");
    if (list == doc.end() || list->is_null())
        return std::nullopt;
    if (!list->is_array())
        return InputError{"compare", InputErrorCode::WrongType, "an array of {grade, stopAfterYears, retire}",
                          shown(*list)};
    if (list->size() > kMaxComparePlans)
        return InputError{"compare", InputErrorCode::OutOfRange,
                          "at most " + std::to_string(kMaxComparePlans) + " plans", shown(*list)};
    for (std::size_t i = 0; i < list->size(); ++i) {
        ComparePlan plan;
        if (auto e = readPlan((*list)[i], "compare[" + std::to_string(i) + "]", plan))
            return e;
        out.push_back(plan);
    }
    return std::nullopt;
}

void writeCompare(const std::vector<ComparePlan> &plans, json &doc)
{
    if (plans.empty())
        return;
    json list = json::array();
    for (const ComparePlan &p : plans) {
        json o = json::object();
        o["grade"] = json::parse(formatFraction(p.grade));
        if (p.stopAfterYears)
            o["stopAfterYears"] = *p.stopAfterYears;
        o["retire"] = retireJson(p.retire);
        list.push_back(o);
    }
    doc["compare"] = list;
}

} // namespace pension
