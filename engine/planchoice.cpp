#include "planchoice.h"

#include "retirement.h"

#include <algorithm>

namespace pension {

PlanChoice cellChoice(Ppm grade, int stopAfterYears, const RetireChoice &retire, InsuranceKind kind)
{
    PlanChoice c;
    c.periods = PlanPeriods::Grade;
    c.grade = grade;
    c.kind = kind;
    c.retire = retire;
    c.stopAfterYears = stopAfterYears;
    return c;
}

PlanChoice compareChoice(const ComparePlan &plan)
{
    PlanChoice c;
    c.periods = PlanPeriods::Grade;
    c.grade = plan.grade;
    c.retire = plan.retire;
    c.stopAfterYears = plan.stopAfterYears;
    return c;
}

PlanChoice casePlanChoice()
{
    PlanChoice c;
    c.periods = PlanPeriods::Case;
    return c;
}

Plan planFor(const Prepared &p, const PlanChoice &choice)
{
    const Case &c = p.kase;
    Plan plan;
    plan.retire = choice.retire.value_or(c.plan.retire);
    plan.reason = c.plan.reason;
    const RetirementDecision d = decideRetirement(p.params, *p.track, c.person, plan.retire, plan.reason);
    const YearMonth retirement = d.month;

    const bool own = choice.periods == PlanPeriods::Case ||
                     (choice.periods == PlanPeriods::CaseOrGrade && !c.plan.contributions.empty());
    if (own) {
        plan.contributions = c.plan.contributions;
    } else if (choice.periods != PlanPeriods::Case) {
        PlanPeriod period;
        period.from = c.asOf.plus(1);
        period.grade = choice.grade;
        period.kind = choice.kind.value_or(c.kind);
        // A retirement on or before asOf leaves nothing to pay.
        if (!(retirement < period.from))
            plan.contributions.push_back(period);
    }

    if (choice.stopAfterYears) {
        // "Stop after N more years": nothing is paid after asOf + N×12 months. A period past retirement is simply
        // cut at the retirement month (it runs "until retirement").
        const int years = *choice.stopAfterYears;
        const YearMonth last = c.asOf.plus(12 * std::max(0, years));
        std::vector<PlanPeriod> cut;
        for (PlanPeriod period : plan.contributions) {
            if (years <= 0 || last < period.from)
                break;
            if (!period.until) {
                if (!(retirement < last))
                    period.until = last;
            } else if (last < *period.until) {
                period.until = last;
            }
            cut.push_back(period);
        }
        plan.contributions = std::move(cut);
    }

    if (choice.stopAtTotalYears) {
        // "Stop once I reach N years": count the months the record already has, then cut the plan where the total
        // reaches N years. Months in gaps between periods do not count.
        const HalfMonths have = p.start.contributed();
        int needed = (std::max(0, *choice.stopAtTotalYears * 24 - have) + 1) / 2;
        std::vector<PlanPeriod> cut;
        for (PlanPeriod period : plan.contributions) {
            if (needed <= 0)
                break;
            const YearMonth end = std::min(period.until.value_or(retirement), retirement);
            const int span = monthsBetween(period.from, end) + 1;
            if (span <= 0)
                continue;
            if (span >= needed) {
                period.until = period.from.plus(needed - 1);
                needed = 0;
            } else {
                needed -= span;
            }
            cut.push_back(period);
        }
        plan.contributions = std::move(cut);
    }
    return plan;
}

} // namespace pension
