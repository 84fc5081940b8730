#include "librarydialog.h"

#include "caseconvert.h"
#include "caselibrary.h"
#include "colors.h"
#include "dialogs.h"
#include "report.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pension::gui {

namespace {
enum Column { NameColumn, IdColumn, UpdatedColumn, Columns };
}

LibraryDialog::LibraryDialog(storage::CaseLibrary &library, Dialogs &dialogs, QWidget *parent)
    : QDialog(parent), m_library(library), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("libraryDialog"));
    setAttribute(Qt::WA_WindowPropagation); // the large-font mode reaches the dialog
    auto *layout = new QVBoxLayout(this);

    auto *searchRow = new QHBoxLayout;
    m_searchLabel = new QLabel;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("librarySearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_table = new QTableWidget(0, Columns);
    m_table->setObjectName(QStringLiteral("libraryTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UpdatedColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("libraryStatus"));
    m_status->setWordWrap(true);
    colors::setText(m_status, colors::hint);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton;
    m_open->setObjectName(QStringLiteral("libraryOpenButton"));
    m_open->setDefault(true);
    m_copy = new QPushButton;
    m_copy->setObjectName(QStringLiteral("libraryCopyButton"));
    m_remove = new QPushButton;
    m_remove->setObjectName(QStringLiteral("libraryDeleteButton"));
    m_close = new QPushButton;
    m_close->setObjectName(QStringLiteral("libraryCloseButton"));
    m_close->setAutoDefault(false);
    buttons->addWidget(m_open);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &LibraryDialog::refresh);
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryDialog::openCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LibraryDialog::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int, int) { openCurrent(); });
    connect(m_open, &QPushButton::clicked, this, &LibraryDialog::openCurrent);
    connect(m_copy, &QPushButton::clicked, this, &LibraryDialog::copyCurrent);
    connect(m_remove, &QPushButton::clicked, this, &LibraryDialog::removeCurrent);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    m_search->installEventFilter(this);
    m_table->installEventFilter(this);

    retranslate();
    resize(760, 520);
    refresh();
    m_search->setFocus();
}

void LibraryDialog::retranslate()
{
    setWindowTitle(tr("Case library"));
    m_searchLabel->setText(tr("&Find (name or ID number):"));
    m_search->setPlaceholderText(tr("Type to search; ↑ ↓ choose, Enter opens"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("ID number"), tr("Last saved")});
    m_open->setText(tr("&Open"));
    m_open->setToolTip(tr("Open the selected case in the form (Enter)"));
    m_copy->setText(tr("&Copy as new case"));
    m_copy->setToolTip(tr("Save a copy of the selected case under a new entry, e.g. to try another plan"));
    m_remove->setText(tr("&Delete…"));
    m_remove->setToolTip(tr("Delete the selected case from the library (Delete key in the list); asks first"));
    m_close->setText(tr("Close"));
    refresh();
}

void LibraryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LibraryDialog::setSearchText(const QString &text)
{
    m_search->setText(text);
}

qint64 LibraryDialog::currentId() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, NameColumn) || !m_table->item(row, NameColumn)->isSelected())
        return 0;
    return m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong();
}

void LibraryDialog::selectId(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return;
        }
}

void LibraryDialog::refresh()
{
    const qint64 selected = currentId();
    const QString text = m_search->text().trimmed();
    // An ID number is stored as the engine checks it: full-width digits typed with an input method are read too.
    QString query = text;
    const QString asId = parse::idNumber(text);
    if (!asId.isEmpty() &&
        std::all_of(asId.begin(), asId.end(), [](QChar c) { return c.isDigit() || c == QLatin1Char('X'); }))
        query = asId;
    const QList<storage::CaseRecord> cases = m_library.search(query);
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(cases.size()));
    for (int row = 0; row < cases.size(); ++row) {
        const storage::CaseRecord &c = cases[row];
        auto *name = new QTableWidgetItem(c.name.isEmpty() ? tr("(no name)") : c.name);
        name->setData(Qt::UserRole, c.id);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, IdColumn, new QTableWidgetItem(report::maskIdNumber(c.idNumber)));
        m_table->setItem(row, UpdatedColumn,
                         new QTableWidgetItem(c.updated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    if (!cases.isEmpty()) {
        selectId(selected);
        if (currentId() == 0)
            m_table->selectRow(0);
    }
    if (!m_library.isOpen())
        m_status->setText(tr("The case library is not open: %1").arg(m_library.error()));
    else if (cases.isEmpty())
        m_status->setText(text.isEmpty() ? tr("The library is empty: save a case with Ctrl+S.")
                                         : tr("No case matches “%1”.").arg(text));
    else
        m_status->setText(tr("%n case(s)", nullptr, static_cast<int>(cases.size())));
    updateButtons();
}

void LibraryDialog::updateButtons()
{
    const bool any = currentId() != 0;
    m_open->setEnabled(any);
    m_copy->setEnabled(any);
    m_remove->setEnabled(any);
}

bool LibraryDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search) {
            switch (key->key()) {
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_PageUp:
            case Qt::Key_PageDown: {
                // The list moves; the cursor stays in the search field.
                QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
                QApplication::sendEvent(m_table, &copy);
                if (m_table->currentRow() >= 0)
                    m_table->selectRow(m_table->currentRow());
                return true;
            }
            default: break;
            }
        } else if (watched == m_table && key->key() == Qt::Key_Delete) {
            removeCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void LibraryDialog::openCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    accept();
    emit openRequested(id);
}

void LibraryDialog::copyCurrent()
{
    const qint64 id = currentId();
    const auto record = id ? m_library.load(id) : std::nullopt;
    if (!record)
        return;
    const QString name = tr("%1 (copy)").arg(record->name.isEmpty() ? record->idNumber : record->name);
    const qint64 copy = m_library.duplicate(id, name);
    if (copy == 0) {
        m_status->setText(tr("The copy could not be saved: %1").arg(m_library.error()));
        return;
    }
    m_search->setText(name);
    refresh();
    selectId(copy);
    m_status->setText(tr("Copied as a new case: “%1”. Enter opens it.").arg(name));
}

void LibraryDialog::removeCurrent()
{
    const qint64 id = currentId();
    const auto record = id ? m_library.load(id) : std::nullopt;
    if (!record)
        return;
    const QString who = record->name.isEmpty() ? report::maskIdNumber(record->idNumber) : record->name;
    if (!m_dialogs.ask(tr("Delete the case of %1 from the library? This cannot be undone.").arg(who)))
        return;
    const int row = m_table->currentRow();
    if (!m_library.remove(id)) {
        m_status->setText(tr("The case could not be deleted: %1").arg(m_library.error()));
        return;
    }
    emit removed(id);
    refresh();
    if (m_table->rowCount() > 0)
        m_table->selectRow(std::min(row, m_table->rowCount() - 1));
    m_status->setText(tr("Deleted: %1").arg(who));
}

} // namespace pension::gui
