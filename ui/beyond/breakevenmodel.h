#pragma once
// Cumulative own payments against cumulative pension received, year by year of age: the engine's Lifetime curve
// (pension raised each January, published rates then the assumption; nominal or in today's money). A display of
// the engine's values only. A break-even table and chart both read one model.

#include "lifetime.h"

#include <QAbstractTableModel>

#include <optional>

namespace pension::gui {

class BreakEvenModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Age, Year, Paid, Received, Net, ColumnCount };
    static constexpr int ValueRole = Qt::UserRole + 1; // age in years (with months as a fraction), money in yuan
    static constexpr int FenRole = Qt::UserRole + 2;   // money columns in fen (qlonglong)

    struct Point {
        double age = 0;  // years, with months as a fraction
        double yuan = 0; // what was paid, received back by then
        YearMonth month;
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Shows the curve up to `lastAge` (further when the break-even comes later, at most 100).
    void setLifetime(const Lifetime &lifetime, int lastAge = 90);
    void clear();
    std::optional<Point> breakEven() const { return m_breakEven; }
    bool todaysMoney() const { return m_todaysMoney; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<LifetimePoint> m_rows;
    std::optional<Point> m_breakEven;
    bool m_todaysMoney = false;
};

} // namespace pension::gui
