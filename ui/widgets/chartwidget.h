#pragma once
// The base of every chart: one small widget per chart (Qt Charts kept behind it), fed by the model its table
// shows, rebuilt when the model changes, with fonts and axis labels that follow the window.

#include <QWidget>

class QAbstractItemModel;
class QLabel;

class QAbstractSeries;
class QChart;
class QChartView;
class QValueAxis;

namespace pension::gui {

class ChartWidget : public QWidget {
    Q_OBJECT
public:
    explicit ChartWidget(QAbstractItemModel *model, QWidget *parent = nullptr);
    // The chart, brought up to date first (a hidden chart is rebuilt only when shown or asked for).
    QChart *chart();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    virtual void rebuild() = 0;
    // How many axis labels of `sample` fit along the chart's width.
    int labelsThatFit(const QString &sample) const;
    void applyFonts();
    // Rebuilds the chart from the model now if it is on screen, else when it is next shown: the grid's model changes
    // at every keystroke, and rebuilding charts nobody sees would cost the clerk tens of milliseconds each time.
    void refresh();
    void showEvent(QShowEvent *event) override;
    void rebuildNow();
    // A "nice" axis maximum above `v`: 1, 2, 2.5 or 5 × a power of ten.
    static double niceCeil(double v);
    static QValueAxis *valueAxis(const QString &title, double lo, double hi, const QString &format);
    // Puts the axes on the chart (x below, y left), and a series on the chart against them.
    void addAxes(QValueAxis *x, QValueAxis *y);
    void plot(QAbstractSeries *series, QValueAxis *x, QValueAxis *y);

    QAbstractItemModel *m_model;
    bool m_stale = false;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
};

} // namespace pension::gui
