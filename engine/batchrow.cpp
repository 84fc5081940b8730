#include "batchrow.h"

#include "law.h"

#include <algorithm>
#include <cstdlib>

namespace pension {

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

bool csvRecordComplete(std::string_view line)
{
    // The same reading as splitCsv: a quote opens a field only at its start; "" inside a quoted field is a quote.
    bool quoted = false, atStart = true;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"')
                    ++i;
                else
                    quoted = false;
            }
        } else if (c == '"' && atStart) {
            quoted = true;
            atStart = false;
        } else if (c == ',') {
            atStart = true;
        } else {
            atStart = false;
        }
    }
    return !quoted;
}

bool startsLikeFormula(std::string_view text)
{
    return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

std::string csvField(std::string_view text)
{
    // A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a formula: such text gets a
    // leading apostrophe, which spreadsheets show as text and do not evaluate.
    std::string safe;
    if (startsLikeFormula(text)) {
        safe = "'" + std::string(text);
        text = safe;
    }
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
    {"transitionIndex", "record.transitionIndex", Kind::Number, false},
    {"transitionMonths", "record.transitionMonths", Kind::Halves, false},
    {"localPensionBase", "overrides.localPensionBase", Kind::Number, false},
    {"indexedWage", "record.indexedWage", Kind::Number, false},
    {"deemedAccount", "record.deemedAccount", Kind::Number, false},
    {"deemedIndex", "record.deemedIndex", Kind::Number, false},
    {"preAccountIndexSum", "record.preAccountIndexSum", Kind::Number, false},
    {"oldIndexedWage", "record.oldIndexedWage", Kind::Number, false},
    {"oldMethodShare", "record.oldMethodShare", Kind::Number, false},
    {"oldMethodIndex", "record.oldMethodIndex", Kind::Number, false},
    {"localItemClaims", "record.localItemClaims", Kind::String, false},
    {"oldMethodTransitional", "record.oldMethodTransitional", Kind::Number, false},
    {"notionalCredits", "record.notionalCredits", Kind::Number, false},
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
            if (n.empty() || n.size() > 2 ||
                !std::all_of(n.begin(), n.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
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
        return InputError{"header", InputErrorCode::BadFormat, Allowed::format(Shape::CsvHeader),
                          std::string(line.substr(0, 40))};
    if (line.find_first_not_of(" \t\r") == std::string_view::npos)
        return InputError{"header", InputErrorCode::Missing, Allowed::format(Shape::HeaderLine), ""};
    BatchHeader h;
    for (auto &f : *fields) {
        const auto known =
            std::find_if(std::begin(kColumns), std::end(kColumns), [&](const Column &c) { return f == c.name; });
        if (known == std::end(kColumns))
            return InputError{f, InputErrorCode::UnknownField, {}, ""};
        if (h.column(f) >= 0)
            return InputError{f, InputErrorCode::Inconsistent, Allowed::of(Allowed::Kind::EachOnce), f};
        h.names.push_back(f);
        h.known.push_back(static_cast<int>(known - std::begin(kColumns)));
    }
    for (const Column &c : kColumns)
        if (c.required && h.column(c.name) < 0)
            return InputError{c.name, InputErrorCode::Missing, Allowed::of(Allowed::Kind::Column, {c.name}), ""};
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
        const InputError bad{"--plans", InputErrorCode::BadFormat, Allowed::format(Shape::PlansOption), p.label};
        if (!parts[0].empty()) {
            auto g = parseScaled(parts[0], 6);
            if (!g || *g < law::kMinGrade || *g > law::kMaxGrade)
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
        return InputError{"--plans", InputErrorCode::Missing, Allowed::atLeast(Number::whole(1), AllowedUnit::Plans),
                          ""};
    return plans;
}

CaseOrError caseFromBatchRow(const BatchHeader &header, const std::vector<std::string> &fields, const BatchPlan &plan)
{
    if (fields.size() != header.names.size())
        return InputError{"row", InputErrorCode::Inconsistent,
                          Allowed::count(Allowed::Kind::FieldCount, static_cast<std::int64_t>(header.names.size())),
                          std::to_string(fields.size())};
    FlatCase f;
    // Column name → the text field it fills (the header was checked: every name is known).
    std::string *slots[] = {nullptr,
                            &f.name,
                            &f.idNumber,
                            &f.region,
                            &f.asOf,
                            &f.sex,
                            &f.birth,
                            &f.track,
                            &f.kind,
                            &f.firstContribution,
                            &f.accountStart,
                            &f.deemedMonths,
                            &f.preAccountMonths,
                            &f.accountMonths,
                            &f.averageIndex,
                            &f.accountBalance,
                            nullptr,
                            nullptr,
                            nullptr,
                            &f.pensionBase,
                            &f.transitionIndex,
                            &f.transitionMonths,
                            &f.localPensionBase,
                            &f.indexedWage,
                            &f.deemedAccount,
                            &f.deemedIndex,
                            &f.preAccountIndexSum,
                            &f.oldIndexedWage,
                            &f.oldMethodShare,
                            &f.oldMethodIndex,
                            &f.localItemClaims,
                            &f.oldMethodTransitional,
                            &f.notionalCredits};
    static_assert(std::size(slots) == std::size(kColumns));
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string &value = fields[i];
        if (value.empty())
            continue;
        const auto k = static_cast<std::size_t>(header.known[i]);
        const std::string_view name = kColumns[k].name;
        if (name == "grade") {
            auto g = parseScaled(value, 6);
            if (!g || *g < law::kMinGrade || *g > law::kMaxGrade)
                return InputError{"grade", InputErrorCode::OutOfRange, Allowed::grade(), value};
            f.grade = *g;
        } else if (name == "stopAfterYears") {
            auto y = parseScaled(value, 0);
            if (!y || *y < 0 || *y > 60)
                return InputError{"stopAfterYears", InputErrorCode::OutOfRange,
                                  Allowed::range(Number::whole(0), Number::whole(60), AllowedUnit::Years), value};
            f.stopAfterYears = static_cast<int>(*y);
        } else if (name == "retire") {
            auto r = retireOf(value);
            if (!r)
                return InputError{"retire", InputErrorCode::BadFormat, Allowed::format(Shape::RetireColumn), value};
            f.retire = *r;
        } else if (slots[k]) {
            *slots[k] = value;
        }
    }
    if (plan.grade)
        f.grade = plan.grade;
    if (plan.stopAfterYears)
        f.stopAfterYears = plan.stopAfterYears;
    if (plan.retire)
        f.retire = *plan.retire;
    CaseOrError result = caseFromFlat(f);
    if (auto *e = std::get_if<InputError>(&result))
        e->field = columnOf(e->field);
    return result;
}

} // namespace pension
