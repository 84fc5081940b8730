// engine/benefit.cpp: the three components of the monthly pension, rounded as the Shandong and Hebei 核定表 round.
//
// Inputs and expected components: the five published sheets of shared/reference/domain.md §10 (B, index, months,
// balance, 计发月数, T -> basic / account / 过渡 / total, to the fen). The month counts are those of the sheets'
// case files in tests/data/cases (they give the years of the §10 table); the rounding cases are those of §1.2.

#include "benefit.h"
#include "support.h"

#include <QtTest>

using namespace pension;

class TestBenefit : public QObject {
    Q_OBJECT

private slots:
    void publishedSheets_data()
    {
        QTest::addColumn<qint64>("base");       // 计发基数, fen
        QTest::addColumn<qint64>("index");      // ppm
        QTest::addColumn<int>("contributed");   // half months, 视同 included
        QTest::addColumn<int>("transition");    // half months, 视同 + 建账前
        QTest::addColumn<qint64>("balance");    // fen
        QTest::addColumn<int>("annuity");       // tenths of a month
        QTest::addColumn<qint64>("indexedWage");
        QTest::addColumn<int>("yearsCenti");
        QTest::addColumn<int>("transitionCenti");
        QTest::addColumn<qint64>("basic");
        QTest::addColumn<qint64>("account");
        QTest::addColumn<qint64>("transitional");
        QTest::addColumn<qint64>("total");

        // SD-1 滨州: B 6893 (预发), 0.627 / 4321.91, 27.08 years (18 + 307 months), 60286.13 ÷ 195, T 1.50 (18 months)
        QTest::addRow("SD-1 滨州 sheet: 1518.50 + 309.16 + 84.28 = 1911.94")
            << qint64(689300) << qint64(627000) << 2 * 325 << 2 * 18 << qint64(6028613) << 1950
            << qint64(432191) << 2708 << 150 << qint64(151850) << qint64(30916) << qint64(8428) << qint64(191194);
        // SD-3 济南: B 7468 (预发), 1.6002 / 11950.29, 34.67 years (102 + 314), 233006.44 ÷ 170, T 8.50 (102 months)
        QTest::addRow("SD-3 济南 sheet: 3366.16 + 1370.63 + 1320.51 = 6057.30")
            << qint64(746800) << qint64(1600200) << 2 * 416 << 2 * 102 << qint64(23300644) << 1700
            << qint64(1195029) << 3467 << 850 << qint64(336616) << qint64(137063) << qint64(132051) << qint64(605730);
        // SD-5 山东: B 7678 (预发), 0.64 / 4913.92, 32.00 years (6 + 24 + 354), 101912.71 ÷ 170, T 2.50 (30 months)
        QTest::addRow("SD-5 山东 sheet: 2014.71 + 599.49 + 159.70 = 2773.90")
            << qint64(767800) << qint64(640000) << 2 * 384 << 2 * 30 << qint64(10191271) << 1700
            << qint64(491392) << 3200 << 250 << qint64(201471) << qint64(59949) << qint64(15970) << qint64(277390);
        // HB-1 唐山: B 6849 (预发), 0.7737 / 5299.07, 30.67 years (42 + 326), 89850.24 ÷ 195, T 3.50 (42 months)
        QTest::addRow("HB-1 唐山 sheet: 1862.91 + 460.77 + 241.11 = 2564.79")
            << qint64(684900) << qint64(773700) << 2 * 368 << 2 * 42 << qint64(8985024) << 1950
            << qint64(529907) << 3067 << 350 << qint64(186291) << qint64(46077) << qint64(24111) << qint64(256479);
        // HB-3 保定: B 7410, 0.6667 / 4940.25, 22.42 years (22 + 247), 52077.55 ÷ 195, T 1.83 (22 months)
        QTest::addRow("HB-3 保定 sheet: 1384.46 + 267.06 + 117.53 = 1769.05")
            << qint64(741000) << qint64(666700) << 2 * 269 << 2 * 22 << qint64(5207755) << 1950
            << qint64(494025) << 2242 << 183 << qint64(138446) << qint64(26706) << qint64(11753) << qint64(176905);
    }
    void publishedSheets()
    {
        QFETCH(qint64, base);
        QFETCH(qint64, index);
        QFETCH(int, contributed);
        QFETCH(int, transition);
        QFETCH(qint64, balance);
        QFETCH(int, annuity);
        QFETCH(qint64, indexedWage);
        QFETCH(int, yearsCenti);
        QFETCH(int, transitionCenti);
        QFETCH(qint64, basic);
        QFETCH(qint64, account);
        QFETCH(qint64, transitional);
        QFETCH(qint64, total);
        BenefitInput in;
        in.pensionBase = base;
        in.averageIndex = index;
        in.contributed = contributed;
        in.transition = transition;
        in.accountBalance = balance;
        in.annuityMonthsTenths = annuity;
        in.transitionRate = 13'000; // 1.3%, both provinces (domain §1.4)
        const Benefit b = computeBenefit(in);
        QCOMPARE(b.indexedWage, indexedWage);
        QCOMPARE(b.contributionYearsCenti, yearsCenti);
        QCOMPARE(b.transitionYearsCenti, transitionCenti);
        QCOMPARE(b.monthly.basic, basic);
        QCOMPARE(b.monthly.account, account);
        QCOMPARE(b.monthly.transitional, transitional);
        QCOMPARE(b.monthly.total, total);
    }

