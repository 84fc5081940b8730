#pragma once
// What the Beyond tab's panels share (one file per panel). Internal to the tab.

#include "money.h"

#include <QFont>
#include <QString>

class QLabel;
class QTableView;
class QVBoxLayout;
class QWidget;

namespace pension::gui::beyondparts {

// A table as large as its few rows and columns: the panel around it scrolls instead.
void fitContents(QTableView *view);
QLabel *label(const char *name = nullptr, bool wrap = true);
QString percent(Ppm p);
// A panel's contents in a frameless scroll area, so large-font mode scrolls instead of growing the window.
QVBoxLayout *scrolledLayout(QWidget *panel);
QFont scaled(const QFont &base, double factor, bool bold);

} // namespace pension::gui::beyondparts
