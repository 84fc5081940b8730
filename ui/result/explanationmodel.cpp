#include "explanationmodel.h"

#include "format.h"
#include "texts.h"

#include <QColor>

namespace pension::gui {

void ExplanationModel::setSteps(std::vector<pension::Step> steps)
{
    beginResetModel();
    m_steps = std::move(steps);
    endResetModel();
}

void ExplanationModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_steps.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ExplanationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

int ExplanationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExplanationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_steps.size()))
        return {};
    const pension::Step &s = m_steps[static_cast<std::size_t>(index.row())];
    const bool headline = s.code == StepCode::Total || s.code == StepCode::ProvisionalTotal;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Step: return texts::stepLabel(s.code);
        case Formula: return texts::stepText(s.formula);
        case Value: return texts::stepText(s.value);
        case Regulation:
            return s.rule.empty() ? Format::text(s.regulation)
                                  : Format::text(s.regulation) + QStringLiteral(" · ") + texts::ruleText(s.rule);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Value ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (headline)
            return QColor(0xe8, 0xf0, 0xfb);
        return {};
    default: return {};
    }
}

QVariant ExplanationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Step: return tr("Step");
    case Formula: return tr("Formula");
    case Value: return tr("Value");
    case Regulation: return tr("Regulation");
    }
    return {};
}

} // namespace pension::gui
