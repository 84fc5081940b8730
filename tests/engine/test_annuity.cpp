// engine/annuity.cpp: 计发月数 by age in months.
//
// Expected values: the 国发〔2005〕38号 annex table and the 11 values read off real benefit sheets, both from
// shared/reference/domain.md §1.3; the interpolation rule of §1.3 for the properties.

#include "annuity.h"
#include "support.h"

#include <QtTest>

#include <cmath>

using namespace pension;

namespace {

// domain §1.3, the annex of 国发〔2005〕38号, ages 40…70.
constexpr int kTable[31] = {233, 230, 226, 223, 220, 216, 212, 208, 204, 199, 195, 190, 185, 180, 175, 170,
                            164, 158, 152, 145, 139, 132, 125, 117, 109, 101, 93,  84,  75,  65,  56};

} // namespace

class TestAnnuity : public QObject {
    Q_OBJECT

    ParameterSet m_params;

private slots:
    void initTestCase() { m_params = support::region("shandong"); }

    // The 11 transcribed real 核定表 values (domain §1.3).
    void realSheets_data()
    {
        QTest::addColumn<int>("years");
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("tenths");
        QTest::addRow("60y1m gives 138.4 (Heilongjiang sheet)") << 60 << 1 << 1384;
        QTest::addRow("60y2m gives 137.8 (Weifang, Wuhan, Hunan sheets)") << 60 << 2 << 1378;
        QTest::addRow("60y3m gives 137.3 (Anhui, Gansu, Zhengzhou sheets)") << 60 << 3 << 1373;
        QTest::addRow("55y1m gives 169.5 (Zhongshan sheet)") << 55 << 1 << 1695;
        QTest::addRow("55y3m gives 168.5 (Suzhou sheet)") << 55 << 3 << 1685;
        QTest::addRow("55y4m gives 168.0 (Jinan sheet)") << 55 << 4 << 1680;
        QTest::addRow("50y1m gives 194.6 (Shenyang sheet)") << 50 << 1 << 1946;
        QTest::addRow("50y3m gives 193.8 (Shaanxi sheet)") << 50 << 3 << 1938;
        QTest::addRow("50y5m gives 192.9 (Zhejiang sheet)") << 50 << 5 << 1929;
        QTest::addRow("51y11m gives 185.4 (Hubei sheet)") << 51 << 11 << 1854;
        QTest::addRow("45y1m gives 215.7 (Tibet sheet)") << 45 << 1 << 2157;
        // The worked example of §1.3: 139 − 7 × 4/12 = 136.67 -> 136.7.
        QTest::addRow("60y4m gives 136.7 (domain §1.3 example)") << 60 << 4 << 1367;
        // The 55-year row that the liubigfatty month table gets wrong (169.6, 169.2 …): the right one is
        // 169.5, 169.0, 168.5, … (domain §1.3).
        QTest::addRow("55y2m gives 169.0, not the repo table's 169.2") << 55 << 2 << 1690;
    }
    void realSheets()
    {
        QFETCH(int, years);
        QFETCH(int, months);
        QFETCH(int, tenths);
        QCOMPARE(annuityMonthsTenths(m_params, years * 12 + months), tenths);
    }

    void wholeAges_data()
    {
        QTest::addColumn<int>("age");
        QTest::addColumn<int>("months");
        for (int age = 40; age <= 70; ++age)
            QTest::addRow("retiring at %d gives %d months (38号 annex)", age, kTable[age - 40])
                << age << kTable[age - 40];
    }
    void wholeAges()
    {
        QFETCH(int, age);
        QFETCH(int, months);
        // tenths of a month: 60 -> 1390, not 139
        QCOMPARE(annuityMonthsTenths(m_params, age * 12), months * 10);
    }

    // The annex ends at 70: older ages keep 56 months.
    void seventyAndOlder_data()
    {
        QTest::addColumn<int>("ageMonths");
        QTest::addRow("70y0m gives 56.0") << 70 * 12;
        QTest::addRow("70y1m gives 56.0") << 70 * 12 + 1;
        QTest::addRow("70y11m gives 56.0") << 70 * 12 + 11;
        QTest::addRow("75y gives 56.0") << 75 * 12;
        QTest::addRow("90y6m gives 56.0") << 90 * 12 + 6;
    }
    void seventyAndOlder()
    {
        QFETCH(int, ageMonths);
        QCOMPARE(annuityMonthsTenths(m_params, ageMonths), 560);
    }

    // The rule of §1.3 for every month from 40y to 69y11m: round_half_up(T[a] − (T[a] − T[a+1]) × m / 12, 1),
    // worked here in exact integers (120 × the value) independently of the engine; and the divisor never rises with
    // age.
    void everyMonthFollowsTheRule()
    {
        int previous = 1 << 30;
        for (int ageMonths = 40 * 12; ageMonths < 70 * 12; ++ageMonths) {
            const int a = ageMonths / 12, m = ageMonths % 12;
            const int here = kTable[a - 40], next = kTable[a + 1 - 40];
            const int times120 = (here * 12 - (here - next) * m) * 10; // value × 120
            const int expected = (times120 + 6) / 12;                  // half up, tenths
            const int got = annuityMonthsTenths(m_params, ageMonths);
            QVERIFY2(got == expected,
                     qPrintable(QStringLiteral("%1y%2m: got %3, expected %4").arg(a).arg(m).arg(got).arg(expected)));
            QVERIFY(got <= previous);
            previous = got;
        }
    }

    // Every region resolves the same national table (a province pack must not shadow it).
    void sameTableInEveryRegion()
    {
        for (const std::string &id : support::library().regionIds()) {
            const ParameterSet set = support::region(id);
            QCOMPARE(annuityMonthsTenths(set, 60 * 12 + 4), 1367);
            QCOMPARE(annuityMonthsTenths(set, 50 * 12), 1950);
        }
    }
};

QTEST_APPLESS_MAIN(TestAnnuity)
#include "test_annuity.moc"
