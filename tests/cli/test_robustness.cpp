// Nothing lost, nothing leaked: the command line's files under faults and hostile input. Files written whole or not
// at all (a folder as the target, a full disk made real with RLIMIT_FSIZE in a child process, > /dev/full, kills in
// the middle of a report), devices and pipes refused, deep nesting, duplicate keys and impossible dates refused
// naming the field, the plan grid bounded, batch cells neutralised against formulas, encodings decided per row,
// quoted fields across lines, owner-only files, masked ID numbers, and edited packs marked as local figures.

#include "cli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <cmath>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#endif

namespace {

struct Run {
    int status = -1;
    QString out, err;
};

Run cli(QStringList args)
{
    args << QStringLiteral("--lang") << QStringLiteral("en");
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.status = pension::cli::run(args, out, err);
    out.flush();
    err.flush();
    return r;
}

QString describe(const Run &r)
{
    return QStringLiteral("status %1\n--- stdout ---\n%2\n--- stderr ---\n%3")
        .arg(r.status)
        .arg(r.out.left(2000), r.err.left(2000));
}

QString source(const QString &relative)
{
    return QStringLiteral(PENSION_SOURCE_DIR "/") + relative;
}
QString flexibleCase()
{
    return source(QStringLiteral("tests/cli/data/flexible-1980.pension.json"));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// pension-cli as a child process: stdout to a file when given; writes limited to `fileLimit` bytes per file
// (RLIMIT_FSIZE, SIGXFSZ ignored: a write past it fails with EFBIG, as on a full disk).
struct Child {
    int status = -1;
    bool crashed = false;
    QString err;
};

Child runChild(const QStringList &args, qint64 fileLimit = -1, const QString &stdoutFile = QString())
{
    QProcess p;
    p.setProgram(QStringLiteral(PENSION_CLI));
    p.setArguments(QStringList(args) << QStringLiteral("--lang") << QStringLiteral("en"));
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
#ifdef Q_OS_UNIX
    if (fileLimit >= 0)
        p.setChildProcessModifier([fileLimit] {
            std::signal(SIGXFSZ, SIG_IGN);
            struct rlimit limit {
                static_cast<rlim_t>(fileLimit), static_cast<rlim_t>(fileLimit)
            };
            setrlimit(RLIMIT_FSIZE, &limit);
        });
#else
    Q_UNUSED(fileLimit);
#endif
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start();
    Child c;
    if (!p.waitForStarted() || !p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        c.crashed = true;
        return c;
    }
    c.crashed = p.exitStatus() != QProcess::NormalExit;
    c.status = p.exitCode();
    c.err = QString::fromUtf8(p.readAllStandardError());
    return c;
}

// An 18-character ID number from its first 17 digits, with the right GB 11643 check character.
QString idNumber(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17[i].digitValue() * weights[i];
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}

QString batchHeader()
{
    return QStringLiteral("id,name,region,asOf,sex,birth,track,kind,deemedMonths,preAccountMonths,accountMonths,"
                          "averageIndex,accountBalance,retire,grade\n");
}

QString batchRow(const QString &id, const QString &name)
{
    return QStringLiteral(
               "%1,%2,shandong,2025-06,female,1970-11,female-55,flexible,6,24,300,0.64,90000,statutory,0.6\n")
        .arg(id, name);
}

// The output rows of a batch run, each split RFC 4180-style (quoted fields may hold commas, quotes, line breaks).
QList<QStringList> csvRecords(const QString &text)
{
    QList<QStringList> out;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            fields << field;
            out << fields;
            fields.clear();
            field.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    return out;
}

} // namespace

class TestRobustness : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString tmp(const QString &name) const { return m_tmp.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    // --- 5. whole or not at all ---------------------------------------------------------------------------------

