#pragma once
// The case library (个案库): SQLite through QtSql in the user's data directory, readable by the user alone.
// Every write is one transaction; the schema carries a version and migrates forward; a damaged file (including an
// empty or cut-short one) is detected on opening and can be replaced by a backup that passes its check. The
// autosave draft lives in the same file, so what the clerk typed survives a killed program.
//
// One program at a time writes: opening takes a lock file beside the library (QLockFile; a killed program's lock
// is recognised as stale). A second program opening the same library gets it read-only and is told so; a library
// file the user cannot write is opened read-only too.
//
// Backups: a consistent copy (VACUUM INTO) into a temporary file, checked (PRAGMA integrity_check) and only then
// renamed to its final name, so an interrupted backup never counts. Taken when the library is opened after a
// change since the newest backup, and when it is closed after changes; the newest kBackupGenerations are kept.
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace pension::storage {

struct CaseRecord {
    qint64 id = 0; // 0: not saved yet
    QString name;
    QString idNumber;
    QString json; // the pension-case/1 text
    QDateTime created, updated;
};

struct AuditEntry {
    qint64 id = 0;
    QString who, pack, key, oldValue, newValue, source;
    QDateTime at;
};

// What a backup (or any library file) holds, as checked before a restore.
struct BackupInfo {
    QString path;
    QDateTime taken; // from the file name (local time)
    bool intact = false;
    qint64 cases = -1; // -1: not countable
    QString problem;   // why it is not intact
};

class CaseLibrary {
public:
    static constexpr int kSchemaVersion = 2;
    static constexpr int kBackupGenerations = 10;

    enum class ReadOnlyReason { None, InUse, FileReadOnly };

    CaseLibrary();
    ~CaseLibrary();
    CaseLibrary(const CaseLibrary &) = delete;
    CaseLibrary &operator=(const CaseLibrary &) = delete;

    // Opens (creating or migrating) the library at `path`. On failure `error()` says why; a damaged file keeps
    // the library closed until restoreLatestBackup() or the caller moves the file away.
    bool open(const QString &path);
    bool isOpen() const;
    bool isDamaged() const { return m_damaged; }
    // Open but not writable: another program holds the lock, or the file cannot be written.
    bool isReadOnly() const { return m_readOnly != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnly; }
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

    // Backups (see above), in backups/ beside the library. backupNow() returns the new backup's path, or the
    // newest one when nothing changed since it; "" on failure (error() says why; nothing half-written is left).
    QString backupNow();
    // Finished backups, oldest first.
    QStringList backups() const;
    // Each backup checked (integrity, number of cases), newest first.
    QList<BackupInfo> inspectBackups() const;
    static BackupInfo inspect(const QString &file);
    // How many cases the damaged library still shows, when it can be read that far.
    std::optional<qint64> damagedCaseCount() const;
    // Puts `backup` in place of the damaged library (kept beside it as .damaged-…) and opens it; refuses a backup
    // that fails its check.
    bool restoreBackup(const QString &backup);
    // The newest backup that passes its check.
    bool restoreLatestBackup();

    // The default location: the user's data directory (QStandardPaths::AppDataLocation)/cases.sqlite.
    static QString defaultPath();

private:
    bool migrate();
    bool exec(const QString &sql);
    void close();
    bool writable();
    QString contentSignature() const;
    static QString signatureOf(const QString &connection);
    // Why a file is not a case library before SQLite opens it ("" when it may be one).
    static QString headerProblem(const QString &path);

    QString m_connection;
    QString m_path;
    QString m_error;
    bool m_damaged = false;
    ReadOnlyReason m_readOnly = ReadOnlyReason::None;
    bool m_changed = false; // written since opened (a backup is taken on closing)
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace pension::storage
