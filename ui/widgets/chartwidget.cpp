#include "chartwidget.h"

#include <QAbstractItemModel>
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

double ChartWidget::niceCeil(double v)
{
    if (v <= 0)
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * p >= v)
            return m * p;
    return 10 * p;
}

void ChartWidget::addAxes(QValueAxis *x, QValueAxis *y)
{
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
}

void ChartWidget::plot(QAbstractSeries *series, QValueAxis *x, QValueAxis *y)
{
    m_chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QValueAxis *ChartWidget::valueAxis(const QString &title, double lo, double hi, const QString &format)
{
    auto *a = new QValueAxis;
    a->setTitleText(title);
    a->setRange(lo, hi);
    a->setLabelFormat(format);
    return a;
}

ChartWidget::ChartWidget(QAbstractItemModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view = new QChartView(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(280, 220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChartWidget::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChartWidget::refresh);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &ChartWidget::refresh);
}

QChart *ChartWidget::chart()
{
    if (m_stale)
        rebuildNow();
    return m_chart;
}

void ChartWidget::refresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    rebuildNow();
}

void ChartWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuildNow();
}

void ChartWidget::rebuildNow()
{
    m_stale = false;
    m_chart->removeAllSeries();
    for (QAbstractAxis *a : m_chart->axes()) {
        m_chart->removeAxis(a);
        delete a;
    }
    rebuild();
    applyFonts();
}

void ChartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    refresh(); // the axis ticks follow the width
}

int ChartWidget::labelsThatFit(const QString &sample) const
{
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    const int label = QFontMetrics(small).horizontalAdvance(sample) * 2;
    return std::max(2, (width() - 80) / std::max(1, label));
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    else if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void ChartWidget::applyFonts()
{
    QFont base = font();
    QFont title = base;
    title.setBold(true);
    title.setPointSizeF(base.pointSizeF());
    m_chart->setTitleFont(title);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.85);
    m_chart->legend()->setFont(small);
    for (QAbstractAxis *a : m_chart->axes()) {
        a->setLabelsFont(small);
        a->setTitleFont(base);
    }
}

} // namespace pension::gui
