// engine/ledger.cpp: the personal account (个人账户) ledger: bases by grade, what a month pays and credits, and the
// year's interest by the 月积数 method (a credit of month m earns interest for months m…December, the opening balance
// for the whole year; in the retirement year both run only to the retirement month).
//
// The year figures are written by hand here (no pack), and every expected amount is worked out in the comment above
// it from the method, not taken from the program.

#include "ledger.h"
#include "support.h"

#include <QTest>

using namespace pension;

namespace {

// A year with round figures: average 5,000.00 a month, floor 60% and ceiling 300% of it, the national rates (8% into
// the account, 8% employee, 16% employer, 20% flexible) and a 记账利率 of 5%.
YearFigures roundYear()
{
    YearFigures y;
    y.year = 2030;
    y.average = 500000;
    y.denominator = 500000;
    y.floor = 300000;
    y.ceiling = 1500000;
    y.interest = 50'000;
    y.accountRate = 80'000;
    y.employeeRate = 80'000;
    y.flexibleRate = 200'000;
    y.employerRate = 160'000;
    return y;
}

// 100.00 credited a month (a base of 1,250.00 at 8%); the person pays 20% of it as a flexible worker.
MonthsPaid hundredAMonth()
{
    return contributionFor(roundYear(), 125000, InsuranceKind::Flexible);
}

Accrual openAccount(int year, Fen opening)
{
    Accrual a;
    a.year = year;
    a.opening = opening;
    return a;
}

} // namespace

