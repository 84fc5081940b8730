#include "caselibrary.h"

#include "safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <QVariant>

namespace pension::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pension::storage::CaseLibrary", text);
}

// Schema 1: the first release (cases only). Schema 2 adds created/updated times, the draft and the audit log.
const char *kSchema1 = "CREATE TABLE cases (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL DEFAULT '',"
                       " id_number TEXT NOT NULL DEFAULT '', json TEXT NOT NULL, updated TEXT NOT NULL)";

// A null QString binds as SQL NULL; the columns are NOT NULL text.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void restrictToOwner(const QString &path)
{
    safefile::restrictToOwner(path);
}

// Fixed width, so the names sort in the order the backups were taken.
const QString kBackupStamp = QStringLiteral("yyyyMMdd-HHmmss-zzz");

// A backup that did not finish, with the journal SQLite keeps beside it while writing.
void removePart(const QString &part)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(part + suffix);
}

// Runs `work` on `file` opened read-only through its own connection.
template <typename Work> void withReadOnly(const QString &file, Work work)
{
    const QString name = QStringLiteral("check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            work(db);
        else
            work(QSqlDatabase());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

// A file SQLite would take for a new, empty database (0 bytes) or that does not start like a database at all.
QString CaseLibrary::headerProblem(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    if (f.size() == 0) {
        // A library whose whole content is still in its write-ahead log is not empty.
        if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
            return {};
        return tr("the file is empty (0 bytes)");
    }
    const QByteArray head = f.read(16);
    if (head != QByteArray("SQLite format 3\0", 16))
        return tr("the file is not a case library or is cut short");
    return {};
}

BackupInfo CaseLibrary::inspect(const QString &file)
{
    BackupInfo info;
    info.path = file;
    const QString stamp = QFileInfo(file).completeBaseName().right(kBackupStamp.size());
    info.taken = QDateTime::fromString(stamp, kBackupStamp);
    if (!info.taken.isValid())
        info.taken = QFileInfo(file).lastModified();
    if (const QString problem = headerProblem(file); !problem.isEmpty()) {
        info.problem = problem;
        return info;
    }
    withReadOnly(file, [&](QSqlDatabase db) {
        if (!db.isOpen()) {
            info.problem = tr("it cannot be opened");
            return;
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()) {
            info.problem = q.lastError().text();
            return;
        }
        if (q.value(0).toString() != QStringLiteral("ok")) {
            info.problem = tr("it fails its integrity check (%1)").arg(q.value(0).toString().left(200));
            return;
        }
        q.finish();
        if (!q.exec(QStringLiteral("SELECT count(*) FROM cases")) || !q.next()) {
            info.problem = tr("it holds no case table");
            return;
        }
        info.cases = q.value(0).toLongLong();
        info.intact = true;
    });
    return info;
}

CaseLibrary::CaseLibrary() : m_connection(QStringLiteral("cases-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

CaseLibrary::~CaseLibrary()
{
    close();
}

void CaseLibrary::close()
{
    // The day's changes go into a backup when the library is closed (a killed program's changes are backed up at
    // the next opening instead).
    if (m_changed && isOpen() && !isReadOnly() && backupNow().isEmpty())
        qWarning("case library backup failed: %s", qPrintable(m_error));
    m_changed = false;
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_readOnly = ReadOnlyReason::None;
    m_lock.reset();
}

QString CaseLibrary::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.pension-planner");
    return dir + QStringLiteral("/cases.sqlite");
}

bool CaseLibrary::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen() && !m_damaged;
}

bool CaseLibrary::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool CaseLibrary::open(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    m_damaged = false;
    m_changed = false;
    m_readOnly = ReadOnlyReason::None;
    const QFileInfo info(path);
    // A folder the program creates is the user's alone; a folder that exists is left as it is (it may be shared).
    if (!QFileInfo::exists(info.absolutePath())) {
        QDir().mkpath(info.absolutePath());
        QFile::setPermissions(info.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const bool existed = info.exists();
    // One writer at a time. A lock left by a killed program is stale (its process is gone) and taken over; a lock
    // never goes stale by age alone, so a long session keeps it.
    m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        const bool inUse = m_lock->error() == QLockFile::LockFailedError;
        m_readOnly = inUse ? ReadOnlyReason::InUse : ReadOnlyReason::FileReadOnly;
        m_error = inUse ? tr("The case library %1 is in use by another window of the program: it is open read-only "
                             "here.")
                              .arg(path)
                        : tr("The case library %1 cannot be written (read-only file or folder).").arg(path);
        if (!existed)
            return false; // nothing to read either
    }
    if (existed) {
        if (const QString problem = headerProblem(path); !problem.isEmpty()) {
            m_damaged = true;
            m_error = tr("The case library %1 is damaged (%2). Restore a backup, or move the file away to start an "
                         "empty library.")
                          .arg(path, problem);
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (isReadOnly())
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        m_error = tr("The case library cannot be opened: %1").arg(db.lastError().text());
        return false;
    }
    if (!isReadOnly())
        restrictToOwner(path);
    // A damaged file shows here: not a database, or a failed integrity check.
    auto passes = [](QSqlQuery &check) {
        return check.exec(QStringLiteral("PRAGMA quick_check")) && check.next() &&
               check.value(0).toString() == QStringLiteral("ok");
    };
    QSqlQuery check(db);
    bool intact = passes(check);
    if (!intact && (m_readOnly == ReadOnlyReason::FileReadOnly || !info.isWritable())) {
        // A library on a read-only disk or folder: SQLite cannot make the shared-memory file its write-ahead log
        // needs, so it is read as a file that cannot change.
        check = QSqlQuery();
        db.close();
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (db.open()) {
            check = QSqlQuery(db);
            intact = passes(check);
            if (intact) {
                m_readOnly = ReadOnlyReason::FileReadOnly;
                m_error = tr("The case library %1 cannot be written (read-only file or folder).").arg(path);
            }
        }
    }
    if (!intact) {
        m_damaged = true;
        m_error = tr("The case library %1 is damaged. Restore the newest backup, or move the file away to start "
                     "an empty library.")
                      .arg(path);
        return false;
    }
    check.finish(); // an active statement would block VACUUM INTO
    if (isReadOnly())
        return true; // the program holding the lock migrates and backs up
    if (!writable()) {
        m_readOnly = ReadOnlyReason::FileReadOnly;
        m_error = tr("The case library %1 cannot be written (read-only file or folder).").arg(path);
        return true;
    }
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=FULL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (!migrate())
        return false;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFile::exists(path + suffix))
            restrictToOwner(path + suffix);
    if (existed && backupNow().isEmpty())
        qWarning("case library backup failed: %s", qPrintable(m_error));
    return true;
}

bool CaseLibrary::writable()
{
    // Writing the schema version it already has: fails on a file or folder that cannot be written.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return false;
    const int version = q.value(0).toInt();
    q.finish();
    return q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

int CaseLibrary::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool CaseLibrary::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    int version = schemaVersion();
    if (version > kSchemaVersion) {
        m_error = tr("The case library was written by a newer version of the program (schema %1).").arg(version);
        return false;
    }
    while (version < kSchemaVersion) {
        if (!db.transaction()) {
            m_error = db.lastError().text();
            return false;
        }
        bool ok = true;
        if (version == 0) {
            ok = exec(QString::fromLatin1(kSchema1));
        } else if (version == 1) {
            ok =
                exec(QStringLiteral("ALTER TABLE cases ADD COLUMN created TEXT NOT NULL DEFAULT ''")) &&
                exec(QStringLiteral("UPDATE cases SET created = updated WHERE created = ''")) &&
                exec(QStringLiteral("CREATE INDEX cases_name ON cases(name)")) &&
                exec(QStringLiteral("CREATE INDEX cases_id_number ON cases(id_number)")) &&
                exec(QStringLiteral("CREATE TABLE draft (slot INTEGER PRIMARY KEY CHECK (slot = 1), json TEXT NOT NULL,"
                                    " case_id INTEGER NOT NULL DEFAULT 0, updated TEXT NOT NULL)")) &&
                exec(QStringLiteral("CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,"
                                    " who TEXT NOT NULL, pack TEXT NOT NULL, key TEXT NOT NULL, old_value TEXT,"
                                    " new_value TEXT, source TEXT)"));
        }
        ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        if (!ok) {
            db.rollback();
            m_error = tr("Upgrading the case library from schema %1 failed: %2").arg(version).arg(m_error);
            return false;
        }
        if (!db.commit()) {
            m_error = db.lastError().text();
            return false;
        }
        ++version;
    }
    return true;
}

qint64 CaseLibrary::save(const CaseRecord &r)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!isOpen() || isReadOnly())
        return 0;
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return 0;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(db);
    if (r.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO cases (name, id_number, json, created, updated) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(text(r.name));
        q.addBindValue(text(r.idNumber));
        q.addBindValue(text(r.json));
        q.addBindValue(now);
        q.addBindValue(now);
    } else {
        q.prepare(QStringLiteral("UPDATE cases SET name = ?, id_number = ?, json = ?, updated = ? WHERE id = ?"));
        q.addBindValue(text(r.name));
        q.addBindValue(text(r.idNumber));
        q.addBindValue(text(r.json));
        q.addBindValue(now);
        q.addBindValue(r.id);
    }
    if (!q.exec() || (r.id != 0 && q.numRowsAffected() != 1)) {
        m_error = q.lastError().text();
        db.rollback();
        return 0;
    }
    const qint64 id = r.id == 0 ? q.lastInsertId().toLongLong() : r.id;
    // The draft belongs to the case now saved.
    QSqlQuery clear(db);
    clear.exec(QStringLiteral("DELETE FROM draft"));
    if (!db.commit()) {
        m_error = db.lastError().text();
        db.rollback();
        return 0;
    }
    m_changed = true;
    return id;
}

std::optional<CaseRecord> CaseLibrary::load(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id, name, id_number, json, created, updated FROM cases WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    CaseRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.idNumber = q.value(2).toString();
    r.json = q.value(3).toString();
    r.created = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    r.updated = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    return r;
}

QList<CaseRecord> CaseLibrary::search(const QString &text, int limit) const
{
    QList<CaseRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const QString pattern = QLatin1Char('%') +
                            QString(text)
                                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                                .replace(QLatin1Char('_'), QStringLiteral("\\_")) +
                            QLatin1Char('%');
    q.prepare(QStringLiteral("SELECT id, name, id_number, created, updated FROM cases"
                             " WHERE name LIKE ? ESCAPE '\\' OR id_number LIKE ? ESCAPE '\\'"
                             " ORDER BY updated DESC LIMIT ?"));
    q.addBindValue(pattern);
    q.addBindValue(pattern);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        CaseRecord r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.idNumber = q.value(2).toString();
        r.created = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        r.updated = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        out << r;
    }
    return out;
}

