#include "tablemodel.h"

#include <QBrush>
#include <QChildEvent>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QGuiApplication>
#include <QKeyEvent>

namespace pension::gui {

TextTableModel::TextTableModel(int columns, std::function<QStringList()> headers, QObject *parent)
    : QAbstractTableModel(parent), m_columns(columns), m_headers(std::move(headers))
{
}

int TextTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TextTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant TextTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QString &text = m_rows[index.row()][index.column()];
    const auto error = m_errors.constFind({index.row(), index.column()});
    switch (role) {
    case Qt::DisplayRole:
        if (auto d = m_display.constFind(index.column()); d != m_display.constEnd())
            return (*d)(text);
        return text;
    case Qt::EditRole: return text;
    case Qt::BackgroundRole:
        if (error != m_errors.constEnd())
            return QBrush(QColor(0xFF, 0xD6, 0xD6));
        return {};
    case Qt::ToolTipRole:
        if (error != m_errors.constEnd())
            return *error;
        return {};
    default: return {};
    }
}

bool TextTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    QString text = value.toString();
    if (text.size() > 200)
        text.truncate(200);
    if (m_rows[index.row()][index.column()] == text)
        return true;
    m_rows[index.row()][index.column()] = text;
    emit dataChanged(index, index);
    emit edited();
    return true;
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const QStringList h = m_headers ? m_headers() : QStringList();
    return section < h.size() ? h[section] : QString();
}

Qt::ItemFlags TextTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool TextTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_rows.size() || count <= 0 || m_rows.size() + count > 200)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        QStringList empty;
        for (int c = 0; c < m_columns; ++c)
            empty << QString();
        m_rows.insert(row, empty);
    }
    endInsertRows();
    emit edited();
    return true;
}

bool TextTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    m_errors.clear();
    emit edited();
    return true;
}

void TextTableModel::setRows(const QList<QStringList> &rows)
{
    beginResetModel();
    m_rows.clear();
    for (QStringList r : rows) {
        while (r.size() < m_columns)
            r << QString();
        m_rows << r.mid(0, m_columns);
        if (m_rows.size() >= 200)
            break;
    }
    m_errors.clear();
    endResetModel();
    emit edited();
}

void TextTableModel::writeBlock(int row, int column, const QList<QStringList> &block)
{
    if (block.isEmpty() || column < 0 || column >= m_columns)
        return;
    row = std::max(0, row);
    QList<QStringList> rows = m_rows;
    for (qsizetype i = 0; i < block.size() && row + i < 200; ++i) {
        while (rows.size() <= row + i) {
            QStringList empty;
            for (int c = 0; c < m_columns; ++c)
                empty << QString();
            rows << empty;
        }
        for (qsizetype j = 0; j < block[i].size() && column + j < m_columns; ++j)
            rows[row + i][column + j] = block[i][j].trimmed().left(200);
    }
    setRows(rows);
}

void TextTableModel::setCellErrors(const QHash<QPair<int, int>, QString> &errors)
{
    if (errors == m_errors)
        return;
    m_errors = errors;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1), {Qt::BackgroundRole, Qt::ToolTipRole});
}

void TextTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1), {Qt::DisplayRole});
}

void TextTableModel::setDisplay(int column, std::function<QString(const QString &)> display)
{
    m_display.insert(column, std::move(display));
}

PasteTableView::PasteTableView(QWidget *parent) : QTableView(parent)
{
    // The cell editors are created as children of the viewport: each is watched for Ctrl+V as it comes.
    viewport()->installEventFilter(this);
}

bool PasteTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == viewport() && event->type() == QEvent::ChildAdded) {
        if (auto *child = static_cast<QChildEvent *>(event)->child(); child && child->isWidgetType())
            child->installEventFilter(this);
    } else if (watched != viewport() && event->type() == QEvent::KeyPress &&
               static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QString text = QGuiApplication::clipboard()->text();
        if (auto *editor = qobject_cast<QWidget *>(watched);
            editor && (text.contains(QLatin1Char('\t')) || text.trimmed().contains(QLatin1Char('\n')))) {
            commitData(editor);
            closeEditor(editor, QAbstractItemDelegate::NoHint);
            setFocus();
            emit pasteRequested();
            return true;
        }
    }
    return QTableView::eventFilter(watched, event);
}

void PasteTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        emit pasteRequested();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && state() != EditingState && model()) {
        const QModelIndexList cells = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
        for (const QModelIndex &i : cells)
            model()->setData(i, QString(), Qt::EditRole);
        if (!cells.isEmpty()) {
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

ChoiceDelegate::ChoiceDelegate(QStringList keys, std::function<QString(const QString &)> name, QObject *parent)
    : QStyledItemDelegate(parent), m_keys(std::move(keys)), m_name(std::move(name))
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const QString &key : m_keys)
        combo->addItem(m_name(key), key);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int at = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData().toString(), Qt::EditRole);
}

} // namespace pension::gui
