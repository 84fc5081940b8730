#include "beyondmodels.h"

#include "colors.h"
#include "format.h"
#include "law.h"
#include "texts.h"

#include <QBrush>

namespace pension::gui {

namespace {

QVariant right()
{
    return QVariant(Qt::AlignRight | Qt::AlignVCenter);
}
QVariant fen(Fen f)
{
    return static_cast<qlonglong>(f);
}
QVariant yuan(Fen f)
{
    return static_cast<double>(f) / 100.0;
}

void refreshAll(QAbstractTableModel *m, int columns)
{
    emit m->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (m->rowCount() > 0)
        emit m->dataChanged(m->index(0, 0), m->index(m->rowCount() - 1, columns - 1));
}

} // namespace

// ---- LifetimeTotalsModel

void LifetimeTotalsModel::setLifetime(const Lifetime &lt)
{
    beginResetModel();
    m_totals = lt.totals;
    m_lifeExpectancyTenths = lt.lifeExpectancyTenths;
    endResetModel();
}

void LifetimeTotalsModel::clear()
{
    beginResetModel();
    m_totals.clear();
    endResetModel();
}

void LifetimeTotalsModel::retranslate()
{
    refreshAll(this, ColumnCount);
}

int LifetimeTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_totals.size());
}

int LifetimeTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LifetimeTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AgeTotal &t = m_totals[static_cast<std::size_t>(index.row())];
    const Fen amounts[] = {0, t.paid, t.received, t.net};
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (c == Age)
            return t.lifeExpectancy ? tr("%1 (life expectancy)").arg(Format::tenths(m_lifeExpectancyTenths))
                                    : QString::number(t.ageYears);
        return Format::moneyWhole(amounts[c]);
    case FenRole: return c == Age ? QVariant(t.ageYears) : fen(amounts[c]);
    case ValueRole: return c == Age ? QVariant(t.ageYears) : yuan(amounts[c]);
    case Qt::ForegroundRole:
        if (c == Net)
            return QBrush(t.net < 0 ? colors::error : colors::good);
        return {};
    case Qt::ToolTipRole:
        if (t.lifeExpectancy)
            return tr("Life expectancy at birth in the parameter pack; the totals are those of the birthday month.");
        return {};
    case Qt::TextAlignmentRole: return c == Age ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : right();
    default: return {};
    }
}

QVariant LifetimeTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Age: return tr("By age");
    case Paid: return tr("Paid");
    case Received: return tr("Received");
    case Net: return tr("Net");
    }
    return {};
}

// ---- SurvivorModel

void SurvivorModel::setSurvivors(std::vector<SurvivorAt> survivors)
{
    beginResetModel();
    m_rows = std::move(survivors);
    endResetModel();
}

void SurvivorModel::retranslate()
{
    refreshAll(this, ColumnCount);
}

int SurvivorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SurvivorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SurvivorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SurvivorAt &s = m_rows[static_cast<std::size_t>(index.row())];
    const int c = index.column();
    auto amount = [&]() -> Fen {
        switch (c) {
        case FuneralGrant: return s.funeralGrant;
        case SurvivorPension: return s.survivorPension;
        case AccountRemainder: return s.accountRemainder;
        case Total: return s.total;
        case Income: return s.incomeMonthly;
        default: return 0;
        }
    };
    const bool money = c == FuneralGrant || c == SurvivorPension || c == AccountRemainder || c == Total || c == Income;
    const bool assumedBase =
        s.incomeStatus != Status::Published && (c == Income || c == FuneralGrant || c == SurvivorPension);
    // Without the region's income base the grant, the survivor pension and the total are not known.
    const bool unknown = !s.incomeKnown && (c == Income || c == FuneralGrant || c == SurvivorPension || c == Total);
    if (unknown && (role == Qt::DisplayRole || role == FenRole || role == ValueRole))
        return role == Qt::DisplayRole ? QVariant(tr("unknown")) : QVariant();
    if (unknown && role == Qt::ToolTipRole)
        return tr("The region's parameter pack has no urban per-capita disposable income (urbanDisposableIncome): "
                  "enter it in the parameter editor.");
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case Age: return s.ageYears;
        case Month: return Format::month(s.deathMonth);
        case State: return s.retired ? tr("retired") : tr("working");
        case PensionMonths: return s.pensionMonths;
        case Income: return tr("%1 (%2)").arg(Format::money(s.incomeMonthly)).arg(s.incomeYear);
        case Total:
        case AccountRemainder:
        case FuneralGrant:
        case SurvivorPension: return Format::moneyWhole(amount());
        }
        return {};
    case FenRole:
        if (money)
            return fen(amount());
        return c == Age ? QVariant(s.ageYears) : QVariant();
    case ValueRole:
        if (money)
            return yuan(amount());
        return c == Age ? QVariant(s.ageYears) : QVariant();
    case Qt::ForegroundRole:
        if (assumedBase)
            return QBrush(colors::note);
        if (c == Total)
            return QBrush(colors::money);
        return {};
    case Qt::ToolTipRole:
        if (c == Income || c == FuneralGrant || c == SurvivorPension)
            return tr("Urban per-capita disposable income of %1: %2 yuan a month (%3)")
                .arg(s.incomeYear)
                .arg(Format::money(s.incomeMonthly), texts::statusName(s.incomeStatus));
        if (c == AccountRemainder)
            return s.retired ? tr("The account at retirement less the account pension paid out of it so far")
                             : tr("The account with its interest up to the month of death");
        if (c == PensionMonths)
            return tr("%1 contribution months at death").arg(Format::halves(s.contributed));
        return {};
    case Qt::TextAlignmentRole: return c == State ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : right();
    default: return {};
    }
}

