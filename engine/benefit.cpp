#include "benefit.h"

#include "law.h"

#include <algorithm>
#include <cmath>

namespace pension {

namespace {

// Division rounding up, for num >= 0 and den > 0.
constexpr Wide ceilDiv(Wide num, Wide den)
{
    return (num + den - 1) / den;
}

// An exact amount num / den (yuan or fen, as the caller keeps it).
struct Exact {
    Wide num = 0;
    Wide den = 1;
};

// record.indexedWage (a sheet that prints W, e.g. 新疆): W itself for the sheet's base; for another base (the final one
// after a 预发 sheet) W × base / sheetBase, rounded as the rule rounds W.
Exact statementWage(Fen printed, Fen sheetBase, Fen base, IndexedWageRounding rounding)
{
    if (base == sheetBase)
        return Exact{printed, 1};
    const Wide exact = static_cast<Wide>(printed) * base;
    return rounding == IndexedWageRounding::Fen ? Exact{divRound(exact, sheetBase), 1} : Exact{exact, sheetBase};
}

// The old method's fixed parts (guangdong-old-method, shenzhen-old-method): the 原办法 divisor K of the 视同缴费账户额,
// the 缴费年限津贴 per whole year and the 100 yuan added by 粤劳社电〔2009〕32号, as the 广东 and 深圳 sheets print
// them.
constexpr Fen kOldMethodDivisor = 120; // also 上海's 虚账实记 / 120
constexpr Fen kYearAllowance = 400;    // 4 yuan
constexpr Fen kOldSupplement = 10'000; // 100 yuan

std::string ppmText(Wide ppm)
{
    return formatScaled(static_cast<std::int64_t>(divRound(ppm, 100)), 4);
}

} // namespace

int Years::centi() const
{
    return static_cast<int>(divRound(static_cast<Wide>(num) * 100, den));
}

Years roundYears(HalfMonths halves, YearsRounding rule)
{
    const Wide h = std::max<HalfMonths>(0, halves);
    switch (rule) {
    case YearsRounding::HalfUp2: return {divRound(h * 100, 24), 100, 2};
    case YearsRounding::HalfUp4: return {divRound(h * 10'000, 24), 10'000, 4};
    case YearsRounding::Unrounded: return {static_cast<std::int64_t>(h), 24, 5};
    case YearsRounding::Up1: return {static_cast<std::int64_t>(ceilDiv(h * 10, 24)), 10, 1};
    case YearsRounding::Up2: return {static_cast<std::int64_t>(ceilDiv(h * 100, 24)), 100, 2};
    // 半段进整: 1–6 months over a whole year count as half a year, 7–11 as a whole one.
    case YearsRounding::UpHalfYear: return {static_cast<std::int64_t>(ceilDiv(h, 12)), 2, 1};
    case YearsRounding::Truncate2: return {static_cast<std::int64_t>(h * 100 / 24), 100, 2};
    case YearsRounding::Truncate0: return {static_cast<std::int64_t>(h / 24), 1, 0};
    }
    return {divRound(h * 100, 24), 100, 2};
}

std::vector<BandPart> yearBandParts(const LocalItem &item, Wide xNum, Wide xDen, const Years &n, MoneyRounding rule)
{
    std::vector<BandPart> out;
    for (std::size_t i = 0; i < item.bands.size(); ++i) {
        const YearBand &band = item.bands[i];
        BandPart part;
        part.over = band.over;
        part.rate = band.rate;
        part.years = Years{0, n.den, n.decimals};
        // A band starts once its first whole year is complete; the next band's start closes it.
        const bool started = n.num >= static_cast<std::int64_t>(band.over + 1) * n.den;
        const bool closed =
            i + 1 < item.bands.size() && n.num >= static_cast<std::int64_t>(item.bands[i + 1].over + 1) * n.den;
        if (closed)
            part.years.num = static_cast<std::int64_t>(item.bands[i + 1].over - band.over) * n.den;
        else if (started)
            part.years.num = n.num - static_cast<std::int64_t>(band.over) * n.den;
        part.amount = roundMoney(xNum * band.rate * part.years.num, xDen * kPpmOne * part.years.den, rule);
        out.push_back(part);
    }
    return out;
}

std::string formatYears(const Years &y)
{
    std::int64_t scale = 1;
    for (int i = 0; i < y.decimals; ++i)
        scale *= 10;
    return formatScaled(divRound(static_cast<Wide>(y.num) * scale, y.den), y.decimals);
}

Ppm roundIndex(double index, int decimals)
{
    decimals = std::clamp(decimals, 0, 6);
    double scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    Ppm step = kPpmOne;
    for (int i = 0; i < decimals; ++i)
        step /= 10;
    return static_cast<Ppm>(std::floor(index * scale + 0.5 + 1e-9)) * step;
}

Fen roundMoney(Wide num, Wide den, MoneyRounding rule)
{
    if (den < 0) {
        num = -num;
        den = -den;
    }
    switch (rule) {
    case MoneyRounding::FenHalfUp: return divRound(num, den);
    case MoneyRounding::JiaoUp:
        // 见分进角: the 厘 and below are dropped, then any fen carries to the next jiao.
        if (num < 0)
            return divRound(num, den);
        return static_cast<Fen>(ceilDiv(num / den, 10) * 10);
    case MoneyRounding::JiaoHalfUp: return divRound(num, den * 10) * 10;
    }
    return divRound(num, den);
}

Fen roundTotal(Fen total, TotalRounding rule)
{
    if (total <= 0)
        return total;
    switch (rule) {
    case TotalRounding::Fen: return total;
    case TotalRounding::JiaoUp: return static_cast<Fen>(ceilDiv(total, 10) * 10);
    case TotalRounding::YuanUp: return static_cast<Fen>(ceilDiv(total, 100) * 100);
    }
    return total;
}

std::optional<InputError> missingBenefitInput(const BenefitInput &in)
{
    const RuleSet &r = in.rules;
    auto needs = [&](RuleKey key) {
        return Allowed::of(Allowed::Kind::Rule, {ruleKeyName(key), ruleName(key, r.value(key)), r.citation(key)});
    };
    // The months the transitional rule counts: without any, there is no transitional pension and no figure is needed.
    const HalfMonths counted = r.transitionMonths == TransitionMonths::DeemedOnly  ? in.deemed
                               : r.transitionMonths == TransitionMonths::Statement ? in.statementTransition.value_or(1)
                                                                                   : in.transition;
    if (r.transitionalFormula == TransitionalFormula::TransitionIndex && !in.transitionIndex && counted > 0)
        return InputError{"record.transitionIndex", InputErrorCode::Missing, needs(RuleKey::TransitionalFormula), ""};
    if (r.transitionalFormula == TransitionalFormula::BeijingTwoPart && !in.transitionPaid)
        return InputError{"record.transitionPaidMonths", InputErrorCode::Missing, needs(RuleKey::TransitionalFormula),
                          ""};
    if (r.transitionMonths == TransitionMonths::Statement && !in.statementTransition &&
        r.transitionalFormula != TransitionalFormula::BeijingTwoPart)
        return InputError{"record.transitionMonths", InputErrorCode::Missing, needs(RuleKey::TransitionMonths), ""};
    if (r.transitionalPhaseIn != TransitionalPhaseIn::None && !in.oldMethodTransitional && in.phaseInRate < kPpmOne &&
        counted > 0)
        return InputError{"record.oldMethodTransitional", InputErrorCode::Missing, needs(RuleKey::TransitionalPhaseIn),
                          ""};
    if ((r.basicFormula == BasicFormula::TwoBase || r.basicFormula == BasicFormula::TwoBaseProvinceIndexed) &&
        !in.localPensionBase)
        return InputError{"overrides.localPensionBase", InputErrorCode::Missing, needs(RuleKey::BasicFormula), ""};
    return std::nullopt;
}

namespace {

// 渝人社发〔2010〕275号 (as printed on 重庆 sheets): a person who began work before 1996-01 is paid the higher of the
// new method and the 原办法 of 渝府发〔2000〕48号 / 渝办发〔2002〕31号 locked at the 2010 average A2010:
//   T = A2010 × 20% + K / 120 + 1.4% × A2010 × Q原 × M1 + 70 × M1 / M,
// each term to the fen, Q原, M1 and M to 4 decimals; the comparison result is at most the indexed wage A × Q (增发
// items are outside it). Returns the comparison result (the new method when the rule does not apply).
Fen oldMethodComparison(const BenefitInput &in, Benefit &b, HalfMonths m1, Fen newTotal)
{
    const RuleSet &r = in.rules;
    if (r.oldMethodComparison != OldMethodComparison::Chongqing2010)
        return newTotal;
    Fen better = newTotal;
    if (m1 > 0 && (!in.oldMethodBase || !in.oldMethodIndex)) {
        b.oldMethodMissing = true;
    } else if (m1 > 0) {
        OldMethodResult o;
        o.base = *in.oldMethodBase;
        o.index = *in.oldMethodIndex;
        o.m1Num = m1;
        o.mNum = std::max<HalfMonths>(in.contributed, m1);
        const Years y1 = roundYears(m1, YearsRounding::HalfUp4), y = roundYears(o.mNum, YearsRounding::HalfUp4);
        o.basic = roundMoney(static_cast<Wide>(o.base) * 20, 100, r.moneyRounding);
        o.account = roundMoney(in.accountBalance, 120, r.moneyRounding);
        o.transitional = roundMoney(static_cast<Wide>(o.base) * 14 * o.index * y1.num,
                                    static_cast<Wide>(1000) * kPpmOne * y1.den, r.moneyRounding);
        o.subsidy = y.num > 0 ? roundMoney(static_cast<Wide>(7000) * y1.num * y.den, static_cast<Wide>(y1.den) * y.num,
                                           r.moneyRounding)
                              : 0;
        o.total = o.basic + o.account + o.transitional + o.subsidy;
        o.newTotal = newTotal;
        better = std::max(newTotal, o.total);
        b.methodComparison = o;
    }
    const Fen paid = std::min(better, b.indexedWage);
    if (b.methodComparison) {
        b.methodComparison->cap = b.indexedWage;
        b.methodComparison->paid = paid;
    }
    return paid;
}

} // namespace

Ppm shanghaiBasicRate(HalfMonths contributed)
{
    const HalfMonths months = std::max<HalfMonths>(0, contributed) / 2;
    return static_cast<Ppm>((months / 12) * 10'000 + (months % 12) * 830);
}

Benefit computeBenefit(const BenefitInput &in)
{
    const RuleSet &r = in.rules;
    Benefit b;
    const Fen localBase = in.localPensionBase.value_or(in.pensionBase);
    // The base that is indexed and the one that is not: 国发〔2005〕38号 uses one 计发基数 for both; the two-base
    // rules (Henan, Jilin) index one and add the other plain.
    Fen indexedBase = in.pensionBase, plainBase = in.pensionBase;
    if (r.basicFormula == BasicFormula::TwoBase)
        indexedBase = localBase;
    else if (r.basicFormula == BasicFormula::TwoBaseProvinceIndexed)
        plainBase = localBase;
    // 指数化月平均缴费工资 W = base × index: to the fen, or exact (fen × ppm / 10^6).
    auto wage = [&](Fen base, Ppm index) {
        const Wide exact = static_cast<Wide>(base) * index;
        return r.indexedWageRounding == IndexedWageRounding::Fen ? Exact{divRound(exact, kPpmOne), 1}
                                                                 : Exact{exact, kPpmOne};
    };
    const Exact w = in.statementWage && in.statementWageBase > 0
                        ? statementWage(*in.statementWage, in.statementWageBase, indexedBase, r.indexedWageRounding)
                        : wage(indexedBase, in.averageIndex);
    b.indexedWage = static_cast<Fen>(divRound(w.num, w.den));

    b.contributionYears = roundYears(in.contributed, r.yearsRounding);
    HalfMonths transition = in.transition;
    if (r.transitionalFormula == TransitionalFormula::BeijingTwoPart ||
        r.transitionMonths == TransitionMonths::DeemedOnly)
        transition = in.deemed;
    else if (r.transitionMonths == TransitionMonths::Statement)
        transition = in.statementTransition.value_or(0);
    b.transitionYears = roundYears(transition, r.yearsRounding);
    b.contributionYearsCenti = b.contributionYears.centi();
    b.transitionYearsCenti = b.transitionYears.centi();
    const Years &n = b.contributionYears, &t = b.transitionYears;

    // 国发〔2005〕38号: 基础养老金 = (计发基数 + 指数化月平均缴费工资) / 2 × 缴费年限 × 1%.
    // low-index-scaled (广东): below an index of 0.6 the plain base is scaled by a = I / 0.6, to 4 decimals.
    Wide plainScale = kPpmOne;
    if (r.basicFormula == BasicFormula::LowIndexScaled && in.averageIndex < law::kLowIndexThreshold)
        plainScale = static_cast<Wide>(divRound(static_cast<Wide>(in.averageIndex) * 10, 6 * 100)) * 100;
    b.monthly.basic = roundMoney((static_cast<Wide>(plainBase) * plainScale * w.den + w.num * kPpmOne) * n.num,
                                 w.den * kPpmOne * 2 * 100 * n.den, r.moneyRounding);
    if (r.basicFormula == BasicFormula::ShanghaiYearsMonths)
        b.monthly.basic = roundMoney((static_cast<Wide>(plainBase) * w.den + w.num) * shanghaiBasicRate(in.contributed),
                                     w.den * 2 * kPpmOne, r.moneyRounding);
    // 个人账户养老金 = 个人账户储存额 / 计发月数.
    b.monthly.account = in.annuityMonthsTenths > 0 ? roundMoney(static_cast<Wide>(in.accountBalance) * 10,
                                                                in.annuityMonthsTenths, r.moneyRounding)
                                                   : 0;
    // 过渡性养老金 by the province's formula (its regulation is cited in the explanation). c is a ppm fraction; where
    // the pack's transitionRateChoice says so, people with fewer than 20 actual contribution years get the second
    // coefficient (吉林: 1.2% instead of 1.4%).
    const HalfMonths actual = std::max<HalfMonths>(0, in.contributed - in.deemed);
    b.actualYears = roundYears(actual, r.yearsRounding);
    b.transitionRate = in.transitionRate;
    if (in.transitionRateAlt && r.transitionRateChoice == TransitionRateChoice::AltBelow20ActualYears &&
        actual < 20 * 24) {
        b.transitionRate = *in.transitionRateAlt;
        b.transitionRateAlt = true;
    }
    const Wide c = b.transitionRate;
    auto times = [&](const Exact &wage, const Years &years) {
        return roundMoney(wage.num * years.num * c, wage.den * years.den * kPpmOne, r.moneyRounding);
    };
    Exact tw = w;
    switch (r.transitionalFormula) {
    case TransitionalFormula::IndexedWage: break;
    case TransitionalFormula::BaseWageAverage:
        tw = Exact{static_cast<Wide>(plainBase) * w.den + w.num, w.den * 2};
        break;
    case TransitionalFormula::TransitionIndex: tw = wage(indexedBase, in.transitionIndex.value_or(0)); break;
    case TransitionalFormula::IndexFloorOne: tw = wage(indexedBase, std::max(in.averageIndex, kPpmOne)); break;
    case TransitionalFormula::BeijingTwoPart: break;
    case TransitionalFormula::GuangdongOldMethod: break;
    case TransitionalFormula::ShenzhenOldMethod: break;
    case TransitionalFormula::ShanghaiNotional: tw = Exact{plainBase, 1}; break;
    }
    b.transitionWage = static_cast<Fen>(divRound(tw.num, tw.den));
    if (r.transitionalFormula == TransitionalFormula::GuangdongOldMethod ||
        r.transitionalFormula == TransitionalFormula::ShenzhenOldMethod) {
        OldMethod om;
        om.wholeYears = static_cast<int>(std::max<HalfMonths>(0, in.contributed) / 24);
        om.allowance = kYearAllowance * om.wholeYears;
        om.supplement = kOldSupplement;
        om.adjustmentRate = in.adjustmentRate;
        const HalfMonths preAccount = std::max<HalfMonths>(0, in.transition - in.deemed);
        const bool pre1998 = in.transition > 0;
        if (r.transitionalFormula == TransitionalFormula::GuangdongOldMethod) {
            // 原办法: 视同缴费账户额 G / K.
            if (in.deemedAccount)
                om.oldPart = roundMoney(*in.deemedAccount, kOldMethodDivisor, r.moneyRounding);
            else if (pre1998)
                om.missing.push_back({"record.deemedAccount", "0"});
            // 新办法: P × (D × A + N) / 12 × c; A = the deemed months (with actual months to 1993), N = Σ indices
            // 1994-01..1998-06. Without the statement's D or N the average index stands in.
            om.deemedIndex = in.deemedIndex.value_or(in.averageIndex);
            if (!in.deemedIndex && in.deemed > 0)
                om.missing.push_back({"record.deemedIndex", ppmText(om.deemedIndex)});
            om.indexSum = in.preAccountIndexSum.value_or(
                static_cast<Ppm>(divRound(static_cast<Wide>(in.averageIndex) * preAccount, 2)));
            if (!in.preAccountIndexSum && preAccount > 0)
                om.missing.push_back({"record.preAccountIndexSum", ppmText(om.indexSum)});
            const Wide indexMonthsHalves =
                static_cast<Wide>(om.deemedIndex) * in.deemed + 2 * static_cast<Wide>(om.indexSum);
            om.newMethod = roundMoney(static_cast<Wide>(indexedBase) * indexMonthsHalves * c,
                                      Wide{24} * kPpmOne * kPpmOne, r.moneyRounding);
        } else {
            // 原办法: 老指数化月平均缴费工资 × 享受比例.
            if (in.oldIndexedWage && in.oldMethodShare)
                om.oldPart =
                    roundMoney(static_cast<Wide>(*in.oldIndexedWage) * *in.oldMethodShare, kPpmOne, r.moneyRounding);
            else if (pre1998) {
                if (!in.oldIndexedWage)
                    om.missing.push_back({"record.oldIndexedWage", "0"});
                if (!in.oldMethodShare)
                    om.missing.push_back({"record.oldMethodShare", "0"});
            }
            // 新办法: B × (the index to 1998-06) × T × c.
            om.transitionIndex = in.transitionIndex.value_or(in.averageIndex);
            if (!in.transitionIndex && transition > 0)
                om.missing.push_back({"record.transitionIndex", ppmText(om.transitionIndex)});
            tw = wage(indexedBase, om.transitionIndex);
            b.transitionWage = static_cast<Fen>(divRound(tw.num, tw.den));
            om.newMethod = times(tw, t);
        }
        b.monthly.transitional = om.oldPart + om.allowance + om.supplement;
        b.oldMethod = std::move(om);
    } else if (r.transitionalFormula == TransitionalFormula::BeijingTwoPart) {
        // 北京市人民政府令第183号: C平 × N同 × 1% + C平 × Z实 × N实98 × 1%, each part rounded.
        const Years paid = roundYears(in.transitionPaid.value_or(0), r.yearsRounding);
        b.transitionPaidYears = paid;
        b.transitionalDeemedPart = times(Exact{indexedBase, 1}, t);
        b.monthly.transitional = b.transitionalDeemedPart + times(w, paid);
    } else if (r.transitionalFormula == TransitionalFormula::ShanghaiNotional) {
        // B × 1.0 × T × c + 虚账实记 / 120, rounded once (SH-1: 194.1878 + 501.3122 = 695.50 → 695.5).
        const Wide credits = in.notionalCredits.value_or(0);
        b.monthly.transitional =
            roundMoney(static_cast<Wide>(plainBase) * t.num * c * kOldMethodDivisor + credits * t.den * kPpmOne,
                       t.den * kPpmOne * kOldMethodDivisor, r.moneyRounding);
    } else {
        b.monthly.transitional = times(tw, t);
    }

    // transitionalPhaseIn (苏人社发〔2024〕4号): the old-method amount plus the rate's share of what the new method
    // adds, the old method where it is higher. Without an old-method amount (a projection; only allowed at a rate of
    // 100%, see missingBenefitInput) the new method is paid in full.
    if (r.transitionalPhaseIn != TransitionalPhaseIn::None && !in.oldMethodTransitional && b.monthly.transitional > 0)
        b.phaseInOldMethodMissing = true;
    if (r.transitionalPhaseIn != TransitionalPhaseIn::None && in.oldMethodTransitional) {
        const Fen fresh = b.monthly.transitional, old = *in.oldMethodTransitional;
        b.transitionalNewMethod = fresh;
        if (fresh <= old) {
            b.monthly.transitional = old;
        } else {
            const Wide share = static_cast<Wide>(fresh - old) * in.phaseInRate;
            b.monthly.transitional = old + roundMoney(share, kPpmOne,
                                                      r.transitionalPhaseIn == TransitionalPhaseIn::OldPlusShareJiaoUp
                                                          ? MoneyRounding::JiaoUp
                                                          : r.moneyRounding);
        }
    }
    // oldMethodComparison: the new method against the province's former formula, the result capped.
    const Fen newTotal = b.monthly.basic + b.monthly.account + b.monthly.transitional;
    const Fen comparison = oldMethodComparison(in, b, transition, newTotal);

    // Local items, each rounded like the components.
    for (const LocalItemInput &li : in.localItems) {
        if (!li.item)
            continue;
        const LocalItem &item = *li.item;
        if (item.onClaim &&
            std::find(in.localItemClaims.begin(), in.localItemClaims.end(), item.id) == in.localItemClaims.end())
            continue; // the person does not qualify (record.localItemClaims does not list it)
        if (item.kind == LocalItemKind::FixedPerYear && !in.localItemMonths.count(item.id))
            continue; // no months it counts: nothing to pay, nothing to list
        LocalPayment pay;
        pay.id = item.id;
        pay.name = item.name;
        pay.kind = item.kind;
        pay.inTotal = item.inTotal;
        pay.regulation = !item.provenance.regulation.empty() ? item.provenance.regulation : item.provenance.source;
        // A computed item is rounded like the components, or up to the fen where the pack says "rounding": "fen-up".
        auto roundItem = [&](Wide num, Wide den) {
            return item.roundUp && num >= 0 && den > 0 ? static_cast<Fen>(ceilDiv(num, den))
                                                       : roundMoney(num, den, r.moneyRounding);
        };
        switch (item.kind) {
        case LocalItemKind::Fixed: pay.amount = item.amount; break;
        case LocalItemKind::PercentOfBasic:
            pay.amount = roundItem(static_cast<Wide>(b.monthly.basic) * item.rate, kPpmOne);
            break;
        case LocalItemKind::PercentOfIndexedWagePerYear: {
            // rate × N years, at most capRate: W × min(rate × N, cap).
            Wide rateTimesYears = static_cast<Wide>(item.rate) * n.num; // ppm × years × den
            if (item.capRate)
                rateTimesYears = std::min<Wide>(rateTimesYears, static_cast<Wide>(*item.capRate) * n.den);
            pay.amount = roundItem(w.num * rateTimesYears, w.den * n.den * kPpmOne);
            break;
        }
        case LocalItemKind::BasePlusIndexYears:
            // amount + perIndexYear × I × N, N the contribution years as the sheet shows them (浙人社〔2011〕146号:
            // 基准调节金 + 全程平均缴费工资指数 × 累计缴费年限 × 调节系数). A printed amount, when the case gives one,
            // is the agency's figure and is used instead.
            if (li.statementAmount)
                pay.amount = *li.statementAmount;
            else
                pay.amount = item.amount + roundItem(static_cast<Wide>(item.perIndexYear) * in.averageIndex * n.num,
                                                     static_cast<Wide>(kPpmOne) * n.den);
            break;
        case LocalItemKind::Statement:
            // Printed on the sheet; a projection without it leaves it out and says so (LocalItemNotKnown).
            pay.amount = li.statementAmount.value_or(0);
            pay.known = li.statementAmount.has_value();
            if (!pay.known)
                pay.inTotal = false;
            break;
        case LocalItemKind::TransitionalAdjustment:
            // (新办法 − 原办法 − 缴费年限津贴) × the year's share, when the new method is the higher.
            if (b.oldMethod) {
                const OldMethod &om = *b.oldMethod;
                const Fen diff = om.newMethod - om.oldPart - om.allowance;
                pay.amount =
                    diff > 0 ? roundMoney(static_cast<Wide>(diff) * om.adjustmentRate, kPpmOne, r.moneyRounding) : 0;
            }
            break;
        case LocalItemKind::IndexYears:
            // months / 12 × F × amount + plus; nothing without such months; left out when the case does not say.
            if (auto m = in.localItemMonths.find(item.id); m == in.localItemMonths.end()) {
                pay.known = false;
                pay.inTotal = false;
            } else if (m->second > 0) {
                pay.amount = roundMoney(static_cast<Wide>(m->second) * in.averageIndex * item.amount,
                                        Wide{24} * kPpmOne, r.moneyRounding) +
                             item.plus;
            }
            break;
        case LocalItemKind::BasicWageYearBands: {
            // X = (plain base + W) / 2, as in the basic pension; nothing below the item's actual years.
            const Wide xNum = static_cast<Wide>(plainBase) * plainScale * w.den + w.num * kPpmOne;
            const Wide xDen = w.den * kPpmOne * 2;
            b.bandWage = static_cast<Fen>(divRound(xNum, xDen));
            std::vector<BandPart> parts;
            if (!item.minActualYears || actual >= *item.minActualYears * 24)
                parts = yearBandParts(item, xNum, xDen, n, r.moneyRounding);
            for (const BandPart &part : parts)
                pay.amount += part.amount;
            b.bandParts.emplace_back(item.id, std::move(parts));
            break;
        }
        case LocalItemKind::TotalRounding: continue; // made below, never a pack's item
        case LocalItemKind::PercentOfPension:
            pay.amount = roundMoney(static_cast<Wide>(comparison) * item.rate, kPpmOne, r.moneyRounding);
            break;
        case LocalItemKind::TieredPercentOfIndexedWage: {
            const auto m = in.localItemMonths.find(item.id);
            const HalfMonths counted = m != in.localItemMonths.end() ? m->second : in.contributed;
            Ppm rate = 0;
            for (const LocalItemTier &tier : item.tiers)
                if (counted >= 2 * tier.months)
                    rate = tier.rate;
            pay.amount = roundMoney(w.num * rate, w.den * kPpmOne, r.moneyRounding);
            break;
        }
        case LocalItemKind::FixedPerYear:
            pay.amount =
                roundMoney(static_cast<Wide>(item.amount) * in.localItemMonths.at(item.id), 24, r.moneyRounding);
            break;
        case LocalItemKind::OldMethodTopUp: pay.amount = comparison - newTotal; break;
        }
        if (pay.inTotal)
            b.monthly.local += pay.amount;
        b.local.push_back(std::move(pay));
    }
    b.monthly.total = b.monthly.basic + b.monthly.account + b.monthly.transitional + b.monthly.local;
    // totalRounding: what it adds to the total is a line of its own, counted in the total (and in monthly.local,
    // as the sheets print it among the local items: 浙江's 见分进角补足 0.00–0.09). Shown even when it adds nothing.
    if (r.totalRounding != TotalRounding::Fen) {
        LocalPayment pay;
        pay.id = kTotalRoundingId;
        pay.kind = LocalItemKind::TotalRounding;
        pay.rounding = r.totalRounding;
        pay.inTotal = true;
        pay.regulation = r.citation(RuleKey::TotalRounding);
        pay.amount = roundTotal(b.monthly.total, r.totalRounding) - b.monthly.total;
        b.monthly.local += pay.amount;
        b.monthly.total += pay.amount;
        b.local.push_back(std::move(pay));
    }
    return b;
}

} // namespace pension
