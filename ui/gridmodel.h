#pragma once
// The plan grid (pension::Grid) for one retirement choice: rows are contribution grades, columns how many more
// years the person pays; each cell the monthly pension and what the person pays out of pocket, coloured by the
// pension. The grid table and the grade chart both read this model.

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
    };

    using QAbstractTableModel::QAbstractTableModel;

    // `formGrade`: the grade of the form's plan, whose row is marked.
    void setGrid(const Grid &grid, const GridRequest &request, YearMonth asOf, std::optional<Ppm> formGrade = {});
    void clear();
    void setRetireIndex(int index);
    int retireIndex() const { return m_retire; }
    const GridRequest &request() const { return m_request; }
    std::optional<CellKey> cellKey(const QModelIndex &index) const;
    QModelIndex indexOf(const CellKey &key) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const GridCell *cell(int row, int column) const;
    void layoutColumns();

    Grid m_grid;
    GridRequest m_request;
    YearMonth m_asOf;
    int m_retire = 0;
    std::optional<Ppm> m_formGrade;
    std::vector<std::size_t> m_columns; // indices into m_request.stopAfterYears, sorted by years
    int m_untilRetirementColumn = -1;   // the column whose payment runs to retirement
    double m_min = 0, m_max = 0;
};

} // namespace pension::gui
