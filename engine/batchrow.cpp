#include "batchrow.h"

#include "case_json.h"

#include <algorithm>
#include <cstdlib>

namespace pension {

using nlohmann::json;

std::optional<std::vector<std::string>> splitCsv(std::string_view line)
{
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false, wasQuoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"' && field.empty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
            wasQuoted = false;
        } else if (c != '\r' || i + 1 != line.size()) {
            field += c;
        }
    }
    if (quoted)
        return std::nullopt;
    fields.push_back(std::move(field));
    return fields;
}

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\n\r") == std::string_view::npos)
        return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

namespace {

// Column → where it goes in the case, and how it is read.
enum class Kind { String, Number, Halves };
struct Column {
    const char *name;
    const char *path; // "person.birth"
    Kind kind;
    bool required;
};

constexpr Column kColumns[] = {
    {"id", "", Kind::String, true},
    {"name", "person.name", Kind::String, false},
    {"idNumber", "person.idNumber", Kind::String, false},
    {"region", "region", Kind::String, true},
    {"asOf", "asOf", Kind::String, true},
    {"sex", "person.sex", Kind::String, true},
    {"birth", "person.birth", Kind::String, true},
    {"track", "person.track", Kind::String, true},
    {"kind", "insurance.kind", Kind::String, true},
    {"firstContribution", "insurance.firstContribution", Kind::String, false},
    {"accountStart", "insurance.accountStart", Kind::String, false},
    {"deemedMonths", "record.deemedMonths", Kind::Halves, false},
    {"preAccountMonths", "record.preAccountMonths", Kind::Halves, false},
    {"accountMonths", "record.accountMonths", Kind::Halves, true},
    {"averageIndex", "record.averageIndex", Kind::Number, false},
    {"accountBalance", "record.accountBalance", Kind::Number, true},
    {"retire", "plan.retire", Kind::String, false},
    {"grade", "", Kind::Number, false},
    {"stopAfterYears", "", Kind::Number, false},
    {"pensionBase", "overrides.pensionBase", Kind::Number, false},
};

std::string columnOf(const std::string &field)
{
    for (const Column &c : kColumns)
        if (field == c.path)
            return c.name;
    if (field.rfind("plan.contributions", 0) == 0)
        return field.find(".grade") != std::string::npos ? "grade" : "stopAfterYears";
    if (field.rfind("plan.retire", 0) == 0)
        return "retire";
    return field;
}

std::optional<RetireChoice> retireOf(std::string_view t)
{
    RetireChoice c;
    if (t == "statutory")
        return c;
    for (auto [prefix, kind] : {std::pair{std::string_view("early"), RetireKind::Early},
                                std::pair{std::string_view("late"), RetireKind::Late}})
        if (t.substr(0, prefix.size()) == prefix) {
            const std::string_view n = t.substr(prefix.size());
            if (n.empty() || n.size() > 2 || !std::all_of(n.begin(), n.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
                return std::nullopt;
            c.kind = kind;
            c.months = std::atoi(std::string(n).c_str());
            return c.months <= 36 ? std::optional(c) : std::nullopt;
        }
    if (auto ym = YearMonth::parse(t)) {
        c.kind = RetireKind::Month;
        c.month = *ym;
        return c;
    }
    return std::nullopt;
}

json retireJson(const RetireChoice &c)
{
    switch (c.kind) {
    case RetireKind::Statutory: return "statutory";
    case RetireKind::Month: return c.month.toString();
    case RetireKind::Early: return json{{"earlyMonths", c.months}};
    case RetireKind::Late: return json{{"lateMonths", c.months}};
    }
    return "statutory";
}

void setPath(json &doc, std::string_view path, json value)
{
    json *at = &doc;
    while (true) {
        const auto dot = path.find('.');
        if (dot == std::string_view::npos) {
            (*at)[std::string(path)] = std::move(value);
            return;
        }
        at = &(*at)[std::string(path.substr(0, dot))];
        path = path.substr(dot + 1);
    }
}

} // namespace

int BatchHeader::column(std::string_view name) const
{
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name)
            return static_cast<int>(i);
    return -1;
}

std::variant<BatchHeader, InputError> readBatchHeader(std::string_view line)
{
    if (line.size() >= 3 && line.substr(0, 3) == "\xEF\xBB\xBF")
        line.remove_prefix(3);
    auto fields = splitCsv(line);
    if (!fields)
        return InputError{"header", InputErrorCode::BadFormat, "a CSV header line", std::string(line.substr(0, 40))};
    BatchHeader h;
    for (auto &f : *fields) {
        const bool known = std::any_of(std::begin(kColumns), std::end(kColumns), [&](const Column &c) { return f == c.name; });
        if (!known)
            return InputError{f, InputErrorCode::UnknownField, "", ""};
        if (h.column(f) >= 0)
            return InputError{f, InputErrorCode::Inconsistent, "each column once", f};
        h.names.push_back(f);
    }
    for (const Column &c : kColumns)
        if (c.required && h.column(c.name) < 0)
            return InputError{c.name, InputErrorCode::Missing, "a column named " + std::string(c.name), ""};
    return h;
}

std::variant<std::vector<BatchPlan>, InputError> readBatchPlans(std::string_view text)
{
    std::vector<BatchPlan> plans;
    while (!text.empty()) {
        const auto comma = text.find(',');
        const std::string_view item = text.substr(0, comma);
        text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
        BatchPlan p;
        p.label = std::string(item);
        std::string_view parts[3];
        std::size_t n = 0;
        std::string_view rest = item;
        while (n < 3) {
            const auto colon = rest.find(':');
            parts[n++] = rest.substr(0, colon);
            if (colon == std::string_view::npos)
                break;
            rest = rest.substr(colon + 1);
        }
        const InputError bad{"--plans", InputErrorCode::BadFormat,
                             "grade[:years[:retire]] separated by commas, e.g. 0.6,1.0:10,3.0::late12", p.label};
        if (!parts[0].empty()) {
            auto g = parseScaled(parts[0], 6);
            if (!g || *g < 600'000 || *g > 3'000'000)
                return bad;
            p.grade = *g;
        }
        if (n > 1 && !parts[1].empty()) {
            auto y = parseScaled(parts[1], 0);
            if (!y || *y < 0 || *y > 60)
                return bad;
            p.stopAfterYears = static_cast<int>(*y);
        }
        if (n > 2 && !parts[2].empty()) {
            p.retire = retireOf(parts[2]);
            if (!p.retire)
                return bad;
        }
        plans.push_back(std::move(p));
    }
    if (plans.empty())
        return InputError{"--plans", InputErrorCode::Missing, "at least one plan", ""};
    return plans;
}

CaseOrError caseFromBatchRow(const BatchHeader &header, const std::vector<std::string> &fields, const BatchPlan &plan)
{
    if (fields.size() != header.names.size())
        return InputError{"row", InputErrorCode::Inconsistent,
                          std::to_string(header.names.size()) + " fields like the header", std::to_string(fields.size())};
    json doc = {{"format", "pension-case/1"}};
    std::optional<Ppm> grade;
    std::optional<int> stop;
    std::optional<RetireChoice> retire;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string &name = header.names[i];
        const std::string &value = fields[i];
        if (value.empty())
            continue;
        const Column *col = nullptr;
        for (const Column &c : kColumns)
            if (name == c.name)
                col = &c;
        if (name == "grade") {
            auto g = parseScaled(value, 6);
            if (!g || *g < 600'000 || *g > 3'000'000)
                return InputError{"grade", InputErrorCode::OutOfRange, "0.6–3.0 (60%–300% of the average wage)", value};
            grade = *g;
            continue;
        }
        if (name == "stopAfterYears") {
            auto y = parseScaled(value, 0);
            if (!y || *y < 0 || *y > 60)
                return InputError{"stopAfterYears", InputErrorCode::OutOfRange, "a whole number of years 0–60", value};
            stop = static_cast<int>(*y);
            continue;
        }
        if (name == "retire") {
            retire = retireOf(value);
            if (!retire)
                return InputError{"retire", InputErrorCode::BadFormat, "statutory, earlyN, lateN (N ≤ 36) or YYYY-MM", value};
            continue;
        }
        if (!col || !*col->path)
            continue;
        if (col->kind == Kind::String) {
            setPath(doc, col->path, value);
        } else {
            // Numbers are read by the case reader's own rules; here only their syntax.
            auto v = parseScaled(value, 9);
            if (!v)
                return InputError{name, InputErrorCode::WrongType, "a number", value};
            setPath(doc, col->path, json::parse(value.front() == '+' ? value.substr(1) : value,
                                                nullptr, false));
        }
    }
    if (plan.grade)
        grade = plan.grade;
    if (plan.stopAfterYears)
        stop = plan.stopAfterYears;
    if (plan.retire)
        retire = plan.retire;
    setPath(doc, "plan.retire", retireJson(retire.value_or(RetireChoice{})));
    auto asOf = doc.contains("asOf") && doc["asOf"].is_string() ? YearMonth::parse(doc["asOf"].get<std::string>())
                                                                : std::nullopt;
    json periods = json::array();
    if (grade && asOf && (!stop || *stop > 0)) {
        json period = {{"from", asOf->plus(1).toString()},
                       {"until", stop ? asOf->plus(12 * *stop).toString() : std::string("retirement")},
                       {"grade", static_cast<double>(*grade) / 1e6},
                       {"kind", doc.contains("insurance") && doc["insurance"].contains("kind") ? doc["insurance"]["kind"]
                                                                                              : json("flexible")}};
        periods.push_back(period);
    }
    setPath(doc, "plan.contributions", periods);
    CaseOrError result = readCaseJson(doc);
    if (auto *e = std::get_if<InputError>(&result))
        e->field = columnOf(e->field);
    return result;
}

} // namespace pension
