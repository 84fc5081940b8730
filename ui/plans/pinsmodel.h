#pragma once
// Up to four plans pinned side by side (a column each) with their differences from the first.

#include "calculator.h"

#include <QAbstractTableModel>

namespace pension::gui {

struct PinnedPlan {
    CellKey key;
    std::optional<Result> result;          // empty when the plan no longer applies (e.g. after the case changed)
    std::optional<PlanDifference> toFirst; // against the first pinned plan (none for the first)
};

class PinsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int MaxPins = 4;
    enum Row {
        Plan,
        Retirement,
        Monthly,
        Basic,
        Account,
        Transitional,
        Provisional,
        Years,
        Paid,
        DeltaMonthly,
        DeltaPaid,
        PerTenThousand,
        Eligible,
        RowCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // `asOf`: the month the record ends, from which the pinned plans pay.
    void setPins(std::vector<PinnedPlan> pins, YearMonth asOf = {});
    const std::vector<PinnedPlan> &pins() const { return m_pins; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<PinnedPlan> m_pins;
    YearMonth m_asOf;
};

} // namespace pension::gui
