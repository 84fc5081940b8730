#pragma once
// BalanceChart: the personal account balance year by year (LedgerModel, the ledger table's model).

#include "chartwidget.h"

namespace pension::gui {

class LedgerModel;

class BalanceChart : public ChartWidget {
    Q_OBJECT
public:
    explicit BalanceChart(LedgerModel *model, QWidget *parent = nullptr);

protected:
    void rebuild() override;
};

} // namespace pension::gui
