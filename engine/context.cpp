#include "context.h"

#include "law.h"

#include <algorithm>

namespace pension {

Fen grow(Fen value, Ppm rate)
{
    return divRound(static_cast<Wide>(value) * (kPpmOne + rate), kPpmOne);
}

namespace {

// The entry of a series that holds for `year`, or nullptr when the year lies after the series' last entry (a
// carried-forward figure would silently pass last year's value off as this year's).
const SeriesEntry *forYear(const Series *s, int year)
{
    if (!s || s->entries.empty() || s->entries.back().from.year() < year)
        return s && !s->entries.empty() && s->entries.back().from.year() == year ? &s->entries.back() : nullptr;
    return s->at(YearMonth::of(year, 1));
}

// Rates that hold until changed (contribution rates): the last entry carries forward.
Ppm rateAt(const ParameterSet &p, const char *name, int year, Ppm fallback)
{
    if (const Series *s = p.find(name))
        if (const SeriesEntry *e = s->at(YearMonth::of(year, 12)))
            return e->value;
    return fallback;
}

// Whether a figure is known on `today`: published by then, or with no publication month given.
bool knownOn(const SeriesEntry &e, YearMonth today)
{
    return !e.publishedOn || *e.publishedOn <= today;
}

// The newest entry for a year before `year` that is known on `today`.
const SeriesEntry *lastKnownBefore(const Series *s, int year, YearMonth today)
{
    if (!s)
        return nullptr;
    for (auto it = s->entries.rbegin(); it != s->entries.rend(); ++it)
        if (it->from.year() < year && knownOn(*it, today))
            return &*it;
    return nullptr;
}

Ppm scalarOr(const ParameterSet &p, const char *name, Ppm fallback)
{
    const Scalar *s = p.scalar(name);
    return s ? s->value : fallback;
}

} // namespace

Context::Context(const ParameterSet &params, const Assumptions &a, YearMonth calculatedOn, int lastYear)
    : m_params(&params), m_today(calculatedOn)
{
    m_assumptions.wageGrowth = a.wageGrowth.value_or(scalarOr(params, "wageGrowth", 30'000));
    m_assumptions.accountInterest = a.accountInterest.value_or(scalarOr(params, "accountInterest", 20'000));
    m_assumptions.pensionIncrease = a.pensionIncrease.value_or(scalarOr(params, "pensionIncrease", 20'000));
    m_assumptions.inflation = a.inflation.value_or(scalarOr(params, "inflation", 10'000));
    if (const Scalar *s = params.scalar("accountStart"))
        m_accountStart = YearMonth{static_cast<int>(s->value)};

    lastYear = std::max(lastYear, calculatedOn.year() + 1);
    m_years.resize(static_cast<std::size_t>(lastYear - m_firstYear + 1));
    const Series *average = params.find("contributionAverage");
    const Series *denominator = params.find("indexDenominator");
    const Series *floor = params.find("contributionFloor");
    const Series *ceiling = params.find("contributionCeiling");
    const Series *interest = params.find("accountInterestRate");
    // Percent figures are read with 4 decimals, which is the same integer as ppm of the fraction (8.31% = 83100).
    const Ppm floorRate = scalarOr(params, "floorRate", law::kMinGrade);
    const Ppm ceilingRate = scalarOr(params, "ceilingRate", law::kMaxGrade);

    // The month each year's index denominator became known (nullopt: no pack figure, or no date given).
    std::vector<std::optional<YearMonth>> denominatorPublished(m_years.size());
    for (int y = m_firstYear; y <= lastYear; ++y) {
        YearFigures &f = m_years[static_cast<std::size_t>(y - m_firstYear)];
        f.year = y;
        if (const SeriesEntry *e = forYear(average, y)) {
            f.average = e->value;
            f.averageStatus = e->provenance.status;
        } else if (y > m_firstYear && average && !average->entries.empty() &&
                   average->entries.front().from.year() < y) {
            const YearFigures &prev = m_years[static_cast<std::size_t>(y - 1 - m_firstYear)];
            f.average = grow(prev.average, m_assumptions.wageGrowth);
            f.averageStatus = Status::Assumed;
            f.averageProjected = true;
        } else if (average && !average->entries.empty()) {
            // Before the first figure: walk back from it with the growth assumption.
            f.average = 0; // filled below
            f.averageStatus = Status::Assumed;
            f.averageProjected = true;
        }
        if (const SeriesEntry *e = forYear(denominator, y)) {
            f.denominator = e->value;
            f.denominatorStatus = e->provenance.status;
            denominatorPublished[static_cast<std::size_t>(y - m_firstYear)] = e->publishedOn;
        } else {
            f.denominator = f.average;
            f.denominatorStatus = f.averageStatus;
            if (const SeriesEntry *e = forYear(average, y))
                denominatorPublished[static_cast<std::size_t>(y - m_firstYear)] = e->publishedOn;
        }
        if (const SeriesEntry *e = forYear(floor, y))
            f.floor = e->value;
        else
            f.floor = divRound(static_cast<Wide>(f.average) * floorRate, kPpmOne);
        if (const SeriesEntry *e = forYear(ceiling, y))
            f.ceiling = e->value;
        else
            f.ceiling = divRound(static_cast<Wide>(f.average) * ceilingRate, kPpmOne);
        // 记账利率: a year's rate is published the following summer (`publishedOn`); until then the agency credits the
        // year at the last published rate and corrects it later (domain §5). Years after the calculation date with no
        // figure take the interest assumption.
        const SeriesEntry *rate = forYear(interest, y);
        if (rate && knownOn(*rate, calculatedOn)) {
            f.interest = rate->value;
            f.interestStatus = rate->provenance.status;
            f.interestSource = InterestSource::Pack;
            f.interestRateYear = y;
        } else if (const SeriesEntry *last =
                       y <= calculatedOn.year() ? lastKnownBefore(interest, y, calculatedOn) : nullptr) {
            f.interest = last->value;
            f.interestStatus = Status::Provisional;
            f.interestSource = InterestSource::LastPublished;
            f.interestRateYear = last->from.year();
        } else {
            f.interest = m_assumptions.accountInterest;
            f.interestStatus = Status::Assumed;
            f.interestSource = InterestSource::Projected;
            f.interestRateYear = y;
        }
        f.accountRate = rateAt(params, "personalAccountRate", y, law::kPersonalAccountRate);
        f.employeeRate = rateAt(params, "employeeRate", y, law::kEmployeeRate);
        f.flexibleRate = rateAt(params, "flexibleRate", y, law::kFlexibleRate);
        f.employerRate = rateAt(params, "employerRate", y, law::kEmployerRate);
    }
    // Years before the first published average: discount the first figure by the growth assumption.
    if (average && !average->entries.empty()) {
        const int first = average->entries.front().from.year();
        for (int y = std::min(first, lastYear + 1) - 1; y >= m_firstYear; --y) {
            YearFigures &f = m_years[static_cast<std::size_t>(y - m_firstYear)];
            const YearFigures &next = m_years[static_cast<std::size_t>(y + 1 - m_firstYear)];
            f.average = divRound(static_cast<Wide>(next.average) * kPpmOne, kPpmOne + m_assumptions.wageGrowth);
            if (!forYear(denominator, y)) {
                f.denominator = f.average;
                f.denominatorStatus = Status::Assumed;
            }
            f.floor = divRound(static_cast<Wide>(f.average) * floorRate, kPpmOne);
            f.ceiling = divRound(static_cast<Wide>(f.average) * ceilingRate, kPpmOne);
        }
    }
    // The denominator in force on the calculation date: a year whose figure is published later keeps the last one
    // published (a 滨州 2022-01 sheet keeps 2021's 6242.17 for its January 2022 month; the Leting leaflet's last
    // month, January 2024, is paid on 2023's floor).
    for (int y = m_firstYear; y <= lastYear; ++y) {
        YearFigures &f = m_years[static_cast<std::size_t>(y - m_firstYear)];
        int k = y;
        while (k > m_firstYear) {
            const auto &pub = denominatorPublished[static_cast<std::size_t>(k - m_firstYear)];
            if (!pub || *pub <= calculatedOn)
                break;
            --k;
        }
        const YearFigures &known = m_years[static_cast<std::size_t>(k - m_firstYear)];
        f.knownDenominator = known.denominator;
        f.knownDenominatorStatus = known.denominatorStatus;
        f.knownDenominatorYear = k;
    }
    fillBases();
}

void Context::fillBases()
{
    m_bases.clear();
    for (int y = m_firstYear; y <= lastYear(); ++y)
        m_bases.push_back(computePensionBase(y));
}

const YearFigures &Context::year(int y) const
{
    y = std::clamp(y, m_firstYear, lastYear());
    return m_years[static_cast<std::size_t>(y - m_firstYear)];
}

BaseFigure Context::pensionBase(int year) const
{
    if (year >= m_firstYear && year <= lastYear() && !m_bases.empty())
        return m_bases[static_cast<std::size_t>(year - m_firstYear)];
    return computePensionBase(year);
}

BaseFigure Context::computePensionBase(int year) const
{
    BaseFigure b;
    b.year = year;
    b.publishedOn = YearMonth::of(year, 12);
    const Series *s = m_params->find("pensionBase");
    // Figures published on or before the calculation date are known; a later one is not (yet).
    const SeriesEntry *latestKnown = nullptr;
    if (s) {
        for (const auto &e : s->entries) {
            const YearMonth pub = e.publishedOn.value_or(YearMonth::of(e.from.year(), 12));
            if (e.from.year() == year) {
                b.publishedOn = pub;
                b.publicationAssumed =
                    !e.publishedOn.has_value() || e.provenance.note.find("assumed") != std::string::npos;
            }
            if (pub <= m_today && e.from.year() <= year)
                latestKnown = &e;
        }
    }
    if (latestKnown && latestKnown->from.year() == year) {
        b.value = latestKnown->value;
        b.status = latestKnown->provenance.status;
        b.fromYear = year;
        return b;
    }
    if (latestKnown) {
        Fen v = latestKnown->value;
        for (int y = latestKnown->from.year(); y < year; ++y)
            v = grow(v, m_assumptions.wageGrowth);
        b.value = v;
        b.status = Status::Assumed;
        b.fill = BaseFigure::Fill::Grown;
        b.fromYear = latestKnown->from.year();
        return b;
    }
    // No 计发基数 known for the year or before it: the previous year's average wage, as the base was defined
    // (上年度在岗职工月平均工资) before a separate figure was published.
    b.value = this->year(year - 1).average;
    b.status = Status::Assumed;
    b.fill = BaseFigure::Fill::PreviousAverage;
    b.fromYear = year - 1;
    return b;
}

Ppm Context::transitionRate(YearMonth at) const
{
    if (const Series *s = m_params->find("transitionRate"))
        if (const SeriesEntry *e = s->at(at))
            return e->value;
    return 13'000;
}

bool Context::anyAssumedAverage(int fromYear, int toYear) const
{
    for (int y = fromYear; y <= toYear; ++y)
        if (year(y).averageStatus == Status::Assumed)
            return true;
    return false;
}

} // namespace pension
