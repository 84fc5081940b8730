// The catalogue of bad input (tests/data/bad-inputs/catalogue.tsv): case files, batch CSV, parameter packs and
// command-line options, over 100 entries. For each, the exact line the program answers with in English; for a
// malformed case file also the field and the InputErrorCode the reader gives, and the same refusal in every language
// and with --json. Across the whole catalogue: a Chinese message has no English words in it, an English one no
// Chinese.

#include "case.h"
#include "cli.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kIn = QStringLiteral(PENSION_SOURCE_DIR "/tests/data/bad-inputs");
const QString kData = QStringLiteral(PENSION_SOURCE_DIR "/tests/data");

struct Entry {
    QString name, kind, args, expected, field, code;
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
        Entry e{cols[0], cols[1], cols[2], cols[4], {}, {}, cols[3].toInt()};
        if (cols.size() >= 7) {
            e.field = cols[5] == QLatin1String("-") ? QString() : cols[5];
            e.code = cols[6];
        }
        out.append(e);
    }
    return out;
}

const char *codeName(pension::InputErrorCode c)
{
    using pension::InputErrorCode;
    switch (c) {
    case InputErrorCode::Missing: return "Missing";
    case InputErrorCode::WrongType: return "WrongType";
    case InputErrorCode::BadFormat: return "BadFormat";
    case InputErrorCode::OutOfRange: return "OutOfRange";
    case InputErrorCode::NotOneOf: return "NotOneOf";
    case InputErrorCode::Inconsistent: return "Inconsistent";
    case InputErrorCode::UnknownField: return "UnknownField";
    case InputErrorCode::NotJson: return "NotJson";
    case InputErrorCode::IdLength: return "IdLength";
    case InputErrorCode::IdCheckDigit: return "IdCheckDigit";
    case InputErrorCode::IdBirth: return "IdBirth";
    case InputErrorCode::DuplicateKey: return "DuplicateKey";
    case InputErrorCode::TooDeep: return "TooDeep";
    }
    return "?";
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

struct Answer {
    int status = 0;
    QString out, err, line; // line: the one stderr line, or the batch row's error column
};

// ASCII words a Chinese message may carry: the values a file or an option is written with (codes, region ids,
// field names), acronyms, units. Everything a person typed is quoted and left out before the check.
const QSet<QString> &codeWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> w;
        for (const char *c :
             {// the case format's keys and values (shared/spec/case-format.md)
              "format", "region", "person", "insurance", "record", "history", "plan", "assumptions", "overrides",
              "name", "sex", "birth", "track", "kind", "year", "months", "from", "until", "grade", "retire", "male",
              "female", "employee", "flexible", "statutory", "retirement", "normal", "special-type", "illness", "note",
              "header", "row", "grid", "late12", "early48", "id", "colour", "gender", "extends", "cities", "series",
              "values", "value", "status", "source", "unit", "published", "yuan-per-month", "yuan",
              // the command line's commands and language codes
              "estimate", "compare", "goal", "solve", "after", "batch", "report", "export", "help", "zh", "en", "fr",
              "later", "estimat", "pension", "xlsx", "csv", "pdf", "json", "ods", "txt", "testland"})
            w.insert(QString::fromLatin1(c));
        // region ids: the shipped packs' file names
        for (const QString &f : QDir(QStringLiteral(PENSION_SOURCE_DIR "/resources/regions"))
                                    .entryList({QStringLiteral("*.json")}, QDir::Files))
            w.insert(f.chopped(5));
        return w;
    }();
    return words;
}

// The English words left in a Chinese message (empty: none).
QStringList englishWords(QString message)
{
    // What the person gave, quoted: "…" or “…”; options (--lang, -o) and placeholders ({in}).
    static const QRegularExpression quoted(
        QStringLiteral("\"[^\"]*\"|“[^”]*”|\\{[a-z]+\\}|--[a-z-]+|(^|[\\s（(])-[a-z]\\b"));
    message.remove(quoted);
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9_\\-./\\[\\]]*"));
    QStringList found;
    for (auto it = word.globalMatch(message); it.hasNext();) {
        const QString w = it.next().captured();
        const QString bare = w.endsWith(QLatin1Char('.')) ? w.chopped(1) : w;
        if (bare.size() < 2 || bare.contains(QLatin1Char('.')) || bare.contains(QLatin1Char('/')) ||
            bare.contains(QLatin1Char('[')) || codeWords().contains(bare))
            continue;
        // field names in camelCase (asOf, monthlyBase), acronyms and formats (ID, JSON, CSV, UTF-8, YYYY-MM, earlyN)
        if (std::any_of(bare.begin() + 1, bare.end(), [](QChar c) { return c.isUpper(); }) || bare == bare.toUpper())
            continue;
        // a track or a value with its number (male-60, pension-case)
        if (bare.contains(QLatin1Char('-')) && codeWords().contains(bare.section(QLatin1Char('-'), 0, 0)))
            continue;
        found << bare;
    }
    return found;
}

// Chinese characters (CJK ideographs and full-width punctuation) outside what the person typed.
bool hasChinese(QString message)
{
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\""));
    message.remove(quoted);
    return std::any_of(message.begin(), message.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF);
    });
}

} // namespace

