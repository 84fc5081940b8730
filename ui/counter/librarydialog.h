#pragma once
// The case library (个案库) at the counter: type a name or an ID number, the list narrows as you type; the arrow
// keys move in the list without leaving the search field; Enter opens the case. Copy as a new case and delete (with
// a confirmation) are one key away. Opening goes through the window (openRequested), which asks before replacing an
// unsaved case.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pension::storage {
class CaseLibrary;
}

namespace pension::gui {

class Dialogs;

class LibraryDialog : public QDialog {
    Q_OBJECT
public:
    // `dialogs` asks before a case is deleted.
    LibraryDialog(storage::CaseLibrary &library, Dialogs &dialogs, QWidget *parent = nullptr);

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
    Dialogs &m_dialogs;
    QLabel *m_searchLabel = nullptr, *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_open = nullptr, *m_copy = nullptr, *m_remove = nullptr, *m_close = nullptr;
};

} // namespace pension::gui
