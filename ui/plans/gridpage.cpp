#include "gridpage.h"

#include "colors.h"
#include "format.h"
#include "gridmodel.h"
#include "pinsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pension::gui {

GridPage::GridPage(QWidget *parent) : QWidget(parent)
{
    m_model = new GridModel(this);
    m_pins = new PinsModel(this);

    auto *outer = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_retireLabel = new QLabel;
    m_retire = new QComboBox;
    m_retire->setObjectName(QStringLiteral("gridRetireCombo"));
    m_retire->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_retireLabel->setBuddy(m_retire);
    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    colors::setText(m_hint, colors::hint);
    top->addWidget(m_retireLabel);
    top->addWidget(m_retire);
    top->addSpacing(12);
    m_marginal = new QCheckBox;
    m_marginal->setObjectName(QStringLiteral("gridMarginalCheck"));
    top->addWidget(m_marginal);
    top->addSpacing(12);
    top->addWidget(m_hint, 1);
    outer->addLayout(top);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("gridSplitter"));
    split->setChildrenCollapsible(false);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("gridTable"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    // Fixed cell sizes from the font (measuring a thousand two-line cells on every keystroke would be slow).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("gridMessage"));
    m_message->setWordWrap(true);
    colors::setText(m_message, colors::hint);
    m_message->hide();
    outer->addWidget(m_message);
    split->addWidget(m_table);

    auto *pinsBox = new QWidget;
    auto *pinsLayout = new QVBoxLayout(pinsBox);
    pinsLayout->setContentsMargins(0, 0, 0, 0);
    auto *pinsBar = new QHBoxLayout;
    m_pinsTitle = new QLabel;
    QFont bold = m_pinsTitle->font();
    bold.setBold(true);
    m_pinsTitle->setFont(bold);
    m_pin = new QPushButton;
    m_pin->setObjectName(QStringLiteral("pinButton"));
    m_unpin = new QPushButton;
    m_unpin->setObjectName(QStringLiteral("unpinButton"));
    m_clearPins = new QPushButton;
    m_clearPins->setObjectName(QStringLiteral("clearPinsButton"));
    pinsBar->addWidget(m_pinsTitle);
    pinsBar->addStretch();
    pinsBar->addWidget(m_pin);
    pinsBar->addWidget(m_unpin);
    pinsBar->addWidget(m_clearPins);
    pinsLayout->addLayout(pinsBar);
    m_pinsTable = new QTableView;
    m_pinsTable->setObjectName(QStringLiteral("pinsTable"));
    m_pinsTable->setModel(m_pins);
    m_pinsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pinsTable->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_pinsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pinsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_pinsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pinsTable->setWordWrap(true);
    m_pinsTable->setTabKeyNavigation(false);
    pinsLayout->addWidget(m_pinsTable);
    split->addWidget(pinsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    outer->addWidget(split, 1);

    connect(m_retire, &QComboBox::currentIndexChanged, m_model, &GridModel::setRetireIndex);
    connect(m_marginal, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setSecondLine(on ? GridModel::SecondLine::Marginal : GridModel::SecondLine::Paid);
        sizeCells();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &GridPage::onCurrentChanged);
    connect(m_table, &QTableView::doubleClicked, this, &GridPage::pinCurrent);
    connect(m_pin, &QPushButton::clicked, this, &GridPage::pinCurrent);
    connect(m_unpin, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_pinsTable->currentIndex();
        if (i.isValid())
            emit unpinRequested(i.column());
        else if (m_pins->columnCount() > 0)
            emit unpinRequested(m_pins->columnCount() - 1);
    });
    connect(m_clearPins, &QPushButton::clicked, this, &GridPage::clearPinsRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GridPage::sizeCells);
    retranslate();
}

bool GridPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            pinCurrent();
            return true;
        }
    }
    // Tabbing into the grid: a cell is current at once (the form's grade at the column paying to retirement when
    // the grid has them, else the first), so the arrow keys and Enter have somewhere to start; it opens as any
    // selected cell does.
    if (watched == m_table && event->type() == QEvent::FocusIn && !m_table->currentIndex().isValid() &&
        m_model->rowCount() > 0 && m_model->columnCount() > 0) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::MouseFocusReason) // a click chooses its own cell
            m_table->setCurrentIndex(m_model->startIndex());
    }
    return QWidget::eventFilter(watched, event);
}

