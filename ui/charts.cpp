#include "charts.h"

#include "breakevenmodel.h"
#include "gridmodel.h"
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

void ChartWidget::refresh()
{
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
    s->setName(tr("Balance"));
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
    QValueAxis *x = valueAxis(tr("Year"), yMin, yMax, QStringLiteral("%d"));
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
