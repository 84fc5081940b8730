#pragma once
// Beyond the monthly figure: the pension after retirement with yearly increases (调整退休人员基本养老金), what the
// person pays against what they receive (break-even and lifetime value), in nominal yuan or today's money.

#include "projection.h"

#include <optional>
#include <vector>

namespace pension {

struct IncreaseYear {
    int year = 0;
    Ppm rate = 0; // the national overall level, or (scheme years) the increase ÷ last year's pension
    Status status = Status::Assumed; // published, or the assumption for years with no notice
    Fen monthly = 0;                 // the pension from January of the year (from the first month in year one)
    // Years where the province's scheme is in the pack (调整退休人员基本养老金: 定额 + 挂钩 + 倾斜):
    bool scheme = false;
    Fen fixed = 0;             // 定额
    Fen perYear = 0;           // 挂钩: per full contribution year × years
    Fen percent = 0;           // 挂钩: percent of last December's pension
    Fen tilt = 0;              // 倾斜: by age reached on 31 December of the year before (70, 75, 80)
    bool yearsUnknown = false; // the per-year part needs the contribution years (left out when unknown)
    bool ageUnknown = false;   // the tilt needs the birth month (left out when unknown)
};

// Who the yearly adjustment is computed for: what the province's scheme links to.
struct AdjustmentPerson {
    std::optional<HalfMonths> contributed; // 缴费年限 (视同 included), half months
    std::optional<YearMonth> birth;
};

// The pension year by year from the retirement year to `lastYear`: paid from the month after `retirement`, raised
// each January (the yearly notice covers people retired by 31 December of the year before). A year whose province
// scheme is in the pack (series adjustmentFixed, adjustmentPerYear, adjustmentPercent, adjustmentAge70/75/80) adds
// its fixed, linked and tilted amounts; any other year applies the national overall level (or the assumption) as a
// percentage of the pension. Rounded to the fen each year.
std::vector<IncreaseYear> pensionPath(const Context &ctx, Fen monthly, YearMonth retirement, int lastYear,
                                      const AdjustmentPerson &person = {});

struct LifetimePoint {
    int ageMonths = 0; // age at the end of the year
    int year = 0;
    Fen paid = 0;     // cumulative own payments to the end of the year
    Fen received = 0; // cumulative pension to the end of the year
};

struct AgeTotal {
    int ageYears = 0;
    bool lifeExpectancy = false;
    Fen paid = 0;
    Fen received = 0;
    Fen net = 0; // received − paid
};

struct Lifetime {
    bool todaysMoney = false; // amounts in the calculation date's money (inflation assumption)
    Ppm inflation = 0;
    Ppm increaseAssumption = 0;
    Fen ownPaid = 0; // everything the person paid (history and plan), nominal
    Fen ownPaidFuture = 0;
    Fen employerPaid = 0; // employees: the employer's share of the plan (not the person's money)
    std::optional<int> breakEvenAgeMonths;
    std::optional<YearMonth> breakEvenMonth;
    int lifeExpectancyTenths = 0;
    std::vector<AgeTotal> totals; // at 70, 75, 80, 85, 90 and at life expectancy
    std::vector<LifetimePoint> curve;
    std::vector<IncreaseYear> path; // the pension year by year to age 100
    std::vector<Step> steps;        // how the paid total, the break-even and the lifetime total come about
};

// Uses the result's year table for payments and its final monthly pension (the provisional months are made whole
// by the back pay).
Lifetime lifetimeValue(const Prepared &p, const Result &r, bool todaysMoney);

// Today's money (the calculation date's): an amount of month `m` divided by (1 + inflation)^((m − today)/12). The
// lifetime view's todaysMoney and the result's today's-money figures use it.
Fen deflate(Fen amount, YearMonth m, YearMonth today, Ppm inflation);

// The monthly pension and its parts of the first paid month (the month after retirement) in the calculation date's
// money, with the inflation assumption of the case (or the pack's).
struct MonthlyToday {
    Monthly monthly;
    YearMonth today, paidFrom;
    Ppm inflation = 0;
};
MonthlyToday monthlyInTodaysMoney(const Prepared &p, const Result &r);

// Only the break-even month, for grid cells: the month cumulative pension (with increases, nominal) reaches `paid`.
std::optional<int> breakEvenAgeMonths(const Context &ctx, Fen paid, Fen monthly, YearMonth retirement,
                                      int retirementAge, const AdjustmentPerson &person = {});

} // namespace pension
