#include "compare.h"

#include "annuity.h"
#include "benefit.h"
#include "law.h"
#include "lifetime.h"

#include <algorithm>

namespace pension {

GridRequest defaultGridRequest(const Prepared &p)
{
    GridRequest r;
    r.grades = p.params.grades.empty() ? std::vector<Ppm>{law::kMinGrade, 1'000'000, law::kMaxGrade} : p.params.grades;
    const int years = (monthsBetween(p.kase.asOf, p.window.latestMonth) + 11) / 12;
    for (int k = 0; k <= std::max(0, years); ++k)
        r.stopAfterYears.push_back(k);
    r.retires.push_back({RetireKind::Statutory, {}, 0});
    for (int m : {12, 24, 36}) {
        r.retires.push_back({RetireKind::Early, {}, m});
        r.retires.push_back({RetireKind::Late, {}, m});
    }
    r.kind = p.kase.plan.contributions.empty() ? p.kase.kind : p.kase.plan.contributions.front().kind;
    return r;
}

namespace {

struct Fixed {
    RetirementDecision decision;
    Fen base = 0;
    int annuityTenths = 0;
    Ppm transitionRate = 0;
};

PlanNumbers numbersOf(const Prepared &p, const Accrual &a, const Fixed &fx)
{
    PlanNumbers n;
    const BenefitInput in = benefitInputFor(p, a, fx.base, fx.annuityTenths, fx.transitionRate, fx.decision.month);
    if (missingBenefitInput(in)) {
        n.valid = false;
        return n;
    }
    const Benefit b = computeBenefit(in);
    n.retirementMonth = fx.decision.month;
    n.ageMonths = fx.decision.ageMonths;
    n.contributed = a.contributed();
    n.paidMonths = a.contributed() - p.start.contributed();
    n.eligible = n.contributed >= 2 * fx.decision.requiredMonths;
    n.averageIndex = in.averageIndex;
    n.accountBalance = a.opening;
    n.monthly = b.monthly;
    n.outOfPocket = a.personalPaid - p.start.personalPaid;
    return n;
}

// Credits interest only, from the open year to the retirement month.
void finishWithInterest(const Context &ctx, Accrual &a, YearMonth retirement)
{
    while (a.year <= retirement.year())
        closeYear(a, ctx.year(a.year), a.year == retirement.year() ? retirement.month() : 12);
}

// Fen a month per 10,000 yuan (1,000,000 fen) more paid.
std::optional<Fen> marginal(const PlanNumbers &more, const PlanNumbers &less)
{
    if (!more.valid || !less.valid)
        return std::nullopt;
    const Fen extraPaid = more.outOfPocket - less.outOfPocket;
    if (extraPaid <= 0)
        return std::nullopt;
    return divRound(static_cast<Wide>(more.monthly.total - less.monthly.total) * 1'000'000, extraPaid);
}

void addMarginals(Grid &grid, std::size_t gradeCount, const std::vector<int> &stops)
{
    const std::size_t perRetire = gradeCount * stops.size();
    for (std::size_t base = 0; base < grid.cells.size(); base += perRetire) {
        for (std::size_t gi = 0; gi < gradeCount; ++gi) {
            for (std::size_t si = 0; si < stops.size(); ++si) {
                GridCell &cell = grid.cells[base + gi * stops.size() + si];
                // The nearest lower grade and the nearest shorter length in the request.
                std::optional<std::size_t> lowerGrade, shorter;
                for (std::size_t g2 = 0; g2 < gradeCount; ++g2) {
                    const Ppm other = grid.cells[base + g2 * stops.size() + si].grade;
                    if (other < cell.grade &&
                        (!lowerGrade || other > grid.cells[base + *lowerGrade * stops.size() + si].grade))
                        lowerGrade = g2;
                }
                for (std::size_t s2 = 0; s2 < stops.size(); ++s2)
                    if (stops[s2] < stops[si] && (!shorter || stops[s2] > stops[*shorter]))
                        shorter = s2;
                if (lowerGrade)
                    cell.numbers.marginalPerTenThousandGrade =
                        marginal(cell.numbers, grid.cells[base + *lowerGrade * stops.size() + si].numbers);
                if (shorter)
                    cell.numbers.marginalPerTenThousandLength =
                        marginal(cell.numbers, grid.cells[base + gi * stops.size() + *shorter].numbers);
            }
        }
    }
}

} // namespace

std::optional<InputError> checkGridRequest(const GridRequest &req)
{
    // Multiplied in steps with a check each time, so no product overflows.
    std::size_t plans = 1;
    for (std::size_t n : {req.grades.size(), req.stopAfterYears.size(), req.retires.size()}) {
        if (n != 0 && plans > kMaxGridPlans / n + 1)
            plans = kMaxGridPlans + 1;
        else
            plans *= n;
    }
    if (plans <= kMaxGridPlans)
        return std::nullopt;
    return InputError{"grid", InputErrorCode::OutOfRange,
                      Allowed::atMost(Number::whole(static_cast<std::int64_t>(kMaxGridPlans)), AllowedUnit::Plans),
                      std::to_string(req.grades.size()) + " × " + std::to_string(req.stopAfterYears.size()) + " × " +
                          std::to_string(req.retires.size())};
}

Grid compareGrid(const Prepared &p, const GridRequest &req)
{
    Grid grid;
    if (checkGridRequest(req)) {
        grid.refused = true;
        return grid;
    }
    const Context &ctx = *p.context;
    const YearMonth asOf = p.kase.asOf;
    std::vector<int> stops = req.stopAfterYears;
    std::vector<std::size_t> order(stops.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return stops[x] < stops[y]; });
    grid.cells.reserve(req.retires.size() * req.grades.size() * stops.size());
    std::vector<PlanNumbers> byStop(stops.size());

