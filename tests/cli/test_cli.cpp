// app/cli: pension-cli run in-process through pension::cli::run (the contract of shared/spec/case-format.md):
// the JSON of `estimate`, `retirement` and `compare`, exit statuses, and one-line errors on stderr naming the field or
// the option. Expected numbers: the published sheets of shared/reference/domain.md §10 and the §2.1 vectors.

#include "cli.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <cmath>

namespace {

QString toQ(const char *s)
{
    return QString::fromUtf8(s);
}
QString toQ(const QString &s)
{
    return s;
}
// A command line from string literals and QStrings (the project builds with QT_NO_CAST_FROM_ASCII).
template <typename... T> QStringList A(const T &...items)
{
    return QStringList{toQ(items)...};
}

struct Run {
    int status = -1;
    QString out, err;
};

Run cli(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.status = pension::cli::run(args, out, err);
    out.flush();
    err.flush();
    return r;
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(PENSION_SOURCE_DIR "/") + relative;
}
QString sheet(const QString &name)
{
    return sourcePath(QStringLiteral("tests/data/cases/%1.pension.json").arg(name));
}
QString flexibleCase()
{
    return sourcePath(QStringLiteral("tests/cli/data/flexible-1980.pension.json"));
}

QString describe(const Run &r)
{
    return QStringLiteral("status %1\n--- stdout ---\n%2\n--- stderr ---\n%3")
        .arg(r.status)
        .arg(r.out.left(2000), r.err);
}

// stderr holds exactly one line, ending in a newline.
bool oneLine(const QString &text)
{
    return text.endsWith(QLatin1Char('\n')) && text.count(QLatin1Char('\n')) == 1 && text.size() > 1;
}

QJsonObject parseObject(const QString &text, bool *ok)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &e);
    *ok = e.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

