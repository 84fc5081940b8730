#pragma once
// GradeChart: monthly pension against grade for several payment lengths (GridModel, the plan grid's model).

#include "chartwidget.h"

namespace pension::gui {

class GridModel;

class GradeChart : public ChartWidget {
    Q_OBJECT
public:
    explicit GradeChart(GridModel *model, QWidget *parent = nullptr);

protected:
    void rebuild() override;
};

} // namespace pension::gui
