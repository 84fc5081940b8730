#include "breakevenchart.h"

#include "breakevenmodel.h"

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

BreakEvenChart::BreakEvenChart(BreakEvenModel *model, QWidget *parent) : ChartWidget(model, parent)
{
    setObjectName(QStringLiteral("breakEvenChart"));
    refresh();
}

void BreakEvenChart::rebuild()
{
    auto *model = static_cast<BreakEvenModel *>(m_model);
    const auto be = model->breakEven();
    m_chart->setTitle(model->todaysMoney() ? tr("Paid and received, in today's money")
                                           : tr("Paid and received, with yearly increases"));
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    auto *paid = new QLineSeries;
    paid->setName(tr("Paid, cumulative"));
    auto *received = new QLineSeries;
    received->setName(tr("Received, cumulative"));
    double hi = 0, aMin = 1e9, aMax = 0;
    for (int r = 0; r < rows; ++r) {
        const double age = m_model->data(m_model->index(r, BreakEvenModel::Age), BreakEvenModel::ValueRole).toDouble();
        const double p = m_model->data(m_model->index(r, BreakEvenModel::Paid), BreakEvenModel::ValueRole).toDouble();
        const double q =
            m_model->data(m_model->index(r, BreakEvenModel::Received), BreakEvenModel::ValueRole).toDouble();
        paid->append(age, p);
        received->append(age, q);
        hi = std::max({hi, p, q});
        aMin = std::min(aMin, age);
        aMax = std::max(aMax, age);
    }
    QValueAxis *x = valueAxis(tr("Age"), aMin, std::max(aMax, aMin + 1), QStringLiteral("%d"));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(labelsThatFit(QStringLiteral("80")) >= (aMax - aMin) / 5 + 1 ? 5 : 10);
    QValueAxis *y = valueAxis(tr("Yuan"), 0, niceCeil(hi * 1.02), QStringLiteral("%.0f"));
    addAxes(x, y);
    for (QLineSeries *s : {paid, received})
        plot(s, x, y);
    paid->setColor(QColor(0xc0, 0x39, 0x2b));
    received->setColor(QColor(0x1e, 0x7b, 0x34));
    if (be) {
        auto *mark = new QScatterSeries;
        mark->setName(tr("Even at %1").arg(QString::number(be->age, 'f', 1)));
        mark->setMarkerSize(11);
        mark->setColor(QColor(0x0b, 0x53, 0x94));
        mark->append(be->age, be->yuan);
        plot(mark, x, y);
    }
}

} // namespace pension::gui
