#pragma once
// pension-cli: the commands of shared/spec/case-format.md. Kept apart from main() so tests can run it in-process.

#include <QStringList>
#include <QTextStream>

namespace pension::cli {

// Runs one command line (without the program name). Returns the exit status: 0 ok, 2 bad input, 1 anything else.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace pension::cli
