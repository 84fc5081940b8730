#include "ledgermodel.h"

#include "format.h"
#include "texts.h"

#include <QColor>

namespace pension::gui {

void LedgerModel::setYears(std::vector<YearRow> years)
{
    beginResetModel();
    m_years = std::move(years);
    endResetModel();
}

void LedgerModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_years.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_years.size());
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

columns::Year LedgerModel::column(int c)
{
    return columns::screenYears()[static_cast<std::size_t>(c)];
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_years.size()))
        return {};
    const YearRow &y = m_years[static_cast<std::size_t>(index.row())];
    const int c = index.column();
    const columns::Year id = column(c);
    const bool assumedWage = y.averageStatus != Status::Published && (c == MonthlyBase || c == Grade || c == Index);
    const bool assumedRate = y.interestStatus != Status::Published && (c == Rate || c == Interest);
    switch (role) {
    case Qt::DisplayRole:
        if (id == columns::Year::Year)
            return y.year;
        return columns::text(id, y, Grouping::Thousands);
    case ValueRole:
        if (const auto v = columns::number(id, y))
            return id == columns::Year::Year ? QVariant(y.year) : QVariant(*v);
        return {};
    case Qt::TextAlignmentRole:
        return columns::yearColumn(id).kind == columns::Kind::Text ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (assumedWage || assumedRate)
            return QColor(0x7a, 0x4b, 0x00);
        return {};
    case Qt::ToolTipRole:
        if (assumedWage)
            return tr("Average wage of %1: %2 yuan (%3)")
                .arg(y.year)
                .arg(Format::money(y.averageWage), texts::statusName(y.averageStatus));
        if (assumedRate)
            return tr("Interest rate of %1: %2").arg(y.year).arg(texts::statusName(y.interestStatus));
        return {};
    default: return {};
    }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return columns::header(column(section));
}

} // namespace pension::gui
