#pragma once
// Retirement age under the 2024 NPC Standing Committee decision on gradually raising the statutory retirement age
// (全国人大常委会关于实施渐进式延迟法定退休年龄的决定, in force 2025-01-01) and its 办法 (annex 1–3 对照表),
// with the 弹性 window of 第三条 and the minimum contribution years of 第二条.

#include "case.h"
#include "params.h"

#include <optional>

namespace pension {

struct RetirementWindow {
    YearMonth statutoryMonth; // the month the statutory age is reached; the pension is paid from the next month
    int statutoryAgeMonths = 0;
    int delayMonths = 0;     // months added by the 2024 decision
    YearMonth earliestMonth; // 弹性提前: up to 3 years earlier, never below the original statutory age
    YearMonth latestMonth;   // 弹性延迟: up to 3 years later, with the employer's written consent
};

// 办法 第一条: every `stepMonths` months of birth after `startBirth` add one month, up to `capMonths`.
RetirementWindow statutoryRetirement(const Track &track, YearMonth birth);

// 办法 第二条: minimum contribution months for retirement in `year` (15 years → 20 years from 2030, +6 months a year).
int minContributionMonths(const ParameterSet &params, int year);

// Legal minimum age (months) for retirement for a special reason, before the 弹性 window:
// 特殊工种 (国发〔1978〕104号: men 55, women 45) and 病退 (men 50, women 45).
int specialReasonMinAgeMonths(Sex sex, RetireReason reason);

enum class RetireProblem { None, BeforeWindow, AfterWindow, BeforeSpecialMinimum };

struct RetirementDecision {
    YearMonth month; // the retirement month (contributions run through it)
    int ageMonths = 0;
    bool early = false, late = false, special = false;
    int requirementYear = 0; // 人社部发〔2024〕94号 第七条: actual year (early/normal) or statutory year (late)
    int requiredMonths = 180;
    RetireProblem problem = RetireProblem::None;
};

RetirementDecision decideRetirement(const ParameterSet &params, const Track &track, const Person &person,
                                    const RetireChoice &choice, RetireReason reason);

} // namespace pension
