#include "allowed.h"

#include "law.h"
#include "money.h"

namespace pension {

Number Number::fraction(std::int64_t ppm)
{
    Number n{ppm, 6};
    while (n.scale > 1 && n.value % 10 == 0) {
        n.value /= 10;
        --n.scale;
    }
    return n;
}

std::string Number::text() const
{
    if (value == 0)
        return "0";
    return formatScaled(value, scale);
}

Allowed Allowed::grade()
{
    return range(Number::fraction(law::kMinGrade), Number::fraction(law::kMaxGrade), AllowedUnit::Grade);
}

namespace {

std::string joined(const std::vector<std::string> &names, const char *separator)
{
    std::string out;
    for (const auto &n : names)
        out += (out.empty() ? "" : separator) + n;
    return out;
}

std::string percent(const Number &fraction)
{
    // 0.6 -> "60%": the fraction's digits moved two places.
    std::int64_t v = fraction.value;
    int scale = fraction.scale - 2;
    for (; scale < 0; ++scale)
        v *= 10;
    return Number{v, scale}.text() + "%";
}

const char *unitWord(AllowedUnit u)
{
    switch (u) {
    case AllowedUnit::Yuan: return " yuan";
    case AllowedUnit::YuanMonthly: return " yuan a month";
    case AllowedUnit::HalfMonths: return " in whole or half months";
    case AllowedUnit::Months: return " months";
    case AllowedUnit::Years: return " years";
    case AllowedUnit::Bytes: return " bytes";
    case AllowedUnit::Rows: return " rows";
    case AllowedUnit::Periods: return " periods";
    case AllowedUnit::Plans: return " plans (grades × payment lengths × retirement choices)";
    case AllowedUnit::Levels: return " levels";
    default: return "";
    }
}

std::string bound(const Number &n, AllowedUnit u)
{
    return u == AllowedUnit::Month ? YearMonth{static_cast<int>(n.value)}.toString() : n.text();
}

} // namespace

std::string Allowed::decimalsWords() const
{
    if (decimals == 0)
        return " in whole numbers";
    if (decimals == 1)
        return " with at most one decimal";
    return decimals >= 0 ? " with at most " + std::to_string(decimals) + " decimals" : std::string();
}

std::string Allowed::describe() const
{
    const std::string text = phrase();
    return text.empty() ? text : text + decimalsWords();
}

std::string Allowed::phrase() const
{
    switch (kind) {
    case Kind::None: return {};
    case Kind::Range: {
        std::string r = bound(lo, unit) + (unit == AllowedUnit::Month ? "…" : "–") + bound(hi, unit);
        if (unit == AllowedUnit::Grade)
            r += " (" + percent(lo) + "–" + percent(hi) + " of the average wage)";
        else if (unit == AllowedUnit::YearlyRate)
            r += " (a yearly fraction, 0.03 = 3%)";
        else if (unit == AllowedUnit::Rate)
            r += " (a fraction, 0.013 = 1.3%)";
        else
            r += unitWord(unit);
        return r;
    }
    case Kind::AtMost:
        return "at most " + bound(hi, unit) + (unit == AllowedUnit::HalfMonths ? " months" : unitWord(unit));
    case Kind::AtLeast:
        if (unit == AllowedUnit::Month || unit == AllowedUnit::Year)
            return bound(lo, unit) + " or later";
        if (lo.value == 1 && lo.scale == 0 && (unit == AllowedUnit::Rows || unit == AllowedUnit::Plans))
            return unit == AllowedUnit::Rows ? "at least one row" : "at least one plan";
        return "at least " + bound(lo, unit) + unitWord(unit);
    case Kind::OneOf: return joined(names, ", ");
    case Kind::Format:
        switch (shape) {
        case Shape::Month: return "YYYY-MM";
        case Shape::MonthOrRetirement: return "YYYY-MM or \"retirement\"";
        case Shape::RegionId: return "a region id such as shandong or hebei/leting";
        case Shape::ItemId: return "an item id of the region's pack (a-z, 0-9, -)";
        case Shape::RetireChoice: return "\"statutory\", a month YYYY-MM, {\"earlyMonths\": N} or {\"lateMonths\": N}";
        case Shape::RetireColumn: return "statutory, earlyN, lateN (N ≤ 36) or YYYY-MM";
        case Shape::PlansOption: return "grade[:years[:retire]] separated by commas, e.g. 0.6,1.0:10,3.0::late12";
        case Shape::IdDigits: return "17 digits and a check digit 0–9 or X";
        case Shape::IdBirthDate: return "a valid birth date in characters 7–14";
        case Shape::Object: return "an object";
        case Shape::String: return "a string";
        case Shape::WholeNumber: return "a whole number";
        case Shape::HistoryRows: return "an array of {year, months, monthlyBase}";
        case Shape::HistoryRow: return "an object {year, months, monthlyBase}";
        case Shape::Periods: return "an array of {from, until, grade, kind}";
        case Shape::Period: return "an object {from, until, grade, kind}";
        case Shape::CsvHeader: return "a CSV header line";
        case Shape::HeaderLine: return "a first line naming the columns (docs/batch.md)";
        case Shape::Encoding: return "UTF-8 or GBK text";
        case Shape::NumberOutOfRange: return "a number out of range";
        case Shape::Amount: return "an amount in yuan";
        case Shape::Year: return "a year YYYY";
        case Shape::InsuranceKind: return "employee or flexible worker";
        case Shape::ComparePlans: return "an array of at most 4 {grade, stopAfterYears, retire}";
        case Shape::ComparePlan: return "an object {grade, stopAfterYears, retire}";
        }
        return {};
    case Kind::Relation: {
        static const char *const words[] = {"before ", "after ", "on or before ", "on or after "};
        std::string r = words[static_cast<int>(relation)] + (names.empty() ? std::string() : names[0]);
        if (!value.empty())
            r += " (" + value + ")";
        return r;
    }
    case Kind::ExactlyOneOf: return "exactly one of " + joined(names, ", ");
    case Kind::OnlyOneOf: return "only one of " + joined(names, ", ");
    case Kind::AtMostSum: return "at most " + joined(names, " + ");
    case Kind::TrackForSex: return joined(names, " or ") + (value == "male" ? " for a man" : " for a woman");
    case Kind::MinAge: return "at age " + lo.text() + " or later";
    case Kind::Position: return "line " + lo.text() + ", column " + hi.text();
    case Kind::Rule: {
        std::string r = names.size() > 1 ? names[0] + ": " + names[1] : std::string();
        if (names.size() > 2 && !names[2].empty())
            r += " (" + names[2] + ")";
        return r;
    }
    case Kind::CheckCharacter: return value;
    case Kind::Column: return "a column named " + (names.empty() ? std::string() : names[0]);
    case Kind::EachOnce: return "each column once";
    case Kind::FieldCount: return lo.text() + " fields like the header";
    case Kind::Increasing: return "years in increasing order, each once";
    case Kind::FitsInYear: return "months must fit in the year";
    case Kind::GivenIn: return "given in " + (names.empty() ? std::string() : names[0]) + " with a record";
    case Kind::NationalTrack:
        return "the tracks of the case's region (male-60, female-55, female-50 and the region's own)";
    case Kind::Birth: return (names.empty() ? std::string() : names[0]) + " (" + value + ")";
    case Kind::ProductOf:
        return (names.empty() ? std::string() : names[0]) + " × the pension base within rounding (" + value + ")";
    }
    return {};
}

} // namespace pension