    // The total is the sum of the rounded components, never a separately rounded figure (as on the sheets).
    void totalIsTheSumOfRoundedComponents()
    {
        for (Fen base : {Fen(654321), Fen(783100)})
            for (Ppm index : {Ppm(600000), Ppm(1234500), Ppm(2999900)})
                for (int months : {181, 360, 515})
                    for (Fen balance : {Fen(1), Fen(9999999), Fen(12345678)}) {
                        BenefitInput in;
                        in.pensionBase = base;
                        in.averageIndex = index;
                        in.contributed = 2 * months + 1;
                        in.transition = 2 * (months / 5);
                        in.accountBalance = balance;
                        in.annuityMonthsTenths = 1373;
                        const Benefit b = computeBenefit(in);
                        QCOMPARE(b.monthly.total, b.monthly.basic + b.monthly.account + b.monthly.transitional);
                    }
    }

    // domain §1.2: years = round(months / 12, 2), half up on exact decimals; Hebei statements count half months.
    void yearsCenti_data()
    {
        QTest::addColumn<int>("halves");
        QTest::addColumn<int>("centi");
        QTest::addRow("481.5 months are 40.13 years (40.125 half up; binary floating point gives 40.12)") << 963 << 4013;
        QTest::addRow("30y4m (364 months) are 30.33 years") << 728 << 3033;
        QTest::addRow("34y8m (416 months) are 34.67 years") << 832 << 3467;
        QTest::addRow("7y4m (88 months) are 7.33 years") << 176 << 733;
        QTest::addRow("13y7m (163 months) are 13.58 years") << 326 << 1358;
        QTest::addRow("42y11.5m (515.5 months, a Hebei statement) are 42.96 years") << 1031 << 4296;
        QTest::addRow("1.5 months are 0.13 years (0.125 half up)") << 3 << 13;
        QTest::addRow("one month is 0.08 years") << 2 << 8;
        QTest::addRow("half a month is 0.04 years") << 1 << 4;
        QTest::addRow("no months are 0.00 years") << 0 << 0;
        QTest::addRow("180 months are exactly 15.00 years") << 360 << 1500;
        QTest::addRow("22 months are 1.83 years (HB-3 T)") << 44 << 183;
        QTest::addRow("325 months are 27.08 years (SD-1)") << 650 << 2708;
    }
    void yearsCenti()
    {
        QFETCH(int, halves);
        QFETCH(int, centi);
        QCOMPARE(pension::yearsCenti(halves), centi);
        // constexpr: usable at compile time
        static_assert(pension::yearsCenti(963) == 4013);
    }

    // A half-month Hebei record through the whole formula: B 7410, index 1.0, 515.5 months:
    // W = 7410.00; years 42.96; basic = (7410 + 7410) / 2 × 42.96% = 3183.336 -> 3183.34.
    void halfMonthRecordThroughTheFormula()
    {
        BenefitInput in;
        in.pensionBase = 741000;
        in.averageIndex = 1'000'000;
        in.contributed = 1031;
        in.transition = 0;
        in.accountBalance = 0;
        in.annuityMonthsTenths = 1950;
        const Benefit b = computeBenefit(in);
        QCOMPARE(b.indexedWage, Fen(741000));
        QCOMPARE(b.contributionYearsCenti, 4296);
        QCOMPARE(b.monthly.basic, Fen(318334));
        QCOMPARE(b.monthly.transitional, Fen(0));
        QCOMPARE(b.monthly.account, Fen(0));
    }

    // The transitional term follows the rate handed in (overrides.transitionRate), e.g. 1.0% and 1.4%, the ends of
    // the national range (domain §1.4). HB-1 inputs: W 5299.07 × 3.50: 1.0% -> 185.47 (185.46745); 1.4% -> 259.65.
    void transitionRateIsHonoured()
    {
        BenefitInput in;
        in.pensionBase = 684900;
        in.averageIndex = 773700;
        in.contributed = 2 * 368;
        in.transition = 2 * 42;
        in.accountBalance = 8985024;
        in.annuityMonthsTenths = 1950;
        in.transitionRate = 10'000;
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(18547));
        in.transitionRate = 14'000;
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(25965));
    }

    // The account pension divides by tenths: 60286.13 / 137.3 = 439.08 (60y3m).
    void accountUsesTenthsOfMonths()
    {
        BenefitInput in;
        in.pensionBase = 689300;
        in.averageIndex = 627000;
        in.accountBalance = 6028613;
        in.annuityMonthsTenths = 1373;
        QCOMPARE(computeBenefit(in).monthly.account, Fen(43908));
    }

    // The index is shown to 4 decimals, half up (domain §1.2): Binzhou's 0.6269… -> 0.627 on the sheet.
    void roundIndex_data()
    {
        QTest::addColumn<double>("index");
        QTest::addColumn<qint64>("ppm");
        QTest::addRow("0.62694 rounds down to 0.6269") << 0.62694 << qint64(626900);
        QTest::addRow("0.62695 rounds half up to 0.6270") << 0.62695 << qint64(627000);
        QTest::addRow("1.60015 rounds half up to 1.6002 (binary 1.6001499…)") << 1.60015 << qint64(1600200);
        QTest::addRow("0.6 stays 0.6000") << 0.6 << qint64(600000);
        QTest::addRow("3.0 stays 3.0000") << 3.0 << qint64(3000000);
        QTest::addRow("0.77374999 rounds to 0.7737") << 0.77374999 << qint64(773700);
    }
    void roundIndex()
    {
        QFETCH(double, index);
        QFETCH(qint64, ppm);
        QCOMPARE(pension::roundIndex(index), ppm);
    }
};

QTEST_APPLESS_MAIN(TestBenefit)
#include "test_benefit.moc"
