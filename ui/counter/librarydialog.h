#pragma once
// The case library (个案库) at the counter: type a name or an ID number, the list narrows as you type; the arrow
// keys move in the list without leaving the search field; Enter opens the case. Copy as a new case and delete (with
// a confirmation) are one key away. Opening goes through the window (openRequested), which asks before replacing an
// unsaved case.

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pension::storage {
class CaseLibrary;
}

namespace pension::gui {

class LibraryDialog : public QDialog {
    Q_OBJECT
public:
    // `confirm` asks before a case is deleted (a seam: tests answer it).
    LibraryDialog(storage::CaseLibrary &library, std::function<bool(const QString &)> confirm,
                  QWidget *parent = nullptr);

    void setSearchText(const QString &text);
    // The id of the case selected in the list, 0 when none.
    qint64 currentId() const;
    void selectId(qint64 id);
    void refresh();

signals:
    void openRequested(qint64 id);
    void removed(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void openCurrent();
    void copyCurrent();
    void removeCurrent();

    storage::CaseLibrary &m_library;
    std::function<bool(const QString &)> m_confirm;
    QLabel *m_searchLabel = nullptr, *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_open = nullptr, *m_copy = nullptr, *m_remove = nullptr, *m_close = nullptr;
};

} // namespace pension::gui
