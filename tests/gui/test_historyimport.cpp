// core/historyimport: CSV as Excel saves it (UTF-8 with or without BOM, GBK) and cells pasted from a spreadsheet.
#include "historyimport.h"

#include <QStringEncoder>
#include <QtTest>

using namespace pension::gui;

namespace {

const char *kLeaflet = "缴费年度,缴费月份,缴费基数(元),缴费金额(元),计入个人账户(元)\r\n"
                       "2009,11,15610.65,3122.13,1248.85\r\n"
                       "2010,12,19383.6,3876.72,1550.69\r\n"
                       "2024,1,3726.65,745.33,298.13\r\n"
                       "合计,180,460476.7,92095.34,36838.14\r\n";

} // namespace

class TestHistoryImport : public QObject {
    Q_OBJECT

private slots:
    void theLeafletLayoutReadsTheBaseAsTheYearTotal_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QString::fromUtf8(kLeaflet);
        QTest::addRow("UTF-8 with BOM (Excel's CSV UTF-8)")
            << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << QStringLiteral("UTF-8 (BOM)");
        QTest::addRow("UTF-8 without BOM") << text.toUtf8() << QStringLiteral("UTF-8");
        QStringEncoder gbk("GBK");
        QTest::addRow("GBK (Excel on a Chinese Windows)") << QByteArray(gbk.encode(text)) << QStringLiteral("GBK");
    }

    void theLeafletLayoutReadsTheBaseAsTheYearTotal()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const DecodedText decoded = decodeTableBytes(bytes);
        QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
        QCOMPARE(decoded.encoding, encoding);
        const ImportedHistory h = parseHistoryTable(decoded.text);
        QVERIFY(h.headerFound);
        QVERIFY(h.totalsAsYearTotal);
        QCOMPARE(h.rows.size(), 3);
        QCOMPARE(h.skipped, 1); // 合计
        QCOMPARE(h.rows[0].year, QStringLiteral("2009"));
        QCOMPARE(h.rows[0].months, QStringLiteral("11"));
        QCOMPARE(h.rows[0].baseTotal, QStringLiteral("15610.65"));
        QVERIFY(h.rows[0].monthlyBase.isEmpty());
        QCOMPARE(h.rows[0].accountCredit, QStringLiteral("1248.85"));
    }

    void aMonthlyBaseColumnStaysMonthly()
    {
        const ImportedHistory h = parseHistoryTable(
            QStringLiteral("年度,月数,缴费基数,缴费金额\n2019,12,3500,8400\n2020,12,\"3,600.00\",8640\n"));
        QVERIFY(h.headerFound);
        QVERIFY(!h.totalsAsYearTotal); // 8400 paid on 3500: the base is monthly
        QCOMPARE(h.rows.size(), 2);
        QCOMPARE(h.rows[1].monthlyBase, QStringLiteral("3600.00"));
        const ImportedHistory named = parseHistoryTable(QStringLiteral("year,months,monthly base\n2021,6,4000\n"));
        QCOMPARE(named.rows.size(), 1);
        QCOMPARE(named.rows[0].monthlyBase, QStringLiteral("4000"));
    }

    void pastedCellsWithoutAHeaderAreTakenInOrder()
    {
        const ImportedHistory h = parseHistoryTable(QStringLiteral("2019\t12\t3500\r\n2020\t12\t3600\r\n"));
        QVERIFY(!h.headerFound);
        QCOMPARE(h.rows.size(), 2);
        QCOMPARE(h.rows[1].monthlyBase, QStringLiteral("3600"));
        const ImportedHistory five = parseHistoryTable(QStringLiteral("2023\t12\t44719.8\t8943.96\t3577.58\n"));
        QCOMPARE(five.rows.size(), 1);
        QCOMPARE(five.rows[0].baseTotal, QStringLiteral("44719.8"));
    }

    void quotedCellsAsExcelWritesThem()
    {
        const auto rows = splitTable(QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\"\r\n1,2,3"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0], (QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")}));
        QCOMPARE(rows[1].size(), 3);
    }

    void garbageIsRefusedWithAReason()
    {
        QVERIFY(!parseHistoryTable(QStringLiteral("hello, world\nno years here")).error.isEmpty());
        QVERIFY(!parseHistoryTable(QString()).error.isEmpty());
        QByteArray binary;
        for (int i = 0; i < 256; ++i)
            binary.append(static_cast<char>(255 - i));
        const ImportedHistory h = importHistoryCsv(binary);
        QVERIFY(!h.error.isEmpty());
        QVERIFY(h.rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryImport)
#include "test_historyimport.moc"
