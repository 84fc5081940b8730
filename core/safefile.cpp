#include "safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pension::safefile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pension::safefile", text);
}

QString folderReason()
{
    return tr("it is a folder");
}
QString notWrittenReason()
{
    return tr("the data could not be written");
}
QString notOpenedReason()
{
    return tr("it was not opened");
}

} // namespace

ReadResult readRegular(const QString &path, qint64 cap)
{
    ReadResult r;
    const QFileInfo info(path); // follows a symbolic link: the target is what would be read
    if (!info.exists()) {
        r.problem = ReadProblem::Missing;
        return r;
    }
    if (info.isDir()) {
        r.problem = ReadProblem::Folder;
        return r;
    }
    // Qt calls only a regular file a file: devices, pipes and sockets are not (and opening a pipe would wait).
    if (!info.isFile()) {
        r.problem = ReadProblem::NotRegular;
        return r;
    }
    if (info.size() > cap) {
        r.problem = ReadProblem::TooLarge;
        return r;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.problem = ReadProblem::Unreadable;
        r.reason = f.errorString();
        return r;
    }
    // Read at most one byte past the cap: a file that grows (or was swapped) after the check still stops there.
    r.bytes = f.read(cap + 1);
    if (f.error() != QFileDevice::NoError) {
        r.problem = ReadProblem::Unreadable;
        r.reason = f.errorString();
        r.bytes.clear();
    } else if (r.bytes.size() > cap) {
        r.problem = ReadProblem::TooLarge;
        r.bytes.clear();
    }
    return r;
}

Writer::Writer(const QString &path) : m_path(path), m_file(std::make_unique<QSaveFile>(path)) {}

Writer::~Writer() = default; // an uncommitted QSaveFile removes its temporary file

bool Writer::open()
{
    if (QFileInfo(m_path).isDir()) {
        m_reason = folderReason();
        return false;
    }
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_reason = m_file->errorString();
        return false;
    }
    // Owner-only from the start: the temporary file holds the same personal data as the finished one.
    m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool Writer::write(const char *data, qint64 size)
{
    if (!ok())
        return false;
    if (m_file->write(data, size) != size) {
        m_reason = m_file->errorString();
        if (m_reason.isEmpty())
            m_reason = notWrittenReason();
        m_file->cancelWriting();
        return false;
    }
    return true;
}

QIODevice *Writer::device()
{
    return m_file.get();
}

bool Writer::ok() const
{
    return m_reason.isEmpty() && m_file->isOpen() && m_file->error() == QFileDevice::NoError;
}

bool Writer::commit()
{
    if (!m_reason.isEmpty())
        return false;
    if (!m_file->isOpen()) {
        m_reason = notOpenedReason();
        return false;
    }
    if (m_file->error() != QFileDevice::NoError) {
        // A writer that took the device (QPdfWriter) does not report failed writes: the device does.
        m_reason = m_file->errorString();
        m_file->cancelWriting();
        m_file->commit(); // discards the temporary file
        return false;
    }
    if (!m_file->commit()) {
        m_reason = m_file->errorString();
        if (m_reason.isEmpty())
            m_reason = notWrittenReason();
        return false;
    }
    restrictToOwner(m_path); // the rename kept the temporary file's mode; this covers a system that did not
    return true;
}

QString Writer::errorText() const
{
    return cannotWrite(m_path, m_reason);
}

bool writeWhole(const QString &path, const QByteArray &bytes, QString *error)
{
    Writer w(path);
    if (w.open() && w.write(bytes) && w.commit())
        return true;
    if (error)
        *error = w.errorText();
    return false;
}

void restrictToOwner(const QString &path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), reason);
}

} // namespace pension::safefile
