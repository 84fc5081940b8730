#include "clicommon.h"

#include "columns.h"

#include "texts.h"

namespace pension::cli {

// The readable output prints amounts without thousands separators; the JSON keeps the engine's formatFen.
QString money(Fen f)
{
    return Format::money(f, Grouping::Plain);
}

// How many terminal columns a text takes: a Chinese character (or a full-width form) two, others one.
int displayWidth(const QString &s)
{
    int width = 0;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

// The year table with the report's columns (columns::printYears()), each column as wide as its widest cell; an empty
// cell shows "-". A year whose interest rate is not published says so after the row.
void printYears(const Result &r, QTextStream &out)
{
    const std::vector<columns::Year> &ids = columns::printYears();
    std::vector<QStringList> rows;
    QStringList header;
    for (columns::Year id : ids)
        header << columns::header(id);
    rows.push_back(header);
    for (const YearRow &y : r.years) {
        QStringList cells;
        for (columns::Year id : ids) {
            const QString text = columns::text(id, y, Grouping::Plain);
            cells << (text.isEmpty() ? QStringLiteral("-") : text);
        }
        rows.push_back(cells);
    }
    std::vector<int> widths(ids.size(), 0);
    for (const QStringList &cells : rows)
        for (std::size_t i = 0; i < ids.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(cells[static_cast<qsizetype>(i)]));
    for (std::size_t row = 0; row < rows.size(); ++row) {
        QString line;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const QString &cell = rows[row][static_cast<qsizetype>(i)];
            if (i > 0)
                line += QStringLiteral("  ");
            line += QString(widths[i] - displayWidth(cell), QLatin1Char(' ')) + cell;
        }
        if (row > 0 && r.years[row - 1].interestStatus != Status::Published)
            line += QStringLiteral("  (") + columns::text(columns::Year::Figures, r.years[row - 1], Grouping::Plain) +
                    QStringLiteral(")");
        out << line << '\n';
    }
}

void printEstimate(const Result &r, QTextStream &out)
{
    const QString region = q(r.regionNameZh) + QStringLiteral(" / ") + q(r.regionNameEn);
    out << tr("Pension estimate — %1").arg(region) << '\n';
    out << tr("Parameters: %1; calculated as of %2").arg(q(r.paramsVersion), Format::month(r.calculatedOn)) << "\n\n";
    out << tr("Retirement: %1 at %2 (statutory %3; flexible window %4 … %5)")
               .arg(Format::month(r.retirement.month), Format::age(r.retirement.ageMonths),
                    Format::month(r.window.statutoryMonth), Format::month(r.window.earliestMonth),
                    Format::month(r.window.latestMonth))
        << '\n';
    out << tr("Contributions: %1 months, minimum %2 months for %3 — %4")
               .arg(Format::halves(r.eligibility.contributed))
               .arg(r.eligibility.requiredMonths)
               .arg(r.eligibility.requirementYear)
               .arg(r.eligibility.eligible ? tr("eligible") : tr("NOT eligible"))
        << "\n\n";
    const Eligibility &e = r.eligibility;
    if (e.eligible) {
        out << tr("Monthly pension: %1 yuan").arg(money(r.monthly.total)) << '\n';
    } else {
        // Short of the minimum: said first, with the pension after paying on; the figure below is not paid.
        out << tr("✘ No pension in %1: %2 months short of the minimum of %3 months.")
                   .arg(q(r.retirement.month.plus(1).toString()))
                   .arg(e.shortMonths)
                   .arg(e.requiredMonths)
            << '\n';
        if (e.payOnKnown)
            out << tr("Paying on until %1 (about %2 yuan): %3 yuan a month from %4.")
                       .arg(q(e.reachedMonth.toString()), money(e.costToReach), money(e.payOnMonthly.total),
                            q(e.payOnPensionFrom.toString()))
                << '\n';
        out << tr("Monthly pension if the minimum were met (not paid): %1 yuan").arg(money(r.monthly.total)) << '\n';
    }
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
    out << '\n';
    printYears(r, out);
    out << '\n' << tr("The social-insurance agency's determination prevails (以经办机构核定为准).") << '\n';
}

void printBeyond(const Result &r, const Lifetime &lt, const std::vector<SurvivorAt> &survivors, const Shortfall &sf,
                 QTextStream &out)
{
    out << '\n'
        << (lt.todaysMoney ? tr("Paid and received, in today's money (inflation %1):").arg(Format::rate(lt.inflation))
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
    if (!survivors.empty() && !survivors.front().incomeKnown)
        out << tr("  The region's parameter pack has no urban per-capita disposable income (urbanDisposableIncome): "
                  "the funeral grant and the survivor pension are unknown; the account remainder at %1: %2")
                   .arg(survivors.front().ageYears)
                   .arg(money(survivors.front().accountRemainder))
            << '\n';
    for (const SurvivorAt &s : survivors)
        if (s.incomeKnown && s.ageYears % 5 == 0)
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
            out << tr("  at %1: until %2, costing %3")
                       .arg(Format::grade(o.grade), Format::month(o.reachedMonth), money(o.cost))
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