qint64 CaseLibrary::duplicate(qint64 id, const QString &newName)
{
    auto r = load(id);
    if (!r)
        return 0;
    r->id = 0;
    r->name = newName;
    return save(*r);
}

bool CaseLibrary::remove(qint64 id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!isOpen() || isReadOnly() || !db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM cases WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_error = q.lastError().text();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        return false;
    }
    m_changed = true;
    return true;
}

bool CaseLibrary::saveDraft(const QString &json, qint64 caseId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!isOpen() || isReadOnly())
        return false; // error() says why
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO draft (slot, json, case_id, updated) VALUES (1, ?, ?, ?)"));
    q.addBindValue(text(json));
    q.addBindValue(caseId);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) { // one statement: its own transaction
        m_error = q.lastError().text();
        if (m_error.trimmed().isEmpty())
            m_error = tr("the database did not accept the write");
        return false;
    }
    return true;
}

std::optional<std::pair<QString, qint64>> CaseLibrary::draft() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT json, case_id FROM draft WHERE slot = 1")) || !q.next())
        return std::nullopt;
    return std::make_pair(q.value(0).toString(), q.value(1).toLongLong());
}

bool CaseLibrary::clearDraft()
{
    return isOpen() && !isReadOnly() && exec(QStringLiteral("DELETE FROM draft"));
}

