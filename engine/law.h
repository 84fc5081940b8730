#pragma once
// The constants of the national law the program relies on, each defined once with the regulation that sets it.
// A province's pack may carry its own figure (floorRate, personalAccountRate, …); these are the national values
// used where the pack gives none, and the limits a case's grade must keep.

#include "money.h"

namespace pension::law {

// 缴费基数上下限: the contribution base lies between 60% and 300% of the average wage
// (国办发〔2019〕13号《降低社会保险费率综合方案》). A plan's grade is that fraction.
inline constexpr Ppm kMinGrade = 600'000;   // 60%
inline constexpr Ppm kMaxGrade = 3'000'000; // 300%

// 个人账户: 8% of the contribution base goes to the personal account, all of it from the employee's
// own 8% (国发〔2005〕38号).
inline constexpr Ppm kPersonalAccountRate = 80'000; // 8%
inline constexpr Ppm kEmployeeRate = 80'000;        // 8%
// 灵活就业人员: 20% of the base, 8% of it to the personal account and 12% to the pooled fund (国发〔2005〕38号).
inline constexpr Ppm kFlexibleRate = 200'000;                                      // 20%
inline constexpr Ppm kFlexibleToAccountRate = 80'000;                              // 8%
inline constexpr Ppm kFlexibleToPoolRate = kFlexibleRate - kFlexibleToAccountRate; // 12%
// 单位缴费: 16% of the wage bill (国办发〔2019〕13号).
inline constexpr Ppm kEmployerRate = 160'000; // 16%

// low-index-scaled (广东, the pack cites the rule): below an average index of 0.6 the plain base is scaled.
inline constexpr Ppm kLowIndexThreshold = 600'000;

} // namespace pension::law
