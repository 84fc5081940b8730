#include "pinsmodel.h"

#include "format.h"

#include <QColor>

namespace pension::gui {

namespace {

QString signedMoney(Fen f)
{
    return (f > 0 ? QStringLiteral("+") : QString()) + Format::money(f);
}

} // namespace

void PinsModel::setPins(std::vector<PinnedPlan> pins, YearMonth asOf)
{
    beginResetModel();
    m_asOf = asOf;
    m_pins = std::move(pins);
    endResetModel();
}

void PinsModel::retranslate()
{
    emit headerDataChanged(Qt::Vertical, 0, RowCount - 1);
    emit headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
    if (!m_pins.empty())
        emit dataChanged(index(0, 0), index(RowCount - 1, columnCount() - 1));
}

int PinsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_pins.empty() ? 0 : RowCount;
}

int PinsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_pins.size());
}

QVariant PinsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= columnCount())
        return {};
    const PinnedPlan &pin = m_pins[static_cast<std::size_t>(index.column())];
    if (role == Qt::TextAlignmentRole)
        return index.row() == Plan ? QVariant(Qt::AlignCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && index.row() == Monthly)
        return QColor(0xe8, 0xf0, 0xfb);
    if (role != Qt::DisplayRole)
        return {};
    if (index.row() == Plan)
        return tr("%1, %2;\nretire: %3")
            .arg(Format::grade(pin.key.grade),
                 pin.result ? Format::stopAfter(pin.key.stopAfterYears, m_asOf, pin.result->retirement.month)
                            : Format::stopAfter(pin.key.stopAfterYears),
                 Format::retireChoice(pin.key.retire));
    if (!pin.result)
        return QStringLiteral("—");
    const Result &r = *pin.result;
    const std::optional<PlanDifference> &d = pin.toFirst;
    switch (index.row()) {
    case Retirement: return tr("%1 (%2)").arg(Format::month(r.retirement.month), Format::age(r.retirement.ageMonths));
    case Monthly: return Format::money(r.monthly.total);
    case Basic: return Format::money(r.monthly.basic);
    case Account: return Format::money(r.monthly.account);
    case Transitional: return Format::money(r.monthly.transitional);
    case Provisional: return r.provisional ? Format::money(r.provisional->monthly.total) : QStringLiteral("—");
    case Years: return Format::years(r.figures.contributionYearsCenti);
    case Paid: return Format::money(r.outOfPocketFuture);
    case DeltaMonthly: return d ? signedMoney(d->monthly) : QStringLiteral("—");
    case DeltaPaid: return d ? signedMoney(d->outOfPocket) : QStringLiteral("—");
    case PerTenThousand: // the extra monthly pension per 10,000 yuan more paid
        return d && d->perTenThousand ? Format::money(*d->perTenThousand) : QStringLiteral("—");
    case Eligible: return r.eligibility.eligible ? tr("yes") : tr("no, %1 months short").arg(r.eligibility.shortMonths);
    }
    return {};
}

QVariant PinsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return tr("Plan %1").arg(section + 1);
    switch (section) {
    case Plan: return tr("Plan");
    case Retirement: return tr("Retirement");
    case Monthly: return tr("Monthly pension");
    case Basic: return tr("Basic pension");
    case Account: return tr("Account pension");
    case Transitional: return tr("Transitional pension");
    case Provisional: return tr("Provisional (预发)");
    case Years: return tr("Contribution years");
    case Paid: return tr("Paid from now");
    case DeltaMonthly: return tr("Monthly vs plan 1");
    case DeltaPaid: return tr("Paid vs plan 1");
    case PerTenThousand: return tr("Monthly per 10,000 more paid");
    case Eligible: return tr("Minimum met");
    }
    return {};
}

} // namespace pension::gui
