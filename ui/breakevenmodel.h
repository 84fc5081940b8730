#pragma once
// Cumulative paid against cumulative received, year by year of age, for one Result. A display of the result only:
// received = the Result's monthly total × the months paid since retirement, without pension increases (a later
// engine break-even will add them). The break-even table and chart both read this model.

#include "result.h"

#include <QAbstractTableModel>

#include <optional>

namespace pension::gui {

class BreakEvenModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Age, Year, Paid, Received, ColumnCount };
    static constexpr int ValueRole = Qt::UserRole + 1;

    struct Point {
        double age = 0;  // years, with months as a fraction
        double yuan = 0; // what was paid, received back by then
        YearMonth month;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const Result &result, YearMonth birth);
    void clear();
    std::optional<Point> breakEven() const { return m_breakEven; }
    double retirementAge() const { return m_retirementAge; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        int year = 0;
        int age = 0;
        Fen paid = 0, received = 0;
    };
    std::vector<Row> m_rows;
    std::optional<Point> m_breakEven;
    double m_retirementAge = 0;
};

} // namespace pension::gui