    void reportToAFolderIsAnError()
    {
        const QString folder = tmp(QStringLiteral("a-folder.pdf"));
        QVERIFY(QDir().mkpath(folder));
        const Run r = cli({QStringLiteral("report"), flexibleCase(), QStringLiteral("-o"), folder});
        QVERIFY2(r.status != 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(folder)), qPrintable(r.err));
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(QDir(folder).isEmpty());
        const Run csv =
            cli({QStringLiteral("export"), flexibleCase(), QStringLiteral("-o"), folder + QStringLiteral(".csv")});
        QVERIFY2(csv.status == 0, qPrintable(describe(csv))); // the folder's sibling is a plain file: written
        QVERIFY(QDir().mkpath(tmp(QStringLiteral("b-folder.csv"))));
        const Run csvDir =
            cli({QStringLiteral("export"), flexibleCase(), QStringLiteral("-o"), tmp(QStringLiteral("b-folder.csv"))});
        QVERIFY2(csvDir.status != 0, qPrintable(describe(csvDir)));
    }

    void fullDiskKeepsTheOldFile_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("report PDF") << QStringLiteral("report") << QStringLiteral(".pdf");
        QTest::newRow("export CSV") << QStringLiteral("export") << QStringLiteral(".csv");
        QTest::newRow("export Excel") << QStringLiteral("export") << QStringLiteral(".xlsx");
        QTest::newRow("batch CSV") << QStringLiteral("batch") << QStringLiteral(".csv");
    }

    // The disk fills up after 4 KB of any file: the command fails, names the file and the reason, and the good file
    // that was there before is byte for byte the same.
    void fullDiskKeepsTheOldFile()
    {
#ifndef Q_OS_UNIX
        QSKIP("RLIMIT_FSIZE stands in for a full disk on POSIX systems only");
#else
        QFETCH(QString, command);
        QFETCH(QString, suffix);
        const QString target =
            tmp(QStringLiteral("full-") +
                QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')) + suffix);
        QStringList args;
        if (command == QStringLiteral("batch")) {
            QString rows = batchHeader();
            for (int i = 0; i < 400; ++i)
                rows += batchRow(QStringLiteral("P%1").arg(i), QStringLiteral("王某%1").arg(i));
            QVERIFY(writeAll(tmp(QStringLiteral("in-400.csv")), rows.toUtf8()));
            args = {command, tmp(QStringLiteral("in-400.csv")), QStringLiteral("-o"), target};
        } else {
            args = {command, flexibleCase(), QStringLiteral("-o"), target};
        }
        // A good file first, written without a limit.
        const Child good = runChild(args);
        QVERIFY2(good.status == 0 && !good.crashed, qPrintable(good.err));
        const QByteArray before = readAll(target);
        QVERIFY(before.size() > 4096);
        const Child full = runChild(args, 4096);
        QVERIFY(!full.crashed);
        QVERIFY2(full.status != 0, qPrintable(full.err));
        QVERIFY2(full.err.contains(QDir::toNativeSeparators(target)), qPrintable(full.err));
        QVERIFY2(full.err.contains(QStringLiteral("cannot be written")), qPrintable(full.err));
        QCOMPARE(readAll(target), before);
        // Nothing left behind beside it.
        const QStringList left =
            QDir(m_tmp.path())
                .entryList({QFileInfo(target).fileName() + QStringLiteral("*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList{QFileInfo(target).fileName()});
#endif
    }

    void fullStdoutIsAnError()
    {
#ifndef Q_OS_LINUX
        QSKIP("/dev/full is a Linux device");
#else
        const Child c = runChild({QStringLiteral("estimate"), flexibleCase()}, -1, QStringLiteral("/dev/full"));
        QVERIFY(!c.crashed);
        QCOMPARE(c.status, 1);
        QVERIFY2(c.err.contains(QStringLiteral("standard output")), qPrintable(c.err));
        const Child json = runChild({QStringLiteral("compare"), flexibleCase(), QStringLiteral("--json")}, -1,
                                    QStringLiteral("/dev/full"));
        QCOMPARE(json.status, 1);
#endif
    }

    // A report killed at random moments, 20 times over: the target is always the old report or a whole new one.
    void killedReportLeavesAWholeFile()
    {
        const QString target = tmp(QStringLiteral("killed.pdf"));
        QVERIFY(runChild({QStringLiteral("report"), flexibleCase(), QStringLiteral("-o"), target}).status == 0);
        const QByteArray first = readAll(target);
        QVERIFY(first.startsWith("%PDF") && first.trimmed().endsWith("%%EOF"));
        int killed = 0;
        for (int round = 0; round < 20; ++round) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(PENSION_CLI),
                    {QStringLiteral("report"), flexibleCase(), QStringLiteral("-o"), target});
            QVERIFY(p.waitForStarted());
            QTest::qWait(20 + QRandomGenerator::global()->bounded(400));
            if (p.state() == QProcess::Running) {
                p.kill();
                ++killed;
            }
            p.waitForFinished();
            const QByteArray now = readAll(target);
            QVERIFY2(now.startsWith("%PDF") && now.trimmed().endsWith("%%EOF"),
                     qPrintable(QStringLiteral("round %1: a damaged report of %2 bytes").arg(round).arg(now.size())));
        }
        qInfo("report runs killed: %d of 20", killed);
    }

    // --- 6. deep nesting, long values ------------------------------------------------------------------------------

    void deepNestingIsRefused()
    {
        // 60,000 nested arrays (120 KB) where a string is expected, and the same as the whole document.
        const QByteArray deep = QByteArray(60000, '[') + QByteArray(60000, ']');
        const QByteArray kase = "{\"format\": \"pension-case/1\", \"region\": \"shandong\", \"asOf\": \"2025-06\","
                                " \"person\": {\"name\": " +
                                deep + ", \"sex\": \"male\"}}";
        QVERIFY(writeAll(tmp(QStringLiteral("deep.pension.json")), kase));
        const Child c = runChild({QStringLiteral("estimate"), tmp(QStringLiteral("deep.pension.json"))});
        QVERIFY2(!c.crashed, "the CLI crashed on a deeply nested case file");
        QCOMPARE(c.status, 2);
        QVERIFY2(c.err.contains(QStringLiteral("person.name")), qPrintable(c.err));
        QVERIFY2(c.err.contains(QStringLiteral("nested too deep")), qPrintable(c.err));
        QVERIFY(c.err.size() < 300);
        QVERIFY(writeAll(tmp(QStringLiteral("deep2.pension.json")), deep));
        const Run r = cli({QStringLiteral("estimate"), tmp(QStringLiteral("deep2.pension.json"))});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.size() < 300);
    }

    void wrongTypedValuesAreShownShort()
    {
        // A wrongly typed field holding a big array (just under the depth limit, many elements): named, not printed.
        QByteArray big = "[";
        for (int i = 0; i < 20000; ++i)
            big += (i ? ",[[[1]]]" : "[[[1]]]");
        big += "]";
        const QByteArray kase = "{\"format\": \"pension-case/1\", \"region\": \"shandong\", \"asOf\": \"2025-06\","
                                " \"person\": {\"name\": " +
                                big + ", \"sex\": \"male\"}}";
        QVERIFY(writeAll(tmp(QStringLiteral("wide.pension.json")), kase));
        const Run r = cli({QStringLiteral("estimate"), tmp(QStringLiteral("wide.pension.json"))});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("person.name")) && r.err.size() < 300, qPrintable(r.err.left(400)));
    }

    // --- 7. devices, pipes, links --------------------------------------------------------------------------------

    void nonRegularFilesAreRefused()
    {
#ifndef Q_OS_UNIX
        QSKIP("devices and FIFOs: POSIX");
#else
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), tmp(QStringLiteral("zero.pension.json"))));
        QVERIFY(mkfifo(QFile::encodeName(tmp(QStringLiteral("pipe.pension.json"))).constData(), 0600) == 0);
        for (const QString &input : {QStringLiteral("/dev/zero"), tmp(QStringLiteral("zero.pension.json")),
                                     tmp(QStringLiteral("pipe.pension.json"))}) {
            QElapsedTimer clock;
            clock.start();
            const Run r = cli({QStringLiteral("estimate"), input});
            QCOMPARE(r.status, 2);
            QVERIFY2(r.err.contains(QStringLiteral("not a regular file")), qPrintable(r.err));
            QVERIFY(clock.elapsed() < 5000);
            const Run b =
                cli({QStringLiteral("batch"), input, QStringLiteral("-o"), tmp(QStringLiteral("dev-out.csv"))});
            QCOMPARE(b.status, 2);
            QVERIFY2(b.err.contains(QStringLiteral("not a regular file")), qPrintable(b.err));
        }
        // A parameter pack that is a link to /dev/zero.
        const QString packs = tmp(QStringLiteral("zero-packs"));
        QVERIFY(QDir().mkpath(packs));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), packs + QStringLiteral("/national.json")));
        const Run p = cli({QStringLiteral("estimate"), flexibleCase(), QStringLiteral("--params"), packs});
        QCOMPARE(p.status, 2);
        QVERIFY2(p.err.contains(QStringLiteral("--params")) && p.err.contains(QStringLiteral("not a regular file")),
                 qPrintable(p.err));
