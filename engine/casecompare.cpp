#include "casecompare.h"
#include "case_json.h"
#include "law.h"

#include <cmath>
#include <string>

namespace pension {

using nlohmann::json;

namespace {

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
        return InputError{at, InputErrorCode::WrongType, Allowed::format(Shape::ComparePlan), shown(p)};
    for (auto it = p.begin(); it != p.end(); ++it)
        if (it.key() != "grade" && it.key() != "stopAfterYears" && it.key() != "retire")
            return InputError{at + "." + it.key(), InputErrorCode::UnknownField, {}, ""};

    const std::string gradeField = at + ".grade";
    const Allowed gradeAllowed = Allowed::grade();
    auto g = p.find("grade");
    if (g == p.end() || g->is_null())
        return InputError{gradeField, InputErrorCode::Missing, gradeAllowed, ""};
    if (!g->is_number())
        return InputError{gradeField, InputErrorCode::WrongType, gradeAllowed, shown(*g)};
    const double d = g->get<double>();
    if (!std::isfinite(d) || d < static_cast<double>(law::kMinGrade) / kPpmOne ||
        d > static_cast<double>(law::kMaxGrade) / kPpmOne)
        return InputError{gradeField, InputErrorCode::OutOfRange, gradeAllowed, shown(*g)};
    const auto ppm = scaledFromDouble(d, 6);
    if (!ppm)
        return InputError{gradeField, InputErrorCode::BadFormat, gradeAllowed.withDecimals(6), shown(*g)};
    plan.grade = static_cast<Ppm>(*ppm);

    if (auto s = p.find("stopAfterYears"); s != p.end() && !s->is_null()) {
        const std::string field = at + ".stopAfterYears";
        const Allowed allowed =
            Allowed::range(Number::whole(0), Number::whole(kMaxCompareStopYears), AllowedUnit::Years).withDecimals(0);
        if (!s->is_number_integer())
            return InputError{field, InputErrorCode::WrongType, allowed, shown(*s)};
        const auto years = s->get<std::int64_t>();
        if (years < 0 || years > kMaxCompareStopYears)
            return InputError{field, InputErrorCode::OutOfRange, allowed, shown(*s)};
        plan.stopAfterYears = static_cast<int>(years);
    }

    const std::string retireField = at + ".retire";
    auto r = p.find("retire");
    if (r == p.end() || r->is_null())
        return InputError{retireField, InputErrorCode::Missing, Allowed::format(Shape::RetireChoice), ""};
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
        return InputError{"compare", InputErrorCode::WrongType, Allowed::format(Shape::ComparePlans), shown(*list)};
    if (list->size() > kMaxComparePlans)
        return InputError{"compare", InputErrorCode::OutOfRange, Allowed::format(Shape::ComparePlans), shown(*list)};
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
