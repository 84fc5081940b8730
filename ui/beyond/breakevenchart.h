#pragma once
// BreakEvenChart: cumulative paid against cumulative received (with the yearly increases) by age, break-even marked
// (BreakEvenModel: the engine's Lifetime).

#include "chartwidget.h"

namespace pension::gui {

class BreakEvenModel;

class BreakEvenChart : public ChartWidget {
    Q_OBJECT
public:
    explicit BreakEvenChart(BreakEvenModel *model, QWidget *parent = nullptr);

protected:
    void rebuild() override;
};

} // namespace pension::gui
