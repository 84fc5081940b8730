// engine/yearmonth.cpp: months as one serial number, "YYYY-MM" text (years 1900..2200), ages in years and months.

#include "yearmonth.h"

#include <QtTest>

using namespace pension;

class TestYearMonth : public QObject {
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addRow("2025-06 is June 2025") << "2025-06" << true << 2025 << 6;
        QTest::addRow("1900-01 is the first month accepted") << "1900-01" << true << 1900 << 1;
        QTest::addRow("2200-12 is the last month accepted") << "2200-12" << true << 2200 << 12;
        QTest::addRow("1899-12 is too early") << "1899-12" << false << 0 << 0;
        QTest::addRow("2201-01 is too late") << "2201-01" << false << 0 << 0;
        QTest::addRow("month 13 does not exist") << "2025-13" << false << 0 << 0;
        QTest::addRow("month 00 does not exist") << "2025-00" << false << 0 << 0;
        QTest::addRow("a one-digit month is not YYYY-MM") << "2025-6" << false << 0 << 0;
        QTest::addRow("a slash is not YYYY-MM") << "2025/06" << false << 0 << 0;
        QTest::addRow("a full date is not YYYY-MM") << "2025-06-01" << false << 0 << 0;
        QTest::addRow("a year alone is not YYYY-MM") << "2025" << false << 0 << 0;
        QTest::addRow("letters are not a month") << "abcd-ef" << false << 0 << 0;
        QTest::addRow("a sign is not a digit") << "+025-06" << false << 0 << 0;
        QTest::addRow("the empty text is not a month") << "" << false << 0 << 0;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, year);
        QFETCH(int, month);
        const auto m = YearMonth::parse(text.toStdString());
        QCOMPARE(m.has_value(), ok);
        if (!ok)
            return;
        QCOMPARE(m->year(), year);
        QCOMPARE(m->month(), month);
        QCOMPARE(QString::fromStdString(m->toString()), text);
    }

    void arithmetic()
    {
        const YearMonth m = YearMonth::of(1965, 12);
        QCOMPARE(m.plus(723), YearMonth::of(2026, 3)); // 60y3m (domain §2.1)
        QCOMPARE(m.plus(1), YearMonth::of(1966, 1));
        QCOMPARE(m.plus(-12), YearMonth::of(1964, 12));
        QCOMPARE(YearMonth::of(2025, 1).plus(-1), YearMonth::of(2024, 12));
        QCOMPARE(monthsBetween(YearMonth::of(1972, 1), YearMonth::of(2022, 1)), 600);
        QCOMPARE(monthsBetween(YearMonth::of(2026, 5), YearMonth::of(2026, 3)), -2);
        QVERIFY(YearMonth::of(2024, 12) < YearMonth::of(2025, 1));
        QCOMPARE(YearsMonths::of(723).years, 60);
        QCOMPARE(YearsMonths::of(723).months, 3);
        QCOMPARE(YearsMonths::of(723).total(), 723);
        // every month of two centuries prints and parses back to itself
        for (YearMonth y = YearMonth::of(1900, 1); y <= YearMonth::of(2200, 12); y = y.plus(1)) {
            const auto back = YearMonth::parse(y.toString());
            QVERIFY(back.has_value());
            QCOMPARE(*back, y);
        }
    }
};

QTEST_APPLESS_MAIN(TestYearMonth)
#include "test_yearmonth.moc"