qint64 fen(const QJsonValue &v)
{
    return std::llround(v.toDouble() * 100);
}
bool isWhole(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == std::floor(v.toDouble());
}
bool isMonth(const QJsonValue &v)
{
    return v.isString() &&
           QRegularExpression(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$")).match(v.toString()).hasMatch();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString writeTemp(const QString &name, const QByteArray &text)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(text);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    // ---- estimate --json on the published sheets -------------------------------------------------------------------

    void estimateJson_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("month");
        QTest::addColumn<int>("ageYears");
        QTest::addColumn<double>("contributed");
        QTest::addColumn<double>("index");
        QTest::addColumn<int>("yearsCenti");
        QTest::addColumn<int>("transitionCenti");
        QTest::addColumn<int>("annuityTenths");
        QTest::addColumn<qint64>("balance");
        QTest::addColumn<bool>("provisional");
        QTest::addColumn<qint64>("base");
        QTest::addColumn<qint64>("basic");
        QTest::addColumn<qint64>("account");
        QTest::addColumn<qint64>("transitional");
        QTest::addColumn<qint64>("total");
        // domain §10 (sheets SD-1, SD-3, SD-5, HB-1 printed as 预发; HB-3 final)
        QTest::addRow("SD-1 滨州: 预发 1518.50 + 309.16 + 84.28 = 1911.94 on 6893")
            << "sd-1"
            << "2022-01" << 50 << 325.0 << 0.627 << 2708 << 150 << 1950 << qint64(6028613) << true << qint64(689300)
            << qint64(151850) << qint64(30916) << qint64(8428) << qint64(191194);
        QTest::addRow("SD-3 济南: 预发 3366.16 + 1370.63 + 1320.51 = 6057.30 on 7468")
            << "sd-3"
            << "2024-02" << 55 << 416.0 << 1.6002 << 3467 << 850 << 1700 << qint64(23300644) << true << qint64(746800)
            << qint64(336616) << qint64(137063) << qint64(132051) << qint64(605730);
        QTest::addRow("SD-5 山东: 预发 2014.71 + 599.49 + 159.70 = 2773.90 on 7678")
            << "sd-5"
            << "2025-11" << 55 << 384.0 << 0.64 << 3200 << 250 << 1700 << qint64(10191271) << true << qint64(767800)
            << qint64(201471) << qint64(59949) << qint64(15970) << qint64(277390);
        QTest::addRow("HB-1 唐山: 预发 1862.91 + 460.77 + 241.11 = 2564.79 on 6849")
            << "hb-1"
            << "2023-02" << 50 << 368.0 << 0.7737 << 3067 << 350 << 1950 << qint64(8985024) << true << qint64(684900)
            << qint64(186291) << qint64(46077) << qint64(24111) << qint64(256479);
        QTest::addRow("HB-3 保定: final 1384.46 + 267.06 + 117.53 = 1769.05 on 7410")
            << "hb-3"
            << "2025-12" << 50 << 269.0 << 0.6667 << 2242 << 183 << 1950 << qint64(5207755) << false << qint64(741000)
            << qint64(138446) << qint64(26706) << qint64(11753) << qint64(176905);
    }
    void estimateJson()
    {
        QFETCH(QString, name);
        QFETCH(QString, month);
        QFETCH(int, ageYears);
        QFETCH(double, contributed);
        QFETCH(double, index);
        QFETCH(int, yearsCenti);
        QFETCH(int, transitionCenti);
        QFETCH(int, annuityTenths);
        QFETCH(qint64, balance);
        QFETCH(bool, provisional);
        QFETCH(qint64, base);
        QFETCH(qint64, basic);
        QFETCH(qint64, account);
        QFETCH(qint64, transitional);
        QFETCH(qint64, total);
        const Run r = cli({QStringLiteral("estimate"), sheet(name), QStringLiteral("--json")});
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        bool ok = false;
        const QJsonObject o = parseObject(r.out, &ok);
        QVERIFY2(ok, "stdout is one JSON object");

        const QJsonObject ret = o.value(QStringLiteral("retirement")).toObject();
        QVERIFY(isMonth(ret.value(QStringLiteral("month"))));
        QCOMPARE(ret.value(QStringLiteral("month")).toString(), month);
        const QJsonObject age = ret.value(QStringLiteral("age")).toObject();
        QVERIFY(isWhole(age.value(QStringLiteral("years"))) && isWhole(age.value(QStringLiteral("months"))));
        QCOMPARE(age.value(QStringLiteral("years")).toInt(), ageYears);
        QCOMPARE(age.value(QStringLiteral("months")).toInt(), 0);
        for (const char *k : {"statutoryMonth", "earliestMonth", "latestMonth"})
            QVERIFY2(isMonth(ret.value(QLatin1String(k))), k);

        const QJsonObject elig = o.value(QStringLiteral("eligibility")).toObject();
        QVERIFY(isWhole(elig.value(QStringLiteral("requiredMonths"))));
        QCOMPARE(elig.value(QStringLiteral("requiredMonths")).toInt(), 180);
        QVERIFY(elig.value(QStringLiteral("contributedMonths")).isDouble());
        QCOMPARE(elig.value(QStringLiteral("contributedMonths")).toDouble(), contributed);
        QVERIFY(elig.value(QStringLiteral("eligible")).isBool());
        QVERIFY(elig.value(QStringLiteral("eligible")).toBool());

        const QJsonObject fig = o.value(QStringLiteral("figures")).toObject();
        for (const char *k : {"pensionBase", "averageIndex", "indexedWage", "contributionYears", "transitionYears",
                              "annuityMonths", "accountBalance"})
            QVERIFY2(fig.value(QLatin1String(k)).isDouble(), k);
        QCOMPARE(std::llround(fig.value(QStringLiteral("averageIndex")).toDouble() * 10000),
                 std::llround(index * 10000));
        QCOMPARE(std::llround(fig.value(QStringLiteral("contributionYears")).toDouble() * 100), qint64(yearsCenti));
        QCOMPARE(std::llround(fig.value(QStringLiteral("transitionYears")).toDouble() * 100), qint64(transitionCenti));
        QCOMPARE(std::llround(fig.value(QStringLiteral("annuityMonths")).toDouble() * 10), qint64(annuityTenths));
        QCOMPARE(fen(fig.value(QStringLiteral("accountBalance"))), balance);

        const QJsonObject monthly = o.value(QStringLiteral("monthly")).toObject();
        for (const char *k : {"basic", "account", "transitional", "total"})
            QVERIFY2(monthly.value(QLatin1String(k)).isDouble(), k);
        QCOMPARE(fen(monthly.value(QStringLiteral("total"))), fen(monthly.value(QStringLiteral("basic"))) +
                                                                  fen(monthly.value(QStringLiteral("account"))) +
                                                                  fen(monthly.value(QStringLiteral("transitional"))));
        // The published sheet: on the result itself when final, on the provisional block when 预发.
        const QJsonObject pv = o.value(QStringLiteral("provisional")).toObject();
        QCOMPARE(o.contains(QStringLiteral("provisional")), provisional);
        const QJsonObject published = provisional ? pv.value(QStringLiteral("monthly")).toObject() : monthly;
        QCOMPARE(fen(provisional ? pv.value(QStringLiteral("pensionBase")) : fig.value(QStringLiteral("pensionBase"))),
                 base);
        QCOMPARE(fen(published.value(QStringLiteral("basic"))), basic);
        QCOMPARE(fen(published.value(QStringLiteral("account"))), account);
        QCOMPARE(fen(published.value(QStringLiteral("transitional"))), transitional);
        QCOMPARE(fen(published.value(QStringLiteral("total"))), total);

        const QJsonValue warnings = o.value(QStringLiteral("warnings"));
        QVERIFY(warnings.isArray());
        QSet<QString> codes;
        for (const QJsonValue &w : warnings.toArray()) {
            QVERIFY(w.isObject());
            const QJsonValue code = w.toObject().value(QStringLiteral("code"));
            const QJsonValue message = w.toObject().value(QStringLiteral("message"));
            QVERIFY(code.isString());
            QVERIFY(QRegularExpression(QStringLiteral("^[a-z]+(-[a-z]+)*$")).match(code.toString()).hasMatch());
            QVERIFY(message.isString() && !message.toString().isEmpty());
            codes.insert(code.toString());
        }
        QCOMPARE(codes.contains(QStringLiteral("provisional-base")), provisional);

        const QJsonValue steps = o.value(QStringLiteral("steps"));
        QVERIFY(steps.isArray() && !steps.toArray().isEmpty());
        bool sawBasic = false;
        for (const QJsonValue &s : steps.toArray()) {
            const QJsonObject step = s.toObject();
            QVERIFY(step.value(QStringLiteral("label")).isString() &&
                    !step.value(QStringLiteral("label")).toString().isEmpty());
            QVERIFY(step.value(QStringLiteral("formula")).isString());
            QVERIFY(step.value(QStringLiteral("value")).isDouble() || step.value(QStringLiteral("value")).isString());
            if (step.value(QStringLiteral("code")).toString() == QLatin1String("basic-pension")) {
                sawBasic = true;
                QVERIFY(step.value(QStringLiteral("value")).isDouble()); // a number, as in the spec's example
                QCOMPARE(fen(step.value(QStringLiteral("value"))), fen(monthly.value(QStringLiteral("basic"))));
            }
        }
        QVERIFY(sawBasic);
    }

    // ---- retirement --json -----------------------------------------------------------------------------------------

    void retirementJson_data()
    {
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("track");
        QTest::addColumn<QString>("month");
        QTest::addColumn<int>("years");
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("required");
        QTest::addColumn<QString>("earliest");
        QTest::addColumn<QString>("latest");
        QTest::addRow("man born 1965-12 retires 2026-03 at 60y3m, 180 months")
            << "1965-12"
            << "male-60"
            << "2026-03" << 60 << 3 << 180 << "2025-12"
            << "2029-03";
        QTest::addRow("原55 woman born 1974-10 retires 2031-01 at 56y3m, 192 months (16 years in 2031)")
            << "1974-10"
            << "female-55"
            << "2031-01" << 56 << 3 << 192 << "2029-10"
            << "2034-01";
        QTest::addRow("原55 woman born 1971-04 retires 2026-08 at 55y4m, 180 months")
            << "1971-04"
            << "female-55"
            << "2026-08" << 55 << 4 << 180 << "2026-04"
            << "2029-08";
        QTest::addRow("原50 woman born 1995-12 retires 2050-12 at 55, 240 months")
            << "1995-12"
            << "female-50"
            << "2050-12" << 55 << 0 << 240 << "2047-12"
            << "2053-12";
    }
    void retirementJson()
    {
        QFETCH(QString, birth);
        QFETCH(QString, track);
        QFETCH(QString, month);
        QFETCH(int, years);
        QFETCH(int, months);
        QFETCH(int, required);
        QFETCH(QString, earliest);
        QFETCH(QString, latest);
        const Run r = cli({QStringLiteral("retirement"), QStringLiteral("--birth"), birth, QStringLiteral("--track"),
                           track, QStringLiteral("--json")});
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
        bool ok = false;
        const QJsonObject o = parseObject(r.out, &ok);
        QVERIFY(ok);
        const QJsonObject ret = o.value(QStringLiteral("retirement")).toObject();
        QCOMPARE(ret.value(QStringLiteral("month")).toString(), month);
        QVERIFY(isWhole(ret.value(QStringLiteral("age")).toObject().value(QStringLiteral("years"))));
        QCOMPARE(ret.value(QStringLiteral("age")).toObject().value(QStringLiteral("years")).toInt(), years);
        QCOMPARE(ret.value(QStringLiteral("age")).toObject().value(QStringLiteral("months")).toInt(), months);
        QCOMPARE(ret.value(QStringLiteral("statutoryMonth")).toString(), month);
        QCOMPARE(ret.value(QStringLiteral("earliestMonth")).toString(), earliest);
        QCOMPARE(ret.value(QStringLiteral("latestMonth")).toString(), latest);
        QVERIFY(isWhole(o.value(QStringLiteral("requiredMonths"))));
        QCOMPARE(o.value(QStringLiteral("requiredMonths")).toInt(), required);
    }

    // ---- compare --json --------------------------------------------------------------------------------------------

    // after --json keeps the --compare result next to the path (the Leting leaflet: 670.58 from 2004-12, 3845.02 in
    // 2024; tests/data/history/leting-after-retirement.json).
    void afterJsonCarriesTheComparison()
    {
        const Run r = cli({QStringLiteral("after"), QStringLiteral("--monthly"), QStringLiteral("670.58"),
                           QStringLiteral("--retired"), QStringLiteral("2004-12"), QStringLiteral("--until"),
                           QStringLiteral("2024"), QStringLiteral("--compare"), QStringLiteral("3845.02"),
                           QStringLiteral("--json"), QStringLiteral("--date"), QStringLiteral("2026-11")});
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
        bool ok = false;
        const QJsonObject o = parseObject(r.out, &ok);
        QVERIFY(ok);
        const QJsonArray path = o.value(QStringLiteral("path")).toArray();
        QCOMPARE(path.size(), 21);
        const qint64 last = fen(path.last().toObject().value(QStringLiteral("monthly")));
        const QJsonObject cmp = o.value(QStringLiteral("compare")).toObject();
        QCOMPARE(fen(cmp.value(QStringLiteral("amount"))), qint64(384502));
        QCOMPARE(fen(cmp.value(QStringLiteral("monthly"))), last);
        QCOMPARE(fen(cmp.value(QStringLiteral("difference"))), last - 384502);
        // Hebei's 2022 scheme is itemised; the per-year part is null without --years.
        const QJsonObject y2022 = path.at(18).toObject();
        QCOMPARE(y2022.value(QStringLiteral("year")).toInt(), 2022);
        QCOMPARE(fen(y2022.value(QStringLiteral("scheme")).toObject().value(QStringLiteral("fixed"))), qint64(4600));
        QVERIFY(y2022.value(QStringLiteral("scheme")).toObject().value(QStringLiteral("perYear")).isNull());
    }

    void compareJson()
    {
        const Run r = cli({QStringLiteral("compare"), flexibleCase(), QStringLiteral("--json"),
                           QStringLiteral("--date"), QStringLiteral("2025-06"), QStringLiteral("--grades"),
                           QStringLiteral("0.6,1.0"), QStringLiteral("--stop"), QStringLiteral("0,5"),
                           QStringLiteral("--retire"), QStringLiteral("statutory,late12")});
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
        bool ok = false;
        const QJsonObject o = parseObject(r.out, &ok);
        QVERIFY(ok);
        const QJsonArray plans = o.value(QStringLiteral("plans")).toArray();
        QCOMPARE(plans.size(), 8); // 2 grades × 2 lengths × 2 retirement choices
        QSet<QString> seen;
        QHash<QString, qint64> totals;
        for (const QJsonValue &v : plans) {
            const QJsonObject p = v.toObject();
            QVERIFY(p.value(QStringLiteral("grade")).isDouble());
            QVERIFY(isWhole(p.value(QStringLiteral("stopAfterYears"))));
            const QJsonValue retire = p.value(QStringLiteral("retire"));
            QVERIFY(retire.isString() || retire.isObject());
            const QString retireKey =
                retire.isString()
                    ? retire.toString()
                    : QStringLiteral("late%1").arg(retire.toObject().value(QStringLiteral("lateMonths")).toInt());
            const double grade = p.value(QStringLiteral("grade")).toDouble();
            const int stop = p.value(QStringLiteral("stopAfterYears")).toInt();
            QVERIFY(grade == 0.6 || grade == 1.0);
            QVERIFY(stop == 0 || stop == 5);
            QVERIFY2(retireKey == QLatin1String("statutory") || retireKey == QLatin1String("late12"),
                     qPrintable(retireKey));
            const QString key = QStringLiteral("%1/%2/%3").arg(grade).arg(stop).arg(retireKey);
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            const QJsonObject monthly = p.value(QStringLiteral("monthly")).toObject();
            for (const char *k : {"basic", "account", "transitional", "total"})
                QVERIFY2(monthly.value(QLatin1String(k)).isDouble(), k);
            QVERIFY(p.value(QStringLiteral("outOfPocket")).isDouble());
            if (stop == 0)
                QCOMPARE(fen(p.value(QStringLiteral("outOfPocket"))), qint64(0));
            else
                QVERIFY(fen(p.value(QStringLiteral("outOfPocket"))) > 0);
            QCOMPARE(p.value(QStringLiteral("retirementMonth")).toString(),
                     retireKey == QLatin1String("statutory") ? QStringLiteral("2043-05") : QStringLiteral("2044-05"));
            totals.insert(key, fen(monthly.value(QStringLiteral("total"))));
        }
        QCOMPARE(seen.size(), 8);
        // paying five more years never lowers the pension; neither does a higher grade
        for (const QString &rk : {QStringLiteral("statutory"), QStringLiteral("late12")}) {
            QVERIFY(totals.value(QStringLiteral("0.6/5/") + rk) > totals.value(QStringLiteral("0.6/0/") + rk));
            QVERIFY(totals.value(QStringLiteral("1/5/") + rk) >= totals.value(QStringLiteral("0.6/5/") + rk));
            QCOMPARE(totals.value(QStringLiteral("1/0/") + rk), totals.value(QStringLiteral("0.6/0/") + rk));
        }

        // A cell is the estimate of its plan: grade 1.0 for five years (2025-07 … 2030-06), statutory retirement.
        QFile f(flexibleCase());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        text.replace("\"until\": \"retirement\", \"grade\": 1.0", "\"until\": \"2030-06\", \"grade\": 1.0");
        const QString fiveYears = writeTemp(QStringLiteral("five-years.pension.json"), text);
        const Run e = cli({QStringLiteral("estimate"), fiveYears, QStringLiteral("--json"), QStringLiteral("--date"),
                           QStringLiteral("2025-06")});
        QVERIFY2(e.status == 0, qPrintable(describe(e)));
        const QJsonObject est = parseObject(e.out, &ok);
        QVERIFY(ok);
        QCOMPARE(fen(est.value(QStringLiteral("monthly")).toObject().value(QStringLiteral("total"))),
                 totals.value(QStringLiteral("1/5/statutory")));
    }

    // The full grid streamed plan by plan is the same JSON, plan for plan, as the grid computed whole (the engine's
    // gridJson), and it is valid JSON however many chunks it takes (7,175 plans are about 4 MB: many 64 KiB chunks).
    void compareJsonStreamsTheWholeGrid()
    {
        QStringList grades;
        for (int g = 6; g <= 30; ++g)
            grades << QString::number(g / 10.0);
        QStringList stops;
        for (int s = 0; s <= 40; ++s)
            stops << QString::number(s);
        const Run r =
            cli({QStringLiteral("compare"), flexibleCase(), QStringLiteral("--json"), QStringLiteral("--date"),
                 QStringLiteral("2025-06"), QStringLiteral("--grades"), grades.join(QLatin1Char(',')),
                 QStringLiteral("--stop"), stops.join(QLatin1Char(',')), QStringLiteral("--retire"),
                 QStringLiteral("statutory,early12,early24,early36,late12,late24,late36")});
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
        QVERIFY(r.err.isEmpty());
        QVERIFY2(r.out.size() > 3 * 64 * 1024, "the grid spans several chunks");
        bool ok = false;
        const QJsonArray plans = parseObject(r.out, &ok).value(QStringLiteral("plans")).toArray();
        QVERIFY(ok);
        QCOMPARE(plans.size(), 25 * 41 * 7);
        QSet<QString> keys;
        for (const QJsonValue &v : plans) {
            const QJsonObject p = v.toObject();
            keys.insert(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("g"), p.value(QStringLiteral("grade"))},
                                          {QStringLiteral("s"), p.value(QStringLiteral("stopAfterYears"))},
                                          {QStringLiteral("r"), p.value(QStringLiteral("retire"))}})
                    .toJson(QJsonDocument::Compact)));
        }
        QCOMPARE(keys.size(), 25 * 41 * 7); // every plan once
    }

    // ---- the program itself ----------------------------------------------------------------------------------------

    // pension-cli as a process: the grid streamed to stdout is byte for byte what the command gives in-process; the
    // report writes its PDF with nothing on stderr (no Qt notice about XDG_RUNTIME_DIR); the program needs neither
    // Qt Widgets nor Qt Charts (only its report module does).
    void theProgramStreamsTheSameJson()
    {
        const QStringList args = A("compare", flexibleCase(), "--json", "--date", "2025-06", "--grades",
                                   "0.6,1,1.5,2,3", "--stop", "0,1,2,3,4,5,10,15,20");
        const Run inProcess = cli(args);
        QProcess p;
        p.start(QStringLiteral(PENSION_CLI_BINARY), args);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), inProcess.out);
        QCOMPARE(p.readAllStandardError(), QByteArray());
    }

    void theReportLeavesStderrClean()
    {
        const QString pdf = m_tmp.filePath(QStringLiteral("quiet.pdf"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PENSION_CLI_BINARY), A("report", flexibleCase(), "-o", pdf, "--date", "2025-06"));
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, err.constData());
        QCOMPARE(err, QByteArray());
        QVERIFY(QFileInfo(pdf).size() > 10000);
    }

    void theProgramLoadsNoGuiLibrary()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(PENSION_CLI_BINARY)});
        QVERIFY(ldd.waitForFinished(30000));
        const QString libs = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY2(libs.contains(QStringLiteral("libQt6Core")), qPrintable(libs));
        for (const char *gui : {"libQt6Widgets", "libQt6Charts", "libQt6Gui", "libQt6PrintSupport"})
            QVERIFY2(!libs.contains(QLatin1String(gui)), gui);
    }

    // A local item printed only on a benefit sheet (Zhengzhou's 过渡性补贴) is shown as not known yet, never as 0.00.
    void aSheetOnlyLocalItemIsShownAsNotKnown()
    {
        const QString path = writeTemp(
            QStringLiteral("zhengzhou.pension.json"),
            "{ \"format\": \"pension-case/1\", \"region\": \"henan/zhengzhou\", \"asOf\": \"2025-12\", "
            "\"person\": { \"sex\": \"male\", \"birth\": \"1980-05\", \"track\": \"male-60\" }, "
            "\"insurance\": { \"kind\": \"flexible\" }, \"record\": { \"deemedMonths\": 0, \"preAccountMonths\": 0, "
            "\"accountMonths\": 180, \"averageIndex\": 0.8, \"accountBalance\": 60000 }, \"plan\": { \"retire\": "
            "\"statutory\", \"contributions\": [] } }");
        const Run r = cli(A("estimate", path, "--date", "2026-01", "--lang", "en"));
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
        const QString line = r.out.split(QLatin1Char('\n')).filter(QStringLiteral("Transitional subsidy")).value(0);
        QVERIFY2(line.contains(QStringLiteral("not known before the benefit sheet")), qPrintable(r.out));
        QVERIFY2(!line.contains(QStringLiteral("0.00")), qPrintable(line));
    }

    // ---- help and version ------------------------------------------------------------------------------------------

    void helpGoesToStdout_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mustMention");
        QTest::addRow("--help lists every command") << A("--help", "--lang", "en") << "export CASE";
        QTest::addRow("-h lists every command") << A("-h", "--lang", "en") << "batch IN.csv";
        QTest::addRow("a bare call prints the usage") << QStringList{} << "pension-cli estimate CASE";
        QTest::addRow("help as a command") << A("help", "--lang", "en") << "retirement --birth";
        QTest::addRow("compare --help names its options") << A("compare", "--help", "--lang", "en") << "--grades LIST";
        QTest::addRow("report --help names the clerk") << A("report", "--help", "--lang", "en") << "--clerk NAME";
        QTest::addRow("help in Chinese by default") << A("--help") << "用法";
    }

    void helpGoesToStdout()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mustMention);
        const Run r = cli(args);
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.contains(mustMention), qPrintable(r.out));
    }

    void commandHelpShowsOnlyThatCommand()
    {
        const Run r = cli(A("estimate", "--help", "--lang", "en"));
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("pension-cli estimate CASE")));
        QVERIFY2(!r.out.contains(QStringLiteral("pension-cli compare")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("--grades")), qPrintable(r.out)); // compare's, not estimate's
        QVERIFY(r.out.contains(QStringLiteral("--date")));                        // every command's
    }

    void versionGoesToStdout()
    {
        const Run r = cli(A("--version"));
        QCOMPARE(r.status, 0);
        QVERIFY(r.err.isEmpty());
        QCOMPARE(r.out.trimmed(), QStringLiteral("pension-cli " PENSION_VERSION_FOR_TESTS));
    }

    void optionsMayComeBeforeTheCommandAndTakeEqualsSigns()
    {
        const Run a = cli(A("--lang=en", "retirement", "--birth=1971-04", "--track", "female-55", "--json"));
        const Run b = cli(A("retirement", "--birth", "1971-04", "--track", "female-55", "--json", "--lang", "en"));
        QVERIFY2(a.status == 0, qPrintable(describe(a)));
        QCOMPARE(a.out, b.out);
    }

    // ---- bad input
    // ---------------------------------------------------------------------------------------------------

    // Input errors found after reading (unknown region, a retirement outside the 弹性 window, a period after
    // retirement) are reported the same way.
    void inputErrorsAfterReading_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("field");
        QTest::addRow("an unknown region") << "\"region\": \"shandong\""
                                           << "\"region\": \"atlantis\""
                                           << "region";
        QTest::addRow("a retirement month before the window (2040-04)") << "\"retire\": \"statutory\""
                                                                        << "\"retire\": \"2040-04\""
                                                                        << "plan.retire";
        QTest::addRow("a retirement month after the window (2046-06)") << "\"retire\": \"statutory\""
                                                                       << "\"retire\": \"2046-06\""
                                                                       << "plan.retire";
        QTest::addRow("a period that begins after retirement") << "{ \"from\": \"2025-07\""
                                                               << "{ \"from\": \"2044-01\""
                                                               << "plan.contributions[0].from";
    }
    void inputErrorsAfterReading()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, field);
        QFile f(flexibleCase());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        QCOMPARE(text.count(from.toUtf8()), qsizetype(1));
        text.replace(from.toUtf8(), to.toUtf8());
        const QString path = writeTemp(QStringLiteral("after-reading.pension.json"), text);
        const Run r = cli({QStringLiteral("estimate"), path, QStringLiteral("--date"), QStringLiteral("2025-06")});
        QVERIFY2(r.status == 2, qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(oneLine(r.err), qPrintable(r.err));
        QVERIFY2(r.err.contains(field), qPrintable(r.err));
    }

    void badOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QString f = flexibleCase();
        QTest::addRow("--lang fr") << A("estimate", f, "--lang", "fr") << "--lang";
        QTest::addRow("--lang without a value") << A("estimate", f, "--lang") << "--lang";
        QTest::addRow("--grades 0.5 (below 60%%)") << A("compare", f, "--grades", "0.5") << "--grades";
        QTest::addRow("--grades 3.5 (above 300%%)") << A("compare", f, "--grades", "0.6,3.5") << "--grades";
        QTest::addRow("--grades abc") << A("compare", f, "--grades", "abc") << "--grades";
        QTest::addRow("--stop -1") << A("compare", f, "--stop", "-1") << "--stop";
        QTest::addRow("--stop 2.5") << A("compare", f, "--stop", "2.5") << "--stop";
        QTest::addRow("--retire later") << A("compare", f, "--retire", "later") << "--retire";
        QTest::addRow("--retire late40 (beyond 3 years)")
            << A("compare", f, "--retire", "statutory,late40") << "--retire";
        QTest::addRow("--birth 1965-13") << A("retirement", "--birth", "1965-13", "--track", "male-60") << "--birth";
        QTest::addRow("--track male-65") << A("retirement", "--birth", "1965-12", "--track", "male-65") << "--track";
        QTest::addRow("--date 2025-13") << A("estimate", f, "--date", "2025-13") << "--date";
        QTest::addRow("an unknown option") << A("estimate", f, "--frobnicate") << "--frobnicate";
        QTest::addRow("a missing case file")
            << A("estimate", "/nonexistent/missing.pension.json") << "missing.pension.json";
        QTest::addRow("estimate without a case file") << A("estimate") << "estimate";
        QTest::addRow("an unknown command") << A("frobnicate", f) << "frobnicate";
    }
    void badOption()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const Run r = cli(args);
        QVERIFY2(r.status == 2, qPrintable(describe(r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
        QVERIFY2(oneLine(r.err), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(named), qPrintable(describe(r)));
    }

    // ---- readable output
    // ---------------------------------------------------------------------------------------------

    void textOutput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mustShow");
        for (const char *lang : {"en", "zh"}) {
            QTest::addRow("estimate of the HB-3 sheet in %s shows 1769.05", lang)
                << A("estimate", sheet(QStringLiteral("hb-3")), "--lang", lang) << "1769.05";
            QTest::addRow("estimate of the SD-1 sheet in %s shows the 预发 1911.94", lang)
                << A("estimate", sheet(QStringLiteral("sd-1")), "--lang", lang) << "1911.94";
            QTest::addRow("estimate of a flexible worker in %s", lang)
                << A("estimate", flexibleCase(), "--lang", lang, "--date", "2025-06") << "2043-05";
            QTest::addRow("compare in %s", lang) << A("compare", flexibleCase(), "--lang", lang, "--date", "2025-06",
                                                      "--grades", "0.6,1.0", "--stop", "0,5")
                                                 << "";
            QTest::addRow("retirement in %s", lang)
                << A("retirement", "--birth", "1965-12", "--track", "male-60", "--lang", lang) << "2026-03";
        }
        QTest::addRow("estimate in the default language") << A("estimate", sheet(QStringLiteral("hb-3"))) << "1769.05";
    }
    void textOutput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mustShow);
        const Run r = cli(args);
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
        QVERIFY(!r.out.trimmed().isEmpty());
        QVERIFY2(r.out.contains(mustShow), qPrintable(r.out.left(3000)));
    }

    // A province pack with its own rules, a local item and an approximate note, added with --params: estimate
    // --json lists the local item and the warning; a batch file mixes regions row by row and takes the statement
    // figures the rules need as columns.
    void provinceRulesThroughTheCommandLine()
    {
        QDir(m_tmp.path()).mkpath(QStringLiteral("packs"));
        const QString pack = writeTemp(QStringLiteral("packs/testland.json"), R"({ "format": "pension-params/1",
          "id": "testland", "extends": "shandong", "version": "1", "compiled": "2026-12-01",
          "name": { "zh": "测试省", "en": "Testland" },
          "rules": { "transitionalFormula": { "values": [ { "from": "2006-01", "rule": "transition-index",
            "status": "assumed", "confidence": "inferred", "source": "test" } ] } },
          "localItems": [ { "id": "adjustment", "name": { "zh": "调节金", "en": "Adjustment" }, "kind": "fixed",
            "amount": 50, "inTotal": true, "from": "2006-01", "status": "assumed", "confidence": "inferred", "source": "test" } ],
          "approximate": { "zh": "测试", "en": "test province" } })");
        QVERIFY(!pack.isEmpty());
        const QString packs = m_tmp.filePath(QStringLiteral("packs"));
        QFile sd3(sheet(QStringLiteral("sd-3")));
        QVERIFY(sd3.open(QIODevice::ReadOnly));
        QByteArray text = sd3.readAll();
        text.replace("\"region\": \"shandong\"", "\"region\": \"testland\"");
        text.replace("\"accountBalance\": 233006.44 }", "\"accountBalance\": 233006.44, \"transitionIndex\": 1.2 }");
        const QString caseFile = writeTemp(QStringLiteral("testland.pension.json"), text);
        const Run r = cli(A("estimate", caseFile, "--json", "--params", packs));
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
        bool ok = false;
        const QJsonObject doc = parseObject(r.out, &ok);
        QVERIFY(ok);
        const QJsonArray items = doc.value(QStringLiteral("localItems")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("adjustment"));
        QCOMPARE(fen(items[0].toObject().value(QStringLiteral("amount"))), qint64(5000));
        const QJsonObject monthly = doc.value(QStringLiteral("monthly")).toObject();
        QCOMPARE(fen(monthly.value(QStringLiteral("local"))), qint64(5000));
        QCOMPARE(fen(monthly.value(QStringLiteral("total"))),
                 fen(monthly.value(QStringLiteral("basic"))) + fen(monthly.value(QStringLiteral("account"))) +
                     fen(monthly.value(QStringLiteral("transitional"))) + 5000);
        bool approximate = false;
        for (const QJsonValue &w : doc.value(QStringLiteral("warnings")).toArray())
            approximate = approximate ||
                          w.toObject().value(QStringLiteral("code")).toString() == QStringLiteral("approximate-region");
        QVERIFY(approximate);

        // Without the second index the rule names the missing field (exit status 2).
        text.replace(", \"transitionIndex\": 1.2", "");
        const Run missing =
            cli(A("estimate", writeTemp(QStringLiteral("missing.pension.json"), text), "--params", packs));
        QCOMPARE(missing.status, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("record.transitionIndex")), qPrintable(missing.err));

        // Batch: one Shandong row, one Testland row with its transitionIndex column, one Testland row without.
        const QString csv =
            writeTemp(QStringLiteral("mixed.csv"),
                      "id,region,asOf,sex,birth,track,kind,deemedMonths,accountMonths,averageIndex,"
                      "accountBalance,transitionIndex\n"
                      "A,shandong,2024-02,female,1969-02,female-55,employee,102,314,1.6002,233006.44,\n"
                      "B,testland,2024-02,female,1969-02,female-55,employee,102,314,1.6002,233006.44,1.2\n"
                      "C,testland,2024-02,female,1969-02,female-55,employee,102,314,1.6002,233006.44,\n");
        const QString outCsv = m_tmp.filePath(QStringLiteral("mixed-out.csv"));
        const Run b = cli(A("batch", csv, "-o", outCsv, "--params", packs));
        QFile out(outCsv);
        QVERIFY2(out.open(QIODevice::ReadOnly), qPrintable(describe(b)));
        const QStringList lines = QString::fromUtf8(out.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        const QStringList a = lines[1].split(QLatin1Char(',')), bRow = lines[2].split(QLatin1Char(','));
        QVERIFY2(a.last().isEmpty() && bRow.last().isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
        // Same statement, other rules: Testland's total differs from Shandong's (transition-index and 50 yuan).
        QVERIFY(a[13] != bRow[13]);
        QVERIFY2(lines[3].contains(QStringLiteral("record.transitionIndex")), qPrintable(lines[3]));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
