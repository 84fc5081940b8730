#pragma once
// Calendar months as one integer, so month arithmetic is plain addition.

#include <optional>
#include <string>
#include <string_view>

namespace pension {

struct YearMonth {
    int serial = 0; // year * 12 + (month - 1)

    static constexpr YearMonth of(int year, int month) { return YearMonth{year * 12 + month - 1}; }
    constexpr int year() const { return serial / 12; }
    constexpr int month() const { return serial % 12 + 1; }
    constexpr YearMonth plus(int months) const { return YearMonth{serial + months}; }
    constexpr auto operator<=>(const YearMonth &) const = default;

    // "YYYY-MM", years 1900..2200.
    static std::optional<YearMonth> parse(std::string_view text);
    std::string toString() const;
};

constexpr int monthsBetween(YearMonth from, YearMonth to)
{
    return to.serial - from.serial;
}

// An age or a duration in whole months, shown as years and months.
struct YearsMonths {
    int years = 0;
    int months = 0;
    static constexpr YearsMonths of(int totalMonths) { return {totalMonths / 12, totalMonths % 12}; }
    constexpr int total() const { return years * 12 + months; }
};

} // namespace pension
