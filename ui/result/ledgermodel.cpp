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

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_years.size()))
        return {};
    const YearRow &y = m_years[static_cast<std::size_t>(index.row())];
    const int c = index.column();
    const bool assumedWage = y.averageStatus != Status::Published && (c == MonthlyBase || c == Grade || c == Index);
    const bool assumedRate = y.interestStatus != Status::Published && (c == Rate || c == Interest);
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case Year: return y.year;
        case Origin: return texts::originName(y.origin);
        case MonthlyBase: return y.months ? Format::money(y.monthlyBase) : QString();
        case Grade: return y.grade ? Format::grade(y.grade) : QString();
        case Months: return y.months ? Format::halves(y.months) : QString();
        case Index: return y.months && y.indexCounts ? QString::number(y.index, 'f', 4) : QString();
        case Personal: return y.personal ? Format::money(y.personal) : QString();
        case Employer: return y.employer ? Format::money(y.employer) : QString();
        case Credit: return y.accountCredit ? Format::money(y.accountCredit) : QString();
        case Rate: return Format::text(formatPercent(y.interestRate)) + QLatin1Char('%');
        case Interest: return Format::money(y.interest);
        case Balance: return Format::money(y.accountBalance);
        }
        return {};
    case ValueRole:
        switch (c) {
        case Year: return y.year;
        case MonthlyBase: return static_cast<double>(y.monthlyBase) / 100.0;
        case Personal: return static_cast<double>(y.personal) / 100.0;
        case Credit: return static_cast<double>(y.accountCredit) / 100.0;
        case Interest: return static_cast<double>(y.interest) / 100.0;
        case Balance: return static_cast<double>(y.accountBalance) / 100.0;
        case Months: return y.months / 2.0;
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return c == Origin ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Year: return tr("Year");
    case Origin: return tr("Source");
    case MonthlyBase: return tr("Monthly base");
    case Grade: return tr("Grade");
    case Months: return tr("Months");
    case Index: return tr("Index");
    case Personal: return tr("Own payment");
    case Employer: return tr("Employer / pool");
    case Credit: return tr("To account");
    case Rate: return tr("Interest rate");
    case Interest: return tr("Interest");
    case Balance: return tr("Balance");
    }
    return {};
}

} // namespace pension::gui
