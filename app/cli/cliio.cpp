#include "cliio.h"

#include "packcheck.h"
#include "safefile.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileDevice>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace pension::cli::io {

namespace {

// The context lupdate files these strings under (the namespace).
QString tr(const char *text)
{
    return QCoreApplication::translate("pension::cli::io", text);
}

} // namespace

std::optional<QString> readInput(const QString &what, const QString &path, qint64 cap, QByteArray *bytes)
{
    safefile::ReadResult r = safefile::readRegular(path, cap);
    switch (r.problem) {
    case safefile::ReadProblem::None: *bytes = std::move(r.bytes); return std::nullopt;
    case safefile::ReadProblem::Missing: return tr("%1: no such file \"%2\"").arg(what, path);
    case safefile::ReadProblem::Folder:
    case safefile::ReadProblem::Unreadable: return tr("%1: cannot read \"%2\"").arg(what, path);
    case safefile::ReadProblem::NotRegular:
        return tr("%1: \"%2\" is not a regular file (a device, a pipe or a socket is not read)").arg(what, path);
    case safefile::ReadProblem::TooLarge:
        return tr("%1: \"%2\" is larger than %3 MiB").arg(what, path).arg(cap / (1024 * 1024));
    }
    return tr("%1: cannot read \"%2\"").arg(what, path);
}

std::optional<QString> checkStreamInput(const QString &what, const QString &path)
{
    QByteArray none;
    // With a cap of -1 every regular file is "too large": that, and nothing else, may be streamed.
    const safefile::ReadResult r = safefile::readRegular(path, -1);
    if (r.problem == safefile::ReadProblem::TooLarge || r.problem == safefile::ReadProblem::None)
        return std::nullopt;
    return readInput(what, path, 0, &none);
}

QByteArray checkedPack(const QByteArray &text)
{
    return packcheck::againstShipped(text).text;
}

std::optional<YearMonth> dateOption(const QString &value)
{
    if (value.size() == 7)
        return YearMonth::parse(value.toStdString());
    if (value.size() != 10)
        return std::nullopt;
    const QDate day = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
    if (!day.isValid())
        return std::nullopt;
    return YearMonth::parse(value.left(7).toStdString());
}

std::optional<QString> writeOutput(const QString &path, const QByteArray &bytes)
{
    QString error;
    if (safefile::writeWhole(path, bytes, &error))
        return std::nullopt;
    return error;
}

int finishStdout(int status, QTextStream &out, QTextStream &err)
{
    out.flush();
    QString reason;
    // The device reports a failed write (QTextStream does not always): ENOSPC, EPIPE, EIO.
    if (auto *file = qobject_cast<QFileDevice *>(out.device())) {
        if (!file->flush() || file->error() != QFileDevice::NoError)
            reason = file->errorString();
    }
    errno = 0;
    if (reason.isEmpty() && (std::fflush(stdout) != 0 || std::ferror(stdout)))
        reason = errno ? QString::fromLocal8Bit(std::strerror(errno)) : tr("write error");
    if (reason.isEmpty() && out.status() != QTextStream::Ok)
        reason = tr("write error");
    if (reason.isEmpty())
        return status;
    err << tr("standard output could not be written: %1").arg(reason) << '\n';
    err.flush();
    return status == 0 ? 1 : status;
}

} // namespace pension::cli::io
