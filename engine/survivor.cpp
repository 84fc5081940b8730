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
    bool known = false; // the region's pack has an urbanDisposableIncome series
};

// The income of `year`: published, or the last figure grown by the wage-growth assumption.
Income incomeOf(const Context &ctx, int year)
{
    Income in;
    const Series *s = ctx.params().find("urbanDisposableIncome");
    if (!s || s->entries.empty())
        return in;
    in.known = true;
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
        Fen paidToDeath = r.outOfPocketTotal;
        s.ageYears = age;
        s.deathMonth = birth.plus(age * 12);
        if (s.deathMonth < p.kase.asOf)
            continue;
        s.retired = R < s.deathMonth;
        if (s.retired) {
            s.contributed = r.figures.contributedMonths;
            // The account pension paid so far comes out of the account; what remains is inherited (社会保险法 第十四条:
            // 个人死亡的，个人账户余额可以依法继承, as the Leting leaflet quotes it). The yearly increases are paid
            // from the pooled fund, so only the initial account pension is deducted. Interest on the remainder after
            // retirement is not added, and the whole balance counts although 国发〔1997〕26号 (recalled, not read) let
            // only the individual part of pre-2006 credits be inherited: no Shandong or Hebei rule on either was found.
            const int monthsDrawn = monthsBetween(R, s.deathMonth);
            s.accountRemainder = std::max<Fen>(0, r.figures.accountBalance - r.monthly.account * monthsDrawn);
            s.pensionMonths = survivorPensionMonths(s.contributed, monthsDrawn / 12, true);
        } else {
            // Working until death: the plan's months up to the death month, the account with its interest. Before
            // retirement the whole balance is inherited (社会保险法 第十四条; since 国发〔2005〕38号 the account holds
            // the person's own 8% only).
            Accrual a = p.start;
            walkPlanTo(p, plan, a, s.deathMonth);
            s.contributed = a.contributed();
            s.accountRemainder = a.opening + a.credits;
            s.pensionMonths = survivorPensionMonths(s.contributed, 0, false);
            paidToDeath = a.personalPaid;
        }
        const Income in = incomeOf(ctx, s.deathMonth.year() - 1);
        s.incomeYear = s.deathMonth.year() - 1;
        s.incomeMonthly = in.monthly;
        s.incomeStatus = in.status;
        s.incomeKnown = in.known;
        s.funeralGrant = 2 * in.monthly;
        s.survivorPension = in.monthly * s.pensionMonths;
        s.ownPaid = paidToDeath;
        if (!s.retired && s.contributed < 2 * 5 * 12) {
            // Under five years: three months, "但不得超过个人缴费之和" (Leting leaflet): at most what the person paid
            // up to the death month, not what the plan would have paid to retirement.
            if (paidToDeath > 0 && paidToDeath < s.survivorPension) {
                s.survivorPension = paidToDeath;
                s.cappedByPaid = true;
            }
        }
        s.total = s.funeralGrant + s.survivorPension + s.accountRemainder;
        const char *rule = "社会保险法 第十七条; 人社部发〔2021〕18号";
        const std::string income = s.incomeKnown ? formatFen(s.incomeMonthly) : std::string("urbanDisposableIncome ?");
        s.steps.push_back({StepCode::FuneralGrant, "2 × " + income,
                           s.incomeKnown ? formatFen(s.funeralGrant) : std::string("—"), rule});
        // The years as the pension shows them (half up to 2 decimals: 30y8m is 30.67, not 30.66).
        std::string survivorFormula = income + " × " + std::to_string(s.pensionMonths) + " (" +
                                      formatScaled(divRound(static_cast<Wide>(s.contributed) * 100, 24), 2) + ")";
        if (s.cappedByPaid)
            survivorFormula += " ≤ " + formatFen(paidToDeath);
        s.steps.push_back({StepCode::SurvivorPension, survivorFormula,
                           s.incomeKnown ? formatFen(s.survivorPension) : std::string("—"), rule});
        s.steps.push_back({StepCode::AccountRemainder,
                           s.retired ? formatFen(r.figures.accountBalance) + " − " + formatFen(r.monthly.account) +
                                           " × " + std::to_string(monthsBetween(R, s.deathMonth))
                                     : s.deathMonth.toString(),
                           formatFen(s.accountRemainder), "社会保险法 第十四条"});
        out.push_back(s);
    }
    return out;
}

} // namespace pension
