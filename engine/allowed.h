#pragma once
// What an input may be, as data: a kind, numbers with their unit, and the field names or values it refers to.
// The engine says what is allowed; the words layer (texts) says it in the user's language, numbers formatted as
// the screen shows them. `describe()` is a plain English line for logs and tests.

#include "yearmonth.h"

#include <cstdint>
#include <string>
#include <vector>

namespace pension {

// A number as the message shows it: value / 10^scale (0.6 = {6, 1}, 3.0 = {30, 1}, 12 = {12, 0}).
struct Number {
    std::int64_t value = 0;
    int scale = 0;
    // "0.6", "3.0", "-0.05", "100000000": plain decimals, no grouping; 0 is "0" whatever the scale.
    std::string text() const;
    static Number whole(std::int64_t n) { return {n, 0}; }
    // 600000 ppm -> 0.6 (trailing zeros dropped, at least one decimal kept: 3000000 -> 3.0)
    static Number fraction(std::int64_t ppm);
    static Number month(YearMonth m) { return {m.serial, 0}; }
    bool operator==(const Number &) const = default;
};

// The unit of a range's bounds.
enum class AllowedUnit : std::uint8_t {
    None,        // a plain number: an index, a count, a month of the year
    Yuan,        // an amount in yuan (value in fen, scale 2)
    YuanMonthly, // yuan a month (value in fen, scale 2)
    HalfMonths,  // a month count, halves allowed
    Months,      // whole months
    Years,       // whole years
    Year,        // a calendar year
    Month,       // a calendar month (Number::month), shown YYYY-MM
    Grade,       // a contribution grade: a fraction of the average wage, shown with its percentage too
    YearlyRate,  // a yearly fraction (0.03 = 3%)
    Rate,        // a fraction (0.013 = 1.3%)
    Bytes,
    Rows,
    Periods,
    Plans,
    Levels, // nesting levels of a JSON text
};

// The shape a text must have.
enum class Shape : std::uint8_t {
    Month,             // YYYY-MM
    MonthOrRetirement, // YYYY-MM or "retirement"
    RegionId,          // a region id such as shandong or hebei/leting
    ItemId,            // an item id of the region's pack (a-z, 0-9, -)
    RetireChoice,      // "statutory", a month YYYY-MM, {"earlyMonths": N} or {"lateMonths": N}
    RetireColumn,      // statutory, earlyN, lateN (N ≤ 36) or YYYY-MM
    PlansOption,       // grade[:years[:retire]] separated by commas
    IdDigits,          // 17 digits and a check digit 0–9 or X
    IdBirthDate,       // a valid birth date in characters 7–14
    Object,            // a JSON object
    String,            // a string
    WholeNumber,       // a whole number
    HistoryRows,       // an array of {year, months, monthlyBase}
    HistoryRow,        // an object {year, months, monthlyBase}
    Periods,           // an array of {from, until, grade, kind}
    Period,            // an object {from, until, grade, kind}
    CsvHeader,         // a CSV header line
    HeaderLine,        // a first line naming the columns
    Encoding,          // UTF-8 or GBK text
    NumberOutOfRange,  // (not JSON:) a number beyond the range of a double
    Amount,            // an amount in yuan
    Year,              // a year YYYY
    InsuranceKind,     // employee or flexible worker (the form's choice)
    ComparePlans,      // an array of at most 4 {grade, stopAfterYears, retire} (a case file's `compare`)
    ComparePlan,       // an object {grade, stopAfterYears, retire}
};

enum class Relation : std::uint8_t { Before, After, OnOrBefore, OnOrAfter };

struct Allowed {
    enum class Kind : std::uint8_t {
        None,
        Range,          // lo…hi in `unit`; `decimals` ≥ 0: with at most that many decimals
        AtMost,         // hi in `unit`
        AtLeast,        // lo in `unit` (a month: that month or later)
        OneOf,          // one of `names`, the values as written
        Format,         // `shape`
        Relation,       // `relation` the field names[0]; `value`: its value when known
        ExactlyOneOf,   // exactly one of the fields `names`
        OnlyOneOf,      // at most one of the fields `names`
        AtMostSum,      // at most the sum of the fields `names`
        TrackForSex,    // one of the tracks `names`, for person.sex = `value` ("male" or "female")
        MinAge,         // at age lo (whole years) or later
        Position,       // where the text stops being JSON: line lo, column hi
        Rule,           // the region's rule names[0] = names[1] (cited as names[2]) needs this field
        CheckCharacter, // the right ID check character is `value` (only the window's own field shows it)
        Column,         // a column named names[0]
        EachOnce,       // each column once
        FieldCount,     // lo fields, like the header
        Increasing,     // years in increasing order, each once
        FitsInYear,     // the months fit in the year from the first month
        GivenIn,        // given in the field names[0] (with a record)
        NationalTrack,  // a track of the case's region (the national ones and the region's own)
        Birth,          // the birth month in the field names[0], `value`
        ProductOf,      // the field names[0] × the pension base within rounding; `value`: the product worked out
    };
    Kind kind = Kind::None;
    AllowedUnit unit = AllowedUnit::None;
    Number lo, hi;
    int decimals = -1;
    Shape shape = Shape::Month;
    pension::Relation relation = pension::Relation::Before;
    std::vector<std::string> names;
    std::string value;

    static Allowed numbers(Kind k, Number lo, Number hi, AllowedUnit unit = AllowedUnit::None)
    {
        Allowed a;
        a.kind = k;
        a.lo = lo;
        a.hi = hi;
        a.unit = unit;
        return a;
    }
    static Allowed range(Number lo, Number hi, AllowedUnit unit = AllowedUnit::None)
    {
        return numbers(Kind::Range, lo, hi, unit);
    }
    static Allowed atMost(Number hi, AllowedUnit unit) { return numbers(Kind::AtMost, {}, hi, unit); }
    static Allowed atLeast(Number lo, AllowedUnit unit) { return numbers(Kind::AtLeast, lo, {}, unit); }
    static Allowed count(Kind k, std::int64_t n) { return numbers(k, Number::whole(n), {}); }
    static Allowed oneOf(std::vector<std::string> values) { return of(Kind::OneOf, std::move(values)); }
    static Allowed format(Shape s)
    {
        Allowed a;
        a.kind = Kind::Format;
        a.shape = s;
        return a;
    }
    static Allowed related(pension::Relation r, std::string field, std::string value = {})
    {
        Allowed a = of(Kind::Relation, {std::move(field)}, std::move(value));
        a.relation = r;
        return a;
    }
    static Allowed of(Kind k, std::vector<std::string> names = {}, std::string value = {})
    {
        Allowed a;
        a.kind = k;
        a.names = std::move(names);
        a.value = std::move(value);
        return a;
    }
    // A contribution grade: the law's 60%–300% of the average wage (law.h).
    static Allowed grade();

    // The same, with at most `n` decimals.
    Allowed withDecimals(int n) const
    {
        Allowed a = *this;
        a.decimals = n;
        return a;
    }
    // A plain English phrase ("0.6–3.0 (60%–300% of the average wage)"), for logs and tests.
    std::string describe() const;
    bool operator==(const Allowed &) const = default;

private:
    std::string phrase() const;
    std::string decimalsWords() const;
};

} // namespace pension
