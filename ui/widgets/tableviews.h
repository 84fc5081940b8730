#pragma once
// Read-only tables that only display a model (ledger, explanation, the Beyond tab's tables): one look everywhere.

#include <QAbstractItemModel>
#include <QTableView>

namespace pension::gui {

enum class ColumnFit { Stretch, FitContents };

// A table with the view settings every display table shares; `fit` sizes the columns to their contents and
// stretches the last one, with no word wrap.
QTableView *displayTable(const char *objectName, QAbstractItemModel *model, ColumnFit fit = ColumnFit::Stretch);

} // namespace pension::gui