    for (const RetireChoice &retire : req.retires) {
        Plan probe;
        probe.retire = retire;
        probe.reason = p.kase.plan.reason;
        Fixed fx;
        fx.decision = decideRetirement(p.params, *p.track, p.kase.person, retire, probe.reason);
        const bool valid = fx.decision.problem == RetireProblem::None && !(fx.decision.month < asOf);
        const YearMonth R = fx.decision.month;
        if (valid) {
            // The final base, as in estimate(): an override, or the retirement year's base (published or projected).
            fx.base = p.kase.overrides.pensionBase.value_or(ctx.pensionBase(R.year()).value);
            fx.annuityTenths =
                p.kase.overrides.annuityMonthsTenths.value_or(annuityMonthsTenths(p.params, fx.decision.ageMonths));
            fx.transitionRate = p.kase.overrides.transitionRate.value_or(ctx.transitionRate(R));
        }
        for (const Ppm grade : req.grades) {
            if (!valid) {
                for (std::size_t i = 0; i < stops.size(); ++i) {
                    PlanNumbers n;
                    n.valid = false;
                    grid.cells.push_back({grade, stops[i], retire, n});
                }
                continue;
            }
            Accrual a = p.start;
            std::size_t next = 0; // index into `order`
            if (R <= asOf) {
                Accrual done = a;
                if (!p.kase.record && done.year == R.year())
                    closeYear(done, ctx.year(R.year()), R.month());
                const PlanNumbers n = numbersOf(p, done, fx);
                for (auto &slot : byStop)
                    slot = n;
            } else {
                while (a.year <= R.year()) {
                    const int y = a.year;
                    const YearFigures &yf = ctx.year(y);
                    const int m1 = y == asOf.year() ? asOf.month() + 1 : 1;
                    const int m2 = y == R.year() ? R.month() : 12;
                    const MonthsPaid paid = contributionFor(yf, baseForGrade(yf, grade), req.kind);
                    // Every stop that falls in this year's months: a snapshot, finished with interest only.
                    while (next < order.size()) {
                        const YearMonth stop = asOf.plus(12 * std::max(0, stops[order[next]]));
                        if (!(stop < YearMonth::of(y, m2)))
                            break;
                        Accrual snap = a;
                        addMonths(snap, yf, paid, m1, stop.year() == y ? stop.month() : m1 - 1, true);
                        finishWithInterest(ctx, snap, R);
                        byStop[order[next]] = numbersOf(p, snap, fx);
                        ++next;
                    }
                    addMonths(a, yf, paid, m1, m2, true);
                    closeYear(a, yf, m2);
                }
                const PlanNumbers full = numbersOf(p, a, fx);
                for (; next < order.size(); ++next)
                    byStop[order[next]] = full;
            }
            for (std::size_t i = 0; i < stops.size(); ++i) {
                PlanNumbers &n = byStop[i];
                n.breakEvenAgeMonths =
                    breakEvenAgeMonths(ctx, p.start.personalPaid + n.outOfPocket, n.monthly.total, R,
                                       fx.decision.ageMonths, AdjustmentPerson{n.contributed, p.kase.person.birth});
                grid.cells.push_back({grade, stops[i], retire, n});
            }
        }
    }
    addMarginals(grid, req.grades.size(), stops);
    return grid;
}

} // namespace pension
