#pragma once
// The explanation: every step of the calculation with its formula (numbers filled in), the value and the
// regulation it comes from (Result::steps).

#include "result.h"

#include <QAbstractTableModel>

namespace pension::gui {

class ExplanationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Step, Formula, Value, Regulation, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setSteps(std::vector<pension::Step> steps);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<pension::Step> m_steps;
};

} // namespace pension::gui
