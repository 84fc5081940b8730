#pragma once
// pension-cli: the commands of shared/spec/case-format.md. Kept apart from main() so tests can run it in-process.

#include <QStringList>
#include <QTextStream>

namespace pension::cli {

// Runs one command line (without the program name). Returns the exit status: 0 ok, 2 bad input, 1 anything else.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

// The command a command line names ("report"), or an empty string when it names none or cannot be parsed (run()
// then says why).
QString commandOf(const QStringList &args);

// Qt's own diagnostics (platform plugin, runtime-directory notices) stay off stderr, which carries only the
// program's one-line messages; PENSION_DEBUG=1 lets them through.
void quietQtMessages();

} // namespace pension::cli
