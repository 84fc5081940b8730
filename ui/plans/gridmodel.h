#pragma once
// The plan grid (pension::Grid) for one retirement choice: rows are contribution grades, columns how many more
// years the person pays; each cell the monthly pension and, on its second line, what the person pays out of pocket
// or what each extra 10,000 yuan buys, coloured by the pension; the tooltip adds the break-even age and the value
// of 10,000 yuan more against the next lower grade and one year less (the engine's PlanNumbers). The grid table
// and the grade chart both read this model.

#include "calculator.h"
#include "compare.h"

#include <QAbstractTableModel>

#include <optional>

namespace pension::gui {

class GridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        MonthlyRole = Qt::UserRole + 1, // yuan, double
        PaidRole,                       // yuan, double
        GradeRole,                      // percent, double (header and cells)
        ValidRole,                      // bool
        EligibleRole,                   // bool
        BreakEvenRole,                  // age in months (int), invalid when never reached
        MarginalGradeRole,              // fen a month per 10,000 yuan more than the next lower grade (qlonglong)
        MarginalLengthRole,             // the same against paying one year less
    };
    // What a cell's second line shows.
    enum class SecondLine { Paid, Marginal };

    using QAbstractTableModel::QAbstractTableModel;

    // `formGrade`: the grade of the form's plan, whose row is marked.
    void setGrid(const Grid &grid, const GridRequest &request, YearMonth asOf, std::optional<Ppm> formGrade = {});
    void clear();
    // Cleared for a new resident: the retirement choice goes back to the first.
    void reset();
    void setRetireIndex(int index);
    void setSecondLine(SecondLine line);
    SecondLine secondLine() const { return m_secondLine; }
    int retireIndex() const { return m_retire; }
    const GridRequest &request() const { return m_request; }
    std::optional<CellKey> cellKey(const QModelIndex &index) const;
    QModelIndex indexOf(const CellKey &key) const;
    // Where the keyboard starts in the grid: the form's grade (else the first row) at the column paying until
    // retirement (else the first column).
    QModelIndex startIndex() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const GridCell *cell(int row, int column) const;
    QString valueLines(const GridCell &cell) const;
    void layoutColumns();

    Grid m_grid;
    GridRequest m_request;
    YearMonth m_asOf;
    int m_retire = 0;
    std::optional<Ppm> m_formGrade;
    SecondLine m_secondLine = SecondLine::Paid;
    std::vector<std::size_t> m_columns; // indices into m_request.stopAfterYears, sorted by years
    int m_untilRetirementColumn = -1;   // the column whose payment runs to retirement
    double m_min = 0, m_max = 0;
};

} // namespace pension::gui
