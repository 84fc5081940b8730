// pension-cli: a thin main on the `cli` library. `report` runs in the pension-report module (it needs Qt Widgets
// and Charts for the PDF's chart); every other command runs here on Qt Core alone.
#include "cli.h"
#include "cliio.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

#include <memory>

namespace {

using ModuleMain = int (*)(int, char **);

// Loads the report module from beside the program (build tree, Windows) or the library folder of an installation.
ModuleMain loadReportModule(QString *tried)
{
    const QString here = QCoreApplication::applicationDirPath();
    QStringList dirs = {here, QDir(here).filePath(QStringLiteral(PENSION_MODULE_RELDIR))};
    if (qEnvironmentVariableIsSet("PENSION_REPORT_MODULE_DIR"))
        dirs.prepend(qEnvironmentVariable("PENSION_REPORT_MODULE_DIR"));
    for (const QString &dir : dirs) {
        auto *library = new QLibrary(QDir(dir).filePath(QStringLiteral("pension-report"))); // stays loaded
        if (auto fn = reinterpret_cast<ModuleMain>(library->resolve("pension_report_main")))
            return fn;
        *tried += (tried->isEmpty() ? QString() : QStringLiteral("; ")) + library->errorString();
        delete library;
    }
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    pension::cli::quietQtMessages();
    ModuleMain report = nullptr;
    {
        QCoreApplication probe(argc, argv);
        QStringList args = QCoreApplication::arguments();
        args.removeFirst();
        if (pension::cli::commandOf(args) != QStringLiteral("report")) {
            QTextStream out(stdout), err(stderr);
            const int status = pension::cli::run(args, out, err);
            return pension::cli::io::finishStdout(status, out, err);
        }
        QString tried;
        report = loadReportModule(&tried);
        if (!report) {
            QTextStream(stderr) << "report: the report module (pension-report) cannot be loaded: " << tried << '\n';
            return 1;
        }
    }
    // The module makes its own QApplication: the probe above is gone by now.
    return report(argc, argv);
}
