#include "result_json.h"

#include <nlohmann/json.hpp>

#include <charconv>

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
    case WarningCode::ProjectedInterest: return "projected-interest";
    case WarningCode::InterestCreditedProvisionally: return "interest-credited-provisionally";
    case WarningCode::InterestEffect: return "interest-effect";
    case WarningCode::PensionBaseFromAverage: return "pension-base-from-average";
    case WarningCode::ProvisionalAboveFinal: return "provisional-above-final";
    case WarningCode::ApproximateRegion: return "approximate-region";
    case WarningCode::ProjectedLocalBase: return "projected-local-base";
    case WarningCode::LocalItemNotKnown: return "local-item-not-known";
    case WarningCode::StaleRecord: return "stale-record";
    case WarningCode::RetirementPassed: return "retirement-passed";
    case WarningCode::PlanInPast: return "plan-in-past";
    case WarningCode::MonthsBeforeWorkingAge: return "months-before-working-age";
    case WarningCode::BaseAboveCeiling: return "base-above-ceiling";
    case WarningCode::BaseLooksYearly: return "base-looks-yearly";
    case WarningCode::IndexAboveCeiling: return "index-above-ceiling";
    case WarningCode::OldMethodFigureMissing: return "old-method-figure-missing";
    case WarningCode::OldMethodNotComputed: return "old-method-not-computed";
    case WarningCode::PhaseInOldMethodMissing: return "phase-in-old-method-missing";
    case WarningCode::NotionalCreditsMissing: return "notional-credits-missing";
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
    case StepCode::PayOnPension: return "pay-on-pension";
    case StepCode::LocalPensionBase: return "local-pension-base";
    case StepCode::LocalItem: return "local-item";
    case StepCode::NewMethodTransitional: return "new-method-transitional";
    case StepCode::TotalRounding: return "total-rounding";
    case StepCode::OldMethodPension: return "old-method-pension";
    case StepCode::MethodComparison: return "method-comparison";
    case StepCode::TransitionalPhaseIn: return "transitional-phase-in";
    }
    return "unknown";
}

namespace {

// Money and decimals go out as JSON numbers with their exact decimal digits.
ordered_json number(const std::string &decimal)
{
    return ordered_json::parse(decimal);
}
ordered_json fen(Fen f)
{
    return number(formatFen(f));
}
ordered_json scaled(std::int64_t v, int scale)
{
    return number(formatScaled(v, scale));
}
bool isDecimal(const std::string &s)
{
    return !s.empty() && s.find_first_not_of("-0123456789.") == std::string::npos &&
           s.find('-', 1) == std::string::npos;
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
ordered_json halves(HalfMonths h)
{
    return h % 2 ? ordered_json(h / 2.0) : ordered_json(h / 2);
}

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
        j["formula"] = words ? words->stepText(st.formula) : st.formula;
        j["value"] =
            isDecimal(st.value) ? number(st.value) : ordered_json(words ? words->stepText(st.value) : st.value);
        j["regulation"] = st.regulation;
        if (!st.rule.empty())
            j["rule"] = st.rule;
        out.push_back(j);
    }
    return out;
}

ordered_json ageJson(int months)
{
    return {{"years", months / 12}, {"months", months % 12}};
}

ordered_json pathArray(const std::vector<IncreaseYear> &path, int years)
{
    ordered_json out = ordered_json::array();
    for (std::size_t i = 0; i < path.size() && static_cast<int>(i) < years; ++i) {
        ordered_json y = {{"year", path[i].year},
                          {"increase", number(formatFraction(path[i].rate))},
                          {"increaseStatus", toString(path[i].status)},
                          {"monthly", fen(path[i].monthly)}};
        if (path[i].scheme) // the province's scheme: 定额, 挂钩 (per year, percent) and 倾斜 parts
            y["scheme"] = {{"fixed", fen(path[i].fixed)},
                           {"perYear", path[i].yearsUnknown ? ordered_json(nullptr) : fen(path[i].perYear)},
                           {"percent", fen(path[i].percent)},
                           {"tilt", path[i].ageUnknown ? ordered_json(nullptr) : fen(path[i].tilt)}};
        out.push_back(y);
    }
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
        totals.push_back({{"age", t.ageYears},
                          {"lifeExpectancy", t.lifeExpectancy},
                          {"paid", fen(t.paid)},
                          {"received", fen(t.received)},
                          {"net", fen(t.net)}});
    out["totals"] = totals;
    return out;
}

