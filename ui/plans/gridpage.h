#pragma once
// The plan grid page: a retirement choice, the grid of grades × further years (GridModel), and up to four pinned
// plans side by side (PinsModel). Selecting a cell asks the window to show that plan in the result.

#include "calculator.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace pension::gui {

class GridModel;
class PinsModel;

class GridPage : public QWidget {
    Q_OBJECT
public:
    explicit GridPage(QWidget *parent = nullptr);

    GridModel *model() const { return m_model; }
    PinsModel *pins() const { return m_pins; }
    void setGrid(const Grid &grid, const GridRequest &request, YearMonth asOf, std::optional<Ppm> formGrade);
    void clear();
    // No grid: `message` says why (what is still missing, a field in red); the grid is cleared.
    void showMessage(const QString &message);
    // A new resident: the first retirement choice, no current cell, no message.
    void reset();
    std::optional<CellKey> currentCell() const;
    // Selects the cell of `key` when it is in the shown retirement choice (without emitting cellSelected).
    void selectCell(const std::optional<CellKey> &key);

signals:
    void cellSelected(const CellKey &key);
    void pinRequested(const CellKey &key);
    void unpinRequested(int column);
    void clearPinsRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillRetireChoices();
    void onCurrentChanged();
    void pinCurrent();
    void sizeCells();

    GridModel *m_model = nullptr;
    PinsModel *m_pins = nullptr;
    QLabel *m_retireLabel = nullptr, *m_hint = nullptr, *m_pinsTitle = nullptr, *m_message = nullptr;
    QComboBox *m_retire = nullptr;
    QCheckBox *m_marginal = nullptr; // second line of each cell: what 10,000 yuan more buys instead of what is paid
    QTableView *m_table = nullptr, *m_pinsTable = nullptr;
    QPushButton *m_pin = nullptr, *m_unpin = nullptr, *m_clearPins = nullptr;
    bool m_selecting = false;
};

} // namespace pension::gui
