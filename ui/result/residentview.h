#pragma once
// The resident view (F11): what the person across the desk reads from a metre and a half. Full screen, the form
// hidden: whether the pension can be drawn first, then the monthly figure with its three parts (the same ResultView
// the clerk sees, in resident mode: large type, the clerk's workings left out), then the pinned plans side by side
// with their differences. F11 or Esc returns to the counter screen. It displays; it never calculates.

#include "result.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace pension::gui {

class ResultView;

class ResidentView : public QWidget {
    Q_OBJECT
public:
    // `pins`: the pinned plans' model (one column a plan, with differences from the first); shown when not empty.
    explicit ResidentView(QAbstractItemModel *pins, QWidget *parent = nullptr);

    // `who`: the resident's name (or empty) and region, as the header line says them.
    void showResult(const Result &result, const QString &planTitle, const QString &who);
    void showMessage(const QString &message);
    ResultView *resultView() const { return m_result; }

signals:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void applyFonts();
    void updatePins();

    QLabel *m_who = nullptr;
    ResultView *m_result = nullptr;
    QLabel *m_pinsTitle = nullptr;
    QTableView *m_pins = nullptr;
    QLabel *m_notesTitle = nullptr, *m_notes = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace pension::gui
