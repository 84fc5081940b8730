// pension-planner: the desktop program. Everything but the start lives in the `gui` library (ui/).
#include "counterworkflow.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

namespace {

struct Arguments {
    bool help = false, version = false;
    QString language; // empty: the saved choice
    QString file;
    QString error; // a one-line message for stderr (exit status 2)
};

// Parsed before any application object exists, so --help and --version answer without a display.
Arguments parseArguments(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("zh|en"));
    parser.addOptions({help, version, lang});
    Arguments a;
    if (!parser.parse(args)) {
        a.error = parser.unknownOptionNames().isEmpty()
                      ? parser.errorText()
                      : QStringLiteral("--%1: unknown option").arg(parser.unknownOptionNames().constFirst());
        return a;
    }
    a.help = parser.isSet(help);
    a.version = parser.isSet(version);
    a.language = parser.value(lang);
    if (!a.language.isEmpty() && a.language != QStringLiteral("zh") && a.language != QStringLiteral("en"))
        a.error = QStringLiteral("--lang: one of zh, en (got \"%1\")").arg(a.language);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        a.error = QStringLiteral("FILE: at most one case file (got %1)").arg(files.size());
    else if (!files.isEmpty())
        a.file = files.constFirst();
    return a;
}

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PensionPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("pension-planner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PENSION_VERSION));
}

QString savedLanguage(const Arguments &a)
{
    return a.language.isEmpty() ? QSettings().value(QStringLiteral("view/language"), QStringLiteral("zh")).toString()
                                : a.language;
}

} // namespace

int main(int argc, char *argv[])
{
    const Arguments args = parseArguments(argc, argv);
    if (!args.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", args.error.toLocal8Bit().constData());
        return 2;
    }
    if (args.help || args.version) {
        QCoreApplication app(argc, argv);
        setNames();
        pension::gui::applyLanguage(savedLanguage(args));
        QTextStream out(stdout);
        if (args.version) {
            out << QStringLiteral("pension-planner %1\n").arg(QStringLiteral(PENSION_VERSION));
            return 0;
        }
        out << QCoreApplication::translate("pension::gui::main",
                                           "usage: pension-planner [--lang zh|en] [FILE.pension.json]")
            << '\n'
            << QCoreApplication::translate(
                   "pension::gui::main",
                   "The pension projection desktop program. Given a case file, it opens that case.")
            << "\n\n"
            << QCoreApplication::translate("pension::gui::main", "options:") << '\n'
            << QStringLiteral("  --lang zh|en      ")
            << QCoreApplication::translate("pension::gui::main", "the interface language for this start") << '\n'
            << QStringLiteral("  -h, --help        ")
            << QCoreApplication::translate("pension::gui::main", "show this help") << '\n'
            << QStringLiteral("  --version         ")
            << QCoreApplication::translate("pension::gui::main", "show the version") << '\n';
        return 0;
    }

    QApplication app(argc, argv);
    setNames();
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("pension-planner")));

    // Chinese unless the user chose English (the menu switches it while running).
    pension::gui::applyLanguage(savedLanguage(args));

    pension::gui::MainWindow window;
    window.loadSettings();
    window.show();
    if (!args.file.isEmpty())
        window.counter()->openCaseFileAt(args.file);
    return QApplication::exec();
}
