#include "gridmodel.h"

#include "format.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <numeric>

namespace pension::gui {

namespace {

double yuan(Fen f)
{
    return static_cast<double>(f) / 100.0;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

void GridModel::setGrid(const Grid &grid, const GridRequest &request, YearMonth asOf, std::optional<Ppm> formGrade)
{
    beginResetModel();
    m_formGrade = formGrade;
    m_grid = grid;
    m_request = request;
    m_asOf = asOf;
    m_retire = std::clamp(m_retire, 0, std::max(0, static_cast<int>(m_request.retires.size()) - 1));
    layoutColumns();
    endResetModel();
}

void GridModel::clear()
{
    beginResetModel();
    m_grid = {};
    m_request = {};
    m_columns.clear();
    m_untilRetirementColumn = -1;
    endResetModel();
}

void GridModel::reset()
{
    m_retire = 0;
    clear();
}

void GridModel::setRetireIndex(int index)
{
    if (index < 0 || index >= static_cast<int>(m_request.retires.size()) || index == m_retire)
        return;
    beginResetModel();
    m_retire = index;
    layoutColumns();
    endResetModel();
}

void GridModel::setSecondLine(SecondLine line)
{
    if (line == m_secondLine)
        return;
    m_secondLine = line;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

void GridModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
    emit headerDataChanged(Qt::Vertical, 0, std::max(0, rowCount() - 1));
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void GridModel::layoutColumns()
{
    m_columns.clear();
    m_untilRetirementColumn = -1;
    m_min = m_max = 0;
    const std::size_t stops = m_request.stopAfterYears.size();
    if (stops == 0 || m_request.grades.empty())
        return;
    std::vector<std::size_t> order(stops);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return m_request.stopAfterYears[a] < m_request.stopAfterYears[b];
    });
    // Every payment length past retirement is the same plan: keep the first one that reaches it.
    std::optional<YearMonth> retirement;
    for (std::size_t g = 0; g < m_request.grades.size() && !retirement; ++g)
        for (std::size_t s = 0; s < stops && !retirement; ++s) {
            const std::size_t i = (static_cast<std::size_t>(m_retire) * m_request.grades.size() + g) * stops + s;
            if (i < m_grid.cells.size() && m_grid.cells[i].numbers.valid)
                retirement = m_grid.cells[i].numbers.retirementMonth;
        }
    for (std::size_t i : order) {
        m_columns.push_back(i);
        if (retirement && !(m_asOf.plus(12 * m_request.stopAfterYears[i]) < *retirement)) {
            m_untilRetirementColumn = static_cast<int>(m_columns.size()) - 1;
            break;
        }
        if (!retirement)
            break; // nothing valid to show: one column of dashes
    }
    bool first = true;
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < columnCount(); ++c)
            if (const GridCell *cell = this->cell(r, c); cell && cell->numbers.valid) {
                const double v = yuan(cell->numbers.monthly.total);
                m_min = first ? v : std::min(m_min, v);
                m_max = first ? v : std::max(m_max, v);
                first = false;
            }
}

int GridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_columns.empty() ? 0 : static_cast<int>(m_request.grades.size());
}

int GridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

const GridCell *GridModel::cell(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return nullptr;
    const std::size_t stops = m_request.stopAfterYears.size();
    const std::size_t i =
        (static_cast<std::size_t>(m_retire) * m_request.grades.size() + static_cast<std::size_t>(row)) * stops +
        m_columns[static_cast<std::size_t>(column)];
    return i < m_grid.cells.size() ? &m_grid.cells[i] : nullptr;
}

std::optional<CellKey> GridModel::cellKey(const QModelIndex &index) const
{
    const GridCell *c = cell(index.row(), index.column());
    if (!c || !c->numbers.valid)
        return std::nullopt;
    return CellKey{c->grade, c->stopAfterYears, c->retire, m_request.kind};
}

QModelIndex GridModel::indexOf(const CellKey &key) const
{
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < columnCount(); ++c)
            if (const GridCell *cell = this->cell(r, c); cell && cell->grade == key.grade &&
                                                         cell->stopAfterYears == key.stopAfterYears &&
                                                         cell->retire == key.retire)
                return index(r, c);
    return {};
}

QModelIndex GridModel::startIndex() const
{
    if (rowCount() == 0 || columnCount() == 0)
        return {};
    int row = 0;
    if (m_formGrade)
        if (auto at = std::find(m_request.grades.begin(), m_request.grades.end(), *m_formGrade);
            at != m_request.grades.end())
            row = static_cast<int>(at - m_request.grades.begin());
    return index(row, std::max(0, m_untilRetirementColumn));
}

