// pension-cli report and export: the PDF's text (pdftotext) and the Excel workbook read back (unzip).

#include "cli.h"

#include <QApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kCases = QStringLiteral(PENSION_SOURCE_DIR "/tests/data/cases");

int runCli(const QStringList &args, QString *err = nullptr)
{
    QString outText, errText;
    QTextStream out(&outText), errStream(&errText);
    const int status = pension::cli::run(args, out, errStream);
    errStream.flush();
    if (err)
        *err = errText;
    return status;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReports : public QObject {
    Q_OBJECT

private slots:
    // The A4 report of SD-3 with a named clerk: the ID number masked (first 6, last 4), the published figures,
    // the pack version, the disclaimer, the clerk and the date.
    void pdfReport()
    {
        QTemporaryDir dir;
        // A case with an ID number, from the SD-3 sheet (the ID is made up but valid for 1969-02).
        QFile in(kCases + QStringLiteral("/sd-3.pension.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(in.readAll());
        text.replace(QStringLiteral("\"sex\": \"female\""),
                     QStringLiteral("\"name\": \"刘某\", \"idNumber\": \"370102196902150040\", \"sex\": \"female\""));
        const QString casePath = dir.filePath(QStringLiteral("case.pension.json"));
        QFile out(casePath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        out.close();
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QString err;
        QCOMPARE(runCli({QStringLiteral("report"), casePath, QStringLiteral("-o"), pdf, QStringLiteral("--clerk"),
                         QStringLiteral("王丽"), QStringLiteral("--lang"), QStringLiteral("zh")},
                        &err),
                 0);
        const QString body = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(!body.isEmpty(), "pdftotext gave nothing");
        QVERIFY(body.contains(QStringLiteral("370102********0040")));
        QVERIFY(!body.contains(QStringLiteral("370102196902150040")));
        QVERIFY(body.contains(QStringLiteral("刘某")));
        QVERIFY(body.contains(QStringLiteral("6057.30"))); // the 预发 total of the published sheet
        QVERIFY(body.contains(QStringLiteral("3366.16")));
        QVERIFY(body.contains(QStringLiteral("以经办机构核定为准")));
        QVERIFY(body.contains(QStringLiteral("王丽")));
        QVERIFY(body.contains(QStringLiteral("shandong@")));
        QVERIFY(body.contains(QDate::currentDate().toString(Qt::ISODate)));
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.contains(QStringLiteral("A4")));
        const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.contains(QStringLiteral("CJK")), qPrintable(fonts));
        // Every font embedded: the "emb" column (third from the right before the object id) says yes.
        const QRegularExpression notEmbedded(QStringLiteral("\\sno\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"),
                                             QRegularExpression::MultilineOption);
        QVERIFY2(!notEmbedded.match(fonts).hasMatch(), qPrintable(fonts));
    }

    void excelWorkbook()
    {
        QTemporaryDir dir;
        const QString xlsx = dir.filePath(QStringLiteral("plans.xlsx"));
        QCOMPARE(runCli({QStringLiteral("export"), kCases + QStringLiteral("/hb-a.pension.json"), QStringLiteral("-o"),
                         xlsx, QStringLiteral("--lang"), QStringLiteral("en")}),
                 0);
        const QString list = run(QStringLiteral("unzip"), {QStringLiteral("-l"), xlsx});
        QVERIFY(list.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY(list.contains(QStringLiteral("xl/worksheets/sheet2.xml")));
        const QString strings =
            run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")});
        QVERIFY(strings.contains(QStringLiteral("Monthly pension")));
        QVERIFY(strings.contains(QStringLiteral("Balance")));
        // The year sheet holds the leaflet's account credit of 2009 as a number: 1248.85.
        const QString years =
            run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet2.xml")});
        QVERIFY(years.contains(QStringLiteral("<v>1248.85</v>")));
        QVERIFY(years.contains(QStringLiteral("<v>2009</v>")));
        // CSV of the plans: a header and one row per plan.
        const QString csv = dir.filePath(QStringLiteral("plans.csv"));
        QCOMPARE(runCli({QStringLiteral("export"), kCases + QStringLiteral("/hb-a.pension.json"), QStringLiteral("-o"),
                         csv, QStringLiteral("--grades"), QStringLiteral("0.6,1.0"), QStringLiteral("--stop"),
                         QStringLiteral("0"), QStringLiteral("--retire"), QStringLiteral("statutory"),
                         QStringLiteral("--lang"), QStringLiteral("en")}),
                 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("\xFEFF")) || lines[0].startsWith(QStringLiteral("Grade")));
    }
};

QTEST_MAIN(TestReports)
#include "test_reports.moc"
