#include "breakevenmodel.h"

#include "format.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace pension::gui {

void BreakEvenModel::setLifetime(const Lifetime &lt, int lastAge)
{
    beginResetModel();
    m_rows.clear();
    m_breakEven.reset();
    m_todaysMoney = lt.todaysMoney;
    if (lt.breakEvenAgeMonths && lt.breakEvenMonth) {
        Point p;
        p.month = *lt.breakEvenMonth;
        p.age = *lt.breakEvenAgeMonths / 12.0;
        // The marker sits on the paid line: what was paid by the end of the break-even year.
        for (const LifetimePoint &c : lt.curve)
            if (c.year == p.month.year())
                p.yuan = static_cast<double>(c.paid) / 100.0;
        m_breakEven = p;
        lastAge = std::max(lastAge, *lt.breakEvenAgeMonths / 12 + 3);
    }
    lastAge = std::min(lastAge, 100);
    for (const LifetimePoint &c : lt.curve)
        if (c.ageMonths / 12 <= lastAge)
            m_rows.push_back(c);
    endResetModel();
}

void BreakEvenModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_breakEven.reset();
    endResetModel();
}

void BreakEvenModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int BreakEvenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BreakEvenModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakEvenModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const LifetimePoint &row = m_rows[static_cast<std::size_t>(index.row())];
    const Fen net = row.received - row.paid;
    const Fen amounts[] = {0, 0, row.paid, row.received, net};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Age: return row.ageMonths / 12;
        case Year: return row.year;
        case Paid:
        case Received:
        case Net: return Format::moneyWhole(amounts[index.column()]);
        }
        return {};
    case ValueRole:
        switch (index.column()) {
        case Age: return row.ageMonths / 12.0;
        case Year: return row.year;
        case Paid:
        case Received:
        case Net: return static_cast<double>(amounts[index.column()]) / 100.0;
        }
        return {};
    case FenRole:
        if (index.column() >= Paid)
            return static_cast<qlonglong>(amounts[index.column()]);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Net && net < 0)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant BreakEvenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Age: return tr("Age");
    case Year: return tr("Year");
    case Paid: return tr("Paid");
    case Received: return tr("Received");
    case Net: return tr("Net");
    }
    return {};
}

} // namespace pension::gui