class TestCatalogue : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_bigCase, m_bigCsv;

    Answer run(const Entry &e, const QStringList &extra)
    {
        const bool batch = e.args.startsWith(QStringLiteral("batch"));
        QString line = e.args;
        line.replace(QStringLiteral("{in}"), kIn)
            .replace(QStringLiteral("{data}"), kData)
            .replace(QStringLiteral("{tmp}"), m_tmp.path())
            .replace(QStringLiteral("{big}"), batch ? m_bigCsv : m_bigCase);
        QStringList argv = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        argv << extra << QStringLiteral("--date") << QStringLiteral("2026-11");
        QFile::remove(m_tmp.filePath(QStringLiteral("out.csv")));
        Answer a;
        QTextStream out(&a.out), err(&a.err);
        a.status = pension::cli::run(argv, out, err);
        out.flush();
        err.flush();
        if (e.kind == QStringLiteral("row")) {
            QFile f(m_tmp.filePath(QStringLiteral("out.csv")));
            if (f.open(QIODevice::ReadOnly)) {
                const QStringList rows = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                if (rows.size() >= 2)
                    a.line = lastCsvField(rows[1]);
            }
        } else {
            const QStringList lines = a.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            a.line = lines.isEmpty() ? QString() : lines.front();
        }
        // Paths in messages are written with the same placeholders as the arguments.
        a.line.replace(kIn, QStringLiteral("{in}"))
            .replace(kData, QStringLiteral("{data}"))
            .replace(m_tmp.path(), QStringLiteral("{tmp}"));
        return a;
    }

    static void addRows()
    {
        QTest::addColumn<int>("index");
        const QList<Entry> entries = catalogue();
        QVERIFY2(entries.size() >= 100, "the catalogue has fewer than 100 entries");
        for (int i = 0; i < entries.size(); ++i)
            QTest::newRow(qPrintable(entries[i].name)) << i;
    }

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

    // Every case file of the catalogue's folder is used by an entry; the numbered ones (one change each to a valid
    // baseline) are named NN-what.pension.json.
    void everyFileIsListed()
    {
        QSet<QString> used;
        for (const Entry &e : catalogue())
            for (const QString &arg : e.args.split(QLatin1Char(' ')))
                if (arg.startsWith(QStringLiteral("{in}/cases/")))
                    used.insert(arg.mid(11));
        const QStringList files =
            QDir(kIn + QStringLiteral("/cases")).entryList({QStringLiteral("*.pension.json")}, QDir::Files);
        QVERIFY(files.size() >= 60);
        for (const QString &f : files)
            QVERIFY2(used.contains(f), qPrintable(f + QStringLiteral(" is in no entry")));
        int numbered = 0;
        for (const QString &f : files)
            numbered += QRegularExpression(QStringLiteral("^\\d\\d-[a-z0-9-]+\\.pension\\.json$")).match(f).hasMatch();
        QVERIFY(numbered >= 24);
    }

    void answers_data() { addRows(); }
    // The exact English line and the exit status.
    void answers()
    {
        QFETCH(int, index);
        const Entry e = catalogue().at(index);
        const Answer a = run(e, {QStringLiteral("--lang"), QStringLiteral("en")});
        if (e.kind == QStringLiteral("stderr"))
            QVERIFY2(a.status == 0 || a.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 1,
                     qPrintable(a.err)); // bad input: exactly one line
        if (qEnvironmentVariableIsSet("PENSION_CATALOGUE_PRINT"))
            qInfo().noquote() << QStringLiteral("%1\t%2").arg(e.name, a.line);
        QCOMPARE(a.status, e.exit);
        QCOMPARE(a.line, e.expected);
    }

    void caseFiles_data() { addRows(); }
    // A malformed case file: the reader's field and code, and the same refusal in Chinese, in English and with --json
    // (exit 2, nothing on stdout, one line on stderr naming the field).
    void caseFiles()
    {
        QFETCH(int, index);
        const Entry e = catalogue().at(index);
        if (e.code.isEmpty())
            QSKIP("not a case file read alone");
        QFile f(kIn + QStringLiteral("/cases/") + e.args.section(QStringLiteral("/cases/"), 1));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        bool threw = false;
        pension::CaseOrError r;
        try {
            r = pension::readCase(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        } catch (...) {
            threw = true; // readCase() never throws: a number beyond double range (1e400) is an input error
        }
        QVERIFY(!threw);
        QVERIFY2(std::holds_alternative<pension::InputError>(r), "the case was accepted");
        const pension::InputError &err = std::get<pension::InputError>(r);
        QCOMPARE(QString::fromStdString(err.field), e.field);
        QCOMPARE(QString::fromLatin1(codeName(err.code)), e.code);
        // The plain-English line for logs names the field too.
        const QString logLine = QString::fromStdString(err.describe());
        QVERIFY(logLine.startsWith(e.field.isEmpty() ? QStringLiteral("case: ") : e.field + QStringLiteral(": ")));
        QVERIFY(!logLine.contains(QLatin1Char('\n')));
        for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--json")},
                                         QStringList{QStringLiteral("--lang"), QStringLiteral("en")}}) {
            const Answer a = run(e, extra);
            QCOMPARE(a.status, 2);
            QVERIFY2(a.out.isEmpty(), qPrintable(a.out));
            QCOMPARE(a.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
            if (!e.field.isEmpty())
                QVERIFY2(a.err.contains(e.field), qPrintable(a.err));
        }
    }

    void oneLanguage_data() { addRows(); }
    // Every message in the user's language alone: no English words in a Chinese message (values as written in the
    // file, field paths, acronyms and what the person typed aside), no Chinese in an English one.
    void oneLanguage()
    {
        QFETCH(int, index);
        const Entry e = catalogue().at(index);
        const Answer zh = run(e, {QStringLiteral("--lang"), QStringLiteral("zh")});
        const QStringList english = englishWords(zh.line);
        QVERIFY2(english.isEmpty(), qPrintable(zh.line + QStringLiteral("  ← ") + english.join(QStringLiteral(", "))));
        const Answer en = run(e, {QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(!hasChinese(en.line), qPrintable(en.line));
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "test_catalogue.moc"