QVariant GridModel::data(const QModelIndex &index, int role) const
{
    const GridCell *c = cell(index.row(), index.column());
    if (!c)
        return {};
    const PlanNumbers &n = c->numbers;
    switch (role) {
    case Qt::DisplayRole:
        if (!n.valid)
            return QStringLiteral("—");
        if (m_secondLine == SecondLine::Marginal)
            return Format::money(n.monthly.total) + (n.eligible ? QString() : QStringLiteral(" *")) +
                   QLatin1Char('\n') +
                   (n.marginalPerTenThousandGrade ? tr("+%1 per 10k").arg(Format::money(*n.marginalPerTenThousandGrade))
                                                  : QStringLiteral("—"));
        return tr("%1%2\npays %3")
            .arg(Format::money(n.monthly.total), n.eligible ? QString() : QStringLiteral(" *"),
                 Format::moneyWhole(n.outOfPocket));
    case Qt::ToolTipRole:
        if (!n.valid)
            return tr("This retirement choice is not possible for this person.");
        return tr("Grade %1, %2: retires %3 at %4\nMonthly pension %5 (basic %6, account %7, transitional %8)\n"
                  "Contribution months %9, average index %10, account %11\nPaid by the person from now: %12%13")
                   .arg(Format::grade(c->grade), Format::stopAfter(c->stopAfterYears, m_asOf, n.retirementMonth),
                        Format::month(n.retirementMonth), Format::age(n.ageMonths), Format::money(n.monthly.total),
                        Format::money(n.monthly.basic), Format::money(n.monthly.account),
                        Format::money(n.monthly.transitional), Format::halves(n.contributed))
                   .arg(Format::index(n.averageIndex), Format::money(n.accountBalance), Format::money(n.outOfPocket),
                        n.eligible ? QString()
                                   : QStringLiteral("\n") + tr("* short of the minimum contribution period")) +
               valueLines(*c);
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        if (!n.valid)
            return QBrush(QColor(0xf0, 0xf0, 0xf0));
        if (!n.eligible)
            return QBrush(QColor(0xe4, 0xe4, 0xe4));
        const double t = m_max > m_min ? (yuan(n.monthly.total) - m_min) / (m_max - m_min) : 0.5;
        return QBrush(mix(QColor(0xfd, 0xf1, 0xdc), QColor(0x8f, 0xd1, 0x9e), t));
    }
    case Qt::ForegroundRole:
        if (!n.valid || !n.eligible)
            return QBrush(QColor(0x70, 0x70, 0x70));
        return QBrush(QColor(0x1a, 0x1a, 0x1a));
    case MonthlyRole: return n.valid ? QVariant(yuan(n.monthly.total)) : QVariant();
    case PaidRole: return n.valid ? QVariant(yuan(n.outOfPocket)) : QVariant();
    case GradeRole: return static_cast<double>(c->grade) / 10'000.0;
    case ValidRole: return n.valid;
    case EligibleRole: return n.eligible;
    case BreakEvenRole: return n.valid && n.breakEvenAgeMonths ? QVariant(*n.breakEvenAgeMonths) : QVariant();
    case MarginalGradeRole:
        return n.valid && n.marginalPerTenThousandGrade
                   ? QVariant(static_cast<qlonglong>(*n.marginalPerTenThousandGrade))
                   : QVariant();
    case MarginalLengthRole:
        return n.valid && n.marginalPerTenThousandLength
                   ? QVariant(static_cast<qlonglong>(*n.marginalPerTenThousandLength))
                   : QVariant();
    default: return {};
    }
}

QString GridModel::valueLines(const GridCell &c) const
{
    const PlanNumbers &n = c.numbers;
    QString out = QStringLiteral("\n\n");
    out += n.breakEvenAgeMonths
               ? tr("Paid back (break-even) at %1, with yearly increases").arg(Format::age(*n.breakEvenAgeMonths))
               : tr("What is paid is not received back by the age of 100");
    // The neighbours the engine compared the cell with: the next lower grade of the grid, one year less.
    std::optional<Ppm> lower;
    for (Ppm g : m_request.grades)
        if (g < c.grade && (!lower || g > *lower))
            lower = g;
    if (n.marginalPerTenThousandGrade && lower)
        out += QStringLiteral("\n") + tr("Each 10,000 yuan paid more than at %1 buys %2 yuan a month more")
                                          .arg(Format::grade(*lower), Format::money(*n.marginalPerTenThousandGrade));
    if (n.marginalPerTenThousandLength)
        out += QStringLiteral("\n") + tr("Each 10,000 yuan for paying one year longer buys %1 yuan a month more")
                                          .arg(Format::money(*n.marginalPerTenThousandLength));
    return out;
}

QVariant GridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        const Ppm g = m_request.grades[static_cast<std::size_t>(section)];
        const bool mine = m_formGrade && *m_formGrade == g;
        if (role == Qt::DisplayRole)
            return mine ? QStringLiteral("▶ ") + Format::grade(g) : Format::grade(g);
        if (role == Qt::ToolTipRole && mine)
            return tr("The grade of the form's plan");
        if (role == Qt::ForegroundRole && mine)
            return QBrush(QColor(0x0b, 0x53, 0x94));
        if (role == GradeRole)
            return static_cast<double>(g) / 10'000.0;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const int years = m_request.stopAfterYears[m_columns[static_cast<std::size_t>(section)]];
    if (role == Qt::DisplayRole) {
        if (section == m_untilRetirementColumn && years > 0)
            return tr("until retirement");
        return Format::stopAfter(years);
    }
    if (role == Qt::ToolTipRole && section == m_untilRetirementColumn)
        return tr("Pays every month until the retirement month");
    if (role == Qt::UserRole)
        return years;
    return {};
}

} // namespace pension::gui
