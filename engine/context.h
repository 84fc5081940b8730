#pragma once
// The figures of one region resolved year by year for one calculation date and one set of assumptions, so a
// projection reads arrays instead of searching series. Built once per case; every plan of a grid shares it.

#include "case.h"
#include "params.h"

#include <vector>

namespace pension {

// Where a year's 记账利率 comes from on the calculation date.
enum class InterestSource {
    Pack,          // the year's own figure (published, provisional or assumed as the pack marks it)
    LastPublished, // not yet published on the calculation date: credited at the last published rate, corrected later
    Projected,     // a year after the calculation date with no figure: the interest assumption
};

struct YearFigures {
    int year = 0;
    Fen average = 0; // contributionAverage: the bases of the year are set from it
    Status averageStatus = Status::Assumed;
    Fen denominator = 0; // 缴费指数 denominator (city averages where the region has them)
    Status denominatorStatus = Status::Assumed;
    Fen floor = 0, ceiling = 0;
    // The denominator in force for the year's months on the calculation date: the year's own once it is published
    // (`publishedOn`), else the last one published (the agency settles the difference, 补差, once the new one is out).
    Fen knownDenominator = 0;
    Status knownDenominatorStatus = Status::Assumed;
    int knownDenominatorYear = 0;
    bool averageProjected = false; // no pack figure: grown or discounted from the nearest one by the wage assumption
    Ppm interest = 0;              // 记账利率 as credited on the calculation date
    Status interestStatus = Status::Assumed;
    InterestSource interestSource = InterestSource::Projected;
    int interestRateYear = 0; // the year whose published rate is credited (LastPublished)
    Ppm accountRate = 0;      // share of the base credited to the personal account
    Ppm employeeRate = 0;
    Ppm flexibleRate = 0;
    Ppm employerRate = 0;
};

struct BaseFigure {
    Fen value = 0;
    int year = 0;
    Status status = Status::Assumed;
    // How an unknown base was filled in: grown from the last known base (`fromYear`) with the wage assumption, or,
    // with no base known at all, the previous year's average wage (上年度在岗职工月平均工资, the base's definition).
    enum class Fill { Known, Grown, PreviousAverage } fill = Fill::Known;
    int fromYear = 0;
    YearMonth publishedOn; // month it is (or is assumed to be) published
    bool publicationAssumed = true;
};

struct EffectiveAssumptions {
    Ppm wageGrowth = 30'000, accountInterest = 20'000, pensionIncrease = 20'000, inflation = 10'000;
};

class Context {
public:
    Context(const ParameterSet &params, const Assumptions &assumptions, YearMonth calculatedOn, int lastYear);

    const ParameterSet &params() const { return *m_params; }
    YearMonth calculatedOn() const { return m_today; }
    const EffectiveAssumptions &assumptions() const { return m_assumptions; }
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_firstYear + static_cast<int>(m_years.size()) - 1; }
    const YearFigures &year(int y) const;
    // 计发基数 for retirements in `year`, as known on the calculation date (published, or projected).
    BaseFigure pensionBase(int year) const;
    YearMonth accountStart() const { return m_accountStart; }
    Ppm transitionRate(YearMonth at) const;
    // Which figures of the pack used in the year range were only assumed (for warnings).
    bool anyAssumedAverage(int fromYear, int toYear) const;

private:
    const ParameterSet *m_params;
    YearMonth m_today;
    EffectiveAssumptions m_assumptions;
    int m_firstYear = 1990;
    std::vector<YearFigures> m_years;
    std::vector<BaseFigure> m_bases; // pensionBase() for every year, computed once
    BaseFigure computePensionBase(int year) const;
    void fillBases();
    YearMonth m_accountStart = YearMonth::of(1996, 1);
};

// Grows a yuan figure by a yearly rate, rounded to the fen each year.
Fen grow(Fen value, Ppm rate);

} // namespace pension
