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
        QTest::addColumn<qint64>("base");     // 计发基数, fen
        QTest::addColumn<qint64>("index");    // ppm
        QTest::addColumn<int>("contributed"); // half months, 视同 included
        QTest::addColumn<int>("transition");  // half months, 视同 + 建账前
        QTest::addColumn<qint64>("balance");  // fen
        QTest::addColumn<int>("annuity");     // tenths of a month
        QTest::addColumn<qint64>("indexedWage");
        QTest::addColumn<int>("yearsCenti");
        QTest::addColumn<int>("transitionCenti");
        QTest::addColumn<qint64>("basic");
        QTest::addColumn<qint64>("account");
        QTest::addColumn<qint64>("transitional");
        QTest::addColumn<qint64>("total");

        // SD-1 滨州: B 6893 (预发), 0.627 / 4321.91, 27.08 years (18 + 307 months), 60286.13 ÷ 195, T 1.50 (18 months)
        QTest::addRow("SD-1 滨州 sheet: 1518.50 + 309.16 + 84.28 = 1911.94")
            << qint64(689300) << qint64(627000) << 2 * 325 << 2 * 18 << qint64(6028613) << 1950 << qint64(432191)
            << 2708 << 150 << qint64(151850) << qint64(30916) << qint64(8428) << qint64(191194);
        // SD-3 济南: B 7468 (预发), 1.6002 / 11950.29, 34.67 years (102 + 314), 233006.44 ÷ 170, T 8.50 (102 months)
        QTest::addRow("SD-3 济南 sheet: 3366.16 + 1370.63 + 1320.51 = 6057.30")
            << qint64(746800) << qint64(1600200) << 2 * 416 << 2 * 102 << qint64(23300644) << 1700 << qint64(1195029)
            << 3467 << 850 << qint64(336616) << qint64(137063) << qint64(132051) << qint64(605730);
        // SD-5 山东: B 7678 (预发), 0.64 / 4913.92, 32.00 years (6 + 24 + 354), 101912.71 ÷ 170, T 2.50 (30 months)
        QTest::addRow("SD-5 山东 sheet: 2014.71 + 599.49 + 159.70 = 2773.90")
            << qint64(767800) << qint64(640000) << 2 * 384 << 2 * 30 << qint64(10191271) << 1700 << qint64(491392)
            << 3200 << 250 << qint64(201471) << qint64(59949) << qint64(15970) << qint64(277390);
        // HB-1 唐山: B 6849 (预发), 0.7737 / 5299.07, 30.67 years (42 + 326), 89850.24 ÷ 195, T 3.50 (42 months)
        QTest::addRow("HB-1 唐山 sheet: 1862.91 + 460.77 + 241.11 = 2564.79")
            << qint64(684900) << qint64(773700) << 2 * 368 << 2 * 42 << qint64(8985024) << 1950 << qint64(529907)
            << 3067 << 350 << qint64(186291) << qint64(46077) << qint64(24111) << qint64(256479);
        // HB-3 保定: B 7410, 0.6667 / 4940.25, 22.42 years (22 + 247), 52077.55 ÷ 195, T 1.83 (22 months)
        QTest::addRow("HB-3 保定 sheet: 1384.46 + 267.06 + 117.53 = 1769.05")
            << qint64(741000) << qint64(666700) << 2 * 269 << 2 * 22 << qint64(5207755) << 1950 << qint64(494025)
            << 2242 << 183 << qint64(138446) << qint64(26706) << qint64(11753) << qint64(176905);
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
        QTest::addRow("481.5 months are 40.13 years (40.125 half up; binary floating point gives 40.12)")
            << 963 << 4013;
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
    // ---- the named rules a pack selects (engine/rules.h) -----------------------------------------------------------
    // One synthetic person: B 7000.00, index 0.8123 (W = 5686.10), 400 months (33.33 years), 视同 60 + 建账前 40
    // months (T = 8.33), balance 100000.00 over 139 months, c = 1.3%. Every expected figure below was worked out by
    // hand from the rule's definition in docs/parameter-packs.md (the arithmetic is in each row's name or comment).
    static BenefitInput synthetic()
    {
        BenefitInput in;
        in.pensionBase = 700000;
        in.averageIndex = 812300;
        in.contributed = 800;
        in.deemed = 120;
        in.transition = 200;
        in.accountBalance = 10000000;
        in.annuityMonthsTenths = 1390;
        in.transitionRate = 13000;
        return in;
    }

    void transitionalFormulas_data()
    {
        QTest::addColumn<int>("formula");
        QTest::addColumn<qint64>("transitional");
        QTest::addRow("indexed-wage: 5686.10 × 8.33 × 1.3%% = 615.7478 -> 615.75")
            << int(TransitionalFormula::IndexedWage) << qint64(61575);
        QTest::addRow("base-wage-average: (7000 + 5686.10) / 2 × 8.33 × 1.3%% = 686.889 -> 686.89")
            << int(TransitionalFormula::BaseWageAverage) << qint64(68689);
        QTest::addRow("transition-index 1.05: 7350.00 × 8.33 × 1.3%% = 795.9315 -> 795.93")
            << int(TransitionalFormula::TransitionIndex) << qint64(79593);
        QTest::addRow("index-floor-one: 7000 × max(0.8123, 1) × 8.33 × 1.3%% = 758.03")
            << int(TransitionalFormula::IndexFloorOne) << qint64(75803);
        QTest::addRow("beijing-two-part: 7000 × 5.00 × 1.3%% + 5686.10 × 2.50 × 1.3%% = 455.00 + 184.80")
            << int(TransitionalFormula::BeijingTwoPart) << qint64(63980);
    }
    void transitionalFormulas()
    {
        QFETCH(int, formula);
        QFETCH(qint64, transitional);
        BenefitInput in = synthetic();
        in.rules.transitionalFormula = static_cast<TransitionalFormula>(formula);
        in.transitionIndex = 1'050'000;
        in.transitionPaid = 60; // 30 months: 2.50 years
        QVERIFY(!missingBenefitInput(in));
        const Benefit b = computeBenefit(in);
        QCOMPARE(b.monthly.transitional, Fen(transitional));
        // The other components do not depend on the transitional formula.
        QCOMPARE(b.monthly.basic, Fen(211414));  // (7000 + 5686.10) / 2 × 33.33 × 1% = 2114.1386
        QCOMPARE(b.monthly.account, Fen(71942)); // 100000 / 139 = 719.4245
        QCOMPARE(b.monthly.total, b.monthly.basic + b.monthly.account + b.monthly.transitional);
    }

    // A real sheet: 重庆, retired 2023-06 (liubigfatty/pension-calculator@5f7fef3 cases/chongqing/1.json, its first
    // transcription; shared/reference/provinces.md §重庆: (A + A×Q)/2 × M1 × 1.4%, years months/12 unrounded).
    // A 7988, Q 1.0317, 515 months (42y11m), M1 194 months (视同 1979-11…1993-02 + 建账前 to 1996-01), balance
    // 109277.70 ÷ 139. Printed: account 786.17, transitional 1836.61 (with 16.17 years it would be 1836.97). The
    // transcribed basic 3982.52 is 500.00 above what its own inputs give (3482.52): a transcription slip, not tested.
    void chongqingSheetBaseWageAverageUnrounded()
    {
        BenefitInput in;
        in.pensionBase = 798800;
        in.averageIndex = 1'031'700;
        in.contributed = 2 * 515;
        in.transition = 2 * 194;
        in.accountBalance = 10927770;
        in.annuityMonthsTenths = 1390;
        in.transitionRate = 14'000;
        in.rules.transitionalFormula = TransitionalFormula::BaseWageAverage;
        in.rules.yearsRounding = YearsRounding::Unrounded;
        const Benefit b = computeBenefit(in);
        QCOMPARE(b.indexedWage, Fen(824122));
        QCOMPARE(b.monthly.transitional, Fen(183661));
        QCOMPARE(b.monthly.account, Fen(78617));
        QCOMPARE(b.monthly.basic, Fen(348252));
    }

    // A real sheet: 北京 朝阳, retired 2026-03 (liubigfatty/pension-calculator@da7aa57 cases/beijing/7.json, a
    // transcription of the 核准表; shared/reference/provinces.md §北京: G = C平 × N同 × 1% + C平 × Z实 × N实98 × 1%).
    // C平 12049, Z实 2.4328, 307 months (25.58 years), N同 0, N实98 15 months (1997-04…1998-06, 1.25 years),
    // 491415.27 ÷ 195. Printed: basic 5290.17, account 2520.08, transitional 366.41.
    void beijingSheetTwoPart()
    {
        BenefitInput in;
        in.pensionBase = 1204900;
        in.averageIndex = 2'432'800;
        in.contributed = 2 * 307;
        in.deemed = 0;
        in.transition = 0;
        in.transitionPaid = 2 * 15;
        in.accountBalance = 49141527;
        in.annuityMonthsTenths = 1950;
        in.transitionRate = 10'000; // 1.0%
        in.rules.transitionalFormula = TransitionalFormula::BeijingTwoPart;
        QVERIFY(!missingBenefitInput(in));
        const Benefit b = computeBenefit(in);
        QCOMPARE(b.monthly.transitional, Fen(36641));
        QCOMPARE(b.transitionalDeemedPart, Fen(0));
        QCOMPARE(b.monthly.account, Fen(252008));
        // The sheet computes with an index of more decimals than it prints: 5290.18 from the printed 2.4328.
        QVERIFY(std::abs(b.monthly.basic - Fen(529017)) <= 1);
    }

    // A real sheet: 广西 南宁, retired 2025-02 (liubigfatty/pension-calculator@e5b25c8
    // cases/guangxi/nanning-2025-02.json, a transcription of the 核定表; provinces.md §广西: years up at the 2nd
    // decimal, 见分进角 with the 厘 dropped). B 6847 (预发), I 0.7603 (W 5205.77), 356 months (29.6667 -> 29.67),
    // T 12 months (1.00), 97150.21 ÷ 195, c 1.4%. Printed: basic 1788.1, account 498.2, transitional 72.9, total
    // 2359.2.
    void guangxiSheetUpAndJiao()
    {
        BenefitInput in;
        in.pensionBase = 684700;
        in.averageIndex = 760'300;
        in.contributed = 2 * 356;
        in.transition = 2 * 12;
        in.accountBalance = 9715021;
        in.annuityMonthsTenths = 1950;
        in.transitionRate = 14'000;
        in.rules.yearsRounding = YearsRounding::Up2;
        in.rules.moneyRounding = MoneyRounding::JiaoUp;
        const Benefit b = computeBenefit(in);
        QCOMPARE(b.contributionYearsCenti, 2967);
        QCOMPARE(b.monthly.basic, Fen(178810));      // 1788.028 -> 1788.02 -> 1788.1
        QCOMPARE(b.monthly.account, Fen(49820));     // 498.206 -> 498.20 -> 498.2
        QCOMPARE(b.monthly.transitional, Fen(7290)); // 72.881 -> 72.88 -> 72.9
        QCOMPARE(b.monthly.total, Fen(235920));
    }

    void transitionMonths()
    {
        BenefitInput in = synthetic();
        in.rules.transitionMonths = TransitionMonths::DeemedOnly; // T = 60 / 12 = 5.00
        QCOMPARE(computeBenefit(in).transitionYearsCenti, 500);
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(36960)); // 5686.10 × 5 × 1.3% = 369.5965
        in.rules.transitionMonths = TransitionMonths::Statement;
        QCOMPARE(missingBenefitInput(in)->field, std::string("record.transitionMonths"));
        in.statementTransition = 154; // 77 months: 6.4167 -> 6.42
        QVERIFY(!missingBenefitInput(in));
        QCOMPARE(computeBenefit(in).transitionYearsCenti, 642);
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(47456)); // 5686.10 × 6.42 × 1.3% = 474.5619
    }

    // Years as real sheets print them (shared/reference/provinces.md: 安徽 AH-63/AH-2, 广西, 福建 FJ-1).
    void yearsRounding_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<int>("months");
        QTest::addColumn<QString>("shown");
        QTest::addRow("安徽 up-1: 1y10m -> 1.9") << int(YearsRounding::Up1) << 22 << QStringLiteral("1.9");
        QTest::addRow("安徽 up-1: 42y5m -> 42.5") << int(YearsRounding::Up1) << 509 << QStringLiteral("42.5");
        QTest::addRow("安徽 up-1: 40y11m -> 41.0") << int(YearsRounding::Up1) << 491 << QStringLiteral("41.0");
        QTest::addRow("广西 up-2: 31y1m -> 31.09") << int(YearsRounding::Up2) << 373 << QStringLiteral("31.09");
        QTest::addRow("广西 up-2: 43y7m -> 43.59") << int(YearsRounding::Up2) << 523 << QStringLiteral("43.59");
        QTest::addRow("福建 up-half-year: 41y4m -> 41.5")
            << int(YearsRounding::UpHalfYear) << 496 << QStringLiteral("41.5");
        QTest::addRow("福建 up-half-year: 12y4m -> 12.5")
            << int(YearsRounding::UpHalfYear) << 148 << QStringLiteral("12.5");
        QTest::addRow("福建 up-half-year: 12y7m -> 13.0")
            << int(YearsRounding::UpHalfYear) << 151 << QStringLiteral("13.0");
        QTest::addRow("up-half-year: whole years stay")
            << int(YearsRounding::UpHalfYear) << 144 << QStringLiteral("12.0");
        QTest::addRow("half-up-2: 12y11m -> 12.92") << int(YearsRounding::HalfUp2) << 155 << QStringLiteral("12.92");
        QTest::addRow("half-up-4: 12y11m -> 12.9167")
            << int(YearsRounding::HalfUp4) << 155 << QStringLiteral("12.9167");
        QTest::addRow("山西 unrounded: 12y11m shown 12.91667")
            << int(YearsRounding::Unrounded) << 155 << QStringLiteral("12.91667");
        QTest::addRow("truncate-2: 12y11m -> 12.91") << int(YearsRounding::Truncate2) << 155 << QStringLiteral("12.91");
        // 吉林 before 2020 (吉政发〔2004〕28号: 缴费每满一年发给1%): the part year is cut.
        QTest::addRow("吉林 truncate-0: 30y7m -> 30") << int(YearsRounding::Truncate0) << 367 << QStringLiteral("30");
        QTest::addRow("truncate-0: 30y11m -> 30") << int(YearsRounding::Truncate0) << 371 << QStringLiteral("30");
    }
    void yearsRounding()
    {
        QFETCH(int, rule);
        QFETCH(int, months);
        QFETCH(QString, shown);
        QCOMPARE(QString::fromStdString(formatYears(roundYears(2 * months, static_cast<YearsRounding>(rule)))), shown);
    }

    // W and years unrounded (山西): 7253 × 0.6543 = 4745.6379, × 155/12 × 1.3% = 796.8715 -> 796.87; with W to the
    // fen and 2-decimal years it would be 4745.64 × 12.92 × 1.3% = 797.08.
    void unroundedWageAndYears()
    {
        BenefitInput in;
        in.pensionBase = 725300;
        in.averageIndex = 654300;
        in.contributed = 982; // 491 months
        in.transition = 310;  // 155 months
        in.rules.indexedWageRounding = IndexedWageRounding::Unrounded;
        in.rules.yearsRounding = YearsRounding::Unrounded;
        const Benefit b = computeBenefit(in);
        QCOMPARE(b.monthly.transitional, Fen(79687));
        QCOMPARE(b.monthly.basic, Fen(245472)); // (7253 + 4745.6379) / 2 × 491/12 × 1% = 2454.7226
        in.rules = RuleSet{};
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(79708));
    }

    void indexDecimals_data()
    {
        QTest::addColumn<double>("index");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<qint64>("ppm");
        QTest::addRow("2 decimals: 0.8153 -> 0.82") << 0.8153 << 2 << qint64(820000);
        QTest::addRow("2 decimals: 0.8149 -> 0.81") << 0.8149 << 2 << qint64(810000);
        QTest::addRow("3 decimals: 0.8125 -> 0.813 (half up)") << 0.8125 << 3 << qint64(813000);
        QTest::addRow("4 decimals: 0.81235 -> 0.8124") << 0.81235 << 4 << qint64(812400);
        // 山西 sheets compute with 5 decimals: SX-1's W 5514.81855 = 7253 × 0.76035 (back-solved 0.760351).
        QTest::addRow("5 decimals: 0.760351 -> 0.76035") << 0.760351 << 5 << qint64(760350);
    }
    void indexDecimals()
    {
        QFETCH(double, index);
        QFETCH(int, decimals);
        QFETCH(qint64, ppm);
        QCOMPARE(pension::roundIndex(index, decimals), ppm);
    }

    // 见分进角 (广西): the 厘 are dropped, then any fen carries to the jiao (Nanning: 498.206 -> 498.2).
    void moneyRounding_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<qint64>("basic");
        QTest::addColumn<qint64>("account");
        QTest::addColumn<qint64>("transitional");
        QTest::addRow("fen-half-up: 2114.1386 / 719.4245 / 615.7478")
            << int(MoneyRounding::FenHalfUp) << qint64(211414) << qint64(71942) << qint64(61575);
        QTest::addRow("jiao-up: 2114.13 -> 2114.2, 719.42 -> 719.5, 615.74 -> 615.8")
            << int(MoneyRounding::JiaoUp) << qint64(211420) << qint64(71950) << qint64(61580);
        QTest::addRow("jiao-half-up: 2114.1 / 719.4 / 615.7")
            << int(MoneyRounding::JiaoHalfUp) << qint64(211410) << qint64(71940) << qint64(61570);
    }
    void moneyRounding()
    {
        QFETCH(int, rule);
        QFETCH(qint64, basic);
        QFETCH(qint64, account);
        QFETCH(qint64, transitional);
        BenefitInput in = synthetic();
        in.rules.moneyRounding = static_cast<MoneyRounding>(rule);
        const Benefit b = computeBenefit(in);
        QCOMPARE(b.monthly.basic, Fen(basic));
        QCOMPARE(b.monthly.account, Fen(account));
        QCOMPARE(b.monthly.transitional, Fen(transitional));
    }
    void jiaoUpDropsTheLi()
    {
        QCOMPARE(roundMoney(498206, 10, MoneyRounding::JiaoUp), Fen(49820)); // 498.206 -> 498.20 -> 498.2
        QCOMPARE(roundMoney(498216, 10, MoneyRounding::JiaoUp), Fen(49830)); // 498.216 -> 498.21 -> 498.3
        QCOMPARE(roundMoney(49820, 1, MoneyRounding::JiaoUp), Fen(49820));
    }

    // Two bases (河南, 吉林): B_prov 6738, B_local 7933, index 0.9, 420 months (35.00 years).
    void twoBases()
    {
        BenefitInput in;
        in.pensionBase = 673800;
        in.averageIndex = 900000;
        in.contributed = 840;
        in.transition = 120; // 5.00 years
        in.rules.basicFormula = BasicFormula::TwoBase;
        QCOMPARE(missingBenefitInput(in)->field, std::string("overrides.localPensionBase"));
        in.localPensionBase = 793300;
        // (6738 + 7933 × 0.9 = 7139.70) / 2 × 35 × 1% = 2428.60
        QCOMPARE(computeBenefit(in).indexedWage, Fen(713970));
        QCOMPARE(computeBenefit(in).monthly.basic, Fen(242860));
        // 河南: transition-index with the local base: 7933 × 1.1 = 8726.30 × 5 × 1.3% = 567.2095 -> 567.21
        in.rules.transitionalFormula = TransitionalFormula::TransitionIndex;
        QCOMPARE(missingBenefitInput(in)->field, std::string("record.transitionIndex"));
        in.transitionIndex = 1'100'000;
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(56721));
        // 吉林: (7933 + 6738 × 0.9 = 6064.20) / 2 × 35 × 1% = 2449.51; 6064.20 × 5 × 1.4% = 424.494 -> 424.49
        in.rules = RuleSet{};
        in.rules.basicFormula = BasicFormula::TwoBaseProvinceIndexed;
        in.transitionRate = 14000;
        QCOMPARE(computeBenefit(in).monthly.basic, Fen(244951));
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(42449));
    }

    // low-index-scaled (广东, provinces.md §广东: a = F / 0.6 to 4 decimals when F < 0.6): B 9307, F 0.4783 -> a
    // 0.7972, W = 4451.54; (9307 × 0.7972 + 4451.54) / 2 × 335/12 (unrounded) × 1% = 1656.9949 -> 1657.00.
    void lowIndexScaled()
    {
        BenefitInput in;
        in.pensionBase = 930700;
        in.averageIndex = 478300;
        in.contributed = 2 * 335;
        in.rules.basicFormula = BasicFormula::LowIndexScaled;
        in.rules.yearsRounding = YearsRounding::Unrounded;
        QVERIFY(!missingBenefitInput(in));
        QCOMPARE(computeBenefit(in).indexedWage, Fen(445154));
        QCOMPARE(computeBenefit(in).monthly.basic, Fen(165700));
        // At or above 0.6 the standard formula: (9307 + 5584.20) / 2 × 335/12 × 1% = 2078.5633 -> 2078.56.
        in.averageIndex = 600000;
        QCOMPARE(computeBenefit(in).monthly.basic, Fen(207856));
    }

    // 上海 (沪人社规〔2021〕27号): whole years × 1% + each remaining month × 0.083%, each part rounded up to the jiao
    // (见分进角). 36 years 3 months at index 0.8717 on 12307: W = 10728.01; (12307 + 10728.01) / 2 × (36% + 3 ×
    // 0.083%) = 11517.505 × 0.36249 = 4175.0034 -> 4175.00 -> 4175.0 (months/12: × 0.3625 = 4175.0956 -> 4175.1).
    // The transitional pension (shanghai-notional): 12183 × 1.0 × 1.67 × 1.2% + 61584 / 120 = 244.14732 + 513.2 =
    // 757.34732 -> 757.34 -> 757.4; without the 虚账实记 total only the first part: 244.14 -> 244.2.
    void shanghaiYearsMonthsAndNotionalCredits()
    {
        QCOMPARE(shanghaiBasicRate(2 * 435), Ppm(362'490));
        QCOMPARE(shanghaiBasicRate(2 * 435 + 1), Ppm(362'490)); // a half month does not count
        QCOMPARE(shanghaiBasicRate(2 * 12), Ppm(10'000));
        BenefitInput in;
        in.pensionBase = 1230700;
        in.averageIndex = 871700;
        in.contributed = 2 * 435;
        in.rules.moneyRounding = MoneyRounding::JiaoUp;
        in.rules.basicFormula = BasicFormula::ShanghaiYearsMonths;
        QCOMPARE(computeBenefit(in).monthly.basic, Fen(417500));
        in.rules.basicFormula = BasicFormula::Standard;
        in.rules.yearsRounding = YearsRounding::Unrounded;
        QCOMPARE(computeBenefit(in).monthly.basic, Fen(417510));

        BenefitInput t;
        t.pensionBase = 1218300;
        t.averageIndex = 1356900;
        t.contributed = 2 * 392;
        t.deemed = t.transition = 2 * 20;
        t.transitionRate = 12'000;
        t.rules.moneyRounding = MoneyRounding::JiaoUp;
        t.rules.yearsRounding = YearsRounding::HalfUp2;
        t.rules.transitionMonths = TransitionMonths::DeemedOnly;
        t.rules.transitionalFormula = TransitionalFormula::ShanghaiNotional;
        t.notionalCredits = 6158400;
        QCOMPARE(computeBenefit(t).monthly.transitional, Fen(75740));
        t.notionalCredits.reset();
        QCOMPARE(computeBenefit(t).monthly.transitional, Fen(24420));
    }

    // record.indexedWage (新疆 XJ-1, 2023-05: the sheet prints W 4636.42 and no index; 新政发〔2006〕59号): for the
    // sheet's base 7089 W is used as printed: (7089 + 4636.42) / 2 × 30.5833 × 1% = 1793.0102 -> 1793.01;
    // 4636.42 × 3.1667 × 1.3% = 190.868 -> 190.87 (deemed 38 months only, 4-decimal years). The index the base × index
    // rule would need, 0.6540 to 4 decimals, gives W 4636.21 and a basic pension of 1792.98.
    void statementIndexedWage()
    {
        BenefitInput in;
        in.pensionBase = 708900;
        in.averageIndex = 654000;
        in.contributed = 2 * 367;
        in.deemed = 2 * 38;
        in.transition = 2 * 38;
        in.transitionRate = 13'000;
        in.rules.transitionMonths = TransitionMonths::DeemedOnly;
        in.rules.yearsRounding = YearsRounding::HalfUp4;
        QCOMPARE(computeBenefit(in).indexedWage, Fen(463621));
        QCOMPARE(computeBenefit(in).monthly.basic, Fen(179298));
        in.statementWage = 463642;
        in.statementWageBase = 708900;
        QCOMPARE(computeBenefit(in).indexedWage, Fen(463642));
        QCOMPARE(computeBenefit(in).monthly.basic, Fen(179301));
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(19087));
        // On another base (the final 7625 after the 预发 sheet) W keeps the sheet's index: 4636.42 × 7625 / 7089 =
        // 4986.9802 -> 4986.98; (7625 + 4986.98) / 2 × 30.5833 × 1% = 1928.5798 -> 1928.58; 4986.98 × 3.1667 × 1.3%
        // = 205.2995 -> 205.30.
        in.pensionBase = 762500;
        QCOMPARE(computeBenefit(in).indexedWage, Fen(498698));
        QCOMPARE(computeBenefit(in).monthly.basic, Fen(192858));
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(20530));
    }

    void localItems()
    {
        LocalItem fixed, basicShare, perYear, printed;
        fixed.id = "adjustment";
        fixed.kind = LocalItemKind::Fixed;
        fixed.amount = 5000;
        basicShare.id = "basic-share";
        basicShare.kind = LocalItemKind::PercentOfBasic;
        basicShare.rate = 50'000; // 5%
        basicShare.inTotal = false;
        perYear.id = "per-year";
        perYear.kind = LocalItemKind::PercentOfIndexedWagePerYear;
        perYear.rate = 1'500;     // 0.15% a year
        perYear.capRate = 30'000; // at most 3%
        printed.id = "printed";
        printed.kind = LocalItemKind::Statement;
        BenefitInput in = synthetic();
        in.localItems = {{&fixed, {}}, {&basicShare, {}}, {&perYear, {}}, {&printed, {}}};
        // Not given (a projection before the sheet exists): no input is missing; the item is left out of the total.
        QVERIFY(!missingBenefitInput(in));
        const Benefit without = computeBenefit(in);
        QVERIFY(!without.local[3].known);
        QVERIFY(!without.local[3].inTotal);
        QCOMPARE(without.local[3].amount, Fen(0));
        in.localItems[3].statementAmount = 64386;
        const Benefit b = computeBenefit(in);
        QCOMPARE(b.local.size(), std::size_t(4));
        QCOMPARE(b.local[0].amount, Fen(5000));
        QCOMPARE(b.local[1].amount, Fen(10571)); // 2114.14 × 5% = 105.707
        QCOMPARE(b.local[2].amount, Fen(17058)); // 5686.10 × min(0.15% × 33.33, 3%) = 5686.10 × 3% = 170.583
        QCOMPARE(b.local[3].amount, Fen(64386));
        // Shown apart; the total counts the items the sheet counts (all but the 5%).
        QCOMPARE(b.monthly.local, Fen(5000 + 17058 + 64386));
        QCOMPARE(b.monthly.total, Fen(211414 + 71942 + 61575 + 5000 + 17058 + 64386));
        perYear.capRate.reset(); // 5686.10 × 0.15% × 33.33 = 284.276 -> 284.28
        QCOMPARE(computeBenefit(in).local[2].amount, Fen(28428));
    }

    // A real sheet: 重庆 2023-08 (CQ-art-2023-08, liubigfatty/pension-calculator@c1cd73e cases/extracted/2640a169-…
    // _raw.txt; 渝人社发〔2010〕275号). New method: A 7750, Q 1.0806, M 493 months, M1 161 months, K 136432.34 ÷ 139.
    // 原办法 printed 2377.22 = 2943.83 × 20% (588.77) + 136432.34 / 120 (1136.94) + 1.4% × 2943.83 × 1.1369 × 13.4167
    // (628.65) + 70 × 13.4167 / 41.0833 (22.86). The new method 5808.17 is higher and paid; 独子 3% of it 174.25.
    void chongqingOldMethodOnTheSheet()
    {
        LocalItem topUp, oneChild;
        topUp.id = "top-up";
        topUp.kind = LocalItemKind::OldMethodTopUp;
        oneChild.id = "one-child";
        oneChild.kind = LocalItemKind::PercentOfPension;
        oneChild.rate = 30'000;
        oneChild.onClaim = true;
        BenefitInput in;
        in.pensionBase = 775000;
        in.averageIndex = 1'080'600;
        in.contributed = 2 * 493;
        in.transition = 2 * 161;
        in.accountBalance = 13643234;
        in.annuityMonthsTenths = 1390;
        in.transitionRate = 14'000;
        in.rules.transitionalFormula = TransitionalFormula::BaseWageAverage;
        in.rules.yearsRounding = YearsRounding::Unrounded;
        in.rules.oldMethodComparison = OldMethodComparison::Chongqing2010;
        in.oldMethodBase = 294383;
        in.oldMethodIndex = 1'136'900;
        in.localItems = {{&topUp, {}}, {&oneChild, {}}};
        in.localItemClaims = {"one-child"};
        const Benefit b = computeBenefit(in);
        QCOMPARE(b.monthly.basic, Fen(331227));
        QCOMPARE(b.monthly.account, Fen(98153));
        QCOMPARE(b.monthly.transitional, Fen(151437));
        QVERIFY(b.methodComparison);
        QCOMPARE(b.methodComparison->basic, Fen(58877));
        QCOMPARE(b.methodComparison->account, Fen(113694));
        QCOMPARE(b.methodComparison->transitional, Fen(62865));
        QCOMPARE(b.methodComparison->subsidy, Fen(2286));
        QCOMPARE(b.methodComparison->total, Fen(237722));
        QCOMPARE(b.methodComparison->paid, Fen(580817));
        QCOMPARE(b.local[0].amount, Fen(0));
        QCOMPARE(b.local[1].amount, Fen(17425));
        QCOMPARE(b.monthly.total, Fen(598242)); // the sheet's 月基本养老金 5982.42
        // Not claimed: the 3% item is not paid at all.
        in.localItemClaims.clear();
        QCOMPARE(computeBenefit(in).local.size(), std::size_t(1));
        // Without the old method's index the comparison is not computed, and the result says so.
        in.oldMethodIndex.reset();
        const Benefit missing = computeBenefit(in);
        QVERIFY(!missing.methodComparison);
        QVERIFY(missing.oldMethodMissing);
        // No pre-1996 service: nothing to compare, nothing missing.
        in.transition = 0;
        QVERIFY(!computeBenefit(in).oldMethodMissing);
    }

    // Hand-computed from the formula of 渝人社发〔2010〕275号 with a 2011-like base, where the old method is higher.
    // New: A 3000, Q 1.0 (W 3000), M 20 years, M1 15 years, K 60000 ÷ 139: 600.00 + 431.65 + 630.00 = 1661.65.
    // Old: 2943.83 × 20% = 588.77; 60000 / 120 = 500.00; 1.4% × 2943.83 × 1.2 × 15 = 741.845 → 741.85;
    // 70 × 15 / 20 = 52.50; together 1883.12, below the cap W 3000: paid, a top-up of 221.47; 3% of it 56.49.
    // With Q 0.5 the cap W = 1500.00 cuts the result below both methods.
    void oldMethodHigherAndCap()
    {
        LocalItem topUp, oneChild;
        topUp.id = "top-up";
        topUp.kind = LocalItemKind::OldMethodTopUp;
        oneChild.id = "one-child";
        oneChild.kind = LocalItemKind::PercentOfPension;
        oneChild.rate = 30'000;
        BenefitInput in;
        in.pensionBase = 300000;
        in.averageIndex = 1'000'000;
        in.contributed = 2 * 240;
        in.transition = 2 * 180;
        in.accountBalance = 6000000;
        in.annuityMonthsTenths = 1390;
        in.transitionRate = 14'000;
        in.rules.oldMethodComparison = OldMethodComparison::Chongqing2010;
        in.oldMethodBase = 294383;
        in.oldMethodIndex = 1'200'000;
        in.localItems = {{&topUp, {}}, {&oneChild, {}}};
        Benefit b = computeBenefit(in);
        QCOMPARE(b.monthly.basic + b.monthly.account + b.monthly.transitional, Fen(166165));
        QCOMPARE(b.methodComparison->total, Fen(188312));
        QCOMPARE(b.methodComparison->paid, Fen(188312));
        QCOMPARE(b.local[0].amount, Fen(22147));
        QCOMPARE(b.local[1].amount, Fen(5649));
        QCOMPARE(b.monthly.total, Fen(188312 + 5649));
        in.averageIndex = 500'000; // W 1500: new 450.00 + 431.65 + 315.00 = 1196.65, old 1883.12, cap 1500.00
        b = computeBenefit(in);
        QCOMPARE(b.methodComparison->paid, Fen(150000));
        QCOMPARE(b.local[0].amount, Fen(150000 - 119665));
        QCOMPARE(b.local[1].amount, Fen(4500));
    }

    // 西藏 高原补贴养老金: W × 5% / 10% / 15% from 10 / 15 / 20 years in Tibet (XZ-4: W 7902.37, 15.83 years → 790.24).
    void tieredShareOfTheIndexedWage()
    {
        LocalItem plateau, perYear;
        plateau.id = "plateau";
        plateau.kind = LocalItemKind::TieredPercentOfIndexedWage;
        plateau.tiers = {{120, 50'000}, {180, 100'000}, {240, 150'000}};
        perYear.id = "per-year";
        perYear.kind = LocalItemKind::FixedPerYear;
        perYear.amount = 1800;
        BenefitInput in;
        in.pensionBase = 1177700;
        in.averageIndex = 671'000;
        in.contributed = 2 * 321;
        in.localItems = {{&plateau, {}}, {&perYear, {}}};
        Benefit b = computeBenefit(in);
        QCOMPARE(b.indexedWage, Fen(790237));
        QCOMPARE(b.local[0].amount, Fen(118536)); // all 26.75 years: 15%, 1185.3555
        QCOMPARE(b.local.size(), std::size_t(1)); // the per-year item without months is not listed
        in.localItemMonths = {{"plateau", 2 * 190}, {"per-year", 2 * 30}};
        b = computeBenefit(in);
        QCOMPARE(b.local[0].amount, Fen(79024)); // 15.83 years: 10%
        QCOMPARE(b.local[1].amount, Fen(4500));  // 18 × 2.5 years
        in.localItemMonths["plateau"] = 2 * 120;
        QCOMPARE(computeBenefit(in).local[0].amount, Fen(39512)); // 10 years: 5%, 395.1185
        in.localItemMonths["plateau"] = 2 * 119;
        QCOMPARE(computeBenefit(in).local[0].amount, Fen(0));
    }

    // basic-wage-year-bands, the 吉林 基础养老金增发 (the 2024-01 长春 sheet's figures, worked by hand): X = (7726.67 +
    // 6709.83 × 0.88 = 5904.65) / 2 = 6815.66; 0.15% for years 21–25, 0.20% for 26–30, 0.25% from 31, each part to
    // the fen, only with at least 20 actual (not 视同) years; a band starts with its first whole year.
    void yearBands_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("deemedMonths");
        QTest::addColumn<QList<qint64>>("parts");
        // 30y7m = 30.58: 6815.66 × 0.15% × 5 = 51.117 -> 51.12; × 0.20% × 5.58 = 76.063 -> 76.06; none at 0.25%
        QTest::addRow("30.58 years: the part year stays at 0.20%%") << 367 << 24 << QList<qint64>{5112, 7606, 0};
        // 31 years: 68.1566 -> 68.16 at 0.20% × 5; 6815.66 × 0.25% × 1 = 17.039 -> 17.04
        QTest::addRow("31 years: one year at 0.25%%") << 372 << 24 << QList<qint64>{5112, 6816, 1704};
        // 25y6m = 25.5: 6815.66 × 0.15% × 5.5 = 56.229 -> 56.23
        QTest::addRow("25.50 years: the part year stays at 0.15%%") << 306 << 0 << QList<qint64>{5623, 0, 0};
        QTest::addRow("20.50 years: no band started") << 246 << 0 << QList<qint64>{0, 0, 0};
        // 31 years with 11y8m 视同: 19y4m actual, below 20: nothing
        QTest::addRow("19.33 actual years: not paid") << 372 << 140 << QList<qint64>{};
        QTest::addRow("exactly 20 actual years: paid") << 372 << 132 << QList<qint64>{5112, 6816, 1704};
    }
    void yearBands()
    {
        QFETCH(int, months);
        QFETCH(int, deemedMonths);
        QFETCH(QList<qint64>, parts);
        LocalItem bands;
        bands.id = "increment";
        bands.kind = LocalItemKind::BasicWageYearBands;
        bands.bands = {{20, 1'500}, {25, 2'000}, {30, 2'500}};
        bands.minActualYears = 20;
        BenefitInput in;
        in.pensionBase = 670983;
        in.localPensionBase = 772667;
        in.averageIndex = 880'000;
        in.contributed = 2 * months;
        in.deemed = 2 * deemedMonths;
        in.rules.basicFormula = BasicFormula::TwoBaseProvinceIndexed;
        in.localItems = {{&bands, {}}};
        const Benefit b = computeBenefit(in);
        QCOMPARE(b.bandWage, Fen(681566));
        QCOMPARE(b.bandParts.size(), std::size_t(1));
        const auto &got = b.bandParts[0].second;
        QCOMPARE(got.size(), std::size_t(parts.size()));
        Fen sum = 0;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QCOMPARE(got[static_cast<std::size_t>(i)].amount, Fen(parts[i]));
            sum += parts[i];
        }
        QCOMPARE(b.local[0].amount, sum);
        QCOMPARE(b.monthly.local, sum);
        QCOMPARE(b.monthly.total, b.monthly.basic + b.monthly.account + b.monthly.transitional + sum);
    }

    // transitionRateChoice alt-below-20-actual-years (吉林: 1.4% from 20 actual years, else 1.2%): W = 7178.50 × 0.61
    // = 4378.89, T = 150 months 视同 = 12.50; × 1.4% = 766.306 -> 766.31 (the 2025-08 长春 sheet), × 1.2% = 656.8335
    // -> 656.83.
    void transitionRateChosenByActualYears()
    {
        BenefitInput in;
        in.pensionBase = 717850;
        in.averageIndex = 610'000;
        in.deemed = 2 * 150;
        in.transition = 2 * 150;
        in.rules.transitionMonths = TransitionMonths::DeemedOnly;
        in.transitionRate = 14'000;
        in.transitionRateAlt = 12'000;
        in.contributed = 2 * (150 + 239); // 19y11m actual
        // Without the rule the second rate is never taken.
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(76631));
        in.rules.transitionRateChoice = TransitionRateChoice::AltBelow20ActualYears;
        QCOMPARE(computeBenefit(in).transitionRate, Ppm(12'000));
        QVERIFY(computeBenefit(in).transitionRateAlt);
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(65683));
        in.contributed = 2 * (150 + 240); // 20 years actual
        QCOMPARE(computeBenefit(in).transitionRate, Ppm(14'000));
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(76631));
        // No second rate given (the case set overrides.transitionRate): the first applies.
        in.contributed = 2 * (150 + 100);
        in.transitionRateAlt.reset();
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(76631));
    }

    // base-plus-index-years (浙江 过渡性调节金, 浙人社〔2011〕146号: 480 + 全程指数 × 累计缴费年限 × 3), by hand:
    // 480 + 2.1346 × 40.75 × 3 = 740.95485 -> 740.95 half up, 740.96 rounded up to the fen (the sheet of
    // provinces.md ZJ-45 prints 740.96); 480 + 0.6977 × 25.08 × 3 = 532.49492 -> 532.49 / 532.50 (N to 2 decimals:
    // 301 months = 25.08; unrounded 25.0833 would give 532.50 half up and 532.51 up).
    void basePlusIndexYears()
    {
        LocalItem adjustment;
        adjustment.id = "adjustment";
        adjustment.kind = LocalItemKind::BasePlusIndexYears;
        adjustment.amount = 48000;
        adjustment.perIndexYear = 300;
        BenefitInput in;
        in.pensionBase = 831000;
        in.averageIndex = 2'134'600;
        in.contributed = 2 * 489;
        in.annuityMonthsTenths = 1384;
        in.localItems = {{&adjustment, {}}};
        QCOMPARE(computeBenefit(in).local[0].amount, Fen(74095));
        adjustment.roundUp = true;
        QCOMPARE(computeBenefit(in).local[0].amount, Fen(74096));
        in.averageIndex = 697'700;
        in.contributed = 2 * 301;
        QCOMPARE(computeBenefit(in).local[0].amount, Fen(53250));
        adjustment.roundUp = false;
        QCOMPARE(computeBenefit(in).local[0].amount, Fen(53249));
        in.rules.yearsRounding = YearsRounding::Unrounded;
        QCOMPARE(computeBenefit(in).local[0].amount, Fen(53250)); // 532.50188
        adjustment.roundUp = true;
        QCOMPARE(computeBenefit(in).local[0].amount, Fen(53251));
        // A printed amount given by the case is the agency's figure: used as it is.
        in.localItems[0].statementAmount = 53000;
        QCOMPARE(computeBenefit(in).local[0].amount, Fen(53000));
        QCOMPARE(computeBenefit(in).monthly.local, Fen(53000));
    }

    // transitionalPhaseIn (苏人社发〔2024〕4号: old + (new − old) × 40% in 2024, 70% in 2025, 100% from 2026, the old
    // method if higher). By hand on the 淮安 2024-04 sheet (provinces.md JS-4@5f7fef3): new = 8613 × 1.1995 = 10331.29
    // × 10.5 × 1.2% = 1301.7425 -> 1301.74; old 547.40; (1301.74 − 547.40) × 40% = 301.736: half up 849.14, the
    // share up to the jiao 849.20 (printed).
    void transitionalPhaseIn()
    {
        BenefitInput in;
        in.pensionBase = 861300;
        in.averageIndex = 704600;
        in.contributed = 2 * 418;
        in.transition = 2 * 126;
        in.transitionRate = 12'000;
        in.transitionIndex = 1'199'500;
        in.rules.transitionalFormula = TransitionalFormula::TransitionIndex;
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(130174)); // no phase-in rule: the formula
        in.rules.transitionalPhaseIn = TransitionalPhaseIn::OldPlusShareJiaoUp;
        in.phaseInRate = 400'000;
        // A rate below 100% needs the printed old-method amount.
        const auto missing = missingBenefitInput(in);
        QVERIFY(missing);
        QCOMPARE(QByteArray::fromStdString(missing->field), QByteArray("record.oldMethodTransitional"));
        in.oldMethodTransitional = 54740;
        QVERIFY(!missingBenefitInput(in));
        Benefit b = computeBenefit(in);
        QCOMPARE(b.monthly.transitional, Fen(84920));
        QCOMPARE(b.transitionalNewMethod, std::optional<Fen>(130174));
        in.rules.transitionalPhaseIn = TransitionalPhaseIn::OldPlusShare;
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(84914));
        // 2026 on (100%): old + (new − old) rounded up to the jiao: 547.40 + 754.34 -> 754.40 = 1301.80.
        in.rules.transitionalPhaseIn = TransitionalPhaseIn::OldPlusShareJiaoUp;
        in.phaseInRate = kPpmOne;
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(130180));
        // …and without the old-method amount (a projection) the new method in full, no input missing.
        in.oldMethodTransitional.reset();
        QVERIFY(!missingBenefitInput(in));
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(130174));
        QVERIFY(!computeBenefit(in).transitionalNewMethod);
        // The old method where it is higher.
        in.oldMethodTransitional = 140000;
        in.phaseInRate = 700'000;
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(140000));
        // No months before the account: nothing to phase in, nothing missing.
        in.oldMethodTransitional.reset();
        in.transition = 0;
        QVERIFY(!missingBenefitInput(in));
    }

    // totalRounding: fen leaves the sum; jiao-up (见分进角) carries a non-zero fen to the next jiao; yuan-up carries
    // any jiao or fen to the next yuan. Nothing is added to a total already on the step, and nothing to zero.
    void roundTotal_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("paid");
        QTest::addRow("fen 3449.31") << int(TotalRounding::Fen) << qint64(344931) << qint64(344931);
        QTest::addRow("jiao-up 3449.31 -> 3449.40") << int(TotalRounding::JiaoUp) << qint64(344931) << qint64(344940);
        QTest::addRow("jiao-up 3449.39 -> 3449.40") << int(TotalRounding::JiaoUp) << qint64(344939) << qint64(344940);
        QTest::addRow("jiao-up 3449.30 stays") << int(TotalRounding::JiaoUp) << qint64(344930) << qint64(344930);
        QTest::addRow("jiao-up 3449.00 stays") << int(TotalRounding::JiaoUp) << qint64(344900) << qint64(344900);
        QTest::addRow("yuan-up 3449.01 -> 3450") << int(TotalRounding::YuanUp) << qint64(344901) << qint64(345000);
        QTest::addRow("yuan-up 3449.90 -> 3450") << int(TotalRounding::YuanUp) << qint64(344990) << qint64(345000);
        QTest::addRow("yuan-up 3449.00 stays") << int(TotalRounding::YuanUp) << qint64(344900) << qint64(344900);
        QTest::addRow("jiao-up 0 stays") << int(TotalRounding::JiaoUp) << qint64(0) << qint64(0);
    }
    void roundTotal()
    {
        QFETCH(int, rule);
        QFETCH(qint64, total);
        QFETCH(qint64, paid);
        QCOMPARE(pension::roundTotal(Fen(total), static_cast<TotalRounding>(rule)), Fen(paid));
    }

    // The line the rule adds: the synthetic person's 2114.14 + 719.42 + 615.75 = 3449.31 is paid as 3449.40 under
    // jiao-up (0.09 added) and 3450.00 under yuan-up (0.69 added); the line is counted in monthly.local and the total.
    void totalRoundingAddsALine()
    {
        BenefitInput in = synthetic();
        const Benefit plain = computeBenefit(in);
        QCOMPARE(plain.monthly.total, Fen(344931));
        QVERIFY(plain.local.empty()); // fen: no line
        in.rules.totalRounding = TotalRounding::JiaoUp;
        in.rules.regulation[static_cast<int>(RuleKey::TotalRounding)] = "a test citation";
        const Benefit jiao = computeBenefit(in);
        QCOMPARE(jiao.local.size(), std::size_t(1));
        QCOMPARE(QByteArray::fromStdString(jiao.local[0].id), QByteArray(kTotalRoundingId));
        QCOMPARE(jiao.local[0].kind, LocalItemKind::TotalRounding);
        QCOMPARE(jiao.local[0].rounding, TotalRounding::JiaoUp);
        QCOMPARE(jiao.local[0].amount, Fen(9));
        QVERIFY(jiao.local[0].inTotal);
        QCOMPARE(QByteArray::fromStdString(jiao.local[0].regulation), QByteArray("a test citation"));
        QCOMPARE(jiao.monthly.local, Fen(9));
        QCOMPARE(jiao.monthly.total, Fen(344940));
        // The components keep their own rounding.
        QCOMPARE(jiao.monthly.basic, plain.monthly.basic);
        QCOMPARE(jiao.monthly.transitional, plain.monthly.transitional);
        in.rules.totalRounding = TotalRounding::YuanUp;
        const Benefit yuan = computeBenefit(in);
        QCOMPARE(yuan.local[0].amount, Fen(69));
        QCOMPARE(yuan.monthly.total, Fen(345000));
    }

    // 浙江 ZJ-7 (宁波 2025-02, provinces.md §浙江 grade A), printed: basic 3064.27, account 695.53, transitional
    // 1759.51, 过渡性调节金 572.76, 补贴 150, 见分进角补足 0.03, total 6242.10. By hand: W = 8310 × 0.7219 = 5998.99;
    // (8310 + 5998.99) / 2 × 42.83 × 1% = 3064.2702; 96678.71 / 139 = 695.5303; 8310 × 0.9307 = 7734.12 × 16.25 ×
    // 1.4% = 1759.5123; 3064.27 + 695.53 + 1759.51 + 572.76 + 150 = 6242.07 -> 6242.10, so the line is 0.03. The
    // rounding comes after every local item counted in the total, and an item shown apart does not enter it.
    void totalRoundingAfterLocalItems()
    {
        LocalItem adjustment, subsidy, apart;
        adjustment.id = "adjustment";
        adjustment.kind = LocalItemKind::Statement;
        subsidy.id = "subsidy";
        subsidy.kind = LocalItemKind::Fixed;
        subsidy.amount = 15000;
        apart.id = "apart";
        apart.kind = LocalItemKind::Fixed;
        apart.amount = 1;
        apart.inTotal = false;
        BenefitInput in;
        in.pensionBase = 831000;
        in.averageIndex = 721900;
        in.contributed = 2 * 514;
        in.transition = 2 * 195;
        in.accountBalance = 9667871;
        in.annuityMonthsTenths = 1390;
        in.transitionRate = 14'000;
        in.transitionIndex = 930700;
        in.rules.transitionalFormula = TransitionalFormula::TransitionIndex;
        in.rules.totalRounding = TotalRounding::JiaoUp;
        in.localItems = {{&adjustment, Fen(57276)}, {&subsidy, {}}, {&apart, {}}};
        const Benefit b = computeBenefit(in);
        QCOMPARE(b.monthly.basic, Fen(306427));
        QCOMPARE(b.monthly.account, Fen(69553));
        QCOMPARE(b.monthly.transitional, Fen(175951));
        QCOMPARE(b.local.size(), std::size_t(4));
        QCOMPARE(b.local[3].kind, LocalItemKind::TotalRounding);
        QCOMPARE(b.local[3].amount, Fen(3));
        QCOMPARE(b.monthly.local, Fen(57276 + 15000 + 3));
        QCOMPARE(b.monthly.total, Fen(624210));
    }
};

QTEST_APPLESS_MAIN(TestBenefit)
#include "test_benefit.moc"