#endif
    }

    // --- 8. a national pack without tracks -------------------------------------------------------------------------

    void packWithoutTracksIsRefused()
    {
        QJsonObject national =
            QJsonDocument::fromJson(readAll(source(QStringLiteral("resources/regions/national.json")))).object();
        QVERIFY(!national.isEmpty());
        for (const bool empty : {false, true}) {
            const QString dir = tmp(empty ? QStringLiteral("packs-empty-tracks") : QStringLiteral("packs-no-tracks"));
            QVERIFY(QDir().mkpath(dir));
            QJsonObject pack = national;
            if (empty)
                pack.insert(QStringLiteral("tracks"), QJsonObject());
            else
                pack.remove(QStringLiteral("tracks"));
            QVERIFY(writeAll(dir + QStringLiteral("/national.json"), QJsonDocument(pack).toJson()));
            const Child c =
                runChild({QStringLiteral("retirement"), QStringLiteral("--birth"), QStringLiteral("1975-03"),
                          QStringLiteral("--track"), QStringLiteral("male-60"), QStringLiteral("--params"), dir});
            QVERIFY2(!c.crashed, "retirement crashed on a pack without tracks");
            QCOMPARE(c.status, 2);
            QVERIFY2(c.err.contains(QStringLiteral("tracks")), qPrintable(c.err));
        }
    }

    // --- 9. the plan grid is bounded -----------------------------------------------------------------------------

    void gridSizeIsBounded()
    {
        QStringList grades;
        for (int i = 0; i < 2000; ++i)
            grades << QString::number(0.6 + i * 0.001, 'f', 3);
        QStringList stops;
        for (int s = 0; s <= 60; ++s)
            stops << QString::number(s);
        QElapsedTimer clock;
        clock.start();
        const Run r = cli({QStringLiteral("compare"), flexibleCase(), QStringLiteral("--grades"),
                           grades.join(QLatin1Char(',')), QStringLiteral("--stop"), stops.join(QLatin1Char(','))});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("grid")) && r.err.contains(QStringLiteral("20000")), qPrintable(r.err));
        QVERIFY(clock.elapsed() < 10000);
        const Run x = cli({QStringLiteral("export"), flexibleCase(), QStringLiteral("-o"),
                           tmp(QStringLiteral("huge.csv")), QStringLiteral("--grades"), grades.join(QLatin1Char(',')),
                           QStringLiteral("--stop"), stops.join(QLatin1Char(','))});
        QCOMPARE(x.status, 2);
        QVERIFY(!QFile::exists(tmp(QStringLiteral("huge.csv"))));
        // Within the bound it still runs.
        const Run ok = cli({QStringLiteral("compare"), flexibleCase(), QStringLiteral("--grades"),
                            grades.mid(0, 40).join(QLatin1Char(',')), QStringLiteral("--stop"),
                            stops.join(QLatin1Char(',')), QStringLiteral("--json")});
        QVERIFY2(ok.status == 0, qPrintable(describe(ok)));
    }

    // --- 10. duplicate keys and impossible dates -------------------------------------------------------------------

    void duplicateKeysAreRefused()
    {
        QByteArray text = readAll(flexibleCase());
        // A second "record" after the first: the last one would win.
        const qsizetype at = text.indexOf("\"plan\"");
        QVERIFY(at > 0);
        text.insert(at, "\"record\": { \"deemedMonths\": 0, \"preAccountMonths\": 0, \"accountMonths\": 120, "
                        "\"averageIndex\": 0.6, \"accountBalance\": 99999999.99 },\n  ");
        QVERIFY(writeAll(tmp(QStringLiteral("dup.pension.json")), text));
        const Run r = cli({QStringLiteral("estimate"), tmp(QStringLiteral("dup.pension.json"))});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("record")) || r.err.contains(QStringLiteral("(record)")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("more than once")), qPrintable(r.err));
        // Nested: person.sex twice.
        QByteArray nested = readAll(flexibleCase());
        nested.replace("\"sex\": \"male\",", "\"sex\": \"male\", \"sex\": \"female\",");
        QVERIFY(writeAll(tmp(QStringLiteral("dup2.pension.json")), nested));
        const Run n = cli({QStringLiteral("estimate"), tmp(QStringLiteral("dup2.pension.json"))});
        QCOMPARE(n.status, 2);
        QVERIFY2(n.err.contains(QStringLiteral("person.sex")), qPrintable(n.err));
    }

    void impossibleDatesAreRefused()
    {
        for (const QString &date :
             {QStringLiteral("2025-06-99"), QStringLiteral("2025-02-30"), QStringLiteral("2025-06-00")}) {
            const Run r = cli({QStringLiteral("estimate"), flexibleCase(), QStringLiteral("--date"), date});
            QCOMPARE(r.status, 2);
            QVERIFY2(r.err.startsWith(QStringLiteral("--date")), qPrintable(r.err));
        }
        const Run leap =
            cli({QStringLiteral("estimate"), flexibleCase(), QStringLiteral("--date"), QStringLiteral("2028-02-29"),
                 QStringLiteral("--json")}); // a leap day after the case's asOf
        QVERIFY2(leap.status == 0, qPrintable(describe(leap)));

        // An ID number with a right check digit and a birth date that does not exist (1970-11-31).
        const QString impossible = idNumber(QStringLiteral("37070219701131002"));
        QString csv = batchHeader().replace(QStringLiteral("id,name,"), QStringLiteral("id,name,idNumber,")) +
                      batchRow(QStringLiteral("P1"), QStringLiteral("王某,") + impossible);
        QVERIFY(writeAll(tmp(QStringLiteral("id-date.csv")), csv.toUtf8()));
        const Run b = cli({QStringLiteral("batch"), tmp(QStringLiteral("id-date.csv")), QStringLiteral("-o"),
                           tmp(QStringLiteral("id-date-out.csv"))});
        QCOMPARE(b.status, 0);
        const QList<QStringList> rows =
            csvRecords(QString::fromUtf8(readAll(tmp(QStringLiteral("id-date-out.csv")))).remove(QChar(0xFEFF)));
        QVERIFY(rows.size() == 2);
        QVERIFY2(rows[1].last().contains(QStringLiteral("idNumber")) &&
                     rows[1].last().contains(QStringLiteral("birth date")),
                 qPrintable(rows[1].last()));

        // The sheet computed 125 years before its statement.
        QByteArray early = readAll(flexibleCase());
        early.replace("\"asOf\": \"2025-06\",", "\"asOf\": \"2025-06\", \"calculatedOn\": \"1900-06\",");
        QVERIFY(writeAll(tmp(QStringLiteral("early.pension.json")), early));
        const Run e = cli({QStringLiteral("estimate"), tmp(QStringLiteral("early.pension.json"))});
        QCOMPARE(e.status, 2);
        QVERIFY2(e.err.contains(QStringLiteral("calculatedOn")), qPrintable(e.err));
    }

    // --- 11. formula injection -----------------------------------------------------------------------------------

    void formulasAreNeutralised()
    {
        const QStringList names{QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+1"), QStringLiteral("-1"),
                                QStringLiteral("@SUM(A1)")};
        QString csv = batchHeader();
        for (int i = 0; i < names.size(); ++i) {
            QString quoted = names[i];
            quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            csv += batchRow(i == 1 ? QStringLiteral("=1+2") : QStringLiteral("P%1").arg(i),
                            QLatin1Char('"') + quoted + QLatin1Char('"'));
        }
        QVERIFY(writeAll(tmp(QStringLiteral("formula.csv")), csv.toUtf8()));
        const Run r = cli({QStringLiteral("batch"), tmp(QStringLiteral("formula.csv")), QStringLiteral("-o"),
                           tmp(QStringLiteral("formula-out.csv"))});
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
        const QList<QStringList> rows =
            csvRecords(QString::fromUtf8(readAll(tmp(QStringLiteral("formula-out.csv")))).remove(QChar(0xFEFF)));
        QCOMPARE(rows.size(), names.size() + 1);
        for (int i = 0; i < names.size(); ++i) {
            const QStringList &row = rows[i + 1];
            QCOMPARE(row[1], QLatin1Char('\'') + names[i]);
            for (const QString &cell : row)
                QVERIFY2(cell.isEmpty() || !QStringLiteral("=+@\t\r").contains(cell.front()), qPrintable(cell));
        }
        QCOMPARE(rows[2][0], QStringLiteral("'=1+2"));
    }

    // --- 12. encodings and quoted line breaks --------------------------------------------------------------------

    void encodingIsDecidedPerRow()
    {
        QStringEncoder gbk("GBK");
        if (!gbk.isValid())
            QSKIP("GBK is not available in this Qt");
        QByteArray bytes = batchHeader().toUtf8() + batchRow(QStringLiteral("U1"), QStringLiteral("李雷")).toUtf8();
        bytes += gbk.encode(batchRow(QStringLiteral("G1"), QStringLiteral("韩梅梅")));
        // Past the first 64 KiB: UTF-8 rows, then another GBK one.
        for (int i = 0; bytes.size() < 70 * 1024; ++i)
            bytes += batchRow(QStringLiteral("U%1").arg(i + 2), QStringLiteral("张三")).toUtf8();
        bytes += gbk.encode(batchRow(QStringLiteral("G2"), QStringLiteral("王五")));
        QVERIFY(writeAll(tmp(QStringLiteral("mixed.csv")), bytes));
        const Run r = cli({QStringLiteral("batch"), tmp(QStringLiteral("mixed.csv")), QStringLiteral("-o"),
                           tmp(QStringLiteral("mixed-out.csv"))});
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
        const QByteArray out = readAll(tmp(QStringLiteral("mixed-out.csv")));
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8.decode(out);
        QVERIFY2(!utf8.hasError(), "the output is not valid UTF-8");
        QMap<QString, QString> names;
        for (const QStringList &row : csvRecords(text))
            if (row.size() > 1)
                names.insert(row[0], row[1]);
        QCOMPARE(names.value(QStringLiteral("U1")), QStringLiteral("李雷"));
        QCOMPARE(names.value(QStringLiteral("G1")), QStringLiteral("韩梅梅"));
        QCOMPARE(names.value(QStringLiteral("U2")), QStringLiteral("张三"));
        QCOMPARE(names.value(QStringLiteral("G2")), QStringLiteral("王五"));
    }

    void quotedFieldsSpanLines()
    {
        const QString id = idNumber(QStringLiteral("37070219701115002"));
        QString csv = batchHeader().replace(QStringLiteral("id,name,"), QStringLiteral("id,name,idNumber,"));
        csv += batchRow(QStringLiteral("P1"), QStringLiteral("\"王\n秀芹\",") + id);
        csv += batchRow(QStringLiteral("P2"), QStringLiteral("\"李\r\n某\",") + id);
        csv += batchRow(QStringLiteral("P3"), QStringLiteral("张三,") + id);
        QVERIFY(writeAll(tmp(QStringLiteral("multiline.csv")), csv.toUtf8()));
        const Run r = cli({QStringLiteral("batch"), tmp(QStringLiteral("multiline.csv")), QStringLiteral("-o"),
                           tmp(QStringLiteral("multiline-out.csv"))});
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
        const QString out = QString::fromUtf8(readAll(tmp(QStringLiteral("multiline-out.csv")))).remove(QChar(0xFEFF));
        const QList<QStringList> rows = csvRecords(out);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[1][0], QStringLiteral("P1"));
        QCOMPARE(rows[1][1], QStringLiteral("王\n秀芹"));
        QCOMPARE(rows[2][0], QStringLiteral("P2"));
        QCOMPARE(rows[3][0], QStringLiteral("P3"));
        for (const QStringList &row : rows.mid(1))
            QVERIFY2(row.last().isEmpty(), qPrintable(row.last())); // no errors
        QVERIFY(!out.contains(id));                                 // the ID number is not in any column of the output
    }

    // --- 13. owner-only files, masked ID numbers -----------------------------------------------------------------

    void writtenFilesAreOwnerOnly()
    {
#ifndef Q_OS_UNIX
        QSKIP("file modes: POSIX");
#else
        QString csv = batchHeader() + batchRow(QStringLiteral("P1"), QStringLiteral("王某"));
        QVERIFY(writeAll(tmp(QStringLiteral("perm.csv")), csv.toUtf8()));
        const QList<QStringList> commands{
            {QStringLiteral("report"), flexibleCase(), QStringLiteral("-o"), tmp(QStringLiteral("perm.pdf"))},
            {QStringLiteral("export"), flexibleCase(), QStringLiteral("-o"), tmp(QStringLiteral("perm.xlsx"))},
            {QStringLiteral("export"), flexibleCase(), QStringLiteral("-o"), tmp(QStringLiteral("perm-plans.csv"))},
            {QStringLiteral("batch"), tmp(QStringLiteral("perm.csv")), QStringLiteral("-o"),
             tmp(QStringLiteral("perm-out.csv"))}};
        for (const QStringList &args : commands) {
            // An old file readable by all is replaced by one readable by the owner alone.
            QVERIFY(writeAll(args.last(), "old"));
            QVERIFY(::chmod(QFile::encodeName(args.last()).constData(), 0644) == 0);
            const Run r = cli(args);
            QVERIFY2(r.status == 0, qPrintable(describe(r)));
            struct stat st {};
            QVERIFY(::stat(QFile::encodeName(args.last()).constData(), &st) == 0);
            QVERIFY2((st.st_mode & 0777) == 0600,
                     qPrintable(QStringLiteral("%1: mode %2").arg(args.last()).arg(st.st_mode & 0777, 0, 8)));
        }
#endif
    }

    void idNumbersAreMaskedInMessages()
    {
        const QString valid = idNumber(QStringLiteral("37070219800515003"));
        QString wrong = valid;
        wrong[17] = valid[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        QByteArray text = readAll(flexibleCase());
        text.replace("\"sex\": \"male\",", QByteArray("\"sex\": \"male\", \"idNumber\": \"" + wrong.toUtf8() + "\","));
        QVERIFY(writeAll(tmp(QStringLiteral("wrong-id.pension.json")), text));
        const Run r = cli({QStringLiteral("estimate"), tmp(QStringLiteral("wrong-id.pension.json"))});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("person.idNumber")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(wrong), qPrintable(r.err));
        QVERIFY2(!r.err.contains(valid.right(1) + QLatin1Char(')')) && !r.err.contains(QStringLiteral("should be")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(wrong.left(6) + QStringLiteral("********") + wrong.right(4)), qPrintable(r.err));
        // The batch error column too.
        QString csv = batchHeader().replace(QStringLiteral("id,name,"), QStringLiteral("id,name,idNumber,")) +
                      batchRow(QStringLiteral("P1"), QStringLiteral("王某,") + wrong);
        QVERIFY(writeAll(tmp(QStringLiteral("wrong-id.csv")), csv.toUtf8()));
        const Run b = cli({QStringLiteral("batch"), tmp(QStringLiteral("wrong-id.csv")), QStringLiteral("-o"),
                           tmp(QStringLiteral("wrong-id-out.csv"))});
        QCOMPARE(b.status, 0);
        const QString out = QString::fromUtf8(readAll(tmp(QStringLiteral("wrong-id-out.csv"))));
        QVERIFY2(!out.contains(wrong) && out.contains(QStringLiteral("check digit")), qPrintable(out));
    }

    // --- 14. edited packs are marked -----------------------------------------------------------------------------

    void editedPackIsMarkedLocal()
    {
        const QByteArray shipped = readAll(source(QStringLiteral("resources/regions/national.json")));
        QJsonObject pack = QJsonDocument::fromJson(shipped).object();
        QVERIFY(!pack.isEmpty());
        // Reformatted only: the shipped pack, not marked.
        const QString same = tmp(QStringLiteral("packs-same"));
        QVERIFY(QDir().mkpath(same));
        QVERIFY(writeAll(same + QStringLiteral("/national.json"), QJsonDocument(pack).toJson(QJsonDocument::Compact)));
        const Run plain = cli(
            {QStringLiteral("estimate"), flexibleCase(), QStringLiteral("--json"), QStringLiteral("--params"), same});
        QVERIFY2(plain.status == 0, qPrintable(describe(plain)));
        QVERIFY(!plain.out.contains(QStringLiteral("local-figures")));
        // Every interest rate 20% higher, the version string left as shipped.
        QJsonObject series = pack.value(QStringLiteral("series")).toObject();
        QJsonObject interest = series.value(QStringLiteral("accountInterestRate")).toObject();
        QJsonArray values = interest.value(QStringLiteral("values")).toArray();
        for (qsizetype i = 0; i < values.size(); ++i) {
            QJsonObject v = values[i].toObject();
            v.insert(QStringLiteral("value"), std::round(v.value(QStringLiteral("value")).toDouble() * 120.0) / 100.0);
            values[i] = v;
        }
        interest.insert(QStringLiteral("values"), values);
        series.insert(QStringLiteral("accountInterestRate"), interest);
        pack.insert(QStringLiteral("series"), series);
        const QString edited = tmp(QStringLiteral("packs-edited"));
        QVERIFY(QDir().mkpath(edited));
        QVERIFY(writeAll(edited + QStringLiteral("/national.json"), QJsonDocument(pack).toJson()));
        const Run r = cli(
            {QStringLiteral("estimate"), flexibleCase(), QStringLiteral("--json"), QStringLiteral("--params"), edited});
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("local-figures")), qPrintable(r.out.left(3000)));
        const Run text = cli({QStringLiteral("estimate"), flexibleCase(), QStringLiteral("--params"), edited});
        QVERIFY2(text.out.contains(QStringLiteral("-local.")), qPrintable(text.out.left(3000)));
    }
};

QTEST_MAIN(TestRobustness)
#include "test_robustness.moc"
