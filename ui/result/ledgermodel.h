#pragma once
// The personal account ledger, a row per year of Result::years. The ledger table and the balance chart both read
// this model, so they cannot disagree. Its columns are columns::screenYears(), defined with the report's and the
// export's in core/columns.

#include "columns.h"
#include "result.h"

#include <QAbstractTableModel>

namespace pension::gui {

class LedgerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // In the order of columns::screenYears().
    enum Column {
        Year,
        Origin,
        MonthlyBase,
        Grade,
        Months,
        Index,
        Personal,
        Employer,
        Credit,
        Rate,
        Interest,
        Balance,
        ColumnCount
    };
    // The number behind a cell (yuan as double, year as int), for charts.
    static constexpr int ValueRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setYears(std::vector<YearRow> years);
    const std::vector<YearRow> &years() const { return m_years; }
    void retranslate();
    // The shared column behind a column of this model.
    static columns::Year column(int c);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<YearRow> m_years;
};

} // namespace pension::gui
