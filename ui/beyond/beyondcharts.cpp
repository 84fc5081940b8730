#include "beyondcharts.h"

#include "beyondmodels.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace pension::gui {

SurvivorChart::SurvivorChart(SurvivorModel *model, QWidget *parent) : ChartWidget(model, parent)
{
    setObjectName(QStringLiteral("survivorChart"));
    refresh();
}

void SurvivorChart::rebuild()
{
    m_chart->setTitle(tr("What the family receives, by age at death"));
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const struct {
        int column;
        QColor color;
        qreal width;
    } lines[] = {{SurvivorModel::Total, QColor(0x0b, 0x53, 0x94), 3.0},
                 {SurvivorModel::AccountRemainder, QColor(0x1e, 0x7b, 0x34), 2.0},
                 {SurvivorModel::SurvivorPension, QColor(0xc0, 0x39, 0x2b), 2.0},
                 {SurvivorModel::FuneralGrant, QColor(0x7a, 0x4b, 0x00), 2.0}};
    std::vector<QLineSeries *> series;
    double hi = 0, aMin = 1e9, aMax = 0;
    for (const auto &l : lines) {
        auto *s = new QLineSeries;
        s->setName(m_model->headerData(l.column, Qt::Horizontal, Qt::DisplayRole).toString());
        QPen pen(l.color);
        pen.setWidthF(l.width);
        s->setPen(pen);
        for (int r = 0; r < rows; ++r) {
            const double age = m_model->data(m_model->index(r, SurvivorModel::Age), ValueRole).toDouble();
            const double v = m_model->data(m_model->index(r, l.column), ValueRole).toDouble();
            s->append(age, v);
            hi = std::max(hi, v);
            aMin = std::min(aMin, age);
            aMax = std::max(aMax, age);
        }
        series.push_back(s);
    }
    QValueAxis *x = valueAxis(tr("Age at death"), aMin, std::max(aMax, aMin + 1), QStringLiteral("%d"));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(labelsThatFit(QStringLiteral("80")) >= (aMax - aMin) / 5 + 1 ? 5 : 10);
    QValueAxis *y = valueAxis(tr("Yuan"), 0, niceCeil(hi * 1.05), QStringLiteral("%.0f"));
    addAxes(x, y);
    for (QLineSeries *s : series)
        plot(s, x, y);
}

PensionPathChart::PensionPathChart(PensionPathModel *model, QWidget *parent) : ChartWidget(model, parent)
{
    setObjectName(QStringLiteral("pensionPathChart"));
    refresh();
}

void PensionPathChart::rebuild()
{
    m_chart->setTitle(tr("Monthly pension after retirement, with yearly increases"));
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    auto *s = new QLineSeries;
    s->setName(tr("Monthly pension"));
    QPen pen(QColor(0x0b, 0x53, 0x94));
    pen.setWidthF(2.5);
    s->setPen(pen);
    double hi = 0, aMin = 1e9, aMax = 0;
    for (int r = 0; r < rows; ++r) {
        const double age = m_model->data(m_model->index(r, PensionPathModel::Age), ValueRole).toDouble();
        const double v = m_model->data(m_model->index(r, PensionPathModel::Monthly), ValueRole).toDouble();
        s->append(age, v);
        hi = std::max(hi, v);
        aMin = std::min(aMin, age);
        aMax = std::max(aMax, age);
    }
    QValueAxis *x = valueAxis(tr("Age"), aMin, std::max(aMax, aMin + 1), QStringLiteral("%d"));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(labelsThatFit(QStringLiteral("80")) >= (aMax - aMin) / 5 + 1 ? 5 : 10);
    QValueAxis *y = valueAxis(tr("Yuan a month"), 0, niceCeil(hi * 1.05), QStringLiteral("%.0f"));
    addAxes(x, y);
    plot(s, x, y);
    m_chart->legend()->hide();
}

} // namespace pension::gui
