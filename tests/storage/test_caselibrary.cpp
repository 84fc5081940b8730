// storage/caselibrary.cpp: round trip, search, copy, delete, the autosave draft, the audit log, migration from the
// first schema, damage detection with restore from backup, and a writer killed mid-save again and again. Backups:
// taken after a day's changes, never half-written (kills and a full disk in a child process), checked before a
// restore; an empty or cut-short library is damaged; a second opening is read-only.

#include "caselibrary.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pension::storage;

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

CaseRecord someCase(int i)
{
    return CaseRecord{0,
                      QStringLiteral("居民%1").arg(i),
                      QStringLiteral("37070219700101%1").arg(i % 10000, 4, 10, QLatin1Char('0')),
                      QStringLiteral("{\"n\":%1,\"pad\":\"%2\"}").arg(i).arg(QString(2000, QLatin1Char('x'))),
                      {},
                      {}};
}

// Adds cases through a connection of its own (not CaseLibrary, which would back up on closing).
bool addCasesDirectly(const QString &path, int from, int count)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
        db.setDatabaseName(path);
        if (db.open() && db.transaction()) {
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("INSERT INTO cases (name, id_number, json, created, updated) VALUES (?, '', ?, ?, ?)"));
            ok = true;
            for (int i = from; i < from + count && ok; ++i) {
                const CaseRecord r = someCase(i);
                q.addBindValue(r.name);
                q.addBindValue(r.json);
                q.addBindValue(QStringLiteral("2026-01-01T00:00:00.000Z"));
                q.addBindValue(QStringLiteral("2026-01-01T00:00:%1.000Z").arg(i % 60, 2, 10, QLatin1Char('0')));
                ok = q.exec();
            }
            ok = db.commit() && ok;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("direct"));
    return ok;
}

