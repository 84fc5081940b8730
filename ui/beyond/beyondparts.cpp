#include "beyondparts.h"

#include "format.h"

#include <QAbstractScrollArea>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace pension::gui::beyondparts {

// A table as large as its few rows and columns: the panel around it scrolls instead.
void fitContents(QTableView *view)
{
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->horizontalHeader()->setStretchLastSection(false);
    view->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QLabel *label(const char *name, bool wrap)
{
    auto *l = new QLabel;
    if (name)
        l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(wrap);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString percent(Ppm p)
{
    return Format::text(formatPercent(p));
}

// A panel's contents in a frameless scroll area, so large-font mode scrolls instead of growing the window.
QVBoxLayout *scrolledLayout(QWidget *panel)
{
    auto *content = new QWidget;
    auto *scroll = new QScrollArea;
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(scroll);
    return new QVBoxLayout(content);
}

QFont scaled(const QFont &base, double factor, bool bold)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

} // namespace pension::gui::beyondparts
