#pragma once
// The command line's file input and output: what it reads is a regular file within a size cap, what it writes is
// whole or not at all (core/safefile), and standard output that cannot be written is an error, not a quiet exit 0.

#include "yearmonth.h"

#include <QByteArray>
#include <QString>
#include <QTextStream>

#include <optional>

namespace pension::cli::io {

inline constexpr qint64 kMaxCaseFile = 16 * 1024 * 1024;
inline constexpr qint64 kMaxPackFile = 16 * 1024 * 1024;

// Reads `path` for the argument `what` (CASE, --params); on failure returns the message naming both.
std::optional<QString> readInput(const QString &what, const QString &path, qint64 cap, QByteArray *bytes);
// Whether `path` may be opened for streaming (a regular file); the message naming it otherwise.
std::optional<QString> checkStreamInput(const QString &what, const QString &path);

// A pack from --params as it goes into the library: an edited copy of a shipped pack under a "-local.0" version
// (ui/packcheck), so every result computed with it is marked.
QByteArray checkedPack(const QByteArray &text);

// --date: YYYY-MM or a real calendar day YYYY-MM-DD (2025-06-99 and 2025-02-30 are not); nullopt otherwise.
std::optional<YearMonth> dateOption(const QString &value);

// Writes `bytes` to `path` whole or not at all; the message naming the file and the reason otherwise.
std::optional<QString> writeOutput(const QString &path, const QByteArray &bytes);

// After a command: flushes standard output; if any of it could not be written (a full disk, a closed pipe,
// > /dev/full) says so on `err` and turns a successful exit status into 1.
int finishStdout(int status, QTextStream &out, QTextStream &err);

} // namespace pension::cli::io
