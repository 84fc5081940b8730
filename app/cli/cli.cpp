#include "cli.h"

#include "batch.h"
#include "clicommon.h"

#include "texts.h"

#include <cstdlib>

namespace pension::cli {

QString commandOf(const QStringList &args)
{
    try {
        bool help = false, version = false;
        const Options o = parseArgs(args, help, version);
        return help || version ? QString() : o.command;
    } catch (const BadInput &) {
        return {};
    }
}

void quietQtMessages()
{
    if (qEnvironmentVariableIsSet("PENSION_DEBUG"))
        return;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            QTextStream(stderr) << message << '\n';
            std::abort();
        }
    });
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    try {
        bool help = false, version = false;
        // The language first, so that even a bad option is answered in it: the last valid --lang given, else the
        // default.
        QString language = Options{}.lang;
        for (qsizetype i = 0; i + 1 < args.size(); ++i)
            if (args[i] == QStringLiteral("--lang") &&
                (args[i + 1] == QStringLiteral("zh") || args[i + 1] == QStringLiteral("en")))
                language = args[i + 1];
        texts::installLanguage(language);
        const Options o = parseArgs(args, help, version);
        if (!texts::installLanguage(o.lang))
            err << "warning: the Chinese translation could not be loaded; English is shown\n";
        if (version) {
            out << QStringLiteral("pension-cli %1\n").arg(QStringLiteral(PENSION_VERSION));
            return 0;
        }
        if (help || args.isEmpty() || o.command == QStringLiteral("help")) {
            usage(out, o.command == QStringLiteral("help") && !o.positional.isEmpty() ? o.positional.constFirst()
                                                                                      : o.command);
            return 0;
        }
        if (o.command == QStringLiteral("estimate"))
            return cmdEstimate(o, out);
        if (o.command == QStringLiteral("compare"))
            return cmdCompare(o, out);
        if (o.command == QStringLiteral("retirement"))
            return cmdRetirement(o, out);
        if (o.command == QStringLiteral("batch")) {
            if (o.positional.size() != 1)
                throw BadInput{tr("batch: exactly one IN.csv file")};
            BatchOptions b{o.positional.front(), o.output, o.plans, today(o), 0};
            return runBatch(b, library(o), err);
        }
        if (o.command == QStringLiteral("goal"))
            return cmdGoal(o, out);
#ifdef PENSION_HAVE_REPORTS
        if (o.command == QStringLiteral("report"))
            return cmdReport(o, err);
#endif
        if (o.command == QStringLiteral("export"))
            return cmdExport(o);
        if (o.command == QStringLiteral("solve"))
            return cmdSolve(o, out);
        if (o.command == QStringLiteral("after"))
            return cmdAfter(o, out);
        if (o.command.isEmpty())
            throw BadInput{tr("COMMAND: one of estimate, compare, retirement, goal, solve, after, batch, report, "
                              "export (pension-cli help)")};
        throw BadInput{
            tr("%1: unknown command (estimate, compare, retirement, goal, solve, after, batch, report, export)")
                .arg(o.command)};
    } catch (const BadInput &b) {
        err << b.message << '\n';
        err.flush();
        return 2;
    } catch (const std::exception &e) {
        err << tr("error: %1").arg(QString::fromUtf8(e.what())) << '\n';
        return 1;
    }
}

} // namespace pension::cli
