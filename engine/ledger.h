#pragma once
// The personal account ledger (个人账户): monthly credits, yearly interest at the year's 记账利率 by the 月积数
// method (劳办发〔1997〕116号, recalled: a credit of month m earns interest for months m…December, the opening
// balance for the whole year; in the retirement year both run only to the retirement month), compounded yearly.

#include "case.h"
#include "context.h"
#include "result.h"

namespace pension {

struct Accrual {
    int year = 0;    // the open year
    Fen opening = 0; // balance at the start of `year`, interest of earlier years included
    Fen credits = 0; // credited in `year` so far
    Wide weight = 0; // Σ credit × month number, for the 月积数
    HalfMonths deemed = 0, preAccount = 0, account = 0;
    double indexSum = 0; // Σ base / denominator over account months (half months count half)
    bool indexFromStatement = false;
    Ppm statementIndex = 0; // the statement's index, exact, while no month has been added to it
    // Hebei's yearly method (rules.indexAveraging = yearly-hebei, 冀劳社〔2006〕67号 as cited on Hebei sheets): the
    // average index is the mean of the yearly indices of the years with payment, not of the months.
    bool yearlyIndex = false;
    double yearIndexTotal = 0; // Σ yearly indices of closed years (and of counted pre-account and deemed years)
    int indexYears = 0;
    double openYearSum = 0; // Σ base / denominator over the open year's account months
    HalfMonths openYearMonths = 0;
    Fen personalPaid = 0; // what the person paid in the projected months
    Fen employerPaid = 0; // the employer's share (employees) or the pooled 12% (flexible workers)
    // record.indexedWage: the sheet's W and the indexed base it was paid on (projection.cpp, statementIndexedWage);
    // used while the index is still the statement's. `indexDerived`: the statement gave W and no index, so the
    // index is W / that base.
    std::optional<Fen> statementWage;
    Fen statementWageBase = 0;
    bool indexDerived = false;

    HalfMonths contributed() const { return deemed + preAccount + account; }
    Fen balance() const { return opening + credits; } // interest of the open year not yet credited
};

// The contribution base for a grade in a year: grade × average, to the fen, within the year's floor and ceiling
// (a 60% grade pays the published floor where it is rounded up to the yuan).
Fen baseForGrade(const YearFigures &y, Ppm grade);

struct MonthsPaid {
    Fen base = 0;
    Fen creditPerMonth = 0;
    Fen personalPerMonth = 0;
    Fen employerPerMonth = 0;
};

MonthsPaid contributionFor(const YearFigures &y, Fen base, InsuranceKind kind);

// Adds months firstMonth…lastMonth (1–12) of the open year, all at the same base.
void addMonths(Accrual &a, const YearFigures &y, const MonthsPaid &paid, int firstMonth, int lastMonth,
               bool countsForIndex);

// Ends the open year for the yearly index: its months' mean becomes one yearly index (years without payment are
// left out).
void foldYearIndex(Accrual &a);

// Credits the open year's interest up to `endMonth` (12, or the retirement month) and opens the next year.
// Returns the interest credited.
Fen closeYear(Accrual &a, const YearFigures &y, int endMonth);

} // namespace pension