ordered_json survivorJson(const std::vector<SurvivorAt> &list)
{
    ordered_json out = ordered_json::array();
    // Without the region's income base the grant, the survivor pension and the total are unknown: null, not 0.
    auto known = [](const SurvivorAt &s, Fen v) {
        return s.incomeKnown ? ordered_json(fen(v)) : ordered_json(nullptr);
    };
    for (const SurvivorAt &s : list)
        out.push_back({{"ageAtDeath", s.ageYears},
                       {"deathMonth", s.deathMonth.toString()},
                       {"retired", s.retired},
                       {"contributionYears", scaled(s.contributed * 100 / 24, 2)},
                       {"incomeYear", s.incomeYear},
                       {"incomeMonthly", known(s, s.incomeMonthly)},
                       {"incomeStatus", toString(s.incomeStatus)},
                       {"incomeKnown", s.incomeKnown},
                       {"funeralGrant", known(s, s.funeralGrant)},
                       {"survivorPensionMonths", s.pensionMonths},
                       {"survivorPension", known(s, s.survivorPension)},
                       {"accountRemainder", fen(s.accountRemainder)},
                       {"total", known(s, s.total)}});
    return out;
}

ordered_json shortfallJson(const Shortfall &s)
{
    ordered_json payOn = ordered_json::array();
    for (const ShortfallOption &o : s.payOn)
        payOn.push_back({{"grade", number(formatFraction(o.grade))},
                         {"months", o.months},
                         {"reachedMonth", o.reachedMonth.toString()},
                         {"cost", fen(o.cost)}});
    return {{"shortMonths", s.shortMonths},
            {"payOn", payOn},
            {"oneOffAllowed", s.oneOffAllowed},
            {"oneOffMonths", s.oneOffMonths},
            {"accountToResidentScheme", fen(s.accountToResidentScheme)},
            {"retroactivePaymentWarning", true}};
}

} // namespace

std::string Wording::stepText(const std::string &text) const
{
    return plainStepText(text);
}

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
        if (r.eligibility.payOnKnown) {
            elig["payOnPensionFrom"] = r.eligibility.payOnPensionFrom.toString();
            elig["payOnMonthly"] = fen(r.eligibility.payOnMonthly.total);
        }
    }
    out["eligibility"] = elig;
    const Figures &f = r.figures;
    out["figures"] = {{"pensionBase", fen(f.pensionBase)},
                      {"pensionBaseYear", f.pensionBaseYear},
                      {"pensionBaseStatus", toString(f.pensionBaseStatus)},
                      {"averageIndex", number(formatIndex(f.averageIndex))},
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
    if (f.averageIndexDerived)
        out["figures"]["averageIndexDerived"] = true;
    if (f.transitionIndex)
        out["figures"]["transitionIndex"] = number(formatIndex(*f.transitionIndex));
    if (f.localPensionBase)
        out["figures"]["localPensionBase"] = fen(*f.localPensionBase);
    if (f.transitionalNewMethod)
        out["figures"]["transitionalNewMethod"] = fen(*f.transitionalNewMethod);
    if (f.oldMethodTransitional)
        out["figures"]["oldMethodTransitional"] = fen(*f.oldMethodTransitional);
    if (f.transitionWage != f.indexedWage)
        out["figures"]["transitionWage"] = fen(f.transitionWage);
    out["monthly"] = monthly(r.monthly);
    ordered_json local = ordered_json::array();
    for (const LocalPayment &item : r.localItems) {
        if (item.kind == LocalItemKind::TotalRounding) {
            // The totalRounding line has no pack name: its rule says what it is.
            local.push_back({{"id", item.id},
                             {"kind", toString(item.kind)},
                             {"rule", ruleName(RuleKey::TotalRounding, static_cast<int>(item.rounding))},
                             {"amount", fen(item.amount)},
                             {"inTotal", item.inTotal},
                             {"regulation", item.regulation}});
            continue;
        }
        local.push_back({{"id", item.id},
                         {"name", {{"zh", item.name.zh}, {"en", item.name.en}}},
                         {"kind", toString(item.kind)},
                         {"amount", fen(item.amount)},
                         {"inTotal", item.inTotal},
                         {"regulation", item.regulation}});
    }
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
    out["outOfPocket"] = {{"future", fen(r.outOfPocketFuture)},
                          {"total", fen(r.outOfPocketTotal)},
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
                         {"balance", fen(y.accountBalance)}});
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
                          {"formula", words.stepText(s.formula)},
                          {"value", isDecimal(s.value) ? number(s.value) : ordered_json(words.stepText(s.value))},
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

