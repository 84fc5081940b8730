#include "lifetime.h"

#include <algorithm>
#include <cmath>

namespace pension {

namespace {

Ppm increaseFor(const Context &ctx, int year, Status *status)
{
    // 人社部 / 财政部 yearly notice (调整退休人员基本养老金); years with no notice take the assumption.
    if (const Series *s = ctx.params().find("pensionIncrease")) {
        if (!s->entries.empty() && s->entries.back().from.year() >= year)
            if (const SeriesEntry *e = s->at(YearMonth::of(year, 12))) {
                *status = e->provenance.status;
                return e->value;
            }
    }
    *status = Status::Assumed;
    return ctx.assumptions().pensionIncrease;
}

} // namespace

Fen deflate(Fen amount, YearMonth m, YearMonth today, Ppm inflation)
{
    const double years = (m.serial - today.serial) / 12.0;
    return static_cast<Fen>(std::llround(static_cast<double>(amount) / std::pow(1.0 + inflation / 1e6, years)));
}

MonthlyToday monthlyInTodaysMoney(const Prepared &p, const Result &r)
{
    const Context &ctx = *p.context;
    MonthlyToday out;
    out.today = ctx.calculatedOn();
    out.paidFrom = r.retirement.month.plus(1);
    out.inflation = ctx.assumptions().inflation;
    const Monthly &m = r.monthly;
    auto d = [&](Fen amount) { return deflate(amount, out.paidFrom, out.today, out.inflation); };
    out.monthly.basic = d(m.basic);
    out.monthly.account = d(m.account);
    out.monthly.transitional = d(m.transitional);
    out.monthly.local = d(m.local);
    // The parts still add up to the total where the nominal ones do (each is rounded on its own).
    out.monthly.total = m.total == m.basic + m.account + m.transitional + m.local
                            ? out.monthly.basic + out.monthly.account + out.monthly.transitional + out.monthly.local
                            : d(m.total);
    return out;
}

namespace {

// The province's scheme for `year`, when the pack has one: each part is a series entry that starts in that year.
bool schemeFor(const Context &ctx, int year, Fen previous, const AdjustmentPerson &person, IncreaseYear &out)
{
    static constexpr const char *kParts[] = {"adjustmentFixed", "adjustmentPerYear", "adjustmentPercent",
                                             "adjustmentAge70", "adjustmentAge75",   "adjustmentAge80"};
    const SeriesEntry *entry[6] = {};
    bool any = false;
    Status status = Status::Published;
    for (int i = 0; i < 6; ++i) {
        if (const Series *s = ctx.params().find(kParts[i]))
            entry[i] = s->inYear(year);
        if (entry[i]) {
            any = true;
            // The year's status is the weakest of its parts (enum order: published, provisional, assumed).
            status = std::max(status, entry[i]->provenance.status);
        }
    }
    if (!any)
        return false;
    out.scheme = true;
    out.status = status;
    out.fixed = entry[0] ? entry[0]->value : 0;
    // 挂钩: "按照本人缴费年限每满一年每月增加…元" (full years); "按照本人…12月发放的月基本养老金的…%".
    if (entry[1]) {
        if (person.contributed)
            out.perYear = entry[1]->value * (*person.contributed / 24);
        else
            out.yearsUnknown = true;
    }
    if (entry[2])
        out.percent = divRound(static_cast<Wide>(previous) * entry[2]->value, kPpmOne);
    // 倾斜: the age reached by 31 December of the year before (Hebei 2022: born 1947–1951 → 70–74, +20 …).
    if (entry[3] || entry[4] || entry[5]) {
        if (person.birth) {
            const int age = (year - 1) - person.birth->year();
            const SeriesEntry *tier = age >= 80 ? entry[5] : age >= 75 ? entry[4] : age >= 70 ? entry[3] : nullptr;
            out.tilt = tier ? tier->value : 0;
        } else {
            out.ageUnknown = true;
        }
    }
    const Fen increase = out.fixed + out.perYear + out.percent + out.tilt;
    out.monthly = previous + increase;
    out.rate = previous > 0 ? static_cast<Ppm>(divRound(static_cast<Wide>(increase) * kPpmOne, previous)) : 0;
    return true;
}

} // namespace

std::vector<IncreaseYear> pensionPath(const Context &ctx, Fen monthly, YearMonth retirement, int lastYear,
                                      const AdjustmentPerson &person)
{
    std::vector<IncreaseYear> path;
    path.push_back(IncreaseYear{retirement.year(), 0, Status::Published, monthly});
    for (int year = retirement.year() + 1; year <= lastYear; ++year) {
        IncreaseYear next;
        next.year = year;
        if (!schemeFor(ctx, year, path.back().monthly, person, next)) {
            next.rate = increaseFor(ctx, year, &next.status);
            next.monthly = path.back().monthly + divRound(static_cast<Wide>(path.back().monthly) * next.rate, kPpmOne);
        }
        path.push_back(next);
    }
    return path;
}

std::optional<int> breakEvenAgeMonths(const Context &ctx, Fen paid, Fen monthly, YearMonth retirement,
                                      int retirementAge, const AdjustmentPerson &person)
{
    if (monthly <= 0)
        return std::nullopt;
    if (paid <= 0)
        return retirementAge + 1;
    // Year by year (the pension changes only in January), then the month within the crossing year.
    Fen received = 0;
    Fen current = monthly;
    int monthsPaid = 0;
    for (int year = retirement.year(); year <= retirement.year() + 70; ++year) {
        if (year > retirement.year()) {
            // The same yearly step as pensionPath: the province's scheme where the pack has it, else the rate.
            IncreaseYear step;
            if (schemeFor(ctx, year, current, person, step)) {
                current = step.monthly;
            } else {
                Status s;
                current += divRound(static_cast<Wide>(current) * increaseFor(ctx, year, &s), kPpmOne);
            }
        }
        const int months = year == retirement.year() ? 12 - retirement.month() : 12;
        if (received + current * months >= paid) {
            const Fen missing = paid - received;
            const int inYear = static_cast<int>((missing + current - 1) / current);
            return retirementAge + monthsPaid + inYear;
        }
        received += current * months;
        monthsPaid += months;
    }
    return std::nullopt;
}

Lifetime lifetimeValue(const Prepared &p, const Result &r, bool todaysMoney)
{
    const Context &ctx = *p.context;
    Lifetime lt;
    lt.todaysMoney = todaysMoney;
    lt.inflation = ctx.assumptions().inflation;
    lt.increaseAssumption = ctx.assumptions().pensionIncrease;
    const YearMonth today = ctx.calculatedOn();
    const YearMonth birth = p.kase.person.birth;
    const YearMonth R = r.retirement.month;
    const int lastYear = birth.year() + 100;
    lt.path = pensionPath(ctx, r.monthly.total, R, lastYear,
                          AdjustmentPerson{r.figures.contributedMonths, p.kase.person.birth});
    if (const Scalar *le = ctx.params().scalar("lifeExpectancy"))
        lt.lifeExpectancyTenths = static_cast<int>(le->value);
    lt.ownPaid = r.outOfPocketTotal;
    lt.ownPaidFuture = r.outOfPocketFuture;
    lt.employerPaid = r.employerFuture;
    if (todaysMoney) {
        // The payments from now are spread over the years from asOf: deflate them by the years' own weights.
        Fen nominal = 0, deflated = 0;
        for (const YearRow &y : r.years)
            if (y.year >= p.kase.asOf.year() && y.personal > 0) {
                nominal += y.personal;
                deflated += deflate(y.personal, YearMonth::of(y.year, 7), today, lt.inflation);
            }
        if (nominal > 0) {
            lt.ownPaidFuture = divRound(static_cast<Wide>(lt.ownPaidFuture) * deflated, nominal);
            lt.employerPaid = divRound(static_cast<Wide>(lt.employerPaid) * deflated, nominal);
        }
    }

    auto money = [&](Fen amount, YearMonth m) {
        return todaysMoney ? deflate(amount, m, today, lt.inflation) : amount;
    };

    // Payments by year, from the year table; what a statement does not itemise counts from the start.
    Fen itemised = 0;
    for (const YearRow &y : r.years)
        itemised += y.personal;
    Fen paid = money(r.outOfPocketTotal - itemised, p.kase.asOf), received = 0;
    std::size_t row = 0;
    std::size_t pathIndex = 0;
    const int firstYear = r.years.empty() ? R.year() : r.years.front().year;
    const int lifeMonths = lt.lifeExpectancyTenths * 12 / 10;
    for (int year = firstYear; year <= lastYear; ++year) {
        for (; row < r.years.size() && r.years[row].year == year; ++row)
            paid += money(r.years[row].personal, YearMonth::of(year, 7)); // mid-year as the payment date
        for (int month = 1; month <= 12; ++month) {
            const YearMonth m = YearMonth::of(year, month);
            if (R < m) {
                while (pathIndex + 1 < lt.path.size() && lt.path[pathIndex + 1].year <= year)
                    ++pathIndex;
                received += money(lt.path[pathIndex].monthly, m);
                if (!lt.breakEvenMonth && received >= paid && paid > 0) {
                    lt.breakEvenMonth = m;
                    lt.breakEvenAgeMonths = monthsBetween(birth, m);
                }
            }
            // Totals on the birthdays of 70, 75, 80, 85, 90 and at life expectancy.
            const int age = monthsBetween(birth, m);
            for (int mark : {70, 75, 80, 85, 90})
                if (age == mark * 12)
                    lt.totals.push_back({mark, false, paid, received, received - paid});
            if (lifeMonths > 0 && age == lifeMonths)
                lt.totals.push_back({lifeMonths / 12, true, paid, received, received - paid});
        }
        lt.curve.push_back({monthsBetween(birth, YearMonth::of(year, 12)), year, paid, received});
    }
    if (todaysMoney)
        lt.ownPaid = paid;
    // Explanation: the paid total, the break-even, the total at life expectancy.
    const Fen unitemised = r.outOfPocketTotal - itemised;
    lt.steps.push_back({StepCode::OwnPayments,
                        formatFen(unitemised) + " + " + formatFen(itemised - r.outOfPocketFuture) + " + " +
                            formatFen(r.outOfPocketFuture),
                        formatFen(r.outOfPocketTotal), "国发〔2005〕38号"});
    if (lt.breakEvenMonth)
        lt.steps.push_back({StepCode::BreakEven,
                            "Σ " + R.plus(1).toString() + "…" + lt.breakEvenMonth->toString() + " ≥ " + formatFen(paid),
                            ageToken(*lt.breakEvenAgeMonths),
                            "调整退休人员基本养老金 (" + formatPercent(lt.increaseAssumption) + "%)"});
    for (const AgeTotal &t : lt.totals)
        if (t.lifeExpectancy)
            lt.steps.push_back({StepCode::LifetimeTotal,
                                "Σ " + R.plus(1).toString() + "…" + birth.plus(t.ageYears * 12).toString(),
                                formatFen(t.received), "预期寿命 " + formatScaled(lt.lifeExpectancyTenths, 1)});
    std::stable_sort(lt.totals.begin(), lt.totals.end(),
                     [](const AgeTotal &a, const AgeTotal &b) { return a.ageYears < b.ageYears; });
    return lt;
}

} // namespace pension
