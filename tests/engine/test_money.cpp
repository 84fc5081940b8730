// engine/money.cpp (and the constexpr helpers of money.h): exact half-up division, parsing decimals into scaled
// integers without silent rounding, formatting fen and scaled values.
//
// Expected values are worked by hand from the definitions in money.h (half up: towards +infinity on .5 for
// positives, away from zero for negatives).

#include "money.h"
#include "support.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace pension;

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void divRound_data()
    {
        QTest::addColumn<qint64>("num");
        QTest::addColumn<qint64>("den");
        QTest::addColumn<qint64>("q");
        QTest::addRow("5 / 2 = 2.5 rounds up to 3") << qint64(5) << qint64(2) << qint64(3);
        QTest::addRow("4 / 2 = 2 exactly") << qint64(4) << qint64(2) << qint64(2);
        QTest::addRow("7 / 3 = 2.33 rounds down to 2") << qint64(7) << qint64(3) << qint64(2);
        QTest::addRow("8 / 3 = 2.67 rounds up to 3") << qint64(8) << qint64(3) << qint64(3);
        QTest::addRow("-5 / 2 = -2.5 rounds away from zero to -3") << qint64(-5) << qint64(2) << qint64(-3);
        QTest::addRow("-7 / 3 = -2.33 rounds to -2") << qint64(-7) << qint64(3) << qint64(-2);
        QTest::addRow("-8 / 3 = -2.67 rounds to -3") << qint64(-8) << qint64(3) << qint64(-3);
        QTest::addRow("5 / -2 = -2.5 rounds away from zero to -3") << qint64(5) << qint64(-2) << qint64(-3);
        QTest::addRow("-5 / -2 = 2.5 rounds up to 3") << qint64(-5) << qint64(-2) << qint64(3);
        QTest::addRow("0 / 7 = 0") << qint64(0) << qint64(7) << qint64(0);
        QTest::addRow("1 / 3 rounds to 0") << qint64(1) << qint64(3) << qint64(0);
        QTest::addRow("-1 / 3 rounds to 0") << qint64(-1) << qint64(3) << qint64(0);
        QTest::addRow("963 half months × 100 / 24 = 4012.5 rounds to 4013 (40.13 years)")
            << qint64(96300) << qint64(24) << qint64(4013);
        QTest::addRow("a whole-yuan balance over 1373 tenths: 6028613 × 10 / 1373 = 43908.3 -> 43908")
            << qint64(60286130) << qint64(1373) << qint64(43908);
    }
    void divRound()
    {
        QFETCH(qint64, num);
        QFETCH(qint64, den);
        QFETCH(qint64, q);
        QCOMPARE(pension::divRound(num, den), q);
    }

    // Products beyond 64 bits stay exact through the 128-bit intermediate.
    void divRoundWide()
    {
        const Wide big = static_cast<Wide>(std::numeric_limits<std::int64_t>::max()) * 1'000'000;
        QCOMPARE(pension::divRound(big, 1'000'000), std::numeric_limits<std::int64_t>::max());
        // 10^17 fen × 1.5 (ppm) / 10^6: 1.5e17
        QCOMPARE(pension::divRound(static_cast<Wide>(100'000'000'000'000'000LL) * 1'500'000, 1'000'000),
                 std::int64_t(150'000'000'000'000'000LL));
        static_assert(pension::divRound(5, 2) == 3 && pension::divRound(-5, 2) == -3);
    }

    void parseScaled_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scale");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::addRow("1419.15 yuan is 141915 fen") << "1419.15" << 2 << true << qint64(141915);
        QTest::addRow("-3 yuan is -300 fen") << "-3" << 2 << true << qint64(-300);
        QTest::addRow("+2.5 with one decimal is 25") << "+2.5" << 1 << true << qint64(25);
        QTest::addRow("0.6 as ppm is 600000") << "0.6" << 6 << true << qint64(600000);
        QTest::addRow("0.000001 as ppm is 1") << "0.000001" << 6 << true << qint64(1);
        QTest::addRow("-0.05 yuan is -5 fen") << "-0.05" << 2 << true << qint64(-5);
        QTest::addRow("0 is 0") << "0" << 2 << true << qint64(0);
        QTest::addRow("trailing zeros beyond the scale are not rounding: 1.2300 is 123")
            << "1.2300" << 2 << true << qint64(123);
        QTest::addRow("scale 0: 42 is 42") << "42" << 0 << true << qint64(42);
        QTest::addRow("the largest fen amount 92233720368547758.07")
            << "92233720368547758.07" << 2 << true << qint64(std::numeric_limits<qint64>::max());
        QTest::addRow("one fen more than int64 overflows") << "92233720368547758.08" << 2 << false << qint64(0);
        QTest::addRow("twenty-one digits overflow") << "999999999999999999999" << 2 << false << qint64(0);
        QTest::addRow("three decimals at scale 2 are refused (no silent rounding)")
            << "1.234" << 2 << false << qint64(0);
        QTest::addRow("a decimal at scale 0 is refused") << "1.5" << 0 << false << qint64(0);
        QTest::addRow("the empty text is refused") << "" << 2 << false << qint64(0);
        QTest::addRow("a lone minus is refused") << "-" << 2 << false << qint64(0);
        QTest::addRow("a lone point is refused") << "." << 2 << false << qint64(0);
        QTest::addRow("letters are refused") << "abc" << 2 << false << qint64(0);
        QTest::addRow("exponent notation is refused") << "1e5" << 2 << false << qint64(0);
        QTest::addRow("a leading space is refused") << " 1" << 2 << false << qint64(0);
        QTest::addRow("a trailing space is refused") << "1 " << 2 << false << qint64(0);
        QTest::addRow("a decimal comma is refused") << "1,5" << 2 << false << qint64(0);
        QTest::addRow("a double sign is refused") << "--1" << 2 << false << qint64(0);
        QTest::addRow("two points are refused") << "1.2.3" << 2 << false << qint64(0);
        QTest::addRow("a percent sign is refused") << "60%" << 4 << false << qint64(0);
    }
    void parseScaled()
    {
        QFETCH(QString, text);
        QFETCH(int, scale);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        const std::string s = text.toStdString();
        const auto r = pension::parseScaled(s, scale);
        QCOMPARE(r.has_value(), ok);
        if (ok)
            QCOMPARE(*r, value);
    }

    void scaledFromDouble_data()
    {
        QTest::addColumn<double>("v");
        QTest::addColumn<int>("scale");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::addRow("0.1 yuan is 10 fen") << 0.1 << 2 << true << qint64(10);
        QTest::addRow("1419.15 yuan is 141915 fen (binary 1419.1500000000000909…)")
            << 1419.15 << 2 << true << qint64(141915);
        QTest::addRow("60286.13 yuan is 6028613 fen") << 60286.13 << 2 << true << qint64(6028613);
        QTest::addRow("0.7737 with 4 decimals is 7737") << 0.7737 << 4 << true << qint64(7737);
        QTest::addRow("-0.05 yuan is -5 fen") << -0.05 << 2 << true << qint64(-5);
        QTest::addRow("0.123 has too many decimals for fen") << 0.123 << 2 << false << qint64(0);
        QTest::addRow("0.3 months is not a whole number at scale 0") << 0.3 << 0 << false << qint64(0);
        QTest::addRow("7468.123 yuan has three decimals: refused, not rounded to 7468.12")
            << 7468.123 << 2 << false << qint64(0);
        QTest::addRow("60286.125 yuan has three decimals: refused, not rounded")
            << 60286.125 << 2 << false << qint64(0);
        QTest::addRow("1.0000001 as ppm has seven decimals: refused") << 1.0000001 << 6 << false << qint64(0);
        QTest::addRow("NaN is refused") << std::nan("") << 2 << false << qint64(0);
        QTest::addRow("infinity is refused") << std::numeric_limits<double>::infinity() << 2 << false << qint64(0);
        QTest::addRow("1e300 is refused (beyond exact integers)") << 1e300 << 2 << false << qint64(0);
    }
    void scaledFromDouble()
    {
        QFETCH(double, v);
        QFETCH(int, scale);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        const auto r = pension::scaledFromDouble(v, scale);
        // Only binary representation error is forgiven: a real extra decimal is refused at any magnitude.
        QCOMPARE(r.has_value(), ok);
        if (ok)
            QCOMPARE(*r, value);
    }

    void formatFen_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("text");
        QTest::addRow("0 fen is 0.00") << qint64(0) << "0.00";
        QTest::addRow("5 fen is 0.05") << qint64(5) << "0.05";
        QTest::addRow("-5 fen is -0.05") << qint64(-5) << "-0.05";
        QTest::addRow("50 fen is 0.50") << qint64(50) << "0.50";
        QTest::addRow("100 fen is 1.00") << qint64(100) << "1.00";
        QTest::addRow("-100 fen is -1.00") << qint64(-100) << "-1.00";
        QTest::addRow("151850 fen is 1518.50 (SD-1 basic)") << qint64(151850) << "1518.50";
        QTest::addRow("the largest int64 is 92233720368547758.07")
            << qint64(std::numeric_limits<qint64>::max()) << "92233720368547758.07";
        QTest::addRow("the smallest int64 is -92233720368547758.08")
            << qint64(std::numeric_limits<qint64>::min()) << "-92233720368547758.08";
    }
    void formatFen()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(pension::formatFen(fen)), text);
        // What is printed parses back to the same amount (the one int64 without a positive twin aside).
        if (fen != std::numeric_limits<qint64>::min())
            QCOMPARE(pension::parseScaled(pension::formatFen(fen), 2), std::optional<std::int64_t>(fen));
    }

    void formatScaledAndPercent()
    {
        QCOMPARE(pension::formatScaled(2708, 2), std::string("27.08"));
        QCOMPARE(pension::formatScaled(7, 3), std::string("0.007"));
        QCOMPARE(pension::formatScaled(-7, 3), std::string("-0.007"));
        QCOMPARE(pension::formatScaled(1367, 1), std::string("136.7"));
        QCOMPARE(pension::formatScaled(1500, 2), std::string("15.00")); // trailing zeros kept
        QCOMPARE(pension::formatScaled(5, 0), std::string("5"));
        QCOMPARE(pension::formatPercent(13'000), std::string("1.3"));
        QCOMPARE(pension::formatPercent(83'100), std::string("8.31"));
        QCOMPARE(pension::formatPercent(200'000), std::string("20"));
        QCOMPARE(pension::formatPercent(0), std::string("0"));
        QCOMPARE(pension::formatPercent(-15'000), std::string("-1.5"));
        QCOMPARE(pension::formatPercent(1), std::string("0.0001"));
        QCOMPARE(pension::formatFraction(600'000), std::string("0.6"));
        QCOMPARE(pension::formatFraction(1'000'000), std::string("1"));
        QCOMPARE(pension::formatFraction(25'000), std::string("0.025"));
        QCOMPARE(pension::formatFraction(1), std::string("0.000001"));
        QCOMPARE(pension::formatFraction(3'000'000), std::string("3"));
        QCOMPARE(pension::formatFraction(-50'000), std::string("-0.05"));
    }

    // Round trip over a spread of amounts: format then parse gives the amount back.
    void formatParseRoundTrip()
    {
        for (std::int64_t v = -100'000; v <= 100'000; v += 37)
            for (int scale : {0, 1, 2, 4, 6}) {
                const auto back = pension::parseScaled(pension::formatScaled(v, scale), scale);
                QVERIFY(back.has_value());
                QCOMPARE(*back, v);
            }
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "test_money.moc"