std::string pathJson(const std::vector<IncreaseYear> &path, std::optional<Fen> compareTo)
{
    ordered_json out;
    out["path"] = pathArray(path, static_cast<int>(path.size()));
    if (compareTo && !path.empty()) {
        const Fen last = path.back().monthly;
        const Ppm relative = static_cast<Ppm>(divRound(static_cast<Wide>(last - *compareTo) * kPpmOne, *compareTo));
        out["compare"] = {{"year", path.back().year},
                          {"amount", fen(*compareTo)},
                          {"monthly", fen(last)},
                          {"difference", fen(last - *compareTo)},
                          {"relative", number(formatFraction(relative))}};
    }
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

namespace {

// The grid is the largest output (25 grades × 41 lengths × 7 retirements = 7,175 plans): it is written plan by plan
// into a small buffer handed to the sink, in the layout nlohmann's dump(2) gives the other commands' JSON.
class GridWriter {
public:
    explicit GridWriter(const std::function<void(std::string_view)> &sink) : m_sink(sink)
    {
        m_buf.reserve(kChunk + 4096);
    }
    ~GridWriter() = default;
    GridWriter(const GridWriter &) = delete;
    GridWriter &operator=(const GridWriter &) = delete;

    void raw(std::string_view s)
    {
        m_buf.append(s);
        if (m_buf.size() >= kChunk)
            flush();
    }
    void integer(std::int64_t v)
    {
        char tmp[24];
        const auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
        m_buf.append(tmp, r.ptr);
    }
    // A decimal text as nlohmann prints the double it parses to: integers as they are, otherwise trailing zeros
    // dropped with at least one digit after the point ("1234.50" -> 1234.5, "7.00" -> 7.0). Exact for the ≤ 15
    // significant digits money and indices have.
    void decimal(const std::string &text)
    {
        const std::size_t dot = text.find('.');
        if (dot == std::string::npos) {
            m_buf.append(text);
            return;
        }
        std::size_t end = text.size();
        while (end > dot + 2 && text[end - 1] == '0')
            --end;
        m_buf.append(text, 0, end);
    }
    void fen(Fen f) { decimal(formatFen(f)); }
    void key(std::string_view indent, std::string_view name)
    {
        m_buf.append(indent);
        m_buf.push_back('"');
        m_buf.append(name);
        m_buf.append("\": ");
    }
    void flush()
    {
        if (!m_buf.empty())
            m_sink(m_buf);
        m_buf.clear();
    }

private:
    static constexpr std::size_t kChunk = 64 * 1024;
    const std::function<void(std::string_view)> &m_sink;
    std::string m_buf;
};

void writeCell(GridWriter &w, const GridCell &c)
{
    constexpr std::string_view in = "      ";    // keys of a plan
    constexpr std::string_view in2 = "        "; // keys of an object inside a plan
    w.raw("    {\n");
    w.key(in, "grade");
    w.decimal(formatFraction(c.grade));
    w.raw(",\n");
    w.key(in, "stopAfterYears");
    w.integer(c.stopAfterYears);
    w.raw(",\n");
    w.key(in, "retire");
    switch (c.retire.kind) {
    case RetireKind::Statutory: w.raw("\"statutory\""); break;
    case RetireKind::Month:
        w.raw("\"");
        w.raw(c.retire.month.toString());
        w.raw("\"");
        break;
    case RetireKind::Early:
    case RetireKind::Late:
        w.raw("{\n");
        w.key(in2, c.retire.kind == RetireKind::Early ? "earlyMonths" : "lateMonths");
        w.integer(c.retire.months);
        w.raw("\n      }");
        break;
    }
    w.raw(",\n");
    w.key(in, "valid");
    w.raw(c.numbers.valid ? "true" : "false");
    if (c.numbers.valid) {
        const PlanNumbers &n = c.numbers;
        const auto halves = [&w](HalfMonths h) {
            w.integer(h / 2);
            if (h % 2)
                w.raw(".5");
        };
        w.raw(",\n");
        w.key(in, "retirementMonth");
        w.raw("\"");
        w.raw(n.retirementMonth.toString());
        w.raw("\",\n");
        w.key(in, "paidMonths");
        halves(n.paidMonths);
        w.raw(",\n");
        w.key(in, "contributedMonths");
        halves(n.contributed);
        w.raw(",\n");
        w.key(in, "eligible");
        w.raw(n.eligible ? "true" : "false");
        w.raw(",\n");
        w.key(in, "averageIndex");
        w.decimal(formatIndex(n.averageIndex));
        w.raw(",\n");
        w.key(in, "accountBalance");
        w.fen(n.accountBalance);
        w.raw(",\n");
        w.key(in, "monthly");
        w.raw("{\n");
        w.key(in2, "basic");
        w.fen(n.monthly.basic);
        w.raw(",\n");
        w.key(in2, "account");
        w.fen(n.monthly.account);
        w.raw(",\n");
        w.key(in2, "transitional");
        w.fen(n.monthly.transitional);
        w.raw(",\n");
        w.key(in2, "total");
        w.fen(n.monthly.total);
        w.raw("\n      },\n");
        w.key(in, "outOfPocket");
        w.fen(n.outOfPocket);
        w.raw(",\n");
        w.key(in, "breakEvenAge");
        if (n.breakEvenAgeMonths) {
            w.raw("{\n");
            w.key(in2, "years");
            w.integer(*n.breakEvenAgeMonths / 12);
            w.raw(",\n");
            w.key(in2, "months");
            w.integer(*n.breakEvenAgeMonths % 12);
            w.raw("\n      }");
        } else {
            w.raw("null");
        }
        w.raw(",\n");
        w.key(in, "marginalPer10000");
        w.raw("{\n");
        w.key(in2, "grade");
        if (n.marginalPerTenThousandGrade)
            w.fen(*n.marginalPerTenThousandGrade);
        else
            w.raw("null");
        w.raw(",\n");
        w.key(in2, "length");
        if (n.marginalPerTenThousandLength)
            w.fen(*n.marginalPerTenThousandLength);
        else
            w.raw("null");
        w.raw("\n      }");
    }
    w.raw("\n    }");
}

} // namespace

void writeGridJson(const Grid &g, const std::function<void(std::string_view)> &sink)
{
    GridWriter w(sink);
    if (g.cells.empty()) {
        w.raw("{\n  \"plans\": []\n}\n");
    } else {
        w.raw("{\n  \"plans\": [\n");
        for (std::size_t i = 0; i < g.cells.size(); ++i) {
            if (i)
                w.raw(",\n");
            writeCell(w, g.cells[i]);
        }
        w.raw("\n  ]\n}\n");
    }
    w.flush();
}

std::string gridJson(const Grid &g)
{
    std::string out;
    writeGridJson(g, [&out](std::string_view chunk) { out.append(chunk); });
    return out;
}

} // namespace pension
