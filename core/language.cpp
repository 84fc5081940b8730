#include "language.h"

#include "texts.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace pension::gui {

namespace {

QString &current()
{
    static QString language = QStringLiteral("en"); // no translator installed yet: the source text
    return language;
}

std::vector<QTranslator *> &installed()
{
    static std::vector<QTranslator *> translators;
    return translators;
}

} // namespace

bool applyLanguage(const QString &requested)
{
    const QString language = requested == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("zh");
    for (QTranslator *t : installed()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();
    const bool ok = texts::installLanguage(language);
    current() = ok ? language : QStringLiteral("en");
    if (current() != QStringLiteral("zh"))
        return ok;
    // Qt's own words (standard buttons, dialogs).
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().push_back(qt);
    } else {
        delete qt;
    }
    return ok;
}

QString currentLanguage()
{
    return current();
}

} // namespace pension::gui
