#include "breakevenmodel.h"

#include "format.h"

#include <algorithm>

namespace pension::gui {

void BreakEvenModel::setResult(const Result &r, YearMonth birth)
{
    beginResetModel();
    m_rows.clear();
    m_breakEven.reset();
    const YearMonth retirement = r.retirement.month;
    m_retirementAge = r.retirement.ageMonths / 12.0;
    Fen paidTotal = 0;
    for (const YearRow &y : r.years)
        paidTotal += y.personal;
    const Fen monthly = r.monthly.total;
    if (monthly > 0) {
        // Paid from the month after retirement; the months needed to get back what was paid.
        const Fen months = (paidTotal + monthly - 1) / monthly;
        Point p;
        p.month = retirement.plus(static_cast<int>(months));
        p.age = monthsBetween(birth, p.month) / 12.0;
        p.yuan = static_cast<double>(paidTotal) / 100.0;
        m_breakEven = p;
    }
    const int firstYear = r.years.empty() ? retirement.year() : r.years.front().year;
    int lastYear = retirement.year() + 25;
    if (m_breakEven)
        lastYear = std::max(lastYear, m_breakEven->month.year() + 3);
    lastYear = std::min(lastYear, birth.year() + 100);
    Fen paid = 0;
    std::size_t next = 0;
    for (int year = firstYear; year <= lastYear; ++year) {
        while (next < r.years.size() && r.years[next].year <= year)
            paid += r.years[next++].personal;
        const int months = std::max(0, monthsBetween(retirement, YearMonth::of(year, 12)));
        m_rows.push_back(Row{year, year - birth.year(), paid, monthly * months});
    }
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

int BreakEvenModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant BreakEvenModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Age: return row.age;
        case Year: return row.year;
        case Paid: return Format::moneyWhole(row.paid);
        case Received: return Format::moneyWhole(row.received);
        }
    }
    if (role == ValueRole) {
        switch (index.column()) {
        case Age: return row.age;
        case Year: return row.year;
        case Paid: return static_cast<double>(row.paid) / 100.0;
        case Received: return static_cast<double>(row.received) / 100.0;
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
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
    }
    return {};
}

} // namespace pension::gui
