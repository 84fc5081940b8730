#pragma once
// The monthly basic pension of 国发〔2005〕38号 with the provinces' 过渡性养老金, rounded as the benefit sheets
// (核定表) of Shandong and Hebei round: years to 2 decimals, the index to 4, each component to the fen.

#include "case.h"
#include "result.h"

namespace pension {

struct BenefitInput {
    Fen pensionBase = 0;             // 计发基数
    Ppm averageIndex = 0;            // 4 decimals, ppm
    HalfMonths contributed = 0;      // 缴费年限 in half months, 视同 included
    HalfMonths transition = 0;       // 视同 + 建账前 months
    Fen accountBalance = 0;
    int annuityMonthsTenths = 1390;
    Ppm transitionRate = 13'000;     // 1.3%
};

struct Benefit {
    Fen indexedWage = 0;
    int contributionYearsCenti = 0;
    int transitionYearsCenti = 0;
    Monthly monthly;
};

// years = round(months / 12, 2)
constexpr int yearsCenti(HalfMonths halves) { return static_cast<int>(divRound(static_cast<Wide>(halves) * 100, 24)); }

Benefit computeBenefit(const BenefitInput &in);

// Rounds an average index to the 4 decimals the sheets show, half up; returns ppm.
Ppm roundIndex(double index);

} // namespace pension
