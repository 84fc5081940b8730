#pragma once
// Files the program reads and writes, whole or not at all (Qt Core only; shared by the command line, the report and
// export writers and the case library).
//
// Reading: only a regular file (a symbolic link is judged by its target), and never more than a cap, so a device
// (/dev/zero), a pipe or a folder given as a case, a parameter pack or a batch file is refused instead of read
// without end. Writing: to a temporary file beside the target, every write checked, renamed over the target only
// when all of it is on disk (QSaveFile); the old file stays as it was on any failure. Files are created readable by
// the owner alone: they hold names and full ID numbers.

#include <QByteArray>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace pension::safefile {

enum class ReadProblem {
    None,
    Missing,    // no such file
    NotRegular, // a device, a pipe, a socket
    Folder,     // a folder
    TooLarge,   // larger than the cap
    Unreadable, // exists but cannot be opened or read (the reason is in ReadResult::reason)
};

struct ReadResult {
    QByteArray bytes;
    ReadProblem problem = ReadProblem::None;
    QString reason; // the system's words for Unreadable
    bool ok() const { return problem == ReadProblem::None; }
};

// Reads a whole regular file of at most `cap` bytes.
ReadResult readRegular(const QString &path, qint64 cap);

// A file written beside its target and renamed over it on commit(). Every write is checked; after the first
// failure the rest are skipped and commit() fails, leaving the old file untouched.
class Writer {
public:
    explicit Writer(const QString &path);
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    bool open();
    bool write(const char *data, qint64 size);
    bool write(const QByteArray &bytes) { return write(bytes.constData(), bytes.size()); }
    // The device to hand a writer that takes a QIODevice (QPdfWriter); check ok() afterwards.
    QIODevice *device();
    bool ok() const;
    // Renames the finished file over the target, readable by the owner alone. False (and the old file kept) if any
    // write failed, the disk filled up or the rename failed.
    bool commit();
    // "FILE cannot be written: REASON", naming the file as the user gave it.
    QString errorText() const;

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    QString m_reason;
};

// Writes `bytes` to `path` whole or not at all. On failure `error` gets Writer::errorText().
bool writeWhole(const QString &path, const QByteArray &bytes, QString *error);

// Readable and writable by the owner alone (0600; on Windows only what Qt's permissions can express).
void restrictToOwner(const QString &path);

// The message for a file that cannot be written, naming it (native separators) and the reason.
QString cannotWrite(const QString &path, const QString &reason);

} // namespace pension::safefile
