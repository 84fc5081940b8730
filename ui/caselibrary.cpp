#include "caselibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace pension::storage {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("pension::storage::CaseLibrary", text); }

// Schema 1: the first release (cases only). Schema 2 adds created/updated times, the draft and the audit log.
const char *kSchema1 = "CREATE TABLE cases (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL DEFAULT '',"
                       " id_number TEXT NOT NULL DEFAULT '', json TEXT NOT NULL, updated TEXT NOT NULL)";

// A null QString binds as SQL NULL; the columns are NOT NULL text.
QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

void restrictToOwner(const QString &path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

CaseLibrary::CaseLibrary() : m_connection(QStringLiteral("cases-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

CaseLibrary::~CaseLibrary() { close(); }

void CaseLibrary::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
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
    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());
    QFile::setPermissions(info.absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const bool existed = info.exists();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = tr("The case library cannot be opened: %1").arg(db.lastError().text());
        return false;
    }
    restrictToOwner(path);
    // A damaged file shows here: not a database, or a failed integrity check.
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
        check.value(0).toString() != QStringLiteral("ok")) {
        m_damaged = true;
        m_error = tr("The case library %1 is damaged. Restore the newest backup, or move the file away to start "
                     "an empty library.")
                      .arg(path);
        return false;
    }
    check.finish(); // an active statement would block VACUUM INTO
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
            ok = exec(QStringLiteral("ALTER TABLE cases ADD COLUMN created TEXT NOT NULL DEFAULT ''")) &&
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
    if (!isOpen() || !db.transaction())
        return 0;
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
    const QString pattern = QLatin1Char('%') + QString(text).replace(QLatin1Char('%'), QStringLiteral("\\%"))
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
    if (!isOpen() || !db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM cases WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool CaseLibrary::saveDraft(const QString &json, qint64 caseId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!isOpen())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO draft (slot, json, case_id, updated) VALUES (1, ?, ?, ?)"));
    q.addBindValue(text(json));
    q.addBindValue(caseId);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return q.exec(); // one statement: its own transaction
}

std::optional<std::pair<QString, qint64>> CaseLibrary::draft() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT json, case_id FROM draft WHERE slot = 1")) || !q.next())
        return std::nullopt;
    return std::make_pair(q.value(0).toString(), q.value(1).toLongLong());
}

bool CaseLibrary::clearDraft() { return exec(QStringLiteral("DELETE FROM draft")); }

bool CaseLibrary::addAudit(const AuditEntry &e)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO audit (at, who, pack, key, old_value, new_value, source) VALUES (?, ?, ?, ?, ?, ?, ?)"));
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
    q.prepare(QStringLiteral("SELECT id, at, who, pack, key, old_value, new_value, source FROM audit ORDER BY id DESC LIMIT ?"));
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
    QStringList names = dir.entryList({info.completeBaseName() + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name);
    for (QString &n : names)
        n = dir.filePath(n);
    return names;
}

QString CaseLibrary::backupNow()
{
    if (!isOpen())
        return {};
    const QFileInfo info(m_path);
    const QString dir = info.absolutePath() + QStringLiteral("/backups");
    QDir().mkpath(dir);
    const QString target = dir + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('-') +
                           QDate::currentDate().toString(QStringLiteral("yyyyMMdd")) + QStringLiteral(".sqlite");
    if (QFile::exists(target))
        return target;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return {};
    }
    restrictToOwner(target);
    QStringList all = backups();
    while (all.size() > 7)
        QFile::remove(all.takeFirst());
    return target;
}

bool CaseLibrary::restoreLatestBackup()
{
    const QStringList all = backups();
    if (all.isEmpty()) {
        m_error = tr("There is no backup of the case library.");
        return false;
    }
    close();
    const QString damaged = m_path + QStringLiteral(".damaged-") +
                            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QFile::rename(m_path, damaged); // kept, never deleted
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    if (!QFile::copy(all.last(), m_path)) {
        m_error = tr("Copying the backup %1 failed.").arg(all.last());
        return false;
    }
    return open(m_path);
}

} // namespace pension::storage