QVariant SurvivorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Age: return tr("Age at death");
    case Month: return tr("Month");
    case State: return tr("Then");
    case FuneralGrant: return tr("Funeral grant");
    case SurvivorPension: return tr("Survivor pension");
    case PensionMonths: return tr("Months");
    case AccountRemainder: return tr("Account remainder");
    case Total: return tr("Family receives");
    case Income: return tr("Income base (year)");
    }
    return {};
}

// ---- PensionPathModel

void PensionPathModel::setPath(std::vector<IncreaseYear> path, int birthYear)
{
    beginResetModel();
    m_path = std::move(path);
    m_birthYear = birthYear;
    endResetModel();
}

void PensionPathModel::retranslate()
{
    refreshAll(this, ColumnCount);
}

int PensionPathModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_path.size());
}

int PensionPathModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PensionPathModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const IncreaseYear &y = m_path[static_cast<std::size_t>(index.row())];
    const bool first = index.row() == 0;
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case Year: return y.year;
        case Age: return y.year - m_birthYear;
        case Increase: return first ? QStringLiteral("—") : QStringLiteral("+") + Format::rate(y.rate);
        case State: return first ? tr("retirement") : texts::statusName(y.status);
        case Monthly: return Format::money(y.monthly);
        }
        return {};
    case FenRole: return c == Monthly ? fen(y.monthly) : QVariant();
    case ValueRole:
        switch (c) {
        case Year: return y.year;
        case Age: return y.year - m_birthYear;
        case Monthly: return yuan(y.monthly);
        default: return {};
        }
    case Qt::ForegroundRole:
        if (!first && y.status != Status::Published && (c == Increase || c == State || c == Monthly))
            return QBrush(colors::note);
        return {};
    case Qt::TextAlignmentRole: return c == State ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : right();
    default: return {};
    }
}

QVariant PensionPathModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Year: return tr("Year");
    case Age: return tr("Age");
    case Increase: return tr("Increase");
    case State: return tr("Status");
    case Monthly: return tr("Monthly pension");
    }
    return {};
}

// ---- GoalModel

void GoalModel::setAnswer(const GoalAnswer &answer, YearMonth asOf, YearMonth retirement)
{
    beginResetModel();
    m_rows = answer.byLength;
    m_asOf = asOf;
    m_retirement = retirement;
    endResetModel();
}

void GoalModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void GoalModel::retranslate()
{
    refreshAll(this, ColumnCount);
}

int GoalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GoalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const GoalRow &g = m_rows[static_cast<std::size_t>(index.row())];
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (c == Length)
            return Format::stopAfter(g.stopAfterYears, m_asOf, m_retirement);
        if (!g.reachable)
            return c == Grade ? tr("not reachable even at %1").arg(Format::grade(law::kMaxGrade)) : QString();
        switch (c) {
        case Grade: return QString(Format::grade(g.grade) + (g.eligible ? QString() : QStringLiteral(" *")));
        case Monthly: return Format::money(g.monthly);
        case Paid: return Format::moneyWhole(g.outOfPocket);
        }
        return {};
    case FenRole:
        if (!g.reachable)
            return {};
        switch (c) {
        case Grade: return static_cast<qlonglong>(g.grade); // ppm
        case Monthly: return fen(g.monthly);
        case Paid: return fen(g.outOfPocket);
        default: return {};
        }
    case Qt::ForegroundRole:
        if (!g.reachable)
            return QBrush(colors::hint);
        return {};
    case Qt::ToolTipRole:
        if (g.reachable && !g.eligible)
            return tr("* short of the minimum contribution period");
        return {};
    case Qt::TextAlignmentRole:
        return c == Length || !g.reachable ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : right();
    default: return {};
    }
}

QVariant GoalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Length: return tr("Pay for");
    case Grade: return tr("Lowest grade");
    case Monthly: return tr("Monthly pension");
    case Paid: return tr("Paid by the person");
    }
    return {};
}

// ---- ShortfallModel

void ShortfallModel::setOptions(std::vector<ShortfallOption> options)
{
    beginResetModel();
    m_options = std::move(options);
    endResetModel();
}

void ShortfallModel::retranslate()
{
    refreshAll(this, ColumnCount);
}

int ShortfallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_options.size());
}

int ShortfallModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortfallModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ShortfallOption &o = m_options[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Grade: return Format::grade(o.grade);
        case Months: return o.months;
        case Reached: return Format::month(o.reachedMonth);
        case Cost: return Format::money(o.cost);
        }
        return {};
    case FenRole: return index.column() == Cost ? fen(o.cost) : QVariant();
    case Qt::TextAlignmentRole: return right();
    default: return {};
    }
}

QVariant ShortfallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Grade: return tr("Grade");
    case Months: return tr("Months to pay");
    case Reached: return tr("Minimum reached in");
    case Cost: return tr("Cost to the person");
    }
    return {};
}

} // namespace pension::gui
