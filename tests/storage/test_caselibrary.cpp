// ui/caselibrary.cpp: round trip, search, copy, delete, the autosave draft, the audit log, migration from the
// first schema, damage detection with restore from backup, and a writer killed mid-save again and again.

#include "caselibrary.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pension::storage;

class TestCaseLibrary : public QObject {
    Q_OBJECT

private slots:
    void roundTripSearchCopyDelete()
    {
        QTemporaryDir dir;
        CaseLibrary lib;
        QVERIFY2(lib.open(dir.filePath(QStringLiteral("cases.sqlite"))), qPrintable(lib.error()));
        QCOMPARE(lib.schemaVersion(), CaseLibrary::kSchemaVersion);
        CaseRecord a{0, QStringLiteral("王秀芹"), QStringLiteral("37070219700101002X"), QStringLiteral("{\"a\":1}"), {}, {}};
        const qint64 id = lib.save(a);
        QVERIFY(id > 0);
        const auto loaded = lib.load(id);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->name, a.name);
        QCOMPARE(loaded->idNumber, a.idNumber);
        QCOMPARE(loaded->json, a.json);
        QVERIFY(loaded->created.isValid());
        CaseRecord b{0, QStringLiteral("李某"), QStringLiteral("130225196801010011"), QStringLiteral("{\"b\":2}"), {}, {}};
        const qint64 idB = lib.save(b);
        QCOMPARE(lib.search(QStringLiteral("秀芹")).size(), 1);
        QCOMPARE(lib.search(QStringLiteral("130225")).size(), 1);
        QCOMPARE(lib.search(QStringLiteral("%")).size(), 0); // a literal percent sign, not a wildcard
        QCOMPARE(lib.search(QString()).size(), 2);
        // Update in place.
        b.id = idB;
        b.json = QStringLiteral("{\"b\":3}");
        QCOMPARE(lib.save(b), idB);
        QCOMPARE(lib.load(idB)->json, QStringLiteral("{\"b\":3}"));
        // Copy as a new case.
        const qint64 copy = lib.duplicate(id, QStringLiteral("王秀芹（副本）"));
        QVERIFY(copy > 0 && copy != id);
        QCOMPARE(lib.load(copy)->json, a.json);
        // Delete.
        QVERIFY(lib.remove(copy));
        QVERIFY(!lib.load(copy).has_value());
        QVERIFY(!lib.remove(copy));
        // Readable by the user alone.
        const auto perms = QFile::permissions(lib.path());
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }

    void draftSurvivesAndClears()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
        {
            CaseLibrary lib;
            QVERIFY(lib.open(path));
            QVERIFY(lib.saveDraft(QStringLiteral("{\"typing\":true}"), 0));
        }
        CaseLibrary again;
        QVERIFY(again.open(path));
        const auto d = again.draft();
        QVERIFY(d.has_value());
        QCOMPARE(d->first, QStringLiteral("{\"typing\":true}"));
        // Saving the case takes the draft with it.
        again.save(CaseRecord{0, QStringLiteral("x"), QString(), d->first, {}, {}});
        QVERIFY(!again.draft().has_value());
    }

    void auditLog()
    {
        QTemporaryDir dir;
        CaseLibrary lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("cases.sqlite"))));
        QVERIFY(lib.addAudit(AuditEntry{0, QStringLiteral("张三"), QStringLiteral("shandong"),
                                        QStringLiteral("series.pensionBase.2026"), QString(), QStringLiteral("8012"),
                                        QStringLiteral("鲁人社字〔2026〕1号"), {}}));
        const auto log = lib.audit();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.front().who, QStringLiteral("张三"));
        QCOMPARE(log.front().newValue, QStringLiteral("8012"));
        QVERIFY(log.front().at.isValid());
    }

    // A library written by the first release (schema 1: cases without created times, no draft, no audit).
    void migratesFromTheFirstSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE cases (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL"
                                          " DEFAULT '', id_number TEXT NOT NULL DEFAULT '', json TEXT NOT NULL,"
                                          " updated TEXT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO cases (name, id_number, json, updated) VALUES"
                                          " ('老案例', '370702196501010011', '{\"old\":1}', '2026-01-05T08:00:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        CaseLibrary lib;
        QVERIFY2(lib.open(path), qPrintable(lib.error()));
        QCOMPARE(lib.schemaVersion(), 2);
        const auto found = lib.search(QStringLiteral("老案例"));
        QCOMPARE(found.size(), 1);
        const auto r = lib.load(found.front().id);
        QCOMPARE(r->json, QStringLiteral("{\"old\":1}"));
        QVERIFY(r->created.isValid()); // filled from `updated` by the migration
        QVERIFY(lib.saveDraft(QStringLiteral("{}"), 0)); // the new tables exist
        QVERIFY(lib.addAudit(AuditEntry{}));
    }

    void detectsDamageAndRestoresTheBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
        {
            CaseLibrary lib;
            QVERIFY(lib.open(path));
            QVERIFY(lib.save(CaseRecord{0, QStringLiteral("保留"), QString(), QStringLiteral("{\"keep\":1}"), {}, {}}) > 0);
        }
        {
            CaseLibrary lib; // a second opening makes the day's backup
            QVERIFY(lib.open(path));
            QCOMPARE(lib.backups().size(), 1);
        }
        // Damage: overwrite the header and the first pages.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write(QByteArray(8192, '\x5a'));
        }
        CaseLibrary lib;
        QVERIFY(!lib.open(path));
        QVERIFY(lib.isDamaged());
        QVERIFY(lib.error().contains(path));
        QVERIFY2(lib.restoreLatestBackup(), qPrintable(lib.error()));
        QVERIFY(lib.isOpen());
        QCOMPARE(lib.search(QStringLiteral("保留")).size(), 1);
        // The damaged file is kept beside it, never deleted.
        QDir d(dir.path());
        QCOMPARE(d.entryList({QStringLiteral("cases.sqlite.damaged-*")}, QDir::Files).size(), 1);
    }

    // A writer process killed with SIGKILL in the middle of saving, ten times over: every case it reported as
    // saved is there, whole, and the file passes SQLite's integrity check.
    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
        QMap<qint64, QString> reported;
        for (int round = 0; round < 10; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(LIBRARY_WRITER), {path});
            QVERIFY(writer.waitForStarted());
            QTest::qWait(80 + QRandomGenerator::global()->bounded(150));
            writer.kill(); // SIGKILL: no chance to finish the transaction
            writer.waitForFinished();
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 3 && parts[0] == "saved")
                    reported.insert(parts[1].toLongLong(), QString::fromUtf8(parts[2]));
            }
        }
        QVERIFY2(reported.size() > 20, "the writer saved too little to test anything");
        CaseLibrary lib;
        QVERIFY2(lib.open(path), qPrintable(lib.error()));
        for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
            const auto r = lib.load(it.key());
            QVERIFY2(r.has_value(), qPrintable(QStringLiteral("case %1 lost").arg(it.key())));
            QCOMPARE(r->name, it.value());
            QVERIFY(r->json.endsWith(QStringLiteral("\"}")));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestCaseLibrary)
#include "test_caselibrary.moc"
