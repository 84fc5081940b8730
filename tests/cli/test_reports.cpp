// pension-cli report and export: the PDF's text (pdftotext) and the Excel workbook read back (unzip).

#include "cli.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

// The monthly total `estimate --json` gives for a case file, as the report prints money ("2,351.39").
QString estimatedMonthly(const QString &casePath)
{
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    if (pension::cli::run({QStringLiteral("estimate"), casePath, QStringLiteral("--json")}, out, err) != 0)
        return {};
    out.flush();
    const QJsonObject doc = QJsonDocument::fromJson(outText.toUtf8()).object();
    const double total = doc.value(QStringLiteral("monthly")).toObject().value(QStringLiteral("total")).toDouble();
    const QString plain = QString::number(total, 'f', 2);
    QString whole = plain.left(plain.indexOf(QLatin1Char('.')));
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    return whole + plain.mid(plain.indexOf(QLatin1Char('.')));
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

    // A case file with `compare`: page 1 prints its plans side by side, each with the monthly pension the same plan
    // gets as the case's own plan (`estimate`), and the differences to the first.
    void pdfReportPrintsTheComparePlans()
    {
        QTemporaryDir dir;
        const QString sample =
            readText(QStringLiteral(PENSION_SOURCE_DIR "/resources/samples/weifang-flexible.pension.json"));
        QVERIFY(!sample.isEmpty());
        const QString ownPlan = QStringLiteral(
            R"("contributions": [ { "from": "2026-01", "until": "retirement", "grade": 1.0, "kind": "flexible" } ])");
        QVERIFY(sample.contains(ownPlan));
        // The two plans as the case's own plan, for the expected figures.
        const QString stopNow = dir.filePath(QStringLiteral("stop-now.pension.json"));
        QVERIFY(writeText(stopNow, QString(sample).replace(ownPlan, QStringLiteral(R"("contributions": [])"))));
        const QString top = dir.filePath(QStringLiteral("top.pension.json"));
        QVERIFY(writeText(top,
                          QString(sample).replace(QStringLiteral("\"grade\": 1.0"), QStringLiteral("\"grade\": 3.0"))));
        const QString stopNowMonthly = estimatedMonthly(stopNow);
        const QString topMonthly = estimatedMonthly(top);
        QVERIFY(!stopNowMonthly.isEmpty() && !topMonthly.isEmpty());
        QVERIFY(stopNowMonthly != topMonthly);

        QString withCompare = sample;
        const int end = static_cast<int>(withCompare.lastIndexOf(QLatin1Char('}')));
        withCompare.insert(end, QStringLiteral(R"(,
  "compare": [
    { "grade": 0.6, "stopAfterYears": 0, "retire": "statutory" },
    { "grade": 3.0, "retire": "statutory" }
  ]
)"));
        const QString casePath = dir.filePath(QStringLiteral("compare.pension.json"));
        QVERIFY(writeText(casePath, withCompare));
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QString err;
        QCOMPARE(runCli({QStringLiteral("report"), casePath, QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
                         QStringLiteral("en")},
                        &err),
                 0);
        const QString body = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(!body.isEmpty(), "pdftotext gave nothing");
        // On page 1 (pdftotext separates pages with a form feed).
        const QString page1 = body.section(QLatin1Char('\f'), 0, 0);
        QVERIFY2(page1.contains(QStringLiteral("Plans compared side by side")), qPrintable(page1));
        // (poppler drops the digits of lines that mix the CJK font with Latin text: "Plan 1" reads "Plan".)
        QVERIFY2(page1.contains(stopNowMonthly), qPrintable(stopNowMonthly + QStringLiteral("\n") + page1));
        QVERIFY2(page1.contains(topMonthly), qPrintable(topMonthly));
        QVERIFY(page1.contains(QStringLiteral("until retirement")));
        QVERIFY(page1.contains(QStringLiteral("Break-even age")));
        QVERIFY(page1.contains(QStringLiteral("Monthly vs plan")));
        QVERIFY(page1.contains(QStringLiteral("Break-even age vs plan")));
        // The fixed table of grades follows.
        QVERIFY(body.contains(QStringLiteral("Every grade and length of payment (monthly pension")));

        // Without `compare`: no side-by-side section.
        const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
        QCOMPARE(runCli({QStringLiteral("report"), stopNow, QStringLiteral("-o"), plain, QStringLiteral("--lang"),
                         QStringLiteral("en")}),
                 0);
        QVERIFY(!run(QStringLiteral("pdftotext"), {plain, QStringLiteral("-")})
                     .contains(QStringLiteral("Plans compared side by side")));
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
