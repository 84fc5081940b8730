#include "clicommon.h"

#include "texts.h"

namespace pension::cli {

QString money(Fen f)
{
    return q(formatFen(f));
}

QString ageText(int months)
{
    return tr("%1 years %2 months").arg(months / 12).arg(months % 12);
}

QString halvesText(HalfMonths h)
{
    return h % 2 ? QString::number(h / 2.0, 'f', 1) : QString::number(h / 2);
}

void printEstimate(const Result &r, QTextStream &out)
{
    const QString region = q(r.regionNameZh) + QStringLiteral(" / ") + q(r.regionNameEn);
    out << tr("Pension estimate — %1").arg(region) << '\n';
    out << tr("Parameters: %1; calculated as of %2").arg(q(r.paramsVersion), q(r.calculatedOn.toString())) << "\n\n";
    out << tr("Retirement: %1 at %2 (statutory %3; flexible window %4 … %5)")
               .arg(q(r.retirement.month.toString()), ageText(r.retirement.ageMonths),
                    q(r.window.statutoryMonth.toString()), q(r.window.earliestMonth.toString()),
                    q(r.window.latestMonth.toString()))
        << '\n';
    out << tr("Contributions: %1 months, minimum %2 months for %3 — %4")
               .arg(halvesText(r.eligibility.contributed))
               .arg(r.eligibility.requiredMonths)
               .arg(r.eligibility.requirementYear)
               .arg(r.eligibility.eligible ? tr("eligible") : tr("NOT eligible"))
        << "\n\n";
    out << tr("Monthly pension: %1 yuan").arg(money(r.monthly.total)) << '\n';
    out << QStringLiteral("  %1  %2\n").arg(texts::stepLabel(StepCode::BasicPension), money(r.monthly.basic));
    out << QStringLiteral("  %1  %2\n").arg(texts::stepLabel(StepCode::AccountPension), money(r.monthly.account));
    out << QStringLiteral("  %1  %2\n")
               .arg(texts::stepLabel(StepCode::TransitionalPension), money(r.monthly.transitional));
    for (const LocalPayment &item : r.localItems)
        out << QStringLiteral("  %1  %2\n")
                   .arg(texts::localItemName(item), texts::localItemAmount(item, money(item.amount)));
    if (r.provisional) {
        out << tr("Provisional (预发) on the %1 base %2: %3 yuan a month; back pay about %4 yuan")
                   .arg(r.provisional->pensionBaseYear)
                   .arg(money(r.provisional->pensionBase), money(r.provisional->monthly.total),
                        money(r.provisional->backPay))
            << '\n';
    }
    out << tr("Paid by the person from now to retirement: %1 yuan").arg(money(r.outOfPocketFuture)) << "\n\n";
    out << tr("How it is calculated:") << '\n';
    for (const Step &s : r.steps)
        out << QStringLiteral("  %1: %2 = %3  [%4]\n")
                   .arg(texts::stepLabel(s.code), texts::stepText(s.formula), texts::stepText(s.value),
                        s.rule.empty() ? q(s.regulation)
                                       : q(s.regulation) + QStringLiteral(" · ") + texts::ruleText(s.rule));
    if (!r.warnings.empty()) {
        out << '\n' << tr("Notes:") << '\n';
        for (const Warning &w : r.warnings)
            out << QStringLiteral("  - ") << texts::warning(w) << '\n';
    }
    out << '\n' << tr("Year  Base      Months  Index   Paid       Account   Interest  Balance") << '\n';
    for (const YearRow &y : r.years) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8%9\n")
                   .arg(y.year)
                   .arg(money(y.monthlyBase), 8)
                   .arg(halvesText(y.months), 6)
                   .arg(y.months ? QString::number(y.index, 'f', 4) : QStringLiteral("-"), 6)
                   .arg(money(y.personal), 9)
                   .arg(money(y.accountCredit), 8)
                   .arg(money(y.interest), 8)
                   .arg(money(y.accountBalance), 10)
                   .arg(y.interestStatus == Status::Published
                            ? QString()
                            : QStringLiteral("  (") + texts::statusName(y.interestStatus) + QStringLiteral(")"));
    }
    out << '\n' << tr("The social-insurance agency's determination prevails (以经办机构核定为准).") << '\n';
}

void printBeyond(const Result &r, const Lifetime &lt, const std::vector<SurvivorAt> &survivors, const Shortfall &sf,
                 QTextStream &out)
{
    out << '\n'
        << (lt.todaysMoney
                ? tr("Paid and received, in today's money (inflation %1%):").arg(q(formatPercent(lt.inflation)))
                : tr("Paid and received, nominal yuan:"))
        << '\n';
    out << tr("  Paid by the person in all: %1 (from now: %2)").arg(money(lt.ownPaid), money(lt.ownPaidFuture)) << '\n';
    for (const Step &st : lt.steps)
        out << QStringLiteral("  %1: %2 = %3  [%4]\n")
                   .arg(texts::stepLabel(st.code), texts::stepText(st.formula), texts::stepText(st.value),
                        q(st.regulation));
    for (const AgeTotal &t : lt.totals)
        out << (t.lifeExpectancy ? tr("  At life expectancy (%1): received %2, net %3")
                                 : tr("  At %1: received %2, net %3"))
                   .arg(t.ageYears)
                   .arg(money(t.received), money(t.net))
            << '\n';
    out << '\n' << tr("If the person dies (funeral grant + survivor pension + account remainder):") << '\n';
    for (const SurvivorAt &s : survivors)
        if (s.ageYears % 5 == 0)
            out << tr("  at %1 (%2): %3 + %4 (%5 months) + %6 = %7")
                       .arg(s.ageYears)
                       .arg(s.retired ? tr("retired") : tr("working"))
                       .arg(money(s.funeralGrant), money(s.survivorPension))
                       .arg(s.pensionMonths)
                       .arg(money(s.accountRemainder), money(s.total))
                << '\n';
    if (sf.shortOfMinimum) {
        out << '\n'
            << tr("Short of the minimum by %1 months. Paying on as a flexible worker:").arg(sf.shortMonths) << '\n';
        for (const ShortfallOption &o : sf.payOn)
            out << tr("  at %1%: until %2, costing %3")
                       .arg(q(formatPercent(o.grade)), q(o.reachedMonth.toString()), money(o.cost))
                << '\n';
        out << tr("  Or transfer to the resident scheme: the account (%1) moves whole; the years count there.")
                   .arg(money(sf.accountToResidentScheme))
            << '\n';
        if (sf.oneOffAllowed)
            out << tr("  Insured before 2011-07-01: after five years of paying on, the remaining %1 months may be paid "
                      "at once.")
                       .arg(sf.oneOffMonths)
                << '\n';
    }
    (void)r;
}

} // namespace pension::cli
