#include "projection.h"

#include "annuity.h"
#include "benefit.h"
#include "law.h"
#include "retirement.h"

#include <algorithm>
#include <cmath>

namespace pension {

namespace {

std::string ageString(int months)
{
    return ageToken(months);
}

std::string halfString(HalfMonths h)
{
    return h % 2 ? formatScaled(h * 5, 1) : std::to_string(h / 2);
}

// Hebei's yearly method (冀劳社〔2006〕67号 as cited on Hebei sheets; the sheets' year tables were not read): years
// before the individual account count at index 1.0 before 1993 and at least 1.2 from 1993 until the account began.
constexpr int kYearlyIndexOneBefore = 1993;
constexpr double kYearlyIndexPreAccountFloor = 1.2;

// Replays a year-by-year history into the ledger up to the end of the asOf month.
void replayHistory(Prepared &p)
{
    const Case &c = p.kase;
    const Context &ctx = *p.context;
    const YearMonth accountStart = c.accountStart.value_or(ctx.accountStart());
    Accrual &a = p.start;
    a.deemed = c.historyDeemed;
    a.year = c.history.front().year;
    if (a.yearlyIndex && c.historyDeemed > 0) {
        // 视同 years lie before the contributions began (before 1993 for the people the rule concerns): index 1.0.
        const int deemedYears = static_cast<int>(divRound(c.historyDeemed, 24));
        a.yearIndexTotal += deemedYears * 1.0;
        a.indexYears += deemedYears;
    }
    bool assumedDenominator = false;
    std::size_t next = 0;
    for (int y = a.year; y <= c.asOf.year(); ++y) {
        const YearFigures &yf = ctx.year(y);
        YearRow row;
        row.year = y;
        row.origin = Origin::Gap;
        row.averageWage = yf.knownDenominator;
        row.averageStatus = yf.knownDenominatorStatus;
        if (next < c.history.size() && c.history[next].year == y) {
            const HistoryRow &h = c.history[next++];
            row.origin = Origin::History;
            const int whole = (h.months + 1) / 2; // calendar months touched
            int first = h.firstMonth.value_or(next == 1 && whole < 12 && y != c.asOf.year() ? 13 - whole : 1);
            const int last = first + whole - 1;
            // Months before the person's account began count for the years, not for the index (domain §1.2).
            const int accountFirst =
                y < accountStart.year() ? 13 : (y > accountStart.year() ? 1 : accountStart.month());
            const int preWhole = std::clamp(accountFirst - first, 0, whole);
            const HalfMonths preHalves = std::min<HalfMonths>(2 * preWhole, h.months);
            const HalfMonths accHalves = h.months - preHalves;
            // The denominator in force on the calculation date: a year's average applies once published, until
            // then the last published one (Context::knownDenominator).
            const Fen denominator = h.averageWage.value_or(yf.knownDenominator);
            if (!h.averageWage && yf.knownDenominatorStatus == Status::Assumed && accHalves > 0)
                assumedDenominator = true;
            row.averageWage = denominator;
            row.averageStatus = h.averageWage ? Status::Published : yf.knownDenominatorStatus;
            a.preAccount += preHalves;
            a.account += accHalves;
            // With the year's total on record (the leaflet's 缴费基数), payments are taken from the exact total.
            const double monthlyExact =
                h.baseTotal ? static_cast<double>(*h.baseTotal) * 2 / h.months : static_cast<double>(h.monthlyBase);
            const double yearIndex = monthlyExact / static_cast<double>(denominator);
            a.indexSum += yearIndex * accHalves / 2.0;
            a.openYearSum += yearIndex * accHalves / 2.0;
            a.openYearMonths += accHalves;
            if (a.yearlyIndex && accHalves == 0 && preHalves > 0) {
                // A year wholly before the account: counted once, at 1.0 or at least 1.2.
                a.yearIndexTotal += y < kYearlyIndexOneBefore ? 1.0 : std::max(yearIndex, kYearlyIndexPreAccountFloor);
                ++a.indexYears;
            }
            row.index = yearIndex;
            row.indexCounts = accHalves > 0 || a.yearlyIndex;
            row.monthlyBase = h.monthlyBase;
            row.months = h.months;
            const Ppm paidRate = c.kind == InsuranceKind::Flexible ? yf.flexibleRate : yf.employeeRate;
            row.personal = h.baseTotal ? divRound(static_cast<Wide>(*h.baseTotal) * paidRate, kPpmOne)
                                       : divRound(static_cast<Wide>(h.monthlyBase) * paidRate * h.months, 2 * kPpmOne);
            row.accountCredit = h.accountCredit.value_or(
                h.baseTotal ? divRound(static_cast<Wide>(*h.baseTotal) * yf.accountRate * accHalves,
                                       static_cast<Wide>(h.months) * kPpmOne)
                            : divRound(static_cast<Wide>(h.monthlyBase) * yf.accountRate * accHalves, 2 * kPpmOne));
            if (accHalves == 0 && !h.accountCredit)
                row.accountCredit = 0;
            a.credits += row.accountCredit;
            // 月积数 weight of the credited months (spread evenly over them).
            const int accFirst = std::max(first, accountFirst);
            const int accMonths = last - accFirst + 1;
            if (accMonths > 0)
                a.weight +=
                    divRound(static_cast<Wide>(row.accountCredit) * ((accFirst + last) * accMonths / 2), accMonths);
            a.personalPaid += row.personal;
        }
        row.interestRate = yf.interest;
        row.interestStatus = yf.interestStatus;
        if (y < c.asOf.year() || c.asOf.month() == 12) {
            row.interest = closeYear(a, yf, 12);
            row.accountBalance = a.opening;
        } else {
            row.accountBalance = a.balance();
        }
        p.historyRows.push_back(row);
    }
    p.historyPaid = a.personalPaid;
    if (assumedDenominator)
        p.warnings.push_back({WarningCode::AssumedParameter, {"indexDenominator"}});
}

void startFromStatement(Prepared &p)
{
    const Record &r = *p.kase.record;
    Accrual &a = p.start;
    a.deemed = r.deemed;
    a.preAccount = r.preAccount;
    a.account = r.account;
    a.indexFromStatement = true;
    // With record.indexedWage the index was set by statementIndexedWage: the given one, or W / base.
    const Ppm index = a.statementWage ? a.statementIndex : r.averageIndex;
    a.statementIndex = index;
    a.indexSum = static_cast<double>(index) / kPpmOne * (r.account / 2.0);
    a.opening = r.accountBalance;
    a.year = p.kase.asOf.month() == 12 ? p.kase.asOf.year() + 1 : p.kase.asOf.year();
    YearRow row;
    row.year = p.kase.asOf.year();
    row.origin = Origin::Statement;
    row.months = 0;
    row.accountBalance = r.accountBalance;
    row.index = static_cast<double>(index) / kPpmOne;
    const YearFigures &yf = p.context->year(row.year);
    // A statement does not itemise what was paid: estimate it from the average index, the months since the account
    // began (taken as the months just before asOf) and each year's average and rate. Shown as an estimate.
    YearMonth last = p.kase.asOf;
    for (int left = r.account / 2; left > 0;) {
        // The months of one calendar year, walking back from asOf.
        const int months = std::min(left, last.month());
        const YearFigures &f = p.context->year(last.year());
        const Fen base = divRound(static_cast<Wide>(f.average) * index, kPpmOne);
        const Ppm rate = p.kase.kind == InsuranceKind::Flexible ? f.flexibleRate : f.employeeRate;
        a.personalPaid += divRound(static_cast<Wide>(base) * rate, kPpmOne) * months;
        left -= months;
        last = YearMonth::of(last.year() - 1, 12);
    }
    // Kept out of the year's row (it is not what was paid that year); results count it in the totals.
    p.historyPaid = a.personalPaid;
    if (a.personalPaid > 0)
        p.warnings.push_back({WarningCode::PastPaymentsEstimated, {formatFen(a.personalPaid)}});
    row.averageWage = yf.average;
    row.averageStatus = yf.averageStatus;
    row.interestRate = yf.interest;
    row.interestStatus = yf.interestStatus;
    p.historyRows.push_back(row);
}

} // namespace

// The average index: a statement's as printed; otherwise the mean over the months (or, under Hebei's yearly rule, of
// the yearly indices), rounded to the decimals of the region's indexDecimals rule.
Ppm averageIndexOf(const Accrual &a, int decimals)
{
    if (a.indexFromStatement)
        return a.statementIndex;
    if (a.yearlyIndex) {
        // Mean of the yearly indices; the open year counts once it has months.
        const bool open = a.openYearMonths > 0;
        const int years = a.indexYears + (open ? 1 : 0);
        if (years == 0)
            return 0;
        const double total = a.yearIndexTotal + (open ? a.openYearSum / (a.openYearMonths / 2.0) : 0.0);
        return roundIndex(total / years, decimals);
    }
    if (a.account <= 0)
        return 0;
    return roundIndex(a.indexSum / (a.account / 2.0), decimals);
}

namespace {

Ppm indexOf(const Accrual &a, int decimals)
{
    return averageIndexOf(a, decimals);
}

// The months of year y a plan pays, as segments of one period each.
template <typename Fn> void forEachSegment(const Plan &plan, int y, int m1, int m2, YearMonth retirement, Fn &&fn)
{
    const YearMonth lo = YearMonth::of(y, m1), hi = YearMonth::of(y, m2);
    for (const PlanPeriod &period : plan.contributions) {
        const YearMonth s = std::max(lo, period.from);
        const YearMonth e = std::min({hi, period.until.value_or(retirement), retirement});
        if (!(e < s))
            fn(period, s.month(), e.month());
    }
}

struct Walk {
    YearMonth firstFuture; // asOf + 1
    YearMonth retirement;
};

// Runs the plan from the prepared state to retirement. Rows, when asked for, get one entry per year.
void walkPlan(const Prepared &p, const Plan &plan, Accrual &a, YearMonth retirement, std::vector<YearRow> *rows)
{
    const Context &ctx = *p.context;
    const YearMonth asOf = p.kase.asOf;
    if (retirement <= asOf) {
        // The record already ends at retirement: a statement's balance is final; a history's open year is closed
        // with interest to the retirement month.
        if (!p.kase.record && a.year == retirement.year()) {
            const Fen interest = closeYear(a, ctx.year(retirement.year()), retirement.month());
            if (rows && !rows->empty() && rows->back().year == retirement.year()) {
                rows->back().interest = interest;
                rows->back().accountBalance = a.opening;
            }
        }
        return;
    }
    while (a.year <= retirement.year()) {
        const int y = a.year;
        const YearFigures &yf = ctx.year(y);
        const int m1 = y == asOf.year() ? asOf.month() + 1 : 1;
        const int m2 = y == retirement.year() ? retirement.month() : 12;
        const Fen creditsBefore = a.credits, personalBefore = a.personalPaid, employerBefore = a.employerPaid;
        const HalfMonths monthsBefore = a.account + a.preAccount;
        const double indexBefore = a.indexSum;
        Fen lastBase = 0;
        Ppm lastGrade = 0;
        forEachSegment(plan, y, m1, m2, retirement, [&](const PlanPeriod &period, int from, int to) {
            const MonthsPaid paid = contributionFor(yf, baseForGrade(yf, period.grade), period.kind);
            addMonths(a, yf, paid, from, to, true);
            lastBase = paid.base;
            lastGrade = period.grade;
        });
        const Fen credited = a.credits - creditsBefore;
        const Fen interest = closeYear(a, yf, m2);
        if (!rows)
            continue;
        const HalfMonths months = a.account + a.preAccount - monthsBefore;
        YearRow *row = nullptr;
        if (!rows->empty() && rows->back().year == y) {
            row = &rows->back(); // the asOf year: history months and plan months in one row
        } else {
            rows->push_back(YearRow{});
            row = &rows->back();
            row->year = y;
            row->origin = months > 0 ? Origin::Plan : Origin::Gap;
            row->averageWage = yf.average;
            row->averageStatus = yf.averageStatus;
        }
        if (months > 0) {
            const double yearIndexSum = a.indexSum - indexBefore + row->index * row->months / 2.0;
            row->months += months;
            row->index = yearIndexSum / (row->months / 2.0);
            row->monthlyBase = lastBase;
            row->grade = lastGrade;
            if (row->origin == Origin::Gap)
                row->origin = Origin::Plan;
        }
        row->personal += a.personalPaid - personalBefore;
        row->employer += a.employerPaid - employerBefore;
        row->accountCredit += credited;
        row->interestRate = yf.interest;
        row->interestStatus = yf.interestStatus;
        row->interest = interest;
        row->accountBalance = a.opening;
    }
}

struct RetirementFigures {
    BaseFigure base;
    std::optional<BaseFigure> provisionalBase;
    int annuityTenths = 0;
    Ppm transitionRate = 0;
    RuleSet rules;                       // in force in the retirement month
    std::optional<Fen> localPensionBase; // the case's override, else the city's series
    // When the city's base is grown with the province's projected one: the city's last figure and its year.
    std::optional<std::pair<int, Fen>> localBaseProjectedFrom;
    std::optional<Fen> provisionalLocalPensionBase; // the city's base of the year before, for the 预发 pension
    std::vector<const LocalItem *> localItems;
    Ppm adjustmentRate = kPpmOne;         // transitionAdjustmentRate in the retirement month (100% without the series)
    std::optional<Ppm> transitionRateAlt; // when transitionRateChoice selects it by a condition
    Ppm phaseInRate = kPpmOne;            // transitionPhaseInRate at the retirement month (transitionalPhaseIn)
};

// The share of the 过渡性养老金调整额 paid to someone retiring in `month` (series transitionAdjustmentRate).
Ppm adjustmentRateAt(const ParameterSet &params, YearMonth month)
{
    const Series *s = params.find("transitionAdjustmentRate");
    const SeriesEntry *e = s ? s->at(month) : nullptr;
    return e ? e->value : kPpmOne;
}

// The second 过渡系数 when the rules in force choose it by a computed condition (transitionRateChoice) and the case
// does not set its own.
std::optional<Ppm> transitionRateAltFor(const Prepared &p, const RuleSet &rules, YearMonth month)
{
    if (p.kase.overrides.transitionRate || rules.transitionRateChoice == TransitionRateChoice::Single)
        return std::nullopt;
    const Series *alt = p.params.find("transitionRateAlt");
    const SeriesEntry *e = alt ? alt->at(month) : nullptr;
    return e ? std::optional<Ppm>(e->value) : std::nullopt;
}

// The city's own 计发基数 of the two-base rules: the case's override, else the city pack's series in force in `month`.
// When the provincial base of that year is projected and the city's is known only to an earlier year, the city's
// grows with the province's, base for base, instead of standing still at its last figure (`projectedFrom` says so).
std::optional<Fen> localPensionBaseFor(const Prepared &p, YearMonth month, const BaseFigure &province,
                                       std::optional<std::pair<int, Fen>> *projectedFrom)
{
    if (p.kase.overrides.localPensionBase)
        return p.kase.overrides.localPensionBase;
    const Series *local = p.params.find("localPensionBase");
    const SeriesEntry *e = local ? local->at(month) : nullptr;
    if (!e)
        return std::nullopt;
    if (province.status == Status::Assumed && e->from.year() < month.year())
        if (const BaseFigure known = p.context->pensionBase(e->from.year()); known.value > 0) {
            if (projectedFrom)
                *projectedFrom = std::pair{e->from.year(), e->value};
            return divRound(static_cast<Wide>(e->value) * province.value, known.value);
        }
    return e->value;
}

// Whether the case shows months paid before 1998 (上海's 1993–1997 虚账实记): 视同 months, a first contribution or
// a history year before 1998, or a statement with more months than lie between 1998-01 and its date.
bool paidBefore1998(const Case &c)
{
    const YearMonth y1998 = YearMonth::of(1998, 1);
    if (c.firstContribution && *c.firstContribution < y1998)
        return true;
    if (c.record)
        return c.record->deemed > 0 ||
               c.record->preAccount + c.record->account > 2 * std::max(0, monthsBetween(y1998, c.asOf) + 1);
    return std::any_of(c.history.begin(), c.history.end(), [](const HistoryRow &h) { return h.year < 1998; });
}

// The region's approximateWhen entries whose every condition holds for this case retiring in `month`.
std::vector<ScopedApproximate> approximateFor(const Prepared &p, YearMonth month)
{
    static const std::vector<std::string> none;
    const std::vector<std::string> &claims = p.kase.record ? p.kase.record->localItemClaims : none;
    auto among = [](const std::vector<std::string> &list, const std::string &id) {
        return std::find(list.begin(), list.end(), id) != list.end();
    };
    std::vector<ScopedApproximate> out;
    for (const ScopedApproximate &a : p.params.approximateWhen) {
        if (a.retiringBefore && !(month < *a.retiringBefore))
            continue;
        if (!a.tracks.empty() && !among(a.tracks, p.kase.person.track))
            continue;
        if (!a.unlessClaimed.empty() && std::any_of(a.unlessClaimed.begin(), a.unlessClaimed.end(),
                                                    [&](const std::string &id) { return among(claims, id); }))
            continue;
        out.push_back(a);
    }
    return out;
}

// The share of (new − old) the transitionalPhaseIn rule pays to someone retiring in `month`; 100% without a figure.
Ppm phaseInRateAt(const Prepared &p, YearMonth month)
{
    const Series *s = p.params.find("transitionPhaseInRate");
    const SeriesEntry *e = s ? s->at(month) : nullptr;
    return e ? static_cast<Ppm>(e->value) : kPpmOne;
}

RetirementFigures retirementFigures(const Prepared &p, const RetirementDecision &d)
{
    const Context &ctx = *p.context;
    RetirementFigures f;
    if (p.kase.overrides.pensionBase) {
        f.base.value = *p.kase.overrides.pensionBase;
        f.base.year = d.month.year();
        f.base.status = Status::Published;
    } else {
        f.base = ctx.pensionBase(d.month.year());
        // Until the retirement year's base is published the agency pays a 预发 pension on the previous year's;
        // once it is published (on the calculation date) the final pension and the back pay are history.
        if (d.month < f.base.publishedOn && p.context->calculatedOn() < f.base.publishedOn)
            f.provisionalBase = ctx.pensionBase(d.month.year() - 1);
    }
    f.annuityTenths = p.kase.overrides.annuityMonthsTenths.value_or(annuityMonthsTenths(p.params, d.ageMonths));
    f.transitionRate = p.kase.overrides.transitionRate.value_or(ctx.transitionRate(d.month));
    f.rules = p.params.rulesAt(d.month);
    f.localPensionBase = localPensionBaseFor(p, d.month, f.base, &f.localBaseProjectedFrom);
    if (f.provisionalBase)
        f.provisionalLocalPensionBase =
            localPensionBaseFor(p, YearMonth::of(d.month.year() - 1, 12), *f.provisionalBase, nullptr);
    f.localItems = p.params.localItemsAt(d.month);
    f.adjustmentRate = adjustmentRateAt(p.params, d.month);
    f.transitionRateAlt = transitionRateAltFor(p, f.rules, d.month);
    f.phaseInRate = phaseInRateAt(p, d.month);
    return f;
}

// record.indexedWage (新疆 sheets print W and no index): the sheet was paid on the base in force at its month as known
// on the calculation date (the 预发 one before the year's is published; the city's under `two-base`), so W belongs to
// that base. Sets the statement's index: the one given, checked against W within the rounding of its printed
// decimals (an error naming both fields beyond it), or W / base to 6 decimals, labelled derived.
std::optional<InputError> statementIndexedWage(Prepared &p)
{
    const Record &r = *p.kase.record;
    if (!r.indexedWage)
        return std::nullopt;
    RetirementDecision d;
    d.month = p.kase.asOf;
    d.ageMonths = monthsBetween(p.kase.person.birth, p.kase.asOf);
    const RetirementFigures f = retirementFigures(p, d);
    const bool twoBase = f.rules.basicFormula == BasicFormula::TwoBase;
    const Fen base = f.provisionalBase ? (twoBase ? f.provisionalLocalPensionBase.value_or(f.provisionalBase->value)
                                                  : f.provisionalBase->value)
                                       : (twoBase ? f.localPensionBase.value_or(f.base.value) : f.base.value);
    if (base <= 0)
        return std::nullopt;
    Accrual &a = p.start;
    a.statementWage = r.indexedWage;
    a.statementWageBase = base;
    if (r.averageIndex == 0) {
        a.statementIndex = divRound(static_cast<Wide>(*r.indexedWage) * kPpmOne, base);
        a.indexDerived = true;
        return std::nullopt;
    }
    a.statementIndex = r.averageIndex;
    // |W − B × I| within half a unit of the index's last decimal (4 as sheets print it, 5 or 6 where given) times B,
    // plus half a fen for W's own rounding; compared doubled, in fen × ppm.
    Wide unit = 1;
    for (int i = indexDigits(r.averageIndex); i < 6; ++i)
        unit *= 10;
    const Wide product = static_cast<Wide>(base) * r.averageIndex;
    const Wide given = static_cast<Wide>(*r.indexedWage) * kPpmOne;
    const Wide diff = product > given ? product - given : given - product;
    if (2 * diff > static_cast<Wide>(base) * unit + kPpmOne)
        return InputError{"record.indexedWage", InputErrorCode::Inconsistent,
                          Allowed::of(Allowed::Kind::ProductOf, {"record.averageIndex"},
                                      formatFen(base) + " × " + formatIndex(r.averageIndex) + " = " +
                                          formatFen(divRound(product, kPpmOne))),
                          formatFen(*r.indexedWage)};
    return std::nullopt;
}

BenefitInput benefitInput(const Prepared &p, const Accrual &a, Fen base, const RetirementFigures &f)
{
    BenefitInput in;
    in.pensionBase = base;
    in.averageIndex = indexOf(a, f.rules.indexDecimals);
    in.contributed = a.contributed();
    in.transition = a.deemed + a.preAccount;
    in.deemed = a.deemed;
    in.accountBalance = a.opening;
    in.annuityMonthsTenths = f.annuityTenths;
    in.transitionRate = f.transitionRate;
    in.rules = f.rules;
    in.localPensionBase = f.localPensionBase;
    in.transitionRateAlt = f.transitionRateAlt;
    if (const auto &rec = p.kase.record) {
        in.statementTransition = rec->transitionMonths;
        in.transitionPaid = rec->transitionPaidMonths;
        // Beijing's T实98 counts months paid up to 1998-06: none for someone who first paid after it.
        if (!in.transitionPaid && p.kase.firstContribution && YearMonth::of(1998, 6) < *p.kase.firstContribution)
            in.transitionPaid = 0;
        in.transitionIndex = rec->transitionIndex;
        in.deemedAccount = rec->deemedAccount;
        in.deemedIndex = rec->deemedIndex;
        in.preAccountIndexSum = rec->preAccountIndexSum;
        in.oldIndexedWage = rec->oldIndexedWage;
        in.oldMethodShare = rec->oldMethodShare;
        in.oldMethodTransitional = rec->oldMethodTransitional;
        in.notionalCredits = rec->notionalCredits;
    }
    if (a.indexFromStatement && a.statementWage) {
        in.statementWage = a.statementWage;
        in.statementWageBase = a.statementWageBase;
    }
    in.adjustmentRate = f.adjustmentRate;
    in.phaseInRate = f.phaseInRate;
    for (const LocalItem *item : f.localItems) {
        LocalItemInput li;
        li.item = item;
        if (p.kase.record) {
            const Record &rec = *p.kase.record;
            if (auto it = rec.localItems.find(item->id); it != rec.localItems.end())
                li.statementAmount = it->second;
        }
        in.localItems.push_back(li);
    }
    if (p.kase.record) {
        // One field for both uses: index-years items (深圳) and the tiered / fixed-per-year items (西藏, 重庆).
        in.localItemClaims = p.kase.record->localItemClaims;
        in.localItemMonths = p.kase.record->localItemMonths;
    }
    if (f.rules.oldMethodComparison != OldMethodComparison::None) {
        if (const Scalar *s = p.params.scalar("oldMethodBase"))
            in.oldMethodBase = static_cast<Fen>(s->value);
        if (p.kase.record)
            in.oldMethodIndex = p.kase.record->oldMethodIndex;
    }
    return in;
}

} // namespace

BenefitInput benefitInputFor(const Prepared &p, const Accrual &a, Fen base, int annuityTenths, Ppm transitionRate,
                             YearMonth retirement)
{
    RetirementFigures f;
    f.annuityTenths = annuityTenths;
    f.transitionRate = transitionRate;
    f.rules = p.params.rulesAt(retirement);
    BaseFigure province = p.context->pensionBase(retirement.year()); // its status: published or projected
    province.value = base;
    f.localPensionBase = localPensionBaseFor(p, retirement, province, nullptr);
    f.localItems = p.params.localItemsAt(retirement);
    f.adjustmentRate = adjustmentRateAt(p.params, retirement);
    f.transitionRateAlt = transitionRateAltFor(p, f.rules, retirement);
    f.phaseInRate = phaseInRateAt(p, retirement);
    return benefitInput(p, a, base, f);
}

namespace {

std::optional<InputError> checkPlan(const Prepared &p, const Plan &plan, const RetirementDecision &d)
{
    if (d.problem != RetireProblem::None) {
        YearMonth earliest = p.window.earliestMonth;
        if (d.problem == RetireProblem::BeforeSpecialMinimum)
            earliest = p.kase.person.birth.plus(specialReasonMinAgeMonths(p.kase.person.sex, plan.reason));
        return InputError{
            "plan.retire", InputErrorCode::OutOfRange,
            Allowed::range(Number::month(earliest), Number::month(p.window.latestMonth), AllowedUnit::Month),
            d.month.toString()};
    }
    if (d.month < p.kase.asOf)
        return InputError{"plan.retire", InputErrorCode::Inconsistent,
                          Allowed::related(Relation::OnOrAfter, "asOf", p.kase.asOf.toString()), d.month.toString()};
    for (std::size_t i = 0; i < plan.contributions.size(); ++i)
        if (d.month < plan.contributions[i].from)
            return InputError{"plan.contributions[" + std::to_string(i) + "].from", InputErrorCode::Inconsistent,
                              Allowed::related(Relation::OnOrBefore, "plan.retire", d.month.toString()),
                              plan.contributions[i].from.toString()};
    return std::nullopt;
}

Eligibility eligibilityOf(const Prepared &p, const Plan &plan, const RetirementDecision &d, HalfMonths contributed)
{
    Eligibility e;
    e.requiredMonths = d.requiredMonths;
    e.requirementYear = d.requirementYear;
    e.contributed = contributed;
    e.eligible = contributed >= 2 * d.requiredMonths;
    if (e.eligible)
        return e;
    // 社会保险法 第十六条 / 办法 第二条: keep paying (延长缴费) until the minimum is met.
    e.shortMonths = (2 * d.requiredMonths - contributed + 1) / 2;
    e.reachedMonth = d.month.plus(e.shortMonths);
    const Ppm grade = plan.contributions.empty() ? law::kMinGrade : plan.contributions.back().grade;
    for (int i = 1; i <= e.shortMonths; ++i) {
        const YearFigures &yf = p.context->year(d.month.plus(i).year());
        e.costToReach += contributionFor(yf, baseForGrade(yf, grade), InsuranceKind::Flexible).personalPerMonth;
    }
    return e;
}

// The pension of someone short of the minimum who pays on (延长缴费) as a flexible worker at the plan's last grade
// until the minimum is met: the plan to the retirement month, then the months short, the pension computed at the
// month they end (its base, age and 计发月数) and paid from the month after.
// Its step (StepCode::PayOnPension) goes to `steps`: the months paid on and at what grade, the month the pension
// starts, and the parts of the pension then.
void payOnPension(const Prepared &p, const Plan &plan, const RetirementDecision &d, Eligibility &e,
                  std::vector<Step> &steps)
{
    // (A record already past the month the minimum would be met shows what was paid instead: nothing to project.)
    if (e.eligible || e.shortMonths <= 0 || e.reachedMonth <= p.kase.asOf)
        return;
    Plan extended = plan;
    for (PlanPeriod &period : extended.contributions)
        if (!period.until || d.month < *period.until)
            period.until = d.month;
    PlanPeriod on;
    on.from = std::max(d.month, p.kase.asOf).plus(1);
    on.until = e.reachedMonth;
    on.grade = plan.contributions.empty() ? 600'000 : plan.contributions.back().grade;
    on.kind = InsuranceKind::Flexible;
    extended.contributions.push_back(on);
    RetirementDecision then = d;
    then.month = e.reachedMonth;
    then.ageMonths = d.ageMonths + e.shortMonths;
    Accrual a = p.start;
    walkPlan(p, extended, a, then.month, nullptr);
    const RetirementFigures f = retirementFigures(p, then);
    const BenefitInput in = benefitInput(p, a, f.base.value, f);
    if (missingBenefitInput(in))
        return;
    e.payOnMonthly = computeBenefit(in).monthly;
    e.payOnPensionFrom = e.reachedMonth.plus(1);
    e.payOnKnown = true;
    const Monthly &m = e.payOnMonthly;
    std::string parts = formatFen(m.basic) + " + " + formatFen(m.account) + " + " + formatFen(m.transitional);
    if (m.local != 0)
        parts += " + " + formatFen(m.local);
    steps.push_back(Step{StepCode::PayOnPension,
                         on.from.toString() + "–" + on.until->toString() + " × " + formatFraction(on.grade) + " (" +
                             std::to_string(e.shortMonths) + "); " + e.payOnPensionFrom.toString() + ": " + parts,
                         formatFen(m.total), "中华人民共和国社会保险法 第十六条; 人社部发〔2024〕94号 第七条"});
}

// Warnings on a plan that contradicts the calculation date: a retirement month already gone, months planned between
// the record and the calculation date (paid or not, the record does not show them).
void planStaleness(const Prepared &p, const Plan &plan, const RetirementDecision &d, std::vector<Warning> &out)
{
    const YearMonth today = p.context->calculatedOn();
    if (d.month < today && p.kase.asOf < d.month)
        out.push_back({WarningCode::RetirementPassed, {d.month.toString(), today.toString()}});
    const YearMonth firstGone = p.kase.asOf.plus(1);
    const YearMonth lastGone = std::min(today.plus(-1), d.month);
    if (lastGone < firstGone)
        return;
    int months = 0;
    std::optional<YearMonth> first, last;
    std::string field;
    for (std::size_t i = 0; i < plan.contributions.size(); ++i) {
        const PlanPeriod &period = plan.contributions[i];
        const YearMonth from = std::max(period.from, firstGone);
        const YearMonth until = std::min(period.until.value_or(d.month), lastGone);
        if (until < from)
            continue;
        months += monthsBetween(from, until) + 1;
        if (!first || from < *first)
            first = from;
        if (!last || *last < until)
            last = until;
        if (field.empty())
            field = "plan.contributions[" + std::to_string(i) + "]";
    }
    if (months > 0)
        out.push_back({WarningCode::PlanInPast, {first->toString(), last->toString(), std::to_string(months), field}});
}

// The old-method 过渡性养老金 (广东, 深圳) as the sheets print it: 原办法 + 缴费年限津贴 + 100.
std::string oldMethodFormula(const Prepared &p, const Benefit &b, TransitionalFormula rule)
{
    const OldMethod &om = *b.oldMethod;
    const Record *rec = p.kase.record ? &*p.kase.record : nullptr;
    std::string old = formatFen(om.oldPart);
    if (rule == TransitionalFormula::GuangdongOldMethod && rec && rec->deemedAccount)
        old = formatFen(*rec->deemedAccount) + " / 120";
    else if (rule == TransitionalFormula::ShenzhenOldMethod && rec && rec->oldIndexedWage && rec->oldMethodShare)
        old = formatFen(*rec->oldIndexedWage) + " × " + formatScaled(*rec->oldMethodShare / 100, 4);
    return old + " + " + std::to_string(om.wholeYears) + " × 4 + " + formatFen(om.supplement);
}

// The new-method figure the 调整额 compares with.
std::string newMethodFormula(const Benefit &b, const RuleSet &rules, HalfMonths deemed, Fen indexedBase,
                             const std::string &rate)
{
    const OldMethod &om = *b.oldMethod;
    if (rules.transitionalFormula == TransitionalFormula::GuangdongOldMethod)
        return formatFen(indexedBase) + " × (" + formatScaled(om.deemedIndex / 100, 4) + " × " + halfString(deemed) +
               " + " + formatScaled(om.indexSum / 100, 4) + ") / 12 × " + rate;
    return formatFen(indexedBase) + " × " + formatScaled(om.transitionIndex / 100, 4) + " × " +
           formatYears(b.transitionYears) + " × " + rate;
}

// 过渡性养老金调整额 = (新办法 − 原办法 − 缴费年限津贴) × the year's share, 0 when not positive.
std::string adjustmentFormula(const OldMethod &om)
{
    return "max(0, " + formatFen(om.newMethod) + " − " + formatFen(om.oldPart) + " − " + formatFen(om.allowance) +
           ") × " + formatPercent(om.adjustmentRate) + "%";
}

// A basic-wage-year-bands item's formula: "X × 0.15% × 5 + X × 0.20% × 5.58 + …", or why it is not paid.
std::string bandFormula(const LocalItem &def, const Benefit &b)
{
    const std::vector<BandPart> *parts = nullptr;
    for (const auto &[id, list] : b.bandParts)
        if (id == def.id)
            parts = &list;
    if (!parts || parts->empty())
        return termToken("actual-years") + " " + formatYears(b.actualYears) + " < " +
               std::to_string(def.minActualYears.value_or(0));
    std::string out;
    for (const BandPart &part : *parts)
        out += (out.empty() ? "" : " + ") + formatFen(b.bandWage) + " × " + formatPercent(part.rate) + "% × " +
               formatYears(part.years);
    return out;
}

// The comparison result of oldMethodComparison: what the new method, the old one and the cap leave to be paid.
Fen comparisonResult(const Benefit &b)
{
    Fen local = 0;
    for (const LocalPayment &pay : b.local)
        if (pay.kind == LocalItemKind::OldMethodTopUp)
            local += pay.amount;
    return b.monthly.basic + b.monthly.account + b.monthly.transitional + local;
}

// "10.00% (190 months ≥ 15 years: 5%/10 y, 10%/15 y, 15%/20 y)"
std::string tierText(const LocalItem &def, const Case &c, const std::string &id, HalfMonths contributed)
{
    HalfMonths counted = contributed;
    std::string source = "N";
    if (c.record)
        if (auto it = c.record->localItemMonths.find(id); it != c.record->localItemMonths.end()) {
            counted = it->second;
            source = "record.localItemMonths." + id;
        }
    Ppm rate = 0;
    std::string tiers;
    for (const LocalItemTier &t : def.tiers) {
        if (counted >= 2 * t.months)
            rate = t.rate;
        tiers += (tiers.empty() ? "" : ", ") + formatPercent(t.rate) + "% ≥ " + std::to_string(t.months / 12);
    }
    return formatPercent(rate) + "% (" + source + " = " + formatYears(roundYears(counted, YearsRounding::HalfUp2)) +
           "; " + tiers + ")";
}

// The two methods of oldMethodComparison and which is paid.
template <typename RuledStep>
void oldMethodSteps(const Benefit &b, const std::string &citation, const std::string &rule, RuledStep &ruledStep)
{
    const Fen newTotal = b.monthly.basic + b.monthly.account + b.monthly.transitional;
    if (!b.methodComparison) {
        if (b.oldMethodMissing)
            ruledStep(StepCode::OldMethodPension, std::string("record.oldMethodIndex ?"), std::string("—"), citation,
                      rule);
        return;
    }
    const OldMethodResult &o = *b.methodComparison;
    const Years y1 = roundYears(static_cast<HalfMonths>(o.m1Num), YearsRounding::HalfUp4);
    const Years y = roundYears(static_cast<HalfMonths>(o.mNum), YearsRounding::HalfUp4);
    ruledStep(StepCode::OldMethodPension,
              formatFen(o.base) + " × 20% + K / 120 + 1.4% × " + formatFen(o.base) + " × " + formatIndex(o.index) +
                  " × " + formatYears(y1) + " + 70 × " + formatYears(y1) + " / " + formatYears(y) + " = " +
                  formatFen(o.basic) + " + " + formatFen(o.account) + " + " + formatFen(o.transitional) + " + " +
                  formatFen(o.subsidy),
              formatFen(o.total), citation, rule);
    ruledStep(StepCode::MethodComparison,
              "min(max(" + formatFen(newTotal) + ", " + formatFen(o.total) + "), " + formatFen(o.cap) + ")",
              formatFen(o.paid), citation, rule);
}

void addSteps(Result &r, const Prepared &p, const Accrual &a, const RetirementFigures &f, const Benefit &b)
{
    auto step = [&](StepCode code, std::string formula, std::string value, std::string regulation) {
        r.steps.push_back(Step{code, std::move(formula), std::move(value), std::move(regulation)});
    };
    const auto &d = r.retirement;
    const char *decision = "全国人大常委会关于实施渐进式延迟法定退休年龄的决定 (2024) 附件";
    step(StepCode::RetirementAge, p.kase.person.birth.toString() + " + " + ageString(d.ageMonths), d.month.toString(),
         decision);
    step(StepCode::MinimumMonths, std::to_string(d.requirementYear), std::to_string(d.requiredMonths),
         "国务院 渐进式延迟法定退休年龄办法 第二条; 人社部发〔2024〕94号 第七条");
    step(StepCode::ContributionMonths,
         halfString(a.deemed) + " + " + halfString(a.preAccount) + " + " + halfString(a.account),
         halfString(a.contributed()), "国发〔2005〕38号");
    // Each step names the rule it applied ("yearsRounding:up-1") and cites the pack's regulation for it; the rules
    // left at their defaults cite 国发〔2005〕38号 (and the province's transitional regulation).
    const RuleSet &rules = f.rules;
    auto ruleOf = [&](RuleKey key) { return std::string(ruleKeyName(key)) + ":" + ruleName(key, rules.value(key)); };
    auto cite = [&](RuleKey key, const std::string &fallback) {
        return rules.citation(key).empty() ? fallback : rules.citation(key);
    };
    auto ruledStep = [&](StepCode code, std::string formula, std::string value, std::string regulation,
                         std::string rule) {
        r.steps.push_back(Step{code, std::move(formula), std::move(value), std::move(regulation), std::move(rule)});
    };
    const std::string national = "国发〔2005〕38号";
    ruledStep(StepCode::ContributionYears, halfString(a.contributed()) + " / 12", formatYears(b.contributionYears),
              cite(RuleKey::YearsRounding, national), ruleOf(RuleKey::YearsRounding));
    const Series *tr = p.params.find("transitionRate");
    const SeriesEntry *tre = tr ? tr->at(d.month) : nullptr;
    if (!tre && tr && !tr->entries.empty())
        tre = &tr->entries.back();
    const Provenance *trp = tre ? &tre->provenance : nullptr;
    const std::string rateSource = !trp ? "" : !trp->regulation.empty() ? trp->regulation : trp->source;
    const std::string transitionSource = cite(RuleKey::TransitionalFormula, rateSource);
    const bool beijing = rules.transitionalFormula == TransitionalFormula::BeijingTwoPart;
    std::string tFormula;
    if (beijing || rules.transitionMonths == TransitionMonths::DeemedOnly)
        tFormula = halfString(a.deemed) + " / 12";
    else if (rules.transitionMonths == TransitionMonths::Statement)
        tFormula = halfString(p.kase.record && p.kase.record->transitionMonths ? *p.kase.record->transitionMonths : 0) +
                   " / 12";
    else
        tFormula = "(" + halfString(a.deemed) + " + " + halfString(a.preAccount) + ") / 12";
    ruledStep(StepCode::TransitionYears, tFormula, formatYears(b.transitionYears),
              cite(RuleKey::TransitionMonths, transitionSource),
              ruleOf(RuleKey::TransitionMonths) + ", " + ruleOf(RuleKey::YearsRounding));
    const int decimals = rules.indexDecimals;
    std::int64_t indexScale = 1;
    for (int i = decimals; i < 6; ++i)
        indexScale *= 10;
    // A computed index has the rule's decimals; a statement's is shown as printed (4 decimals, or up to 6 given).
    auto showIndex = [&](Ppm idx) {
        return a.indexFromStatement ? formatIndex(idx) : formatScaled(idx / indexScale, decimals);
    };
    const Ppm index = indexOf(a, decimals);
    const int indexYears = a.indexYears + (a.openYearMonths > 0 ? 1 : 0);
    // record.indexedWage: W is the statement's; an index it did not print is W / base, labelled derived.
    const bool statementWage = a.indexFromStatement && a.statementWage.has_value();
    if (statementWage && a.indexDerived)
        ruledStep(StepCode::AverageIndex, formatFen(*a.statementWage) + " / " + formatFen(a.statementWageBase),
                  showIndex(index), "record.indexedWage", "statement:indexDerived");
    else
        ruledStep(StepCode::AverageIndex,
                  a.indexFromStatement ? formatIndex(index)
                  : a.yearlyIndex      ? termToken("yearly-index-sum") + " / " + std::to_string(indexYears)
                                       : termToken("base-average-sum") + " / " + halfString(a.account),
                  showIndex(index),
                  a.yearlyIndex ? cite(RuleKey::IndexAveraging, "冀劳社〔2006〕67号")
                                : cite(RuleKey::IndexDecimals, national),
                  a.yearlyIndex ? ruleOf(RuleKey::IndexAveraging) + ", " + ruleOf(RuleKey::IndexDecimals)
                                : ruleOf(RuleKey::IndexDecimals));
    step(StepCode::PensionBase, std::to_string(f.base.year), formatFen(f.base.value), national);
    const bool twoBase =
        rules.basicFormula == BasicFormula::TwoBase || rules.basicFormula == BasicFormula::TwoBaseProvinceIndexed;
    const Fen localBase = f.localPensionBase.value_or(f.base.value);
    if (twoBase)
        ruledStep(StepCode::LocalPensionBase,
                  p.kase.overrides.localPensionBase ? "overrides.localPensionBase" : termToken("local-pension-base"),
                  formatFen(localBase), cite(RuleKey::BasicFormula, national), ruleOf(RuleKey::BasicFormula));
    const Fen indexedBase = rules.basicFormula == BasicFormula::TwoBase ? localBase : f.base.value;
    const Fen plainBase = rules.basicFormula == BasicFormula::TwoBaseProvinceIndexed ? localBase : f.base.value;
    if (statementWage)
        // The sheet's W for its own base; for another (the final base after a 预发 sheet) W × base / sheet's base.
        ruledStep(StepCode::IndexedWage,
                  indexedBase == a.statementWageBase ? std::string("record.indexedWage")
                                                     : formatFen(*a.statementWage) + " × " + formatFen(indexedBase) +
                                                           " / " + formatFen(a.statementWageBase),
                  formatFen(b.indexedWage), "record.indexedWage",
                  indexedBase == a.statementWageBase
                      ? std::string("statement:indexedWage")
                      : "statement:indexedWage, " + ruleOf(RuleKey::IndexedWageRounding));
    else
        ruledStep(StepCode::IndexedWage, formatFen(indexedBase) + " × " + showIndex(index), formatFen(b.indexedWage),
                  cite(RuleKey::IndexedWageRounding, national), ruleOf(RuleKey::IndexedWageRounding));
    std::string plainTerm = formatFen(plainBase);
    if (rules.basicFormula == BasicFormula::LowIndexScaled && index < law::kLowIndexThreshold)
        plainTerm += " × " + formatScaled(divRound(static_cast<Wide>(index) * 10, 6 * 100), 4);
    // 上海: whole years × 1% + the remaining months × 0.083% instead of the years × 1%.
    const HalfMonths months = std::max<HalfMonths>(0, a.contributed()) / 2;
    const std::string basicRate =
        rules.basicFormula == BasicFormula::ShanghaiYearsMonths
            ? "(" + std::to_string(months / 12) + " × 1% + " + std::to_string(months % 12) + " × 0.083%)"
            : formatYears(b.contributionYears) + " × 1%";
    ruledStep(StepCode::BasicPension, "(" + plainTerm + " + " + formatFen(b.indexedWage) + ") / 2 × " + basicRate,
              formatFen(b.monthly.basic), cite(RuleKey::BasicFormula, national),
              ruleOf(RuleKey::BasicFormula) + ", " + ruleOf(RuleKey::MoneyRounding));
    step(StepCode::AccountBalance, r.retirement.month.toString(), formatFen(a.opening),
         "国发〔2005〕38号; 人社部发〔2017〕31号");
    step(StepCode::AnnuityMonths, ageString(d.ageMonths), formatScaled(f.annuityTenths, 1), "国发〔2005〕38号 附件");
    ruledStep(StepCode::AccountPension, formatFen(a.opening) + " / " + formatScaled(f.annuityTenths, 1),
              formatFen(b.monthly.account), national, ruleOf(RuleKey::MoneyRounding));
    const std::string rate = formatPercent(b.transitionRate) + "%";
    std::string transitional;
    switch (rules.transitionalFormula) {
    case TransitionalFormula::IndexedWage:
        transitional = formatFen(b.transitionWage) + " × " + formatYears(b.transitionYears) + " × " + rate;
        break;
    case TransitionalFormula::BaseWageAverage:
        transitional = "(" + formatFen(plainBase) + " + " + formatFen(b.indexedWage) + ") / 2 × " +
                       formatYears(b.transitionYears) + " × " + rate;
        break;
    case TransitionalFormula::TransitionIndex:
        transitional =
            formatFen(indexedBase) + " × " +
            formatIndex(p.kase.record && p.kase.record->transitionIndex ? *p.kase.record->transitionIndex : 0) + " × " +
            formatYears(b.transitionYears) + " × " + rate;
        break;
    case TransitionalFormula::IndexFloorOne:
        transitional = formatFen(indexedBase) + " × max(" + showIndex(index) + ", 1) × " +
                       formatYears(b.transitionYears) + " × " + rate;
        break;
    case TransitionalFormula::BeijingTwoPart:
        transitional = formatFen(indexedBase) + " × " + formatYears(b.transitionYears) + " × " + rate + " + " +
                       formatFen(b.indexedWage) + " × " +
                       (b.transitionPaidYears ? formatYears(*b.transitionPaidYears) : std::string("0")) + " × " + rate;
        break;
    case TransitionalFormula::GuangdongOldMethod:
    case TransitionalFormula::ShenzhenOldMethod:
        transitional = oldMethodFormula(p, b, rules.transitionalFormula);
        break;
    case TransitionalFormula::ShanghaiNotional:
        transitional = formatFen(plainBase) + " × 1.0 × " + formatYears(b.transitionYears) + " × " + rate + " + " +
                       (p.kase.record && p.kase.record->notionalCredits ? formatFen(*p.kase.record->notionalCredits)
                                                                        : std::string("0")) +
                       " / 120";
        break;
    }
    std::string transitionalRules = ruleOf(RuleKey::TransitionalFormula) + ", " + ruleOf(RuleKey::MoneyRounding);
    if (f.transitionRateAlt) {
        // The coefficient chosen by the actual contribution years (吉林: 1.4% from 20 years, else 1.2%).
        transitional += " (" + termToken("actual-years") + " " + formatYears(b.actualYears) +
                        (b.transitionRateAlt ? " < 20)" : " ≥ 20)");
        transitionalRules += ", " + ruleOf(RuleKey::TransitionRateChoice);
    }
    ruledStep(StepCode::TransitionalPension, transitional,
              formatFen(b.transitionalNewMethod.value_or(b.monthly.transitional)), transitionSource, transitionalRules);
    if (b.transitionalNewMethod) {
        // transitionalPhaseIn: the old method plus the rate's share of the difference, the old method if higher.
        const std::string old = formatFen(*p.kase.record->oldMethodTransitional);
        const std::string fresh = formatFen(*b.transitionalNewMethod);
        const std::string share = "(" + fresh + " − " + old + ") × " + formatPercent(f.phaseInRate) + "%";
        std::string formula;
        if (*b.transitionalNewMethod <= *p.kase.record->oldMethodTransitional)
            formula = "max(" + old + ", " + fresh + ")";
        else if (rules.transitionalPhaseIn == TransitionalPhaseIn::OldPlusShareJiaoUp)
            formula = old + " + ceil(" + share + ", 0.10)";
        else
            formula = old + " + " + share;
        ruledStep(StepCode::TransitionalPhaseIn, formula, formatFen(b.monthly.transitional),
                  cite(RuleKey::TransitionalPhaseIn, transitionSource), ruleOf(RuleKey::TransitionalPhaseIn));
    } else if (b.phaseInOldMethodMissing) {
        // Without the old-method amount the new method is paid in full (warning phase-in-old-method-missing).
        ruledStep(StepCode::TransitionalPhaseIn, std::string("record.oldMethodTransitional ?"),
                  formatFen(b.monthly.transitional), cite(RuleKey::TransitionalPhaseIn, transitionSource),
                  ruleOf(RuleKey::TransitionalPhaseIn));
    }
    if (b.oldMethod)
        ruledStep(StepCode::NewMethodTransitional, newMethodFormula(b, rules, a.deemed, indexedBase, rate),
                  formatFen(b.oldMethod->newMethod), transitionSource,
                  ruleOf(RuleKey::TransitionalFormula) + ", " + ruleOf(RuleKey::MoneyRounding));
    if (rules.oldMethodComparison != OldMethodComparison::None)
        oldMethodSteps(b, cite(RuleKey::OldMethodComparison, national), ruleOf(RuleKey::OldMethodComparison),
                       ruledStep);
    std::string total =
        formatFen(b.monthly.basic) + " + " + formatFen(b.monthly.account) + " + " + formatFen(b.monthly.transitional);
    for (const LocalPayment &item : b.local) {
        if (item.kind == LocalItemKind::TotalRounding) {
            // ceil(sum of the parts, step) − sum: the step is 0.10 (jiao-up) or 1.00 (yuan-up).
            const Fen sum = b.monthly.total - item.amount;
            ruledStep(StepCode::TotalRounding,
                      "ceil(" + formatFen(sum) + ", " + (item.rounding == TotalRounding::YuanUp ? "1.00" : "0.10") +
                          ") − " + formatFen(sum),
                      formatFen(item.amount), cite(RuleKey::TotalRounding, national), ruleOf(RuleKey::TotalRounding));
            total += " + " + formatFen(item.amount);
            continue;
        }
        std::string formula = item.name.zh + ": ";
        const LocalItem *def = nullptr;
        for (const LocalItem *li : f.localItems)
            if (li->id == item.id)
                def = li;
        if (def && def->kind == LocalItemKind::PercentOfBasic)
            formula += formatFen(b.monthly.basic) + " × " + formatPercent(def->rate) + "%";
        else if (def && def->kind == LocalItemKind::PercentOfPension)
            formula += "(" + formatFen(b.monthly.basic) + " + " + formatFen(b.monthly.account) + " + " +
                       formatFen(b.monthly.transitional) +
                       (b.methodComparison || rules.oldMethodComparison != OldMethodComparison::None
                            ? " → " + formatFen(comparisonResult(b))
                            : std::string()) +
                       ") × " + formatPercent(def->rate) + "%";
        else if (def && def->kind == LocalItemKind::TieredPercentOfIndexedWage)
            formula += formatFen(b.indexedWage) + " × " + tierText(*def, p.kase, item.id, a.contributed());
        else if (def && def->kind == LocalItemKind::FixedPerYear)
            formula += formatFen(def->amount) + " × record.localItemMonths." + item.id + " / 12";
        else if (def && def->kind == LocalItemKind::OldMethodTopUp)
            formula += formatFen(comparisonResult(b)) + " − (" + formatFen(b.monthly.basic) + " + " +
                       formatFen(b.monthly.account) + " + " + formatFen(b.monthly.transitional) + ")";
        else if (def && def->kind == LocalItemKind::PercentOfIndexedWagePerYear)
            formula += formatFen(b.indexedWage) + " × " + formatPercent(def->rate) + "% × " +
                       formatYears(b.contributionYears) +
                       (def->capRate ? " (≤ " + formatPercent(*def->capRate) + "%)" : std::string());
        else if (def && def->kind == LocalItemKind::Statement)
            formula += "record.localItems." + item.id;
        else if (def && def->kind == LocalItemKind::BasePlusIndexYears)
            formula += p.kase.record && p.kase.record->localItems.count(item.id)
                           ? "record.localItems." + item.id
                           : formatFen(def->amount) + " + " + showIndex(index) + " × " +
                                 formatYears(b.contributionYears) + " × " + formatFen(def->perIndexYear);
        else if (def && def->kind == LocalItemKind::TransitionalAdjustment && b.oldMethod)
            formula += adjustmentFormula(*b.oldMethod);
        else if (def && def->kind == LocalItemKind::IndexYears) {
            std::string months = "record.localItemMonths." + item.id;
            if (p.kase.record)
                if (auto m = p.kase.record->localItemMonths.find(item.id); m != p.kase.record->localItemMonths.end())
                    months = halfString(m->second);
            formula +=
                months + " / 12 × " + showIndex(index) + " × " + formatFen(def->amount) + " + " + formatFen(def->plus);
        } else if (def && def->kind == LocalItemKind::BasicWageYearBands)
            formula += bandFormula(*def, b);
        else
            formula += formatFen(item.amount);
        ruledStep(StepCode::LocalItem, formula, formatFen(item.amount), item.regulation,
                  std::string("localItem:") + toString(item.kind) + (def && def->roundUp ? ", localItem:fen-up" : "") +
                      (item.inTotal ? ", inTotal" : ""));
        if (item.inTotal)
            total += " + " + formatFen(item.amount);
    }
    step(StepCode::Total, total, formatFen(b.monthly.total), national);
    if (r.provisional) {
        const Provisional &pv = *r.provisional;
        step(StepCode::ProvisionalTotal,
             std::to_string(pv.pensionBaseYear) + ": " + formatFen(pv.monthly.basic) + " + " +
                 formatFen(pv.monthly.account) + " + " + formatFen(pv.monthly.transitional),
             formatFen(pv.monthly.total), "预发");
        step(StepCode::BackPay,
             "(" + formatFen(r.monthly.total) + " − " + formatFen(pv.monthly.total) + ") × " +
                 std::to_string(pv.backPayMonths),
             formatFen(pv.backPay), "补发");
    }
}

} // namespace

SharedRegionOrError shareRegion(const ParameterLibrary &library, std::string_view regionId,
                                const Assumptions &assumptions, YearMonth calculatedOn)
{
    auto resolved = library.resolve(regionId);
    if (std::holds_alternative<PackError>(resolved)) {
        // The ids a person could have meant: the cities of the province named, else the provinces (the whole list of
        // cities is too long to read in one line).
        const std::string_view id(regionId);
        const std::string province(id.substr(0, id.find('/')));
        std::vector<std::string> cities{province}, provinces;
        for (const auto &known : library.regionIds()) {
            const bool isCity = known.find('/') != std::string::npos;
            if (isCity && known.compare(0, province.size() + 1, province + "/") == 0)
                cities.push_back(known);
            else if (!isCity)
                provinces.push_back(known);
        }
        const bool provinceKnown = library.has(province);
        return InputError{"region", InputErrorCode::NotOneOf, Allowed::oneOf(provinceKnown ? cities : provinces),
                          std::string(regionId)};
    }
    auto shared = std::make_shared<SharedRegion>();
    shared->params = std::move(std::get<ParameterSet>(resolved));
    // Years up to 2140: the latest retirement of anyone born by 2015, plus the longest extension to the minimum.
    shared->context = std::make_unique<Context>(shared->params, assumptions, calculatedOn, 2140);
    return std::shared_ptr<const SharedRegion>(std::move(shared));
}

namespace {

// What the record says that cannot be true (an error) or is unlikely (a warning with its numbers).
std::optional<InputError> checkPlausible(Prepared &p)
{
    const Case &c = p.kase;
    const YearMonth today = p.context->calculatedOn();
    // A statement or history more than a year older than the calculation date misses what happened since.
    if (const int age = monthsBetween(c.asOf, today); age > 12)
        p.warnings.push_back({WarningCode::StaleRecord, {c.asOf.toString(), today.toString(), std::to_string(age)}});
    // Months paid by asOf: never more than the months lived; more than the months since the 16th birthday (劳动法
    // 第十五条, the minimum working age) only for the few the law excepts.
    const HalfMonths paid = p.start.contributed();
    const int lived = std::max(0, monthsBetween(c.person.birth, c.asOf));
    const int working = std::max(0, monthsBetween(c.person.birth.plus(16 * 12), c.asOf));
    const char *field = c.record ? "record.accountMonths" : "history";
    if (paid > 2 * lived)
        return InputError{field, InputErrorCode::Inconsistent,
                          Allowed::atMost(Number::whole(lived), AllowedUnit::Months), formatScaled(paid * 5, 1)};
    if (paid > 2 * working)
        p.warnings.push_back({WarningCode::MonthsBeforeWorkingAge,
                              {formatScaled(paid * 5, 1), std::to_string(working), std::to_string(lived / 12), field}});
    if (c.record && c.record->account > 0 && c.record->averageIndex > kIndexCeiling)
        p.warnings.push_back({WarningCode::IndexAboveCeiling,
                              {formatIndex(c.record->averageIndex), formatScaled(kIndexPlausible / 100, 4)}});
    // History bases above the year's ceiling (300% of the contribution average); a base whose share per month paid
    // lies in the year's band reads like the leaflet's year total (`baseTotal`) typed as a monthly base.
    for (std::size_t i = 0; i < c.history.size(); ++i) {
        const HistoryRow &h = c.history[i];
        if (h.baseTotal || h.months <= 0)
            continue;
        const YearFigures &yf = p.context->year(h.year);
        const Fen denominator = h.averageWage.value_or(yf.knownDenominator);
        const Fen ceiling = yf.ceiling > 0 ? yf.ceiling : 3 * yf.average;
        const Fen floor = yf.floor > 0 ? yf.floor : divRound(static_cast<Wide>(yf.average) * 6, 10);
        if (ceiling <= 0 || h.monthlyBase <= ceiling || denominator <= 0)
            continue;
        const std::string year = std::to_string(h.year);
        p.warnings.push_back({WarningCode::BaseAboveCeiling,
                              {year, formatFen(h.monthlyBase), formatFen(denominator),
                               formatScaled(divRound(static_cast<Wide>(h.monthlyBase) * 10'000, denominator), 4),
                               formatFen(ceiling), "history[" + std::to_string(i) + "].monthlyBase"}});
        const int whole = (h.months + 1) / 2;
        const Fen perMonth = divRound(h.monthlyBase, whole);
        if (perMonth >= floor && perMonth <= ceiling)
            p.warnings.push_back({WarningCode::BaseLooksYearly,
                                  {year, formatFen(h.monthlyBase), std::to_string(whole), formatFen(perMonth),
                                   "history[" + std::to_string(i) + "].baseTotal"}});
    }
    return std::nullopt;
}

} // namespace

PreparedOrError prepare(const Case &c, std::shared_ptr<const SharedRegion> region)
{
    auto p = std::make_shared<Prepared>(std::move(region));
    p->kase = c;
    p->track = p->params.track(c.person.track);
    if (!p->track)
        return InputError{"person.track", InputErrorCode::NotOneOf, Allowed::of(Allowed::Kind::NationalTrack),
                          c.person.track};
    p->window = statutoryRetirement(*p->track, c.person.birth);
    // A calculation dated before the record would see figures the record already used as unpublished and credit
    // interest the statement already shows: refused rather than silently giving another pension.
    // Without a `calculatedOn` of its own the case is computed on the caller's date: a record dated after it cannot
    // be true, and the message names the record's date.
    if (p->context->calculatedOn() < c.asOf) {
        if (!c.calculatedOn)
            return InputError{
                "asOf", InputErrorCode::Inconsistent,
                Allowed::related(Relation::OnOrBefore, "calculatedOn", p->context->calculatedOn().toString()),
                c.asOf.toString()};
        return InputError{"calculatedOn", InputErrorCode::Inconsistent,
                          Allowed::related(Relation::OnOrAfter, "asOf", c.asOf.toString()),
                          p->context->calculatedOn().toString()};
    }
    // The method of the retirement calculation: the rule in force on the calculation date.
    p->start.yearlyIndex = p->params.rulesAt(p->context->calculatedOn()).indexAveraging == IndexAveraging::YearlyHebei;
    if (c.record) {
        if (auto err = statementIndexedWage(*p))
            return *err;
        startFromStatement(*p);
    } else
        replayHistory(*p);
    if (auto err = checkPlausible(*p))
        return *err;
    for (const auto &note : p->params.notes)
        p->warnings.push_back({WarningCode::RegionNote, {note.zh, note.en}});
    for (const PackInfo &pack : p->params.packs)
        if (pack.version.find("-local.") != std::string::npos)
            p->warnings.push_back({WarningCode::LocalFigures, {pack.id + "@" + pack.version}});
    return std::shared_ptr<const Prepared>(std::move(p));
}

PreparedOrError prepare(const Case &c, const ParameterLibrary &library, YearMonth today)
{
    auto shared = shareRegion(library, c.region, c.assumptions, c.calculatedOn.value_or(today));
    if (auto *e = std::get_if<InputError>(&shared))
        return *e;
    return prepare(c, std::get<std::shared_ptr<const SharedRegion>>(std::move(shared)));
}

ResultOrError estimate(const Prepared &p, const Plan &plan)
{
    const RetirementDecision d = decideRetirement(p.params, *p.track, p.kase.person, plan.retire, plan.reason);
    if (auto err = checkPlan(p, plan, d))
        return *err;
    Result r;
    r.region = p.params.regionId;
    r.regionNameZh = p.params.nameZh;
    r.regionNameEn = p.params.nameEn;
    r.paramsVersion = p.params.versionLabel();
    r.calculatedOn = p.context->calculatedOn();
    r.window = p.window;
    r.retirement = d;
    r.years = p.historyRows;
    Accrual a = p.start;
    walkPlan(p, plan, a, d.month, &r.years);

    const RetirementFigures f = retirementFigures(p, d);
    const BenefitInput in = benefitInput(p, a, f.base.value, f);
    if (auto missing = missingBenefitInput(in))
        return *missing;
    const Benefit b = computeBenefit(in);
    r.monthly = b.monthly;
    r.localItems = b.local;
    r.figures.pensionBase = f.base.value;
    r.figures.pensionBaseYear = f.base.year;
    r.figures.pensionBaseStatus = f.base.status;
    r.figures.averageIndex = indexOf(a, f.rules.indexDecimals);
    r.figures.averageIndexDerived = a.indexFromStatement && a.indexDerived;
    r.figures.indexedWage = b.indexedWage;
    r.figures.contributedMonths = a.contributed();
    // The months T counts under the region's rule (视同 + 建账前 by default).
    r.figures.transitionMonths = in.rules.transitionalFormula == TransitionalFormula::BeijingTwoPart ||
                                         in.rules.transitionMonths == TransitionMonths::DeemedOnly
                                     ? a.deemed
                                 : in.rules.transitionMonths == TransitionMonths::Statement
                                     ? in.statementTransition.value_or(0)
                                     : a.deemed + a.preAccount;
    r.figures.contributionYearsCenti = b.contributionYearsCenti;
    r.figures.transitionYearsCenti = b.transitionYearsCenti;
    r.figures.annuityMonthsTenths = f.annuityTenths;
    r.figures.accountBalance = a.opening;
    r.figures.transitionRate = b.transitionRate;
    r.figures.contributionYearsDecimals = b.contributionYears.decimals;
    r.figures.contributionYearsNum = b.contributionYears.num;
    r.figures.contributionYearsDen = b.contributionYears.den;
    r.figures.transitionYearsNum = b.transitionYears.num;
    r.figures.transitionYearsDen = b.transitionYears.den;
    r.figures.transitionWage = b.transitionWage;
    r.figures.indexDecimals = f.rules.indexDecimals;
    if (f.rules.transitionalFormula == TransitionalFormula::TransitionIndex)
        r.figures.transitionIndex = in.transitionIndex;
    if (f.rules.basicFormula == BasicFormula::TwoBase || f.rules.basicFormula == BasicFormula::TwoBaseProvinceIndexed)
        r.figures.localPensionBase = f.localPensionBase;
    if (b.transitionalNewMethod) {
        r.figures.transitionalNewMethod = b.transitionalNewMethod;
        r.figures.oldMethodTransitional = in.oldMethodTransitional;
    }
    if (f.provisionalBase) {
        Provisional pv;
        pv.pensionBase = f.provisionalBase->value;
        pv.pensionBaseYear = f.provisionalBase->year;
        pv.pensionBaseStatus = f.provisionalBase->status;
        RetirementFigures pf = f; // the 预发 pension takes the year before's bases, the city's too
        pf.localPensionBase = f.provisionalLocalPensionBase;
        const Benefit pb = computeBenefit(benefitInput(p, a, pv.pensionBase, pf));
        if (r.figures.localPensionBase)
            pv.localPensionBase = pf.localPensionBase;
        pv.indexedWage = pb.indexedWage;
        pv.monthly = pb.monthly;
        pv.localItems = pb.local;
        pv.publishedOn = f.base.publishedOn;
        pv.publicationAssumed = f.base.publicationAssumed;
        pv.backPayMonths = monthsBetween(d.month, f.base.publishedOn);
        // The final base is never below the previous year's in the published record; a projection can put it there
        // (a negative wage-growth assumption). No back pay is shown then, and a warning says why.
        pv.backPay = std::max<Fen>(0, (b.monthly.total - pb.monthly.total) * pv.backPayMonths);
        r.provisional = pv;
    }
    r.eligibility = eligibilityOf(p, plan, d, a.contributed());
    std::vector<Step> payOnSteps;
    payOnPension(p, plan, d, r.eligibility, payOnSteps);
    r.outOfPocketTotal = a.personalPaid;
    r.outOfPocketFuture = a.personalPaid - p.start.personalPaid;
    r.employerFuture = a.employerPaid - p.start.employerPaid;

    // Warnings: every assumption that entered the figures, every condition the person must still meet.
    r.warnings = p.warnings;
    auto warn = [&](WarningCode code, std::vector<std::string> args) { r.warnings.push_back({code, std::move(args)}); };
    planStaleness(p, plan, d, r.warnings);
    if (p.params.approximate)
        warn(WarningCode::ApproximateRegion, {p.params.approximate->zh, p.params.approximate->en});
    for (const ScopedApproximate &a : approximateFor(p, d.month))
        warn(WarningCode::ApproximateRegion, {a.text.zh, a.text.en});
    if (p.kase.overrides.localPensionBase)
        warn(WarningCode::OverrideUsed, {"overrides.localPensionBase", formatFen(*p.kase.overrides.localPensionBase)});
    if (f.localBaseProjectedFrom && f.localPensionBase)
        warn(WarningCode::ProjectedLocalBase,
             {std::to_string(f.localBaseProjectedFrom->first), formatFen(f.localBaseProjectedFrom->second),
              std::to_string(d.month.year()), formatFen(*f.localPensionBase)});
    for (const LocalPayment &pay : b.local)
        if ((pay.kind == LocalItemKind::Statement || pay.kind == LocalItemKind::IndexYears) && !pay.known)
            warn(WarningCode::LocalItemNotKnown, {pay.name.zh, pay.name.en});
    if (b.oldMethod)
        for (const MissingFigure &m : b.oldMethod->missing)
            warn(WarningCode::OldMethodFigureMissing, {m.field, m.substitute});
    if (b.oldMethodMissing)
        warn(WarningCode::OldMethodNotComputed, {f.rules.citation(RuleKey::OldMethodComparison)});
    if (b.phaseInOldMethodMissing)
        warn(WarningCode::PhaseInOldMethodMissing, {f.rules.citation(RuleKey::TransitionalPhaseIn)});
    if (f.rules.transitionalFormula == TransitionalFormula::ShanghaiNotional && paidBefore1998(p.kase) &&
        !(p.kase.record && p.kase.record->notionalCredits))
        warn(WarningCode::NotionalCreditsMissing, {f.rules.citation(RuleKey::TransitionalFormula)});
    if (r.provisional)
        warn(WarningCode::ProvisionalBase,
             {std::to_string(r.provisional->pensionBaseYear), formatFen(r.provisional->pensionBase),
              r.provisional->publishedOn.toString(), formatFen(r.provisional->backPay)});
    if (r.provisional && r.provisional->monthly.total > r.monthly.total)
        warn(WarningCode::ProvisionalAboveFinal, {std::to_string(r.provisional->pensionBaseYear),
                                                  formatFen(r.provisional->monthly.total), formatFen(r.monthly.total)});
    if (f.base.status == Status::Assumed && !p.kase.overrides.pensionBase) {
        if (f.base.fill == BaseFigure::Fill::PreviousAverage)
            warn(WarningCode::PensionBaseFromAverage,
                 {std::to_string(f.base.year), formatFen(f.base.value), std::to_string(f.base.fromYear)});
        else if (f.base.fill == BaseFigure::Fill::Grown)
            warn(WarningCode::AssumedPensionBase,
                 {std::to_string(f.base.year), formatFen(f.base.value),
                  formatPercent(p.context->assumptions().wageGrowth), std::to_string(f.base.fromYear)});
        else
            warn(WarningCode::AssumedParameter, {"pensionBase"});
    }
    // Each assumption is named as it was used: a pack figure marked assumed, a projection with the growth or interest
    // assumption, or a rate credited provisionally because the year's own was not yet published.
    struct Range {
        int from = 0, to = 0;
        void add(int y) { from = from ? from : y, to = y; }
    };
    Range projectedWage, packAssumedWage, projectedRate, packAssumedRate, lastPublishedRate;
    int provisionalRate = 0, lastPublishedRateYear = 0;
    Ppm lastPublishedRateValue = 0;
    Fen assumedInterest = 0, provisionalInterest = 0;
    for (const YearRow &row : r.years) {
        const YearFigures &yf = p.context->year(row.year);
        if (row.origin == Origin::Plan && row.averageStatus == Status::Assumed)
            (yf.averageProjected ? projectedWage : packAssumedWage).add(row.year);
        const bool accountOpen = row.accountBalance != 0 || row.accountCredit != 0;
        if (!accountOpen || row.origin == Origin::Statement)
            continue;
        switch (yf.interestSource) {
        case InterestSource::Projected:
            projectedRate.add(row.year);
            assumedInterest += row.interest;
            break;
        case InterestSource::LastPublished:
            lastPublishedRate.add(row.year);
            lastPublishedRateYear = yf.interestRateYear;
            lastPublishedRateValue = yf.interest;
            provisionalInterest += row.interest;
            break;
        case InterestSource::Pack:
            if (row.interestStatus == Status::Assumed) {
                packAssumedRate.add(row.year);
                assumedInterest += row.interest;
            } else if (row.interestStatus == Status::Provisional) {
                provisionalRate = row.year;
                provisionalInterest += row.interest;
            }
            break;
        }
    }
    if (projectedWage.from)
        warn(WarningCode::AssumedAverageWage, {std::to_string(projectedWage.from), std::to_string(projectedWage.to),
                                               formatPercent(p.context->assumptions().wageGrowth)});
    if (packAssumedWage.from)
        warn(WarningCode::AssumedParameter, {"contributionAverage"});
    if (packAssumedRate.from)
        warn(WarningCode::AssumedInterest, {std::to_string(packAssumedRate.from), std::to_string(packAssumedRate.to)});
    if (projectedRate.from)
        warn(WarningCode::ProjectedInterest, {std::to_string(projectedRate.from), std::to_string(projectedRate.to),
                                              formatPercent(p.context->assumptions().accountInterest)});
    if (lastPublishedRate.from)
        warn(WarningCode::InterestCreditedProvisionally,
             {std::to_string(lastPublishedRate.from), std::to_string(lastPublishedRate.to),
              std::to_string(lastPublishedRateYear), formatPercent(lastPublishedRateValue)});
    if (provisionalRate)
        warn(WarningCode::ProvisionalInterest, {std::to_string(provisionalRate)});
    // How much those rates move the result: the interest they credited and its share of the monthly pension (the
    // balance divided by the annuity months, as the account pension is).
    if (f.annuityTenths > 0 && (assumedInterest != 0 || provisionalInterest != 0))
        warn(WarningCode::InterestEffect,
             {formatFen(assumedInterest), formatFen(divRound(static_cast<Wide>(assumedInterest) * 10, f.annuityTenths)),
              formatFen(provisionalInterest),
              formatFen(divRound(static_cast<Wide>(provisionalInterest) * 10, f.annuityTenths))});
    if (!r.eligibility.eligible)
        warn(WarningCode::NotEligible, {std::to_string(r.eligibility.shortMonths),
                                        r.eligibility.reachedMonth.toString(), formatFen(r.eligibility.costToReach)});
    if (!r.eligibility.eligible)
        warn(WarningCode::RetroactiveFraud, {});
    if (d.early && !r.eligibility.eligible)
        warn(WarningCode::EarlyNeedsMinimum, {std::to_string(d.requiredMonths)});
    if (d.late) {
        // Who has to agree depends on whether there is an employer: the kind of the last contributions before
        // retirement (the plan's last period, else the case's kind) is passed on for the wording.
        const InsuranceKind lastKind =
            p.kase.plan.contributions.empty() ? p.kase.kind : p.kase.plan.contributions.back().kind;
        warn(WarningCode::LateNeedsConsent,
             {p.window.statutoryMonth.toString(), lastKind == InsuranceKind::Flexible ? "flexible" : "employee"});
    }
    if (d.special)
        warn(WarningCode::SpecialReason, {d.month.toString()});
    if (p.kase.overrides.pensionBase)
        warn(WarningCode::OverrideUsed, {"overrides.pensionBase", formatFen(*p.kase.overrides.pensionBase)});
    if (p.kase.overrides.annuityMonthsTenths)
        warn(WarningCode::OverrideUsed,
             {"overrides.annuityMonths", formatScaled(*p.kase.overrides.annuityMonthsTenths, 1)});
    if (p.kase.overrides.transitionRate)
        warn(WarningCode::OverrideUsed, {"overrides.transitionRate", formatPercent(*p.kase.overrides.transitionRate)});
    if (p.kase.record && p.kase.asOf.month() != 12 && p.kase.asOf < d.month)
        warn(WarningCode::StatementInterest, {p.kase.asOf.toString()});
    addSteps(r, p, a, f, b);
    r.steps.insert(r.steps.end(), payOnSteps.begin(), payOnSteps.end());
    return r;
}

ResultOrError estimate(const Case &c, const ParameterLibrary &library, YearMonth today)
{
    auto prepared = prepare(c, library, today);
    if (auto *err = std::get_if<InputError>(&prepared))
        return *err;
    return estimate(*std::get<std::shared_ptr<const Prepared>>(prepared), c.plan);
}

void walkPlanTo(const Prepared &p, const Plan &plan, Accrual &a, YearMonth month)
{
    const Context &ctx = *p.context;
    const YearMonth asOf = p.kase.asOf;
    if (month <= asOf)
        return;
    while (a.year <= month.year()) {
        const int y = a.year;
        const YearFigures &yf = ctx.year(y);
        const int m1 = y == asOf.year() ? asOf.month() + 1 : 1;
        const int m2 = y == month.year() ? month.month() : 12;
        forEachSegment(plan, y, m1, m2, month, [&](const PlanPeriod &period, int from, int to) {
            addMonths(a, yf, contributionFor(yf, baseForGrade(yf, period.grade), period.kind), from, to, true);
        });
        if (y == month.year()) {
            // Interest of the death year to the month, credited like the retirement year's.
            Accrual closing = a;
            closeYear(closing, yf, m2);
            a.opening = closing.opening;
            a.credits = 0;
            a.weight = 0;
            return;
        }
        closeYear(a, yf, 12);
    }
}

// ---- numbers only: the grid's unit of work, sharing every primitive with `estimate` ---------------------------

PlanNumbers projectNumbers(const Prepared &p, const Plan &plan)
{
    PlanNumbers n;
    const RetirementDecision d = decideRetirement(p.params, *p.track, p.kase.person, plan.retire, plan.reason);
    if (checkPlan(p, plan, d)) {
        n.valid = false;
        return n;
    }
    Accrual a = p.start;
    walkPlan(p, plan, a, d.month, nullptr);
    const RetirementFigures f = retirementFigures(p, d);
    const BenefitInput in = benefitInput(p, a, f.base.value, f);
    if (missingBenefitInput(in)) {
        n.valid = false;
        return n;
    }
    const Benefit b = computeBenefit(in);
    n.retirementMonth = d.month;
    n.ageMonths = d.ageMonths;
    n.contributed = a.contributed();
    n.paidMonths = a.contributed() - p.start.contributed();
    n.eligible = n.contributed >= 2 * d.requiredMonths;
    n.averageIndex = indexOf(a, f.rules.indexDecimals);
    n.accountBalance = a.opening;
    n.monthly = b.monthly;
    n.outOfPocket = a.personalPaid - p.start.personalPaid;
    return n;
}

} // namespace pension
