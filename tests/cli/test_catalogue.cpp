// The catalogue of bad input (tests/data/bad-inputs/catalogue.tsv): for each, the exact line the program answers
// with, in English. Case files, batch CSV, parameter packs and command-line options; over 60 entries.

#include "cli.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kIn = QStringLiteral(PENSION_SOURCE_DIR "/tests/data/bad-inputs");
const QString kData = QStringLiteral(PENSION_SOURCE_DIR "/tests/data");

struct Entry {
    QString name, kind, args, expected;
    int exit = 0;
};

QList<Entry> catalogue()
{
    QList<Entry> out;
    QFile f(kIn + QStringLiteral("/catalogue.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() < 5)
            continue;
        out.append({cols[0], cols[1], cols[2], cols[4], cols[3].toInt()});
    }
    return out;
}

// The last field of a CSV line (the error column), unquoted.
QString lastCsvField(const QString &line)
{
    if (!line.endsWith(QLatin1Char('"'))) {
        const qsizetype comma = line.lastIndexOf(QLatin1Char(','));
        return line.mid(comma + 1);
    }
    qsizetype start = line.size() - 2;
    while (start >= 0 && !(line[start] == QLatin1Char('"') && (start == 0 || line[start - 1] == QLatin1Char(','))))
        --start;
    return line.mid(start + 1, line.size() - start - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
}

} // namespace

class TestCatalogue : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_bigCase, m_bigCsv;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Generated, not stored: a 10 MB line in a case file and in a batch file.
        m_bigCase = m_tmp.filePath(QStringLiteral("big.pension.json"));
        QFile c(m_bigCase);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write("{\"format\": \"pension-case/1\", \"note\": \"");
        c.write(QByteArray(10 * 1024 * 1024, 'x'));
        c.write("\" , }");
        c.close();
        m_bigCsv = m_tmp.filePath(QStringLiteral("big.csv"));
        QFile b(m_bigCsv);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("id,name,region,asOf,sex,birth,track,kind,accountMonths,averageIndex,accountBalance\n");
        b.write("P1,");
        b.write(QByteArray(10 * 1024 * 1024, 'x'));
        b.write(",shandong,2025-06,female,1970-11,female-55,flexible,300,0.64,90000\n");
        b.close();
    }

    void answers_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("args");
        QTest::addColumn<int>("exitStatus");
        QTest::addColumn<QString>("expected");
        const QList<Entry> entries = catalogue();
        QVERIFY2(entries.size() >= 50, "the catalogue has fewer than 50 entries");
        for (const Entry &e : entries)
            QTest::newRow(qPrintable(e.name)) << e.kind << e.args << e.exit << e.expected;
    }

    void answers()
    {
        QFETCH(QString, kind);
        QFETCH(QString, args);
        QFETCH(int, exitStatus);
        QFETCH(QString, expected);
        const bool batch = args.startsWith(QStringLiteral("batch"));
        QString line = args;
        line.replace(QStringLiteral("{in}"), kIn)
            .replace(QStringLiteral("{data}"), kData)
            .replace(QStringLiteral("{tmp}"), m_tmp.path())
            .replace(QStringLiteral("{big}"), batch ? m_bigCsv : m_bigCase);
        QStringList argv = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        argv << QStringLiteral("--lang") << QStringLiteral("en") << QStringLiteral("--date")
             << QStringLiteral("2026-11");
        QFile::remove(m_tmp.filePath(QStringLiteral("out.csv")));
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int status = pension::cli::run(argv, out, err);
        out.flush();
        err.flush();
        QString actual;
        if (kind == QStringLiteral("row")) {
            QFile f(m_tmp.filePath(QStringLiteral("out.csv")));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(errText));
            const QStringList rows = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY(rows.size() >= 2);
            actual = lastCsvField(rows[1]);
        } else {
            const QStringList lines = errText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY2(status == 0 || lines.size() == 1, qPrintable(errText)); // bad input: exactly one line
            actual = lines.isEmpty() ? QString() : lines.front();
        }
        // Paths in messages are written with the same placeholders as the arguments.
        actual.replace(kIn, QStringLiteral("{in}"))
            .replace(kData, QStringLiteral("{data}"))
            .replace(m_tmp.path(), QStringLiteral("{tmp}"));
        if (qEnvironmentVariableIsSet("PENSION_CATALOGUE_PRINT"))
            qInfo().noquote() << QStringLiteral("%1\t%2").arg(QString::fromUtf8(QTest::currentDataTag()), actual);
        QCOMPARE(status, exitStatus);
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "test_catalogue.moc"
