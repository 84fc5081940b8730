#include "balancechart.h"

#include "ledgermodel.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace pension::gui {

BalanceChart::BalanceChart(LedgerModel *model, QWidget *parent) : ChartWidget(model, parent)
{
    setObjectName(QStringLiteral("balanceChart"));
    refresh();
}

void BalanceChart::rebuild()
{
    m_chart->setTitle(tr("Account balance at year end"));
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    auto *s = new QLineSeries;
    s->setName(m_model->headerData(LedgerModel::Balance, Qt::Horizontal, Qt::DisplayRole).toString());
    s->setPointsVisible(rows <= 40);
    double hi = 0, yMin = 1e9, yMax = 0;
    for (int r = 0; r < rows; ++r) {
        const double year = m_model->data(m_model->index(r, LedgerModel::Year), LedgerModel::ValueRole).toDouble();
        const double balance =
            m_model->data(m_model->index(r, LedgerModel::Balance), LedgerModel::ValueRole).toDouble();
        s->append(year, balance);
        hi = std::max(hi, balance);
        yMin = std::min(yMin, year);
        yMax = std::max(yMax, year);
    }
    if (yMax <= yMin) {
        yMin -= 1;
        yMax += 1;
    }
    QValueAxis *x = valueAxis(m_model->headerData(LedgerModel::Year, Qt::Horizontal, Qt::DisplayRole).toString(), yMin,
                              yMax, QStringLiteral("%d"));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    const int fit = labelsThatFit(QStringLiteral("2030"));
    x->setTickInterval(std::max(1.0, std::ceil((yMax - yMin) / std::max(1, fit - 1))));
    QValueAxis *y = valueAxis(tr("Yuan"), 0, niceCeil(hi * 1.05), QStringLiteral("%.0f"));
    addAxes(x, y);
    plot(s, x, y);
    m_chart->legend()->hide();
}

} // namespace pension::gui
