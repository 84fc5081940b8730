#pragma once
// The case library (个案库): SQLite through QtSql in the user's data directory, readable by the user alone.
// Every write is one transaction; the schema carries a version and migrates forward; a damaged file is detected
// on opening and can be replaced by the newest backup. The autosave draft lives in the same file, so what the
// clerk typed survives a killed program.

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pension::storage {

struct CaseRecord {
    qint64 id = 0;          // 0: not saved yet
    QString name;
    QString idNumber;
    QString json;           // the pension-case/1 text
    QDateTime created, updated;
};

struct AuditEntry {
    qint64 id = 0;
    QString who, pack, key, oldValue, newValue, source;
    QDateTime at;
};

class CaseLibrary {
public:
    static constexpr int kSchemaVersion = 2;

    CaseLibrary();
    ~CaseLibrary();
    CaseLibrary(const CaseLibrary &) = delete;
    CaseLibrary &operator=(const CaseLibrary &) = delete;

    // Opens (creating or migrating) the library at `path`. On failure `error()` says why; a damaged file keeps
    // the library closed until restoreLatestBackup() or the caller moves the file away.
    bool open(const QString &path);
    bool isOpen() const;
    bool isDamaged() const { return m_damaged; }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Cases. save() inserts when record.id is 0, updates otherwise; returns the id (0 on failure).
    qint64 save(const CaseRecord &record);
    std::optional<CaseRecord> load(qint64 id) const;
    // By name or ID number, newest first; an empty text lists the newest cases.
    QList<CaseRecord> search(const QString &text, int limit = 200) const;
    qint64 duplicate(qint64 id, const QString &newName);
    bool remove(qint64 id);

    // The autosave draft: one per window; written on every edit, cleared when the case is saved or cleared.
    bool saveDraft(const QString &json, qint64 caseId);
    std::optional<std::pair<QString, qint64>> draft() const;
    bool clearDraft();

    // The parameter editor's audit log.
    bool addAudit(const AuditEntry &entry);
    QList<AuditEntry> audit(int limit = 500) const;

    // Backups: a consistent copy (VACUUM INTO) next to the library, one a day, the last 7 kept.
    QString backupNow();
    QStringList backups() const;
    bool restoreLatestBackup();

    // The default location: the user's data directory (QStandardPaths::AppDataLocation)/cases.sqlite.
    static QString defaultPath();

private:
    bool migrate();
    bool exec(const QString &sql);
    void close();

    QString m_connection;
    QString m_path;
    QString m_error;
    bool m_damaged = false;
};

} // namespace pension::storage
