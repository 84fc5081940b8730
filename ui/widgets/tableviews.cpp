#include "tableviews.h"

#include <QHeaderView>

namespace pension::gui {

QTableView *displayTable(const char *objectName, QAbstractItemModel *model, ColumnFit fit)
{
    auto *view = new QTableView;
    view->setObjectName(QString::fromLatin1(objectName));
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->verticalHeader()->hide();
    view->setTabKeyNavigation(false);
    if (fit == ColumnFit::FitContents) {
        view->setWordWrap(false);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
    }
    return view;
}

} // namespace pension::gui
