#include "benefit.h"

#include <cmath>

namespace pension {

Ppm roundIndex(double index)
{
    return static_cast<Ppm>(std::floor(index * 10'000 + 0.5 + 1e-9)) * 100;
}

Benefit computeBenefit(const BenefitInput &in)
{
    Benefit b;
    // 指数化月平均缴费工资 = 计发基数 × 平均缴费指数, to the fen.
    b.indexedWage = divRound(static_cast<Wide>(in.pensionBase) * in.averageIndex, kPpmOne);
    b.contributionYearsCenti = yearsCenti(in.contributed);
    b.transitionYearsCenti = yearsCenti(in.transition);
    // 国发〔2005〕38号: 基础养老金 = (计发基数 + 指数化月平均缴费工资) / 2 × 缴费年限 × 1%.
    b.monthly.basic = divRound(static_cast<Wide>(in.pensionBase + b.indexedWage) * b.contributionYearsCenti,
                               2 * 100 * 100);
    // 个人账户养老金 = 个人账户储存额 / 计发月数.
    b.monthly.account = in.annuityMonthsTenths > 0
                            ? divRound(static_cast<Wide>(in.accountBalance) * 10, in.annuityMonthsTenths)
                            : 0;
    // 鲁政发〔2006〕92号 / 冀劳社〔2006〕67号: 过渡性养老金 = 指数化月平均缴费工资 × (视同 + 建账前) 年限 × 1.3%.
    b.monthly.transitional =
        divRound(static_cast<Wide>(b.indexedWage) * b.transitionYearsCenti * in.transitionRate, 100 * kPpmOne);
    b.monthly.total = b.monthly.basic + b.monthly.account + b.monthly.transitional;
    return b;
}

} // namespace pension
