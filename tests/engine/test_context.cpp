// engine/context.cpp: a region's figures resolved year by year for one calculation date: a year's figure as the pack
// gives it once it is published (`publishedOn`), the last published one or a projection with the assumptions
// before that, and the status each carries.
//
// The figures sit in a small parameter set written here by hand (round numbers, not a real region), so every
// expected value below is worked out from the rule in the comment above it.

#include "context.h"
#include "support.h"

#include <QTest>

using namespace pension;
using support::ym;

namespace {

SeriesEntry entry(int year, std::int64_t value, Status status, std::optional<YearMonth> publishedOn = std::nullopt)
{
    SeriesEntry e;
    e.from = YearMonth::of(year, 1);
    e.value = value;
    e.publishedOn = publishedOn;
    e.provenance.status = status;
    e.provenance.source = "test figure";
    return e;
}

void addSeries(ParameterSet &set, const std::string &name, Unit unit, std::vector<SeriesEntry> entries)
{
    Series s;
    s.name = name;
    s.unit = unit;
    s.entries = std::move(entries);
    set.series[name] = std::move(s);
}

// Averages 5,000.00 (2020) and 5,300.00 (2021), each published the following July; 记账利率 4.00% (2020) and
// 5.00% (2021), published the following June; 计发基数 6,000.00 (2021, published 2021-09) and 6,200.00 (2022,
// published 2022-10).
ParameterSet testSet()
{
    ParameterSet set;
    set.regionId = "testland";
    addSeries(
        set, "contributionAverage", Unit::YuanPerMonth,
        {entry(2020, 500000, Status::Published, ym("2021-07")), entry(2021, 530000, Status::Published, ym("2022-07"))});
    addSeries(
        set, "accountInterestRate", Unit::Percent,
        {entry(2020, 40'000, Status::Published, ym("2021-06")), entry(2021, 50'000, Status::Published, ym("2022-06"))});
    addSeries(
        set, "pensionBase", Unit::YuanPerMonth,
        {entry(2021, 600000, Status::Published, ym("2021-09")), entry(2022, 620000, Status::Published, ym("2022-10"))});
    return set;
}

// Wages and bases grow 3% a year, the account earns 2% in years without a figure.
Assumptions testAssumptions()
{
    Assumptions a;
    a.wageGrowth = 30'000;
    a.accountInterest = 20'000;
    return a;
}

} // namespace

