#pragma once
// 计发月数 (annuity divisor): the months over which the personal account is paid out.

#include "params.h"

namespace pension {

// 国发〔2005〕38号 annex, by whole age; for ages in months (after the 2024 decision) the value is interpolated
// linearly between neighbouring ages and rounded half up to one decimal, a rule inferred from 11 real benefit
// sheets (the ministry's notice was not found). Returns tenths of a month: 60y4m -> 1367.
int annuityMonthsTenths(const ParameterSet &params, int ageMonths);

} // namespace pension