bool CaseLibrary::addAudit(const AuditEntry &e)
{
    if (!isOpen() || isReadOnly())
        return false;
    m_changed = true;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO audit (at, who, pack, key, old_value, new_value, source) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue((e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs));
    q.addBindValue(text(e.who));
    q.addBindValue(text(e.pack));
    q.addBindValue(text(e.key));
    q.addBindValue(text(e.oldValue));
    q.addBindValue(text(e.newValue));
    q.addBindValue(text(e.source));
    return q.exec();
}

QList<AuditEntry> CaseLibrary::audit(int limit) const
{
    QList<AuditEntry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "SELECT id, at, who, pack, key, old_value, new_value, source FROM audit ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.who = q.value(2).toString();
        e.pack = q.value(3).toString();
        e.key = q.value(4).toString();
        e.oldValue = q.value(5).toString();
        e.newValue = q.value(6).toString();
        e.source = q.value(7).toString();
        out << e;
    }
    return out;
}

QStringList CaseLibrary::backups() const
{
    const QFileInfo info(m_path);
    QDir dir(info.absolutePath() + QStringLiteral("/backups"));
    // Finished backups only: a temporary one (.part) never counts.
    QStringList names = dir.entryList({info.completeBaseName() + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name);
    for (QString &n : names)
        n = dir.filePath(n);
    return names;
}

QList<BackupInfo> CaseLibrary::inspectBackups() const
{
    QList<BackupInfo> out;
    const QStringList all = backups();
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        out << inspect(*it);
    return out;
}

QString CaseLibrary::signatureOf(const QString &connection)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM cases), (SELECT max(updated) FROM cases),"
                               " (SELECT max(id) FROM audit)")) ||
        !q.next())
        return {};
    return q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|') + q.value(2).toString();
}