class TestContext : public QObject {
    Q_OBJECT

private slots:
    void growRoundsEachYearToTheFen()
    {
        QCOMPARE(grow(530000, 30'000), Fen(545900)); // 5,300.00 × 1.03
        QCOMPARE(grow(545900, 30'000), Fen(562277)); // 5,459.00 × 1.03 = 5,622.77
        QCOMPARE(grow(100001, 25'000), Fen(102501)); // 1,000.01 × 1.025 = 1,025.01025 → 1,025.01
        QCOMPARE(grow(100020, 25'000), Fen(102521)); // 1,000.20 × 1.025 = 1,025.205 → 1,025.21 (half up)
    }

    void publishedAverageIsThePacksFigure()
    {
        const ParameterSet set = testSet();
        const Context ctx(set, testAssumptions(), ym("2026-01"), 2030);
        const YearFigures &y = ctx.year(2021);
        QCOMPARE(y.year, 2021);
        QCOMPARE(y.average, Fen(530000));
        QCOMPARE(y.averageStatus, Status::Published);
        QVERIFY(!y.averageProjected);
        // no denominator series: the average is the denominator
        QCOMPARE(y.denominator, Fen(530000));
        QCOMPARE(y.denominatorStatus, Status::Published);
        // no floor or ceiling series: 60% and 300% of the average
        QCOMPARE(y.floor, Fen(318000));
        QCOMPARE(y.ceiling, Fen(1590000));
    }

    void laterAveragesAreProjectedWithTheWageAssumption()
    {
        const ParameterSet set = testSet();
        const Context ctx(set, testAssumptions(), ym("2026-01"), 2030);
        // 5,300.00 × 1.03 = 5,459.00; × 1.03 = 5,622.77
        QCOMPARE(ctx.year(2022).average, Fen(545900));
        QCOMPARE(ctx.year(2023).average, Fen(562277));
        QCOMPARE(ctx.year(2022).averageStatus, Status::Assumed);
        QVERIFY(ctx.year(2022).averageProjected);
        QVERIFY(!ctx.anyAssumedAverage(2020, 2021));
        QVERIFY(ctx.anyAssumedAverage(2020, 2022));
        // a faster assumption gives a larger projection: 5,300.00 × 1.05 = 5,565.00
        Assumptions fast = testAssumptions();
        fast.wageGrowth = 50'000;
        const Context faster(set, fast, ym("2026-01"), 2030);
        QCOMPARE(faster.year(2022).average, Fen(556500));
        QCOMPARE(faster.year(2021).average, Fen(530000)); // a published year does not move
    }

    void earlierAveragesAreDiscountedFromTheFirstFigure()
    {
        const ParameterSet set = testSet();
        const Context ctx(set, testAssumptions(), ym("2026-01"), 2030);
        // 5,000.00 / 1.03 = 4,854.3689 → 4,854.37; 4,854.37 / 1.03 = 4,712.9806 → 4,712.98
        QCOMPARE(ctx.year(2019).average, Fen(485437));
        QCOMPARE(ctx.year(2018).average, Fen(471298));
        QCOMPARE(ctx.year(2019).averageStatus, Status::Assumed);
        QCOMPARE(ctx.year(2019).floor, Fen(291262)); // 60% of 4,854.37 = 2,912.622
    }

    void explicitBoundsAndDenominatorWin()
    {
        ParameterSet set = testSet();
        addSeries(set, "contributionFloor", Unit::YuanPerMonth, {entry(2021, 318100, Status::Published)});
        addSeries(set, "indexDenominator", Unit::YuanPerMonth, {entry(2021, 520000, Status::Provisional)});
        const Context ctx(set, testAssumptions(), ym("2026-01"), 2030);
        QCOMPARE(ctx.year(2021).floor, Fen(318100));
        QCOMPARE(ctx.year(2021).denominator, Fen(520000));
        QCOMPARE(ctx.year(2021).denominatorStatus, Status::Provisional);
        QCOMPARE(ctx.year(2021).average, Fen(530000)); // the bases still follow the average
    }

    void interestIsTheYearsOwnOncePublished()
    {
        const ParameterSet set = testSet();
        const Context ctx(set, testAssumptions(), ym("2022-06"), 2030);
        const YearFigures &y = ctx.year(2021);
        QCOMPARE(y.interest, Ppm(50'000));
        QCOMPARE(y.interestStatus, Status::Published);
        QCOMPARE(y.interestSource, InterestSource::Pack);
        QCOMPARE(y.interestRateYear, 2021);
    }

    void interestBeforePublicationIsTheLastPublished()
    {
        // On 2022-05 the 2021 rate (published 2022-06) is not out: 2021 and 2022 are credited at 2020's 4% for now.
        const ParameterSet set = testSet();
        const Context ctx(set, testAssumptions(), ym("2022-05"), 2030);
        for (int year : {2021, 2022}) {
            const YearFigures &y = ctx.year(year);
            QCOMPARE(y.interest, Ppm(40'000));
            QCOMPARE(y.interestStatus, Status::Provisional);
            QCOMPARE(y.interestSource, InterestSource::LastPublished);
            QCOMPARE(y.interestRateYear, 2020);
        }
        // A month later the 2021 rate is out: the open year 2022 is credited at it.
        const Context later(set, testAssumptions(), ym("2022-06"), 2030);
        QCOMPARE(later.year(2022).interest, Ppm(50'000));
        QCOMPARE(later.year(2022).interestRateYear, 2021);
        QCOMPARE(later.year(2022).interestSource, InterestSource::LastPublished);
    }

    void interestAfterTheCalculationYearIsTheAssumption()
    {
        const ParameterSet set = testSet();
        const Context ctx(set, testAssumptions(), ym("2022-06"), 2030);
        const YearFigures &y = ctx.year(2023);
        QCOMPARE(y.interest, Ppm(20'000));
        QCOMPARE(y.interestStatus, Status::Assumed);
        QCOMPARE(y.interestSource, InterestSource::Projected);
        Assumptions other = testAssumptions();
        other.accountInterest = 35'000;
        const Context ctx2(set, other, ym("2022-06"), 2030);
        QCOMPARE(ctx2.year(2023).interest, Ppm(35'000));
        QCOMPARE(ctx2.year(2021).interest, Ppm(50'000)); // published: the assumption does not touch it
    }

    void pensionBaseIsPublishedOnItsMonth()
    {
        const ParameterSet set = testSet();
        // 2022-10: the 2022 base is out.
        const BaseFigure known = Context(set, testAssumptions(), ym("2022-10"), 2030).pensionBase(2022);
        QCOMPARE(known.value, Fen(620000));
        QCOMPARE(known.status, Status::Published);
        QCOMPARE(known.fill, BaseFigure::Fill::Known);
        QCOMPARE(known.publishedOn, ym("2022-10"));
        QVERIFY(!known.publicationAssumed);
        // 2022-09: not yet; the 2021 base grown by 3%: 6,000.00 × 1.03 = 6,180.00, assumed.
        const BaseFigure before = Context(set, testAssumptions(), ym("2022-09"), 2030).pensionBase(2022);
        QCOMPARE(before.value, Fen(618000));
        QCOMPARE(before.status, Status::Assumed);
        QCOMPARE(before.fill, BaseFigure::Fill::Grown);
        QCOMPARE(before.fromYear, 2021);
        QCOMPARE(before.publishedOn, ym("2022-10")); // when the figure is due
    }

    void laterPensionBasesGrowFromTheLastKnown()
    {
        const ParameterSet set = testSet();
        const Context ctx(set, testAssumptions(), ym("2022-10"), 2030);
        // 6,200.00 × 1.03 = 6,386.00; × 1.03 = 6,577.58
        QCOMPARE(ctx.pensionBase(2023).value, Fen(638600));
        QCOMPARE(ctx.pensionBase(2024).value, Fen(657758));
        QCOMPARE(ctx.pensionBase(2024).fromYear, 2022);
        QCOMPARE(ctx.pensionBase(2024).status, Status::Assumed);
        // a year with no figure of its own is due in its December, marked as an assumed date
        QCOMPARE(ctx.pensionBase(2024).publishedOn, ym("2024-12"));
        QVERIFY(ctx.pensionBase(2024).publicationAssumed);
    }

    void pensionBaseBeforeAnyFigureIsThePreviousYearsAverage()
    {
        // 计发基数 defined as 上年度在岗职工月平均工资: for 2021 the 2020 average, 5,000.00.
        const ParameterSet set = testSet();
        const Context ctx(set, testAssumptions(), ym("2021-08"), 2030); // 2021's base is not out until 2021-09
        const BaseFigure b = ctx.pensionBase(2021);
        QCOMPARE(b.value, Fen(500000));
        QCOMPARE(b.fill, BaseFigure::Fill::PreviousAverage);
        QCOMPARE(b.fromYear, 2020);
        QCOMPARE(b.status, Status::Assumed);
    }

    void denominatorInForceIsTheLastPublished()
    {
        // The 2021 average (the denominator, published 2022-07) is not out on 2022-03: months of 2021 are indexed
        // on 2020's 5,000.00 until it is.
        const ParameterSet set = testSet();
        const Context early(set, testAssumptions(), ym("2022-03"), 2030);
        QCOMPARE(early.year(2021).knownDenominator, Fen(500000));
        QCOMPARE(early.year(2021).knownDenominatorYear, 2020);
        QCOMPARE(early.year(2021).knownDenominatorStatus, Status::Published);
        const Context late(set, testAssumptions(), ym("2022-07"), 2030);
        QCOMPARE(late.year(2021).knownDenominator, Fen(530000));
        QCOMPARE(late.year(2021).knownDenominatorYear, 2021);
    }

    void ratesHoldUntilChanged()
    {
        ParameterSet set = testSet();
        addSeries(set, "flexibleRate", Unit::Percent,
                  {entry(2000, 200'000, Status::Published), entry(2025, 180'000, Status::Published)});
        const Context ctx(set, testAssumptions(), ym("2026-01"), 2030);
        QCOMPARE(ctx.year(2010).flexibleRate, Ppm(200'000));
        QCOMPARE(ctx.year(2024).flexibleRate, Ppm(200'000));
        QCOMPARE(ctx.year(2025).flexibleRate, Ppm(180'000));
        QCOMPARE(ctx.year(2030).flexibleRate, Ppm(180'000));
        // without a series, the national rates: 8% into the account, 8% employee, 16% employer
        QCOMPARE(ctx.year(2010).accountRate, Ppm(80'000));
        QCOMPARE(ctx.year(2010).employeeRate, Ppm(80'000));
        QCOMPARE(ctx.year(2010).employerRate, Ppm(160'000));
    }

    void transitionRateAndAccountStart()
    {
        ParameterSet set = testSet();
        QCOMPARE(Context(set, testAssumptions(), ym("2026-01"), 2030).transitionRate(ym("2020-01")), Ppm(13'000));
        QCOMPARE(Context(set, testAssumptions(), ym("2026-01"), 2030).accountStart(), ym("1996-01"));
        addSeries(set, "transitionRate", Unit::Percent,
                  {entry(2000, 12'000, Status::Published), entry(2015, 14'000, Status::Published)});
        Scalar start;
        start.value = ym("1995-07").serial;
        start.unit = Unit::Month;
        set.scalars["accountStart"] = start;
        const Context ctx(set, testAssumptions(), ym("2026-01"), 2030);
        QCOMPARE(ctx.transitionRate(ym("2014-12")), Ppm(12'000));
        QCOMPARE(ctx.transitionRate(ym("2015-01")), Ppm(14'000));
        QCOMPARE(ctx.accountStart(), ym("1995-07"));
    }

    void yearsCoverTheCalculationYearAndClamp()
    {
        const ParameterSet set = testSet();
        // asked to 2000 on 2026-01: the table still reaches the year after the calculation date
        const Context ctx(set, testAssumptions(), ym("2026-01"), 2000);
        QCOMPARE(ctx.firstYear(), 1990);
        QCOMPARE(ctx.lastYear(), 2027);
        QCOMPARE(ctx.year(2100).year, 2027);
        QCOMPARE(ctx.year(1900).year, 1990);
        QCOMPARE(ctx.calculatedOn(), ym("2026-01"));
    }
};

QTEST_APPLESS_MAIN(TestContext)
#include "test_context.moc"
