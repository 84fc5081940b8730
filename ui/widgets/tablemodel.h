#pragma once
// An editable table of text cells (the history and the plan periods): the form's raw input, kept as typed so
// nothing is lost, with an error message per cell shown as a red cell and a tooltip.

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QTableView>

#include <functional>

namespace pension::gui {

class TextTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // `headers` is called at display time so the headings follow the language.
    TextTableModel(int columns, std::function<QStringList()> headers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    const QList<QStringList> &rows() const { return m_rows; }
    void setRows(const QList<QStringList> &rows);
    // Writes a block of cells at (row, column), adding rows as needed; cells beyond the last column are dropped.
    void writeBlock(int row, int column, const QList<QStringList> &block);
    void setCellErrors(const QHash<QPair<int, int>, QString> &errors);
    void retranslate();
    // How a cell is displayed (e.g. a key shown as its translated name); identity by default.
    void setDisplay(int column, std::function<QString(const QString &)> display);

signals:
    void edited();

private:
    int m_columns;
    std::function<QStringList()> m_headers;
    QList<QStringList> m_rows;
    QHash<QPair<int, int>, QString> m_errors;
    QHash<int, std::function<QString(const QString &)>> m_display;
};

// A table view that hands Ctrl+V to its owner (spreadsheet paste) and clears the selected cells with Delete. While a
// cell is being edited, Ctrl+V with several cells on the clipboard (a tab or a line break) still pastes them as
// cells: the cell's edit is kept and closed first. A single value is pasted into the cell's text as usual.
class PasteTableView : public QTableView {
    Q_OBJECT
public:
    explicit PasteTableView(QWidget *parent = nullptr);

signals:
    void pasteRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
};

// Edits a cell by choosing from fixed keys shown as translated names (the plan period's kind).
class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ChoiceDelegate(QStringList keys, std::function<QString(const QString &)> name, QObject *parent = nullptr);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_keys;
    std::function<QString(const QString &)> m_name;
};

} // namespace pension::gui
