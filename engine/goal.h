#pragma once
// Goal seeking: the lowest grade for a target monthly pension at each payment length, the years needed at a grade,
// and back-solving a statement's average index or account balance from the figures of a benefit sheet.
// Also the options of a person short of the minimum years.

#include "compare.h"
#include "projection.h"

#include <optional>
#include <vector>

namespace pension {

struct GoalRow {
    int stopAfterYears = 0;
    bool reachable = false;
    Ppm grade = 0;       // the lowest grade (to 0.1%) that reaches the target, if reachable
    Fen monthly = 0;     // the pension at that grade
    Fen outOfPocket = 0; // what it costs the person
    bool eligible = true;
};

struct GoalAnswer {
    Fen target = 0;
    std::vector<GoalRow> byLength;   // lowest grade per payment length
    std::optional<int> yearsAtGrade; // years needed at `grade` (when asked)
    Ppm grade = 0;
    Fen monthlyAtYears = 0;
    Fen costAtYears = 0;
};

// For every payment length 0…years to retirement, under the case's retirement choice and insurance kind.
GoalAnswer seekGoal(const Prepared &p, Fen target, std::optional<Ppm> atGrade);

// Back-solving a sheet: every 4-decimal index whose basic pension rounds to `basic` (empty when none does).
struct IndexRange {
    bool found = false;
    Ppm low = 0, high = 0; // ppm, multiples of 100
};
IndexRange solveAverageIndex(Fen pensionBase, int contributionYearsCenti, Fen basic);

// The range of account balances whose account pension rounds to `accountPension`.
struct BalanceRange {
    Fen low = 0, high = 0;
};
BalanceRange solveAccountBalance(Fen accountPension, int annuityMonthsTenths);

// A person short of the minimum (社会保险法 第十六条; 人社部令第13号; 办法 第二条).
struct ShortfallOption {
    Ppm grade = 0;
    int months = 0;
    Fen cost = 0; // paying on as a flexible worker from the month after retirement
    YearMonth reachedMonth;
};
struct Shortfall {
    bool shortOfMinimum = false;
    int shortMonths = 0;
    std::vector<ShortfallOption> payOn; // per standard grade
    bool oneOffAllowed = false;         // insured before 2011-07-01 and still short after five years' extension
    int oneOffMonths = 0;               // months that may be paid at once after 60 months of extension
    Fen accountToResidentScheme = 0; // the account transferred whole to the resident scheme (人社部发〔2014〕17号)
    std::vector<Step> steps;         // the months short and the cost at the lowest and highest grade
};
Shortfall shortfallOptions(const Prepared &p, const Result &r);

} // namespace pension
