#include "cli.h"
#include "cliio.h"

#include <QCoreApplication>
#ifdef PENSION_HAVE_REPORTS
#include <QApplication>
#endif

#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
#ifdef PENSION_HAVE_REPORTS
    // The A4 report draws text and a chart: it needs a GUI application, offscreen when there is no display.
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QTextStream out(stdout), err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int status = pension::cli::run(args, out, err);
    return pension::cli::io::finishStdout(status, out, err);
}
