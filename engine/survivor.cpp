#include "survivor.h"

#include "ledger.h"

#include <algorithm>

namespace pension {

int survivorPensionMonths(HalfMonths contributed, int yearsDrawn, bool retired)
{
    const int years = contributed / 24; // full years
    int months;
    if (years < 5)
        months = 3;
    else if (years < 10)
        months = 6;
    else if (years <= 15)
        months = 9;
    else
        months = std::min(24, 9 + (years - 15));
    if (retired)
        months = std::max(9, months - yearsDrawn);
    return months;
}

namespace {

struct Income {
    Fen monthly = 0;
    Status status = Status::Assumed;
};

// The income of `year`: published, or the last figure grown by the wage-growth assumption.
Income incomeOf(const Context &ctx, int year)
{
    Income in;
    const Series *s = ctx.params().find("urbanDisposableIncome");
    if (!s || s->entries.empty())
        return in;
    const SeriesEntry *e = s->at(YearMonth::of(year, 12));
    Fen annual = 0;
    if (!e) {
        e = &s->entries.front();
        annual = e->value;
        for (int y = e->from.year(); y > year; --y)
            annual = divRound(static_cast<Wide>(annual) * kPpmOne, kPpmOne + ctx.assumptions().wageGrowth);
        in.status = Status::Assumed;
    } else {
        annual = e->value;
        for (int y = e->from.year(); y < year; ++y)
            annual = grow(annual, ctx.assumptions().wageGrowth);
        in.status = e->from.year() == year ? e->provenance.status : Status::Assumed;
    }
    in.monthly = divRound(annual, 12);
    return in;
}

} // namespace

std::vector<SurvivorAt> survivorBenefits(const Prepared &p, const Plan &plan, const Result &r, int fromAge, int toAge)
{
    std::vector<SurvivorAt> out;
    const Context &ctx = *p.context;
    const YearMonth birth = p.kase.person.birth;
    const YearMonth R = r.retirement.month;
    for (int age = fromAge; age <= toAge; ++age) {
        SurvivorAt s;
        s.ageYears = age;
        s.deathMonth = birth.plus(age * 12);
        if (s.deathMonth < p.kase.asOf)
            continue;
        s.retired = R < s.deathMonth;
        if (s.retired) {
            s.contributed = r.figures.contributedMonths;
            // The account pension paid so far comes out of the account; what remains is inherited.
            const int monthsDrawn = monthsBetween(R, s.deathMonth);
            s.accountRemainder = std::max<Fen>(0, r.figures.accountBalance - r.monthly.account * monthsDrawn);
            s.pensionMonths = survivorPensionMonths(s.contributed, monthsDrawn / 12, true);
        } else {
            // Working until death: the plan's months up to the death month, the account with its interest.
            Accrual a = p.start;
            walkPlanTo(p, plan, a, s.deathMonth);
            s.contributed = a.contributed();
            s.accountRemainder = a.opening + a.credits;
            s.pensionMonths = survivorPensionMonths(s.contributed, 0, false);
        }
        const Income in = incomeOf(ctx, s.deathMonth.year() - 1);
        s.incomeYear = s.deathMonth.year() - 1;
        s.incomeMonthly = in.monthly;
        s.incomeStatus = in.status;
        s.funeralGrant = 2 * in.monthly;
        s.survivorPension = in.monthly * s.pensionMonths;
        if (!s.retired && s.contributed < 2 * 5 * 12) {
            // Under five years: three months, but not more than the person paid in.
            const Fen ownPaid = r.outOfPocketTotal;
            if (ownPaid > 0)
                s.survivorPension = std::min(s.survivorPension, ownPaid);
        }
        s.total = s.funeralGrant + s.survivorPension + s.accountRemainder;
        const char *rule = "社会保险法 第十七条; 人社部发〔2021〕18号";
        s.steps.push_back({StepCode::FuneralGrant, "2 × " + formatFen(s.incomeMonthly), formatFen(s.funeralGrant), rule});
        s.steps.push_back({StepCode::SurvivorPension,
                           formatFen(s.incomeMonthly) + " × " + std::to_string(s.pensionMonths) + " (" +
                               formatScaled(s.contributed * 100 / 24, 2) + ")",
                           formatFen(s.survivorPension), rule});
        s.steps.push_back({StepCode::AccountRemainder,
                           s.retired ? formatFen(r.figures.accountBalance) + " − " + formatFen(r.monthly.account) +
                                           " × " + std::to_string(monthsBetween(R, s.deathMonth))
                                     : s.deathMonth.toString(),
                           formatFen(s.accountRemainder), "国发〔2005〕38号"});
        out.push_back(s);
    }
    return out;
}

} // namespace pension
