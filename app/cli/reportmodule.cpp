// The pension-report module: pension-cli's `report` command with the A4 report linked in. pension-cli loads it only
// for that command, so the other commands start without Qt Widgets and Charts.
#include "cli.h"
#include "cliio.h"

#include <QApplication>

#if defined(_WIN32)
#define PENSION_MODULE_EXPORT extern "C" __declspec(dllexport)
#else
#define PENSION_MODULE_EXPORT extern "C" __attribute__((visibility("default")))
#endif

PENSION_MODULE_EXPORT int pension_report_main(int argc, char **argv)
{
    pension::cli::quietQtMessages();
    // The report draws text and a chart: it needs a GUI application, offscreen when there is no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int status = pension::cli::run(args, out, err);
    return pension::cli::io::finishStdout(status, out, err);
}
