#include "goal.h"

#include "benefit.h"
#include "law.h"
#include "ledger.h"

#include <algorithm>

namespace pension {

namespace {

Plan planAt(const Prepared &p, Ppm grade, int years, InsuranceKind kind)
{
    return planFor(p, cellChoice(grade, years, p.kase.plan.retire, kind));
}

InsuranceKind kindOf(const Prepared &p)
{
    return p.kase.plan.contributions.empty() ? p.kase.kind : p.kase.plan.contributions.front().kind;
}

} // namespace

GoalAnswer seekGoal(const Prepared &p, Fen target, std::optional<Ppm> atGrade)
{
    GoalAnswer g;
    g.target = target;
    const InsuranceKind kind = kindOf(p);
    const RetirementDecision d =
        decideRetirement(p.params, *p.track, p.kase.person, p.kase.plan.retire, p.kase.plan.reason);
    const int maxYears = std::max(0, (monthsBetween(p.kase.asOf, d.month) + 11) / 12);
    for (int k = 0; k <= maxYears; ++k) {
        GoalRow row;
        row.stopAfterYears = k;
        const PlanNumbers top = projectNumbers(p, planAt(p, law::kMaxGrade, k, kind));
        if (!top.valid || top.monthly.total < target) {
            g.byLength.push_back(row);
            continue;
        }
        // The pension rises with the grade: bisect on 0.1% steps (1000 ppm) between 60% and 300%.
        Ppm lo = law::kMinGrade, hi = law::kMaxGrade;
        const PlanNumbers bottom = projectNumbers(p, planAt(p, lo, k, kind));
        if (bottom.monthly.total >= target) {
            hi = lo;
        } else {
            while (hi - lo > 1'000) {
                const Ppm mid = (lo + hi) / 2 / 1'000 * 1'000;
                if (projectNumbers(p, planAt(p, mid, k, kind)).monthly.total >= target)
                    hi = mid;
                else
                    lo = mid == lo ? hi : mid;
            }
        }
        const PlanNumbers n = projectNumbers(p, planAt(p, hi, k, kind));
        row.reachable = true;
        row.grade = hi;
        row.monthly = n.monthly.total;
        row.outOfPocket = n.outOfPocket;
        row.eligible = n.eligible;
        g.byLength.push_back(row);
    }
    if (atGrade) {
        g.grade = *atGrade;
        for (int k = 0; k <= maxYears; ++k) {
            const PlanNumbers n = projectNumbers(p, planAt(p, *atGrade, k, kind));
            if (n.valid && n.monthly.total >= target) {
                g.yearsAtGrade = k;
                g.monthlyAtYears = n.monthly.total;
                g.costAtYears = n.outOfPocket;
                break;
            }
        }
    }
    return g;
}

IndexRange solveAverageIndex(Fen pensionBase, int contributionYearsCenti, Fen basic)
{
    IndexRange r;
    if (pensionBase <= 0 || contributionYearsCenti <= 0)
        return r;
    // basic = (B + round(B × I)) / 2 × years × 1% is non-decreasing in I: scan the 4-decimal indices near the
    // continuous solution I ≈ 2 × basic / (B × years%) − 1.
    const double guess = 2.0 * basic * 10'000 / (static_cast<double>(pensionBase) * contributionYearsCenti) - 1.0;
    const auto center = static_cast<Ppm>(guess * 10'000) * 100;
    for (Ppm idx = std::max<Ppm>(0, center - 50'000); idx <= center + 50'000; idx += 100) {
        BenefitInput in;
        in.pensionBase = pensionBase;
        in.averageIndex = idx;
        in.contributed = static_cast<HalfMonths>(contributionYearsCenti * 24 / 100); // only the years matter here
        Benefit b = computeBenefit(in);
        const Fen computed =
            divRound(static_cast<Wide>(pensionBase + b.indexedWage) * contributionYearsCenti, 2 * 100 * 100);
        if (computed == basic) {
            if (!r.found)
                r.low = idx;
            r.found = true;
            r.high = idx;
        }
    }
    return r;
}

BalanceRange solveAccountBalance(Fen accountPension, int annuityMonthsTenths)
{
    // round(balance × 10 / tenths) == pension  ⇔  balance in [ (pension − ½) × tenths / 10, (pension + ½) × tenths / 10
    // )
    BalanceRange r;
    const Wide lowNum = (static_cast<Wide>(accountPension) * 2 - 1) * annuityMonthsTenths;
    const Wide highNum = (static_cast<Wide>(accountPension) * 2 + 1) * annuityMonthsTenths;
    r.low = static_cast<Fen>((lowNum + 19) / 20);  // ceil(lowNum / 20)
    r.high = static_cast<Fen>((highNum - 1) / 20); // the last balance below the upper bound
    return r;
}

Shortfall shortfallOptions(const Prepared &p, const Result &r)
{
    Shortfall s;
    s.shortOfMinimum = !r.eligibility.eligible;
    if (!s.shortOfMinimum)
        return s;
    s.shortMonths = r.eligibility.shortMonths;
    const Context &ctx = *p.context;
    std::vector<Ppm> grades = p.params.grades.empty() ? std::vector<Ppm>{law::kMinGrade, 1'000'000} : p.params.grades;
    for (Ppm grade : grades) {
        ShortfallOption o;
        o.grade = grade;
        o.months = s.shortMonths;
        o.reachedMonth = r.retirement.month.plus(s.shortMonths);
        for (int i = 1; i <= s.shortMonths; ++i) {
            const YearFigures &yf = ctx.year(r.retirement.month.plus(i).year());
            o.cost += contributionFor(yf, baseForGrade(yf, grade), InsuranceKind::Flexible).personalPerMonth;
        }
        s.payOn.push_back(o);
    }
    // 人社部令第13号 第二条: insured before the Social Insurance Law (2011-07-01) and still short after five years
    // of extension: the rest may be paid at once. Nobody else may "buy" years afterwards.
    const YearMonth lawDate = YearMonth::of(2011, 7);
    const bool insuredBefore = p.kase.firstContribution ? *p.kase.firstContribution < lawDate
                               : !p.historyRows.empty() && p.historyRows.front().origin == Origin::History
                                   ? YearMonth::of(p.historyRows.front().year, 12) < lawDate
                                   : false;
    if (insuredBefore && s.shortMonths > 60) {
        s.oneOffAllowed = true;
        s.oneOffMonths = s.shortMonths - 60;
    }
    s.accountToResidentScheme = r.figures.accountBalance;
    const char *rule = "社会保险法 第十六条; 人社部令第13号";
    for (const ShortfallOption *o : {&s.payOn.front(), &s.payOn.back()})
        s.steps.push_back({StepCode::PayOnCost,
                           std::to_string(o->months) + " × " + formatPercent(law::kFlexibleRate) + "% × " +
                               formatPercent(o->grade) + "% → " + o->reachedMonth.toString(),
                           formatFen(o->cost), rule});
    return s;
}

} // namespace pension
