#include "gradechart.h"

#include "gridmodel.h"

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

GradeChart::GradeChart(GridModel *model, QWidget *parent) : ChartWidget(model, parent)
{
    setObjectName(QStringLiteral("gradeChart"));
    refresh();
}

void GradeChart::rebuild()
{
    m_chart->setTitle(tr("Monthly pension by grade"));
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    if (rows == 0 || columns == 0)
        return;
    // A few payment lengths, spread over the columns: stop now, in between, until retirement.
    std::vector<int> picks;
    for (int k = 0; k < 5; ++k) {
        const int c = columns == 1 ? 0 : static_cast<int>(std::lround(k * (columns - 1) / 4.0));
        if (std::find(picks.begin(), picks.end(), c) == picks.end())
            picks.push_back(c);
    }
    double lo = 1e18, hi = 0, gMin = 1e9, gMax = 0;
    std::vector<QLineSeries *> series;
    for (int c : picks) {
        auto *s = new QLineSeries;
        s->setName(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        s->setPointsVisible(rows <= 30);
        for (int r = 0; r < rows; ++r) {
            const QModelIndex i = m_model->index(r, c);
            const QVariant v = m_model->data(i, GridModel::MonthlyRole);
            if (!v.isValid())
                continue;
            const double grade = m_model->data(i, GridModel::GradeRole).toDouble();
            s->append(grade, v.toDouble());
            lo = std::min(lo, v.toDouble());
            hi = std::max(hi, v.toDouble());
            gMin = std::min(gMin, grade);
            gMax = std::max(gMax, grade);
        }
        if (s->count() == 0) {
            delete s;
            continue;
        }
        series.push_back(s);
    }
    if (series.empty())
        return;
    QValueAxis *x = valueAxis(tr("Contribution grade (%)"), gMin, gMax, QStringLiteral("%d"));
    // Ticks every 30 or 60 percentage points, as many as the width allows.
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(labelsThatFit(QStringLiteral("300")) >= 9 ? 30 : 60);
    QValueAxis *y = valueAxis(tr("Yuan a month"), 0, niceCeil(hi * 1.05), QStringLiteral("%.0f"));
    addAxes(x, y);
    for (QLineSeries *s : series)
        plot(s, x, y);
}

} // namespace pension::gui