QStringList partFiles(const QString &libraryPath)
{
    return QDir(QFileInfo(libraryPath).absolutePath() + QStringLiteral("/backups"))
        .entryList({QStringLiteral("*.part*")}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestCaseLibrary : public QObject {
    Q_OBJECT

private slots:
    void roundTripSearchCopyDelete()
    {
        QTemporaryDir dir;
        CaseLibrary lib;
        QVERIFY2(lib.open(dir.filePath(QStringLiteral("cases.sqlite"))), qPrintable(lib.error()));
        QCOMPARE(lib.schemaVersion(), CaseLibrary::kSchemaVersion);
        CaseRecord a{0, QStringLiteral("王秀芹"), QStringLiteral("37070219700101002X"), QStringLiteral("{\"a\":1}"), {},
                     {}};
        const qint64 id = lib.save(a);
        QVERIFY(id > 0);
        const auto loaded = lib.load(id);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->name, a.name);
        QCOMPARE(loaded->idNumber, a.idNumber);
        QCOMPARE(loaded->json, a.json);
        QVERIFY(loaded->created.isValid());
        CaseRecord b{0, QStringLiteral("李某"), QStringLiteral("130225196801010011"), QStringLiteral("{\"b\":2}"), {},
                     {}};
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
        QVERIFY(lib.addAudit(AuditEntry{0,
                                        QStringLiteral("张三"),
                                        QStringLiteral("shandong"),
                                        QStringLiteral("series.pensionBase.2026"),
                                        QString(),
                                        QStringLiteral("8012"),
                                        QStringLiteral("鲁人社字〔2026〕1号"),
                                        {}}));
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
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO cases (name, id_number, json, updated) VALUES"
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
        QVERIFY(r->created.isValid());                   // filled from `updated` by the migration
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
            QVERIFY(lib.save(CaseRecord{0, QStringLiteral("保留"), QString(), QStringLiteral("{\"keep\":1}"), {}, {}}) >
                    0);
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

    // 1. A backup after the day's changes: the first session's cases are in a backup when it ends, and the next
    // session's changes in a newer one. A restore after damage brings them back (not 0 of 22).
    void backupAfterTheDaysChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
        {
            CaseLibrary lib;
            QVERIFY(lib.open(path));
            for (int i = 0; i < 22; ++i)
                QVERIFY(lib.save(someCase(i)) > 0);
        }
        QList<BackupInfo> checked;
        {
            CaseLibrary lib;
            QVERIFY(lib.open(path));
            QCOMPARE(lib.backups().size(), 1);
            checked = lib.inspectBackups();
            QVERIFY(checked.front().intact);
            QCOMPARE(checked.front().cases, 22);
            QVERIFY(lib.save(someCase(22)) > 0);
        } // closing: the day's change goes into a new backup
        {
            CaseLibrary lib;
            QVERIFY(lib.open(path));
            checked = lib.inspectBackups();
            QCOMPARE(checked.size(), 2);
            QCOMPARE(checked.front().cases, 23);
        }
        // Damage, restore: all 23 are back.
        CaseLibrary lib;
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write(QByteArray(8192, '\x5a'));
        }
        QVERIFY(!lib.open(path));
        QVERIFY2(lib.restoreLatestBackup(), qPrintable(lib.error()));
        QCOMPARE(lib.search(QString(), 1000).size(), 23);
        // Files of backups are the user's alone.
#ifdef Q_OS_UNIX
        for (const QString &b : lib.backups()) {
            struct stat st {};
            QVERIFY(::stat(QFile::encodeName(b).constData(), &st) == 0);
            QCOMPARE(st.st_mode & 0777, 0600u);
        }
#endif
    }

    // 1. A backup killed half-way, 15 times over: no half-written backup ever counts, every backup there passes
    // its check, and the newest holds the cases saved before it.
    void killedBackupNeverCounts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
        {
            CaseLibrary lib;
            QVERIFY(lib.open(path));
        }
        QVERIFY(addCasesDirectly(path, 0, 3000)); // about 6 MB: a backup takes a while
        int reportedBackups = 0;
        for (int round = 0; round < 15; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(LIBRARY_WRITER), {path, QStringLiteral("backup")});
            QVERIFY(writer.waitForStarted());
            QTest::qWait(30 + QRandomGenerator::global()->bounded(400));
            writer.kill();
            writer.waitForFinished();
            reportedBackups += writer.readAllStandardOutput().count("backup /");
        }
        CaseLibrary lib;
        QVERIFY2(lib.open(path), qPrintable(lib.error()));
        const QList<BackupInfo> all = lib.inspectBackups();
        QVERIFY(!all.isEmpty());
        QVERIFY(all.size() <= CaseLibrary::kBackupGenerations);
        for (const BackupInfo &b : all)
            QVERIFY2(b.intact, qPrintable(b.path + QStringLiteral(": ") + b.problem));
        QVERIFY(all.front().cases >= 3000);
        QVERIFY(partFiles(path).isEmpty()); // leftovers of killed backups are cleared at the next one
        qInfo("backups reported by the killed writers: %d; kept: %lld", reportedBackups,
              static_cast<long long>(all.size()));
    }

    // 1. A full disk during the backup (RLIMIT_FSIZE in the child): the backup fails, nothing half-written stays,
    // and the next opening on a disk with room takes it.
    void backupOnAFullDiskLeavesNothing()
    {
#ifndef Q_OS_UNIX
        QSKIP("RLIMIT_FSIZE stands in for a full disk on POSIX systems only");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
        {
            CaseLibrary lib;
            QVERIFY(lib.open(path));
            QVERIFY(lib.save(someCase(0)) > 0);
        }                                         // one good backup
        QVERIFY(addCasesDirectly(path, 1, 1500)); // changed since that backup
        QDir backupsDir(dir.filePath(QStringLiteral("backups")));
        const QStringList existing = backupsDir.entryList(QDir::Files);
        QCOMPARE(existing.size(), 1);
        QProcess child;
        child.setChildProcessModifier([] {
            std::signal(SIGXFSZ, SIG_IGN);
            struct rlimit limit {
                512 * 1024, 512 * 1024
            };
            setrlimit(RLIMIT_FSIZE, &limit);
        });
        child.start(QStringLiteral(LIBRARY_WRITER), {path, QStringLiteral("open")});
        QVERIFY(child.waitForFinished(60000));
        const QString said = QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError());
        QVERIFY2(said.contains(QStringLiteral("backup failed")), qPrintable(said));
        // Nothing new, nothing half-written.
        QVERIFY2(backupsDir.entryList(QDir::Files | QDir::Hidden) == existing,
                 qPrintable(backupsDir.entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' ')) +
                            QLatin1Char('\n') + said));
        CaseLibrary lib;
        QVERIFY(lib.open(path));
        const QList<BackupInfo> all = lib.inspectBackups();
        QCOMPARE(all.size(), 2);
        QVERIFY(all.front().intact);
        QCOMPARE(all.front().cases, 1501);
