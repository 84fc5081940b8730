#pragma once
// The interface language: Chinese (default) or English, switched while the program runs. Installs the program's
// translation (texts::installLanguage) and Qt's own (standard buttons and dialogs).

#include <QString>

namespace pension::gui {

// "zh" or "en"; anything else is taken as "zh".
bool applyLanguage(const QString &language);
QString currentLanguage();

} // namespace pension::gui
