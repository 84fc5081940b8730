#pragma once
// What the case form's two files share (caseform.cpp: the values, the errors, the history; caseformgroups.cpp: the
// groups built). Internal to the form.

#include <QString>
#include <QStringList>

class QTableView;

namespace pension::gui::caseform {

enum HistoryColumn { HYear, HMonths, HMonthlyBase, HBaseTotal, HAccountCredit, HColumns };
enum PeriodColumn { PFrom, PUntil, PGrade, PKind, PColumns };

// A field's label by its path ("person.name"), in the current language.
QString labelText(const QString &path);
QStringList historyHeaders();
QStringList periodHeaders();
// Row height and a fixed height for `rows` rows, from the current font (again after a font change).
void sizeTable(QTableView *view, int rows);

} // namespace pension::gui::caseform