#endif
    }

    // 2. An empty (0 bytes) or cut-short library is damaged, not a new empty library; and no backup of it is made.
    void emptyOrTruncatedLibraryIsDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
        {
            CaseLibrary lib;
            QVERIFY(lib.open(path));
            for (int i = 0; i < 50; ++i)
                QVERIFY(lib.save(someCase(i)) > 0);
        }
        {
            CaseLibrary lib;
            QVERIFY(lib.open(path));
            QCOMPARE(lib.backups().size(), 1);
        }
        const QByteArray whole = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(whole.size() > 50000);
        for (const qsizetype size : {qsizetype(0), whole.size() / 2, qsizetype(50)}) {
            {
                QFile f(path);
                QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                QCOMPARE(f.write(whole.left(size)), size);
            }
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
            CaseLibrary lib;
            QVERIFY2(!lib.open(path), qPrintable(QStringLiteral("a library of %1 bytes opened").arg(size)));
            QVERIFY(lib.isDamaged());
            QVERIFY2(lib.error().contains(path), qPrintable(lib.error()));
            QCOMPARE(lib.backups().size(), 1); // no backup of the damaged file
            QCOMPARE(lib.inspectBackups().front().cases, 50);
        }
        CaseLibrary lib;
        QVERIFY(!lib.open(path));
        QVERIFY2(lib.restoreLatestBackup(), qPrintable(lib.error()));
        QCOMPARE(lib.search(QString(), 1000).size(), 50);
    }

    // 1. Restoring checks the backup first: a damaged or cut-short backup is refused (never a loop, never an
    // empty library reported as restored), and the newest good one is taken instead. The damaged file's own count
    // is known, so a backup with fewer cases can be told apart.
    void restoreChecksTheBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
        {
            CaseLibrary lib;
            QVERIFY(lib.open(path));
            for (int i = 0; i < 22; ++i)
                QVERIFY(lib.save(someCase(i)) > 0);
        }
        QString good;
        {
            CaseLibrary first;
            QVERIFY(first.open(path));
            good = first.backups().last();
        }
        // A newer backup that is cut short, and a newer one still that is empty (0 bytes).
        const QString newer = QFileInfo(good).absolutePath() + QStringLiteral("/cases-29990101-000000-000.sqlite");
        const QString newest = QFileInfo(good).absolutePath() + QStringLiteral("/cases-29990101-000001-000.sqlite");
        {
            QFile in(good);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QFile out(newer);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(in.readAll().left(in.size() / 3));
            QFile empty(newest);
            QVERIFY(empty.open(QIODevice::WriteOnly));
        }
        // Damage an index of the library: the table can still be counted.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'cases_name'")) && q.next());
            const int page = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            const int pageSize = q.value(0).toInt();
            q = QSqlQuery();
            db.close();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(qint64(page - 1) * pageSize));
            f.write(QByteArray(pageSize, '\x5a'));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pages"));
        CaseLibrary lib;
        QVERIFY(!lib.open(path));
        QVERIFY(lib.isDamaged());
        QCOMPARE(lib.damagedCaseCount(), std::optional<qint64>(22));
        const QList<BackupInfo> all = lib.inspectBackups();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].path, newest);
        QVERIFY(!all[0].intact);
        QVERIFY(!all[1].intact);
        QVERIFY(all[2].intact);
        QCOMPARE(all[2].cases, 22);
        QVERIFY(!lib.restoreBackup(newest));
        QVERIFY(!lib.restoreBackup(newer));
        QVERIFY2(lib.error().contains(QStringLiteral("not restored")), qPrintable(lib.error()));
        QVERIFY(QFile::exists(path)); // a refused restore leaves the damaged file where it is
        QVERIFY2(lib.restoreLatestBackup(), qPrintable(lib.error()));
        QCOMPARE(lib.search(QString(), 1000).size(), 22);
    }

    // 3. One writer at a time: a second opening of the same library is read-only and says so; the first's draft
    // is neither read over nor deleted by it; a killed holder's lock is taken over.
    void aSecondOpeningIsReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
        auto first = std::make_unique<CaseLibrary>();
        QVERIFY(first->open(path));
        QVERIFY(!first->isReadOnly());
        QVERIFY(first->saveDraft(QStringLiteral("{\"first\":true}"), 0));
        const qint64 id = first->save(someCase(1));
        QVERIFY(id > 0);
        QVERIFY(first->saveDraft(QStringLiteral("{\"first\":2}"), 0));
        {
            CaseLibrary second;
            QVERIFY2(second.open(path), qPrintable(second.error()));
            QVERIFY(second.isReadOnly());
            QCOMPARE(second.readOnlyReason(), CaseLibrary::ReadOnlyReason::InUse);
            QVERIFY(second.load(id).has_value()); // reading works
            QCOMPARE(second.save(someCase(2)), 0);
            QVERIFY2(second.error().contains(QStringLiteral("another window")), qPrintable(second.error()));
            QVERIFY(!second.saveDraft(QStringLiteral("{\"second\":true}"), 0));
            QVERIFY(!second.error().isEmpty()); // the autosave failure has a reason
            QVERIFY(!second.clearDraft());
            QVERIFY(!second.remove(id));
        }
        QCOMPARE(first->draft()->first, QStringLiteral("{\"first\":2}"));
        QVERIFY(first->load(id).has_value());
        first.reset();
        // A holder killed with SIGKILL leaves its lock file: it is stale and taken over.
        QProcess holder;
        holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        holder.start(QStringLiteral(LIBRARY_WRITER), {path});
        QVERIFY(holder.waitForStarted());
        QByteArray said;
        QTRY_VERIFY((said += holder.readAllStandardOutput()).contains("saved"));
        {
            CaseLibrary meanwhile;
            QVERIFY(meanwhile.open(path));
            QVERIFY(meanwhile.isReadOnly());
        }
        holder.kill();
        holder.waitForFinished();
        QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
        CaseLibrary after;
        QVERIFY2(after.open(path), qPrintable(after.error()));
        QVERIFY(!after.isReadOnly());
        QVERIFY(after.save(someCase(3)) > 0);
    }

    // 13. A library file the user cannot write opens read-only, saying so (the warning at start shows it).
    void aReadOnlyFileIsNamed()
    {
#ifndef Q_OS_UNIX
        QSKIP("file modes: POSIX");
#else
        QTemporaryDir dir;
        QString folder = dir.path();
        // An ordinary user: a file of mode 0400. Root writes such files, so for root a read-only mount instead.
        const bool root = ::geteuid() == 0;
        if (root) {
            folder = dir.filePath(QStringLiteral("mnt"));
            QVERIFY(QDir().mkpath(folder));
            if (QProcess::execute(QStringLiteral("mount"),
                                  {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                   QStringLiteral("size=8m"), QStringLiteral("tmpfs"), folder}) != 0)
                QSKIP("root without permission to mount a tmpfs: no read-only file can be made");
        }
        const QString path = folder + QStringLiteral("/cases.sqlite");
        {
            CaseLibrary lib;
            QVERIFY(lib.open(path));
            QVERIFY(lib.save(someCase(1)) > 0);
        }
        if (root)
            QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                       {QStringLiteral("-o"), QStringLiteral("remount,ro"), folder}),
                     0);
        else
            QVERIFY(::chmod(QFile::encodeName(path).constData(), 0400) == 0);
        {
            CaseLibrary lib;
            QVERIFY2(lib.open(path), qPrintable(lib.error()));
            QVERIFY(lib.isReadOnly());
            QCOMPARE(lib.readOnlyReason(), CaseLibrary::ReadOnlyReason::FileReadOnly);
            QVERIFY(lib.load(1).has_value());
            QVERIFY(!lib.saveDraft(QStringLiteral("{}"), 0));
            QVERIFY2(lib.error().contains(QStringLiteral("cannot be written")), qPrintable(lib.error()));
        }
        if (root)
            QProcess::execute(QStringLiteral("umount"), {folder});
#endif
    }

    // 13. The folder given for the library is left as it is (it may be shared); a folder the library creates is
    // the user's alone.
    void theGivenFolderKeepsItsPermissions()
    {
#ifndef Q_OS_UNIX
        QSKIP("file modes: POSIX");
#else
        QTemporaryDir dir;
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 01777) == 0);
        {
            CaseLibrary lib;
            QVERIFY(lib.open(dir.filePath(QStringLiteral("cases.sqlite"))));
            QVERIFY(lib.open(dir.filePath(QStringLiteral("own/cases.sqlite"))));
        }
        struct stat st {};
        QVERIFY(::stat(QFile::encodeName(dir.path()).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, 01777u);
        QVERIFY(::stat(QFile::encodeName(dir.filePath(QStringLiteral("own"))).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, 0700u);
#endif
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
