// pension-planner: the desktop program. Everything but the start lives in the `gui` library (ui/).
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PensionPlanner"));
    QApplication::setApplicationName(QStringLiteral("pension-planner"));
    QApplication::setApplicationVersion(QStringLiteral(PENSION_VERSION));

    // Chinese unless the user chose English (the menu switches it while running).
    pension::gui::applyLanguage(QSettings().value(QStringLiteral("view/language"), QStringLiteral("zh")).toString());

    pension::gui::MainWindow window;
    window.loadSettings();
    window.show();
    return QApplication::exec();
}