QString CaseLibrary::contentSignature() const
{
    return signatureOf(m_connection);
}

QString CaseLibrary::backupNow()
{
    if (!isOpen()) {
        if (m_error.isEmpty())
            m_error = tr("The case library is not open.");
        return {};
    }
    if (isReadOnly())
        return {}; // the program that writes it backs it up
    const QFileInfo info(m_path);
    const QString dir = info.absolutePath() + QStringLiteral("/backups");
    if (!QFileInfo::exists(dir)) {
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // Leftovers of a backup that was interrupted (a kill, a full disk) are removed; they never counted.
    for (const QString &part :
         QDir(dir).entryList({info.completeBaseName() + QStringLiteral("-*.part*")}, QDir::Files | QDir::Hidden))
        QFile::remove(dir + QLatin1Char('/') + part);

    // Nothing changed since the newest intact backup: it stands.
    const QString signature = contentSignature();
    const QStringList existing = backups();
    if (!existing.isEmpty()) {
        QString newestSignature;
        withReadOnly(existing.last(), [&](QSqlDatabase db) {
            if (db.isOpen())
                newestSignature = signatureOf(db.connectionName());
        });
        if (!signature.isEmpty() && newestSignature == signature)
            return existing.last();
    }

    QString target;
    do { // two backups in one millisecond: the next millisecond
        if (!target.isEmpty())
            QThread::msleep(1);
        target = dir + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('-') +
                 QDateTime::currentDateTime().toString(kBackupStamp) + QStringLiteral(".sqlite");
    } while (QFile::exists(target));
    const QString part = target.chopped(7) + QStringLiteral(".part");
    // Created empty and owner-only first: VACUUM INTO writes into an empty file and keeps its permissions.
    {
        QFile empty(part);
        if (!empty.open(QIODevice::WriteOnly)) {
            m_error = tr("The backup %1 cannot be created: %2").arg(part, empty.errorString());
            return {};
        }
        empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(part);
    if (!q.exec()) {
        m_error = tr("The backup %1 could not be written: %2").arg(target, q.lastError().text());
        removePart(part);
        return {};
    }
    q.finish();
    restrictToOwner(part);
    const BackupInfo checked = inspect(part);
    if (!checked.intact) {
        m_error = tr("The backup %1 failed its check (%2) and was removed.").arg(target, checked.problem);
        removePart(part);
        return {};
    }
    if (!QFile::rename(part, target)) {
        m_error = tr("The backup %1 could not be put in place.").arg(target);
        removePart(part);
        return {};
    }
    QStringList all = backups();
    while (all.size() > kBackupGenerations)
        QFile::remove(all.takeFirst());
    return target;
}

std::optional<qint64> CaseLibrary::damagedCaseCount() const
{
    if (!QFileInfo::exists(m_path))
        return std::nullopt;
    if (QFileInfo(m_path).size() == 0)
        return 0;
    std::optional<qint64> count;
    withReadOnly(m_path, [&](QSqlDatabase db) {
        if (!db.isOpen())
            return;
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next())
            count = q.value(0).toLongLong();
    });
    return count;
}

bool CaseLibrary::restoreBackup(const QString &backup)
{
    const BackupInfo checked = inspect(backup);
    if (!checked.intact) {
        m_error = tr("The backup %1 is not restored: %2.").arg(QDir::toNativeSeparators(backup), checked.problem);
        return false;
    }
    close();
    // Into place beside the library first (owner-only), then renamed over it: never half a library.
    const QString incoming = m_path + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backup, incoming)) {
        m_error = tr("Copying the backup %1 failed.").arg(backup);
        return false;
    }
    restrictToOwner(incoming);
    const QString damaged =
        m_path + QStringLiteral(".damaged-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // The damaged file and its log are kept beside it, never deleted.
    if (QFile::exists(m_path) && !QFile::rename(m_path, damaged)) {
        m_error = tr("The damaged library %1 cannot be moved aside.").arg(m_path);
        QFile::remove(incoming);
        return false;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFile::exists(m_path + suffix))
            QFile::rename(m_path + suffix, damaged + suffix);
    if (!QFile::rename(incoming, m_path)) {
        m_error = tr("The backup %1 could not be put in place.").arg(backup);
        return false;
    }
    return open(m_path);
}

bool CaseLibrary::restoreLatestBackup()
{
    const QList<BackupInfo> all = inspectBackups();
    if (all.isEmpty()) {
        m_error = tr("There is no backup of the case library.");
        return false;
    }
    for (const BackupInfo &b : all)
        if (b.intact)
            return restoreBackup(b.path);
    m_error = tr("No backup of the case library passes its check: %1").arg(all.front().problem);
    return false;
}

} // namespace pension::storage
