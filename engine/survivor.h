#pragma once
// What the family receives if the person dies (社会保险法 第十七条): 丧葬补助金 and 抚恤金 on the province's
// urban per-capita disposable income of the year before death (人社部发〔2021〕18号, as the Leting leaflet applies
// it), and the inheritable remainder of the personal account (社会保险法 第十四条: 个人账户余额可以依法继承).

#include "lifetime.h"
#include "projection.h"
#include "result.h"

#include <vector>

namespace pension {

struct SurvivorAt {
    int ageYears = 0;
    YearMonth deathMonth;
    bool retired = false;
    HalfMonths contributed = 0; // 缴费年限 at death (视同 included)
    int incomeYear = 0;         // the year whose income is the base
    Fen incomeMonthly = 0;      // 城镇居民月人均可支配收入 = annual / 12
    Status incomeStatus = Status::Assumed;
    // false: the region's pack has no urbanDisposableIncome at all; the funeral grant and the survivor pension are
    // then not computed (0, and every view says unknown), the account remainder still is.
    bool incomeKnown = true;
    Fen funeralGrant = 0;      // 丧葬补助金 = 2 months
    int pensionMonths = 0;     // 抚恤金 months
    Fen survivorPension = 0;   // 抚恤金
    Fen ownPaid = 0;           // what the person paid up to the death month (history and plan)
    bool cappedByPaid = false; // under five years: the 抚恤金 limited to ownPaid
    Fen accountRemainder = 0;  // inheritable personal account balance
    Fen total = 0;
    std::vector<Step> steps; // funeral grant, survivor pension and remainder with their numbers
};

// 抚恤金 months for a person still working: under 5 years 3 (at most what they paid), 5–10 years 6, 10–15 years 9,
// then one more per full year above 15, at most 24 (30 years). Retirees: one fewer per full year of pension drawn,
// at least 9. (Leting leaflet's table; national rule 人社部发〔2021〕18号, text not read.)
int survivorPensionMonths(HalfMonths contributed, int yearsDrawn, bool retired);

// For death at each whole age from `fromAge` to `toAge` (the birthday month), under the case's plan.
std::vector<SurvivorAt> survivorBenefits(const Prepared &p, const Plan &plan, const Result &r, int fromAge, int toAge);

} // namespace pension