class TestLedger : public QObject {
    Q_OBJECT

private slots:
    void baseForGrade_data()
    {
        QTest::addColumn<qint64>("average");
        QTest::addColumn<qint64>("floor");
        QTest::addColumn<qint64>("ceiling");
        QTest::addColumn<qint64>("grade");
        QTest::addColumn<qint64>("base");
        // 5,000.00 × 1.0 = 5,000.00
        QTest::newRow("100%") << qint64(500000) << qint64(300000) << qint64(1500000) << qint64(1'000'000)
                              << qint64(500000);
        // 6,789.01 × 0.65 = 4,412.8565 → 4,412.86 (half up to the fen)
        QTest::newRow("65% rounds half up")
            << qint64(678901) << qint64(407341) << qint64(2036703) << qint64(650'000) << qint64(441286);
        // 6,789.01 × 0.6 = 4,073.406 → 4,073.41, below a floor published rounded up to the yuan (4,074): the floor
        QTest::newRow("60% pays the rounded-up floor")
            << qint64(678901) << qint64(407400) << qint64(2036703) << qint64(600'000) << qint64(407400);
        // 7,000.00 × 3.0 = 21,000.00 above a ceiling of 20,000.00: the ceiling
        QTest::newRow("300% above the ceiling")
            << qint64(700000) << qint64(420000) << qint64(2000000) << qint64(3'000'000) << qint64(2000000);
    }

    void baseForGrade()
    {
        QFETCH(qint64, average);
        QFETCH(qint64, floor);
        QFETCH(qint64, ceiling);
        QFETCH(qint64, grade);
        QFETCH(qint64, base);
        YearFigures y = roundYear();
        y.average = average;
        y.floor = floor;
        y.ceiling = ceiling;
        QCOMPARE(pension::baseForGrade(y, grade), Fen(base));
    }

    void flexibleWorkerPaysTwentyPercentEightOfItCredited()
    {
        // 国发〔2005〕38号: base 3,000.00 → pays 600.00, of which 240.00 (8%) is credited and 360.00 is pooled.
        const MonthsPaid p = contributionFor(roundYear(), 300000, InsuranceKind::Flexible);
        QCOMPARE(p.base, Fen(300000));
        QCOMPARE(p.personalPerMonth, Fen(60000));
        QCOMPARE(p.creditPerMonth, Fen(24000));
        QCOMPARE(p.employerPerMonth, Fen(36000));
    }

    void employeePaysEightPercentEmployerSixteen()
    {
        // base 3,000.00 → employee 240.00 (all of it credited), employer 480.00
        const MonthsPaid p = contributionFor(roundYear(), 300000, InsuranceKind::Employee);
        QCOMPARE(p.personalPerMonth, Fen(24000));
        QCOMPARE(p.creditPerMonth, Fen(24000));
        QCOMPARE(p.employerPerMonth, Fen(48000));
        // base 4,412.86 → 8% = 353.0288 → 353.03; 16% = 706.0576 → 706.06
        const MonthsPaid q = contributionFor(roundYear(), 441286, InsuranceKind::Employee);
        QCOMPARE(q.creditPerMonth, Fen(35303));
        QCOMPARE(q.employerPerMonth, Fen(70606));
    }

    void monthsAddUp()
    {
        Accrual a = openAccount(2030, 0);
        addMonths(a, roundYear(), hundredAMonth(), 3, 7, true); // March–July: 5 months
        QCOMPARE(a.credits, Fen(5 * 10000));
        QCOMPARE(a.personalPaid, Fen(5 * 25000)); // 20% of 1,250.00
        QCOMPARE(a.employerPaid, Fen(5 * 15000)); // the pooled 12%
        QCOMPARE(a.account, HalfMonths(10));
        QCOMPARE(a.preAccount, HalfMonths(0));
        QCOMPARE(a.contributed(), HalfMonths(10));
        QCOMPARE(a.balance(), Fen(50000)); // no interest before the year closes
        // months before the account (countsForIndex = false) count as 建账前 months, not in the index
        addMonths(a, roundYear(), hundredAMonth(), 8, 8, false);
        QCOMPARE(a.preAccount, HalfMonths(2));
        QCOMPARE(a.account, HalfMonths(10));
        // an empty range adds nothing
        const Fen before = a.credits;
        addMonths(a, roundYear(), hundredAMonth(), 9, 8, true);
        QCOMPARE(a.credits, before);
    }

    void interestOfAFullYear()
    {
        // Opening 10,000.00 at 5% for 12 months: 500.00. Credits of 100.00 in months 1–12 earn for 12, 11, …, 1
        // months: 100 × 5% × 78/12 = 32.50. Interest 532.50; the new year opens at 10,000 + 1,200 + 532.50.
        Accrual a = openAccount(2030, 1000000);
        addMonths(a, roundYear(), hundredAMonth(), 1, 12, true);
        QCOMPARE(closeYear(a, roundYear(), 12), Fen(53250));
        QCOMPARE(a.opening, Fen(1173250));
        QCOMPARE(a.year, 2031);
        QCOMPARE(a.credits, Fen(0));
        QVERIFY(a.weight == 0);
        // The next year starts from the compounded balance: 11,732.50 × 5% = 586.625 → 586.63.
        QCOMPARE(closeYear(a, roundYear(), 12), Fen(58663));
        QCOMPARE(a.opening, Fen(1173250 + 58663));
    }

    void interestOfCreditsFromAprilOnly()
    {
        // Credits in months 4–12 earn 9 + 8 + … + 1 = 45 months: 100 × 5% × 45/12 = 18.75.
        Accrual a = openAccount(2030, 0);
        addMonths(a, roundYear(), hundredAMonth(), 4, 12, true);
        QCOMPARE(closeYear(a, roundYear(), 12), Fen(1875));
        QCOMPARE(a.opening, Fen(90000 + 1875));
    }

    void interestOfTwoBases()
    {
        // 100.00 in months 1–6 (12 + 11 + … + 7 = 57 months) and 200.00 in months 7–12 (6 + … + 1 = 21 months):
        // (100 × 57 + 200 × 21) × 5% / 12 = 9,900 × 5% / 12 = 41.25.
        Accrual a = openAccount(2030, 0);
        addMonths(a, roundYear(), hundredAMonth(), 1, 6, true);
        addMonths(a, roundYear(), contributionFor(roundYear(), 250000, InsuranceKind::Flexible), 7, 12, true);
        QCOMPARE(a.credits, Fen(6 * 10000 + 6 * 20000));
        QCOMPARE(closeYear(a, roundYear(), 12), Fen(4125));
    }

    void retirementYearRunsToTheRetirementMonth()
    {
        // Retiring in June: the opening 10,000.00 earns for 6 months (250.00), the credits of months 1–6 for
        // 6 + 5 + … + 1 = 21 months (100 × 5% × 21/12 = 8.75). Interest 258.75.
        Accrual a = openAccount(2030, 1000000);
        addMonths(a, roundYear(), hundredAMonth(), 1, 6, true);
        QCOMPARE(closeYear(a, roundYear(), 6), Fen(25875));
        QCOMPARE(a.opening, Fen(1000000 + 60000 + 25875));
    }

    void interestRoundsHalfUpToTheFen()
    {
        // 10.10 at 5% = 0.505 → 0.51; 10.09 at 5% = 0.5045 → 0.50
        Accrual a = openAccount(2030, 1010);
        QCOMPARE(closeYear(a, roundYear(), 12), Fen(51));
        Accrual b = openAccount(2030, 1009);
        QCOMPARE(closeYear(b, roundYear(), 12), Fen(50));
    }

    void interestAtTheYearsOwnRate()
    {
        // The same 10,000.00 at 2.62% (2023's published rate) for a full year: 262.00.
        YearFigures y = roundYear();
        y.interest = 26'200;
        Accrual a = openAccount(2023, 1000000);
        QCOMPARE(closeYear(a, y, 12), Fen(26200));
    }

    void monthlyIndexIsTheMeanOfTheMonths()
    {
        // 6 months at 3,000 / 5,000 = 0.6 and 6 months at 7,500 / 5,000 = 1.5: Σ = 12.6 over 12 months, mean 1.05.
        Accrual a = openAccount(2030, 0);
        const YearFigures y = roundYear();
        addMonths(a, y, contributionFor(y, 300000, InsuranceKind::Flexible), 1, 6, true);
        addMonths(a, y, contributionFor(y, 750000, InsuranceKind::Flexible), 7, 12, true);
        QVERIFY(qAbs(a.indexSum - 12.6) < 1e-9);
        QVERIFY(qAbs(a.indexSum / (a.account / 2.0) - 1.05) < 1e-12);
    }

    void yearlyIndexIsTheMeanOfTheYears()
    {
        // Year 1: 12 months at 0.6 → yearly index 0.6. Year 2: 3 months at 1.5 → yearly index 1.5. A year without
        // payment is left out. Mean of the years: (0.6 + 1.5) / 2 = 1.05 (the monthly mean would be
        // (7.2 + 4.5) / 15 = 0.78).
        const YearFigures y = roundYear();
        Accrual a = openAccount(2030, 0);
        a.yearlyIndex = true;
        addMonths(a, y, contributionFor(y, 300000, InsuranceKind::Flexible), 1, 12, true);
        closeYear(a, y, 12);
        addMonths(a, y, contributionFor(y, 750000, InsuranceKind::Flexible), 1, 3, true);
        closeYear(a, y, 12);
        closeYear(a, y, 12); // nothing paid
        QCOMPARE(a.indexYears, 2);
        QVERIFY(qAbs(a.yearIndexTotal / a.indexYears - 1.05) < 1e-12);
        QVERIFY(qAbs(a.indexSum / (a.account / 2.0) - 0.78) < 1e-12);
        QCOMPARE(a.openYearMonths, HalfMonths(0));
    }
};

QTEST_APPLESS_MAIN(TestLedger)
#include "test_ledger.moc"
