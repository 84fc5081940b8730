#include "residentview.h"

#include "colors.h"
#include "resultview.h"
#include "texts.h"

#include <QAbstractItemModel>
#include <QCloseEvent>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace pension::gui {

namespace {
// Type for a reader a metre and a half away: about twice the desktop's size (the total is larger still).
constexpr double kResidentScale = 2.2;
} // namespace

ResidentView::ResidentView(QAbstractItemModel *pins, QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("residentView"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // lines wrap to the screen's width
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_who = new QLabel;
    m_who->setObjectName(QStringLiteral("residentWho"));
    m_who->setWordWrap(true);
    layout->addWidget(m_who);
    m_result = new ResultView;
    m_result->setObjectName(QStringLiteral("residentResult"));
    m_result->setResidentMode(true);
    layout->addWidget(m_result);
    m_pinsTitle = new QLabel;
    m_pinsTitle->setObjectName(QStringLiteral("residentPinsTitle"));
    layout->addWidget(m_pinsTitle);
    m_pins = new QTableView;
    m_pins->setObjectName(QStringLiteral("residentPins"));
    m_pins->setModel(pins);
    m_pins->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pins->setSelectionMode(QAbstractItemView::NoSelection);
    m_pins->setFocusPolicy(Qt::NoFocus);
    m_pins->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_pins->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_pins);
    // The notes last: below the figures and the plans, so they never push those out of view.
    m_notesTitle = new QLabel;
    m_notes = new QLabel;
    m_notes->setObjectName(QStringLiteral("residentNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    colors::setText(m_notes, colors::note);
    layout->addWidget(m_notesTitle);
    layout->addWidget(m_notes);
    layout->addStretch();
    scroll->setWidget(page);
    outer->addWidget(scroll);
    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("residentHint"));
    colors::setText(m_hint, colors::hint);
    outer->addWidget(m_hint);
    connect(pins, &QAbstractItemModel::modelReset, this, &ResidentView::updatePins, Qt::QueuedConnection);
    connect(pins, &QAbstractItemModel::layoutChanged, this, &ResidentView::updatePins, Qt::QueuedConnection);
    connect(pins, &QAbstractItemModel::dataChanged, this, &ResidentView::updatePins, Qt::QueuedConnection);
    applyFonts();
    retranslate();
    updatePins();
}

void ResidentView::showResult(const Result &result, const QString &planTitle, const QString &who)
{
    m_who->setText(who);
    m_who->setVisible(!who.isEmpty());
    m_result->showResult(result, planTitle);
    QStringList items;
    for (const Warning &w : result.warnings)
        items << QStringLiteral("<li>") + texts::warning(w).toHtmlEscaped() + QStringLiteral("</li>");
    m_notes->setText(items.isEmpty() ? QString()
                                     : QStringLiteral("<ul>") + items.join(QString()) + QStringLiteral("</ul>"));
    m_notesTitle->setVisible(!items.isEmpty());
    m_notes->setVisible(!items.isEmpty());
}

void ResidentView::showMessage(const QString &message)
{
    m_result->showMessage(message);
    m_notesTitle->hide();
    m_notes->hide();
}

void ResidentView::updatePins()
{
    const bool any = m_pins->model() && m_pins->model()->columnCount() > 0 && m_pins->model()->rowCount() > 0;
    m_pinsTitle->setVisible(any);
    m_pins->setVisible(any);
    if (!any)
        return;
    m_pins->resizeRowsToContents();
    m_pins->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    int height = m_pins->horizontalHeader()->height() + 2 * m_pins->frameWidth();
    for (int row = 0; row < m_pins->model()->rowCount(); ++row)
        height += m_pins->rowHeight(row);
    m_pins->setFixedHeight(height);
}

void ResidentView::retranslate()
{
    setWindowTitle(tr("For the resident"));
    m_pinsTitle->setText(tr("The plans compared"));
    m_notesTitle->setText(tr("Notes"));
    m_hint->setText(tr("F11 or Esc: back to the counter screen"));
}

void ResidentView::applyFonts()
{
    QFont big = parentWidget() ? parentWidget()->font() : font();
    big.setPointSizeF(big.pointSizeF() * kResidentScale);
    m_result->setFont(big);
    m_pins->setFont(big);
    m_pins->horizontalHeader()->setFont(big);
    m_pins->verticalHeader()->setFont(big);
    QFont title = big;
    title.setBold(true);
    m_who->setFont(title);
    m_pinsTitle->setFont(title);
    m_notesTitle->setFont(title);
    QFont notes = big;
    notes.setPointSizeF(big.pointSizeF() * 0.7);
    m_notes->setFont(notes);
    updatePins();
}

void ResidentView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F11) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ResidentView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResidentView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updatePins(); // the rows' heights follow the columns' widths
}

void ResidentView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updatePins();
}

void ResidentView::closeEvent(QCloseEvent *event)
{
    emit closed();
    QWidget::closeEvent(event);
}

} // namespace pension::gui
