#include "ledger.h"

#include <algorithm>

namespace pension {

Fen baseForGrade(const YearFigures &y, Ppm grade)
{
    const Fen base = divRound(static_cast<Wide>(y.average) * grade, kPpmOne);
    return std::clamp(base, std::min(y.floor, y.ceiling), y.ceiling);
}

MonthsPaid contributionFor(const YearFigures &y, Fen base, InsuranceKind kind)
{
    MonthsPaid p;
    p.base = base;
    p.creditPerMonth = divRound(static_cast<Wide>(base) * y.accountRate, kPpmOne);
    if (kind == InsuranceKind::Flexible) {
        // 国发〔2005〕38号: 灵活就业 pay 20% of the base themselves, 8% of it into the personal account.
        p.personalPerMonth = divRound(static_cast<Wide>(base) * y.flexibleRate, kPpmOne);
        p.employerPerMonth = p.personalPerMonth - p.creditPerMonth; // the pooled share
    } else {
        p.personalPerMonth = divRound(static_cast<Wide>(base) * y.employeeRate, kPpmOne);
        p.employerPerMonth = divRound(static_cast<Wide>(base) * y.employerRate, kPpmOne);
    }
    return p;
}

void addMonths(Accrual &a, const YearFigures &y, const MonthsPaid &paid, int firstMonth, int lastMonth,
               bool countsForIndex)
{
    const int n = lastMonth - firstMonth + 1;
    if (n <= 0)
        return;
    a.credits += paid.creditPerMonth * n;
    a.weight += static_cast<Wide>(paid.creditPerMonth) * ((firstMonth + lastMonth) * n / 2);
    a.personalPaid += paid.personalPerMonth * n;
    a.employerPaid += paid.employerPerMonth * n;
    if (countsForIndex) {
        a.account += 2 * n;
        const double monthIndex = static_cast<double>(paid.base) / static_cast<double>(y.denominator);
        a.indexSum += n * monthIndex;
        a.openYearSum += n * monthIndex;
        a.openYearMonths += 2 * n;
        a.indexFromStatement = false;
    } else {
        a.preAccount += 2 * n;
    }
}

void foldYearIndex(Accrual &a)
{
    if (a.openYearMonths > 0) {
        a.yearIndexTotal += a.openYearSum / (a.openYearMonths / 2.0);
        ++a.indexYears;
    }
    a.openYearSum = 0;
    a.openYearMonths = 0;
}

Fen closeYear(Accrual &a, const YearFigures &y, int endMonth)
{
    // Opening balance × r × endMonth/12 + Σ credit_m × r × (endMonth − m + 1)/12, to the fen.
    const Wide monthsWeighted =
        static_cast<Wide>(a.opening) * endMonth + static_cast<Wide>(a.credits) * (endMonth + 1) - a.weight;
    const Fen interest = divRound(monthsWeighted * y.interest, static_cast<Wide>(12) * kPpmOne);
    a.opening += a.credits + interest;
    a.credits = 0;
    a.weight = 0;
    foldYearIndex(a);
    ++a.year;
    return interest;
}

} // namespace pension
