#include "result_json.h"

#include <nlohmann/json.hpp>

namespace pension {

using nlohmann::ordered_json;

const char *warningCodeName(WarningCode code)
{
    switch (code) {
    case WarningCode::ProvisionalBase: return "provisional-base";
    case WarningCode::AssumedPensionBase: return "assumed-pension-base";
    case WarningCode::AssumedAverageWage: return "assumed-average-wage";
    case WarningCode::AssumedInterest: return "assumed-interest";
    case WarningCode::ProvisionalInterest: return "provisional-interest";
    case WarningCode::AssumedParameter: return "assumed-parameter";
    case WarningCode::NotEligible: return "not-eligible";
    case WarningCode::EarlyNeedsMinimum: return "early-needs-minimum";
    case WarningCode::LateNeedsConsent: return "late-needs-consent";
    case WarningCode::SpecialReason: return "special-reason";
    case WarningCode::RegionNote: return "region-note";
    case WarningCode::OverrideUsed: return "override-used";
    case WarningCode::StatementInterest: return "statement-interest";
    case WarningCode::NoTransitional: return "no-transitional";
    case WarningCode::RetroactiveFraud: return "retroactive-payment-fraud";
    case WarningCode::PastPaymentsEstimated: return "past-payments-estimated";
    case WarningCode::LocalFigures: return "local-figures";
    case WarningCode::ApproximateRegion: return "approximate-region";
    }
    return "unknown";
}

const char *stepCodeName(StepCode code)
{
    switch (code) {
    case StepCode::RetirementAge: return "retirement-age";
    case StepCode::MinimumMonths: return "minimum-months";
    case StepCode::ContributionMonths: return "contribution-months";
    case StepCode::ContributionYears: return "contribution-years";
    case StepCode::TransitionYears: return "transition-years";
    case StepCode::AverageIndex: return "average-index";
    case StepCode::PensionBase: return "pension-base";
    case StepCode::IndexedWage: return "indexed-wage";
    case StepCode::BasicPension: return "basic-pension";
    case StepCode::AccountBalance: return "account-balance";
    case StepCode::AnnuityMonths: return "annuity-months";
    case StepCode::AccountPension: return "account-pension";
    case StepCode::TransitionalPension: return "transitional-pension";
    case StepCode::Total: return "total";
    case StepCode::ProvisionalTotal: return "provisional-total";
    case StepCode::BackPay: return "back-pay";
    case StepCode::OwnPayments: return "own-payments";
    case StepCode::BreakEven: return "break-even";
    case StepCode::LifetimeTotal: return "lifetime-total";
    case StepCode::FuneralGrant: return "funeral-grant";
    case StepCode::SurvivorPension: return "survivor-pension";
    case StepCode::AccountRemainder: return "account-remainder";
    case StepCode::PayOnCost: return "pay-on-cost";
    case StepCode::LocalPensionBase: return "local-pension-base";
    case StepCode::LocalItem: return "local-item";
    }
    return "unknown";
}

namespace {

// Money and decimals go out as JSON numbers with their exact decimal digits.
ordered_json number(const std::string &decimal) { return ordered_json::parse(decimal); }
ordered_json fen(Fen f) { return number(formatFen(f)); }
ordered_json scaled(std::int64_t v, int scale) { return number(formatScaled(v, scale)); }
bool isDecimal(const std::string &s)
{
    return !s.empty() && s.find_first_not_of("-0123456789.") == std::string::npos && s.find('-', 1) == std::string::npos;
}
// Years as the rules showed them: num / den with the rule's decimals (2 for the default half-up-2).
ordered_json years(std::int64_t num, std::int64_t den, int decimals, int centi)
{
    if (den <= 0)
        return scaled(centi, 2);
    std::int64_t scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return scaled(divRound(static_cast<Wide>(num) * scale, den), decimals);
}
ordered_json halves(HalfMonths h) { return h % 2 ? ordered_json(h / 2.0) : ordered_json(h / 2); }

ordered_json monthly(const Monthly &m)
{
    return {{"basic", fen(m.basic)},
            {"account", fen(m.account)},
            {"transitional", fen(m.transitional)},
            {"local", fen(m.local)},
            {"total", fen(m.total)}};
}

ordered_json windowJson(const RetirementWindow &w, YearMonth month, int ageMonths)
{
    return {{"month", month.toString()},
            {"age", {{"years", ageMonths / 12}, {"months", ageMonths % 12}}},
            {"statutoryMonth", w.statutoryMonth.toString()},
            {"statutoryAge", {{"years", w.statutoryAgeMonths / 12}, {"months", w.statutoryAgeMonths % 12}}},
            {"delayMonths", w.delayMonths},
            {"earliestMonth", w.earliestMonth.toString()},
            {"latestMonth", w.latestMonth.toString()}};
}

const char *originName(Origin o)
{
    switch (o) {
    case Origin::Statement: return "statement";
    case Origin::History: return "history";
    case Origin::Plan: return "plan";
    case Origin::Gap: return "gap";
    }
    return "plan";
}

ordered_json stepsJson(const std::vector<Step> &steps, const Wording *words)
{
    ordered_json out = ordered_json::array();
    for (const Step &st : steps) {
        ordered_json j = {{"code", stepCodeName(st.code)}};
        if (words)
            j["label"] = words->stepLabel(st.code);
        j["formula"] = st.formula;
        j["value"] = isDecimal(st.value) ? number(st.value) : ordered_json(st.value);
        j["regulation"] = st.regulation;
        if (!st.rule.empty())
            j["rule"] = st.rule;
        out.push_back(j);
    }
    return out;
}

ordered_json ageJson(int months) { return {{"years", months / 12}, {"months", months % 12}}; }

ordered_json pathArray(const std::vector<IncreaseYear> &path, int years)
{
    ordered_json out = ordered_json::array();
    for (std::size_t i = 0; i < path.size() && static_cast<int>(i) < years; ++i)
        out.push_back({{"year", path[i].year},
                       {"increase", number(formatFraction(path[i].rate))},
                       {"increaseStatus", toString(path[i].status)},
                       {"monthly", fen(path[i].monthly)}});
    return out;
}

ordered_json lifetimeJson(const Lifetime &lt)
{
    ordered_json out;
    out["money"] = lt.todaysMoney ? "today" : "nominal";
    out["inflation"] = number(formatFraction(lt.inflation));
    out["pensionIncrease"] = number(formatFraction(lt.increaseAssumption));
    out["ownPaid"] = fen(lt.ownPaid);
    out["ownPaidFuture"] = fen(lt.ownPaidFuture);
    out["employerPaidFuture"] = fen(lt.employerPaid);
    out["breakEvenAge"] = lt.breakEvenAgeMonths ? ageJson(*lt.breakEvenAgeMonths) : ordered_json(nullptr);
    out["breakEvenMonth"] = lt.breakEvenMonth ? ordered_json(lt.breakEvenMonth->toString()) : ordered_json(nullptr);
    out["lifeExpectancy"] = scaled(lt.lifeExpectancyTenths, 1);
    ordered_json totals = ordered_json::array();
    for (const AgeTotal &t : lt.totals)
        totals.push_back({{"age", t.ageYears}, {"lifeExpectancy", t.lifeExpectancy}, {"paid", fen(t.paid)},
                          {"received", fen(t.received)}, {"net", fen(t.net)}});
    out["totals"] = totals;
    return out;
}

ordered_json survivorJson(const std::vector<SurvivorAt> &list)
{
    ordered_json out = ordered_json::array();
    for (const SurvivorAt &s : list)
        out.push_back({{"ageAtDeath", s.ageYears},
                       {"deathMonth", s.deathMonth.toString()},
                       {"retired", s.retired},
                       {"contributionYears", scaled(s.contributed * 100 / 24, 2)},
                       {"incomeYear", s.incomeYear},
                       {"incomeMonthly", fen(s.incomeMonthly)},
                       {"incomeStatus", toString(s.incomeStatus)},
                       {"funeralGrant", fen(s.funeralGrant)},
                       {"survivorPensionMonths", s.pensionMonths},
                       {"survivorPension", fen(s.survivorPension)},
                       {"accountRemainder", fen(s.accountRemainder)},
                       {"total", fen(s.total)}});
    return out;
}

ordered_json shortfallJson(const Shortfall &s)
{
    ordered_json payOn = ordered_json::array();
    for (const ShortfallOption &o : s.payOn)
        payOn.push_back({{"grade", number(formatFraction(o.grade))}, {"months", o.months},
                         {"reachedMonth", o.reachedMonth.toString()}, {"cost", fen(o.cost)}});
    return {{"shortMonths", s.shortMonths},
            {"payOn", payOn},
            {"oneOffAllowed", s.oneOffAllowed},
            {"oneOffMonths", s.oneOffMonths},
            {"accountToResidentScheme", fen(s.accountToResidentScheme)},
            {"retroactivePaymentWarning", true}};
}

} // namespace

std::string estimateJson(const Result &r, const Wording &words, const EstimateExtras &extras)
{
    ordered_json out;
    out["region"] = r.region;
    out["parameters"] = r.paramsVersion;
    out["calculatedOn"] = r.calculatedOn.toString();
    out["retirement"] = windowJson(r.window, r.retirement.month, r.retirement.ageMonths);
    out["retirement"]["early"] = r.retirement.early;
    out["retirement"]["late"] = r.retirement.late;
    ordered_json elig = {{"requiredMonths", r.eligibility.requiredMonths},
                         {"requirementYear", r.eligibility.requirementYear},
                         {"contributedMonths", halves(r.eligibility.contributed)},
                         {"eligible", r.eligibility.eligible}};
    if (!r.eligibility.eligible) {
        elig["shortMonths"] = r.eligibility.shortMonths;
        elig["reachedMonth"] = r.eligibility.reachedMonth.toString();
        elig["costToReach"] = fen(r.eligibility.costToReach);
    }
    out["eligibility"] = elig;
    const Figures &f = r.figures;
    out["figures"] = {{"pensionBase", fen(f.pensionBase)},
                      {"pensionBaseYear", f.pensionBaseYear},
                      {"pensionBaseStatus", toString(f.pensionBaseStatus)},
                      {"averageIndex", scaled(f.averageIndex / 100, 4)},
                      {"indexedWage", fen(f.indexedWage)},
                      {"contributionMonths", halves(f.contributedMonths)},
                      {"contributionYears", years(f.contributionYearsNum, f.contributionYearsDen,
                                                  f.contributionYearsDecimals, f.contributionYearsCenti)},
                      {"transitionMonths", halves(f.transitionMonths)},
                      {"transitionYears", years(f.transitionYearsNum, f.transitionYearsDen, f.contributionYearsDecimals,
                                                f.transitionYearsCenti)},
                      {"transitionRate", number(formatFraction(f.transitionRate))},
                      {"annuityMonths", scaled(f.annuityMonthsTenths, 1)},
                      {"accountBalance", fen(f.accountBalance)}};
    if (f.transitionIndex)
        out["figures"]["transitionIndex"] = scaled(*f.transitionIndex / 100, 4);
    if (f.localPensionBase)
        out["figures"]["localPensionBase"] = fen(*f.localPensionBase);
    if (f.transitionWage != f.indexedWage)
        out["figures"]["transitionWage"] = fen(f.transitionWage);
    out["monthly"] = monthly(r.monthly);
    ordered_json local = ordered_json::array();
    for (const LocalPayment &item : r.localItems)
        local.push_back({{"id", item.id},
                         {"name", {{"zh", item.name.zh}, {"en", item.name.en}}},
                         {"kind", toString(item.kind)},
                         {"amount", fen(item.amount)},
                         {"inTotal", item.inTotal},
                         {"regulation", item.regulation}});
    out["localItems"] = local;
    if (r.provisional) {
        const Provisional &p = *r.provisional;
        out["provisional"] = {{"pensionBase", fen(p.pensionBase)},
                              {"pensionBaseYear", p.pensionBaseYear},
                              {"pensionBaseStatus", toString(p.pensionBaseStatus)},
                              {"indexedWage", fen(p.indexedWage)},
                              {"monthly", monthly(p.monthly)},
                              {"finalPublishedOn", p.publishedOn.toString()},
                              {"publicationAssumed", p.publicationAssumed},
                              {"backPayMonths", p.backPayMonths},
                              {"backPay", fen(p.backPay)}};
    }
    out["outOfPocket"] = {{"future", fen(r.outOfPocketFuture)}, {"total", fen(r.outOfPocketTotal)},
                          {"employerFuture", fen(r.employerFuture)}};
    ordered_json years = ordered_json::array();
    for (const YearRow &y : r.years) {
        years.push_back({{"year", y.year},
                         {"origin", originName(y.origin)},
                         {"averageWage", fen(y.averageWage)},
                         {"averageWageStatus", toString(y.averageStatus)},
                         {"monthlyBase", fen(y.monthlyBase)},
                         {"months", halves(y.months)},
                         {"index", number(formatScaled(static_cast<std::int64_t>(y.index * 10000 + 0.5), 4))},
                         {"indexCounts", y.indexCounts},
                         {"personal", fen(y.personal)},
                         {"employerOrPooled", fen(y.employer)},
                         {"accountCredit", fen(y.accountCredit)},
                         {"interestRate", number(formatFraction(y.interestRate))},
                         {"interestRateStatus", toString(y.interestStatus)},
                         {"interest", fen(y.interest)},
                         {"balance", fen(y.balance)}});
    }
    out["years"] = years;
    ordered_json warnings = ordered_json::array();
    for (const Warning &w : r.warnings)
        warnings.push_back({{"code", warningCodeName(w.code)}, {"args", w.args}, {"message", words.warning(w)}});
    out["warnings"] = warnings;
    ordered_json steps = ordered_json::array();
    for (const Step &s : r.steps) {
        ordered_json j = {{"code", stepCodeName(s.code)},
                          {"label", words.stepLabel(s.code)},
                          {"formula", s.formula},
                          {"value", isDecimal(s.value) ? number(s.value) : ordered_json(s.value)},
                          {"regulation", s.regulation}};
        if (!s.rule.empty())
            j["rule"] = s.rule;
        steps.push_back(j);
    }
    out["steps"] = steps;
    if (extras.lifetime) {
        out["lifetime"] = lifetimeJson(*extras.lifetime);
        out["lifetime"]["steps"] = stepsJson(extras.lifetime->steps, &words);
    }
    if (extras.lifetime)
        out["afterRetirement"] = pathArray(extras.lifetime->path, 30);
    if (extras.survivors) {
        out["survivor"] = survivorJson(*extras.survivors);
        for (std::size_t i = 0; i < extras.survivors->size(); ++i)
            out["survivor"][i]["steps"] = stepsJson((*extras.survivors)[i].steps, &words);
    }
    if (extras.shortfall && extras.shortfall->shortOfMinimum) {
        out["shortfall"] = shortfallJson(*extras.shortfall);
        out["shortfall"]["steps"] = stepsJson(extras.shortfall->steps, &words);
    }
    return out.dump(2) + "\n";
}

std::string goalJson(const GoalAnswer &g)
{
    ordered_json out;
    out["target"] = fen(g.target);
    ordered_json rows = ordered_json::array();
    for (const GoalRow &r : g.byLength) {
        ordered_json row = {{"stopAfterYears", r.stopAfterYears}, {"reachable", r.reachable}};
        if (r.reachable) {
            row["grade"] = number(formatFraction(r.grade));
            row["monthly"] = fen(r.monthly);
            row["outOfPocket"] = fen(r.outOfPocket);
            row["eligible"] = r.eligible;
        }
        rows.push_back(row);
    }
    out["lowestGradeByLength"] = rows;
    if (g.grade) {
        ordered_json at = {{"grade", number(formatFraction(g.grade))}};
        if (g.yearsAtGrade) {
            at["years"] = *g.yearsAtGrade;
            at["monthly"] = fen(g.monthlyAtYears);
            at["outOfPocket"] = fen(g.costAtYears);
        } else {
            at["years"] = nullptr;
        }
        out["atGrade"] = at;
    }
    return out.dump(2) + "\n";
}

std::string pathJson(const std::vector<IncreaseYear> &path)
{
    return pathArray(path, static_cast<int>(path.size())).dump(2) + "\n";
}

std::string retirementJson(const RetirementWindow &w, const YearMonth &birth, int requiredMonths)
{
    (void)birth;
    ordered_json out;
    out["retirement"] = windowJson(w, w.statutoryMonth, w.statutoryAgeMonths);
    out["requiredMonths"] = requiredMonths;
    return out.dump(2) + "\n";
}

std::string gridJson(const Grid &g)
{
    ordered_json plans = ordered_json::array();
    for (const GridCell &c : g.cells) {
        ordered_json retire;
        switch (c.retire.kind) {
        case RetireKind::Statutory: retire = "statutory"; break;
        case RetireKind::Month: retire = c.retire.month.toString(); break;
        case RetireKind::Early: retire = {{"earlyMonths", c.retire.months}}; break;
        case RetireKind::Late: retire = {{"lateMonths", c.retire.months}}; break;
        }
        ordered_json plan = {{"grade", number(formatFraction(c.grade))},
                             {"stopAfterYears", c.stopAfterYears},
                             {"retire", retire},
                             {"valid", c.numbers.valid}};
        if (c.numbers.valid) {
            plan["retirementMonth"] = c.numbers.retirementMonth.toString();
            plan["paidMonths"] = halves(c.numbers.paidMonths);
            plan["contributedMonths"] = halves(c.numbers.contributed);
            plan["eligible"] = c.numbers.eligible;
            plan["averageIndex"] = scaled(c.numbers.averageIndex / 100, 4);
            plan["accountBalance"] = fen(c.numbers.accountBalance);
            plan["monthly"] = monthly(c.numbers.monthly);
            plan["outOfPocket"] = fen(c.numbers.outOfPocket);
            plan["breakEvenAge"] = c.numbers.breakEvenAgeMonths ? ageJson(*c.numbers.breakEvenAgeMonths) : ordered_json(nullptr);
            plan["marginalPer10000"] = {
                {"grade", c.numbers.marginalPerTenThousandGrade ? fen(*c.numbers.marginalPerTenThousandGrade) : ordered_json(nullptr)},
                {"length", c.numbers.marginalPerTenThousandLength ? fen(*c.numbers.marginalPerTenThousandLength) : ordered_json(nullptr)}};
        }
        plans.push_back(plan);
    }
    ordered_json out;
    out["plans"] = plans;
    return out.dump(2) + "\n";
}

} // namespace pension
