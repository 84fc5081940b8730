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
ordered_json halves(HalfMonths h) { return h % 2 ? ordered_json(h / 2.0) : ordered_json(h / 2); }

ordered_json monthly(const Monthly &m)
{
    return {{"basic", fen(m.basic)}, {"account", fen(m.account)}, {"transitional", fen(m.transitional)},
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

} // namespace

std::string estimateJson(const Result &r, const Wording &words)
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
                      {"contributionYears", scaled(f.contributionYearsCenti, 2)},
                      {"transitionMonths", halves(f.transitionMonths)},
                      {"transitionYears", scaled(f.transitionYearsCenti, 2)},
                      {"transitionRate", number(formatFraction(f.transitionRate))},
                      {"annuityMonths", scaled(f.annuityMonthsTenths, 1)},
                      {"accountBalance", fen(f.accountBalance)}};
    out["monthly"] = monthly(r.monthly);
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
    for (const Step &s : r.steps)
        steps.push_back({{"code", stepCodeName(s.code)},
                         {"label", words.stepLabel(s.code)},
                         {"formula", s.formula},
                         {"value", isDecimal(s.value) ? number(s.value) : ordered_json(s.value)},
                         {"regulation", s.regulation}});
    out["steps"] = steps;
    return out.dump(2) + "\n";
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
        }
        plans.push_back(plan);
    }
    ordered_json out;
    out["plans"] = plans;
    return out.dump(2) + "\n";
}

} // namespace pension