void GridPage::sizeCells()
{
    const QFontMetrics fm = m_table->fontMetrics();
    const QString second = m_marginal->isChecked()
                               ? GridModel::tr("+%1 per 10k").arg(QStringLiteral("1,234.56"))
                               : GridModel::tr("%1%2\npays %3").arg(QString(), QString(), QStringLiteral("1,234,567"));
    int width = fm.horizontalAdvance(QStringLiteral("12,345.67 *"));
    for (const QString &line : second.split(QLatin1Char('\n')))
        width = std::max(width, fm.horizontalAdvance(line));
    for (int c = 0; c < m_model->columnCount(); ++c)
        width =
            std::max(width, fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()));
    m_table->horizontalHeader()->setDefaultSectionSize(width + 14);
    m_table->verticalHeader()->setDefaultSectionSize(2 * fm.lineSpacing() + 8);
}

void GridPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        sizeCells();
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GridPage::retranslate()
{
    m_retireLabel->setText(tr("&Retirement:"));
    m_hint->setText(tr("Rows: contribution grade; columns: how many more years to pay. Each cell: the monthly "
                       "pension and what the person pays from now (or, ticked, how much more a month each extra "
                       "10,000 yuan buys against the grade below); the tooltip adds the break-even age. Select a "
                       "cell to see the plan in full; Enter or double-click pins it (up to four)."));
    m_marginal->setText(tr("Value of 10,000 yuan &more"));
    m_marginal->setToolTip(tr("Second line of each cell: how much more a month each extra 10,000 yuan paid buys, "
                              "against the next lower grade"));
    m_pinsTitle->setText(tr("Pinned plans"));
    m_pin->setText(tr("&Pin plan"));
    m_unpin->setText(tr("Unpin"));
    m_clearPins->setText(tr("Clear pins"));
    fillRetireChoices();
    m_model->retranslate();
    m_pins->retranslate();
}

void GridPage::fillRetireChoices()
{
    const QSignalBlocker block(m_retire);
    const int current = m_model->retireIndex();
    m_retire->clear();
    for (const RetireChoice &r : m_model->request().retires)
        m_retire->addItem(Format::retireChoice(r));
    m_retire->setCurrentIndex(std::min(current, m_retire->count() - 1));
}

void GridPage::setGrid(const Grid &grid, const GridRequest &request, YearMonth asOf, std::optional<Ppm> formGrade)
{
    const bool sameChoices = request.retires == m_model->request().retires;
    const QModelIndex current = m_table->currentIndex();
    m_message->hide();
    m_selecting = true;
    m_model->setGrid(grid, request, asOf, formGrade);
    if (!sameChoices)
        fillRetireChoices();
    if (current.isValid() && current.row() < m_model->rowCount() && current.column() < m_model->columnCount())
        m_table->setCurrentIndex(m_model->index(current.row(), current.column()));
    m_selecting = false;
}

void GridPage::clear()
{
    m_model->clear();
    fillRetireChoices();
}

void GridPage::showMessage(const QString &message)
{
    clear();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void GridPage::reset()
{
    m_selecting = true;
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    m_selecting = false;
    m_model->reset();
    fillRetireChoices();
    m_message->hide();
}

std::optional<CellKey> GridPage::currentCell() const
{
    return m_model->cellKey(m_table->currentIndex());
}

void GridPage::selectCell(const std::optional<CellKey> &key)
{
    m_selecting = true;
    if (!key) {
        m_table->clearSelection();
        m_table->setCurrentIndex({});
    } else if (QModelIndex i = m_model->indexOf(*key); i.isValid()) {
        m_table->setCurrentIndex(i);
    }
    m_selecting = false;
}

void GridPage::onCurrentChanged()
{
    if (m_selecting)
        return;
    if (auto key = currentCell())
        emit cellSelected(*key);
}

void GridPage::pinCurrent()
{
    if (auto key = currentCell())
        emit pinRequested(*key);
}

} // namespace pension::gui
