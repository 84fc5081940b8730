#include "retirement.h"

#include <algorithm>

namespace pension {

RetirementWindow statutoryRetirement(const Track &track, YearMonth birth)
{
    // 办法 第一条: "…每四个月延迟一个月…" (原50岁女职工: 每二个月延迟一个月), counted from the first birth month
    // affected (1965-01 men, 1970-01 原55 women, 1975-01 原50 women).
    const int k = monthsBetween(track.startBirth, birth);
    const int delay = k < 0 ? 0 : std::min(track.capMonths, k / track.stepMonths + 1);
    RetirementWindow w;
    w.delayMonths = delay;
    w.statutoryAgeMonths = track.baseAge * 12 + delay;
    w.statutoryMonth = birth.plus(w.statutoryAgeMonths);
    // 第三条: early by at most three years, not below the original statutory age; late by at most three years.
    w.earliestMonth = birth.plus(std::max(track.minAge * 12, w.statutoryAgeMonths - 36));
    w.latestMonth = birth.plus(w.statutoryAgeMonths + 36);
    return w;
}

int minContributionMonths(const ParameterSet &params, int year)
{
    // 办法 第二条: 180 months until 2029, then six months more each year up to 240 from 2039.
    if (const Series *s = params.find("minContributionMonths"))
        if (const SeriesEntry *e = s->at(YearMonth::of(year, 12)))
            return static_cast<int>(e->value);
    return 180;
}

int specialReasonMinAgeMonths(Sex sex, RetireReason reason)
{
    // 国发〔1978〕104号: 特殊工种 men 55 / women 45; 因病或非因工致残 men 50 / women 45.
    // "国家另有规定的，从其规定" keeps these outside the 2024 schedule; the post-2025 rule was not found.
    if (reason == RetireReason::SpecialType)
        return (sex == Sex::Male ? 55 : 45) * 12;
    if (reason == RetireReason::Illness)
        return (sex == Sex::Male ? 50 : 45) * 12;
    return 0;
}

RetirementDecision decideRetirement(const ParameterSet &params, const Track &track, const Person &person,
                                    const RetireChoice &choice, RetireReason reason)
{
    const RetirementWindow w = statutoryRetirement(track, person.birth);
    RetirementDecision d;
    switch (choice.kind) {
    case RetireKind::Statutory: d.month = w.statutoryMonth; break;
    case RetireKind::Month: d.month = choice.month; break;
    case RetireKind::Early: d.month = w.statutoryMonth.plus(-choice.months); break;
    case RetireKind::Late: d.month = w.statutoryMonth.plus(choice.months); break;
    }
    d.ageMonths = monthsBetween(person.birth, d.month);
    d.early = d.month < w.statutoryMonth;
    d.late = w.statutoryMonth < d.month;
    if (d.month < w.earliestMonth) {
        if (reason == RetireReason::Normal)
            d.problem = RetireProblem::BeforeWindow;
        else if (d.ageMonths < specialReasonMinAgeMonths(person.sex, reason))
            d.problem = RetireProblem::BeforeSpecialMinimum;
        else
            d.special = true;
    } else if (w.latestMonth < d.month) {
        d.problem = RetireProblem::AfterWindow;
    }
    // 人社部发〔2024〕94号 第七条: the minimum years of the actual retirement year, or of the statutory year when
    // retirement is delayed.
    d.requirementYear = d.late ? w.statutoryMonth.year() : d.month.year();
    d.requiredMonths = minContributionMonths(params, d.requirementYear);
    return d;
}

} // namespace pension
