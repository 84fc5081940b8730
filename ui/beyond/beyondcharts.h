#pragma once
// The Beyond tab's charts, one small widget each, fed by the model of the table beside it:
//  - SurvivorChart: what the family receives by age at death (funeral grant, survivor pension, account remainder,
//    total) (SurvivorModel);
//  - PensionPathChart: the monthly pension year by year after retirement (PensionPathModel).

#include "chartwidget.h"

namespace pension::gui {

class SurvivorModel;
class PensionPathModel;

class SurvivorChart : public ChartWidget {
    Q_OBJECT
public:
    explicit SurvivorChart(SurvivorModel *model, QWidget *parent = nullptr);

protected:
    void rebuild() override;
};

class PensionPathChart : public ChartWidget {
    Q_OBJECT
public:
    explicit PensionPathChart(PensionPathModel *model, QWidget *parent = nullptr);

protected:
    void rebuild() override;
};

} // namespace pension::gui
