// From a keystroke to the plan grid repainted, as the clerk feels it (issue: at most 50 ms at the 95th percentile).
//
// The real window, offscreen, with a flexible worker's statement typed in (the grid of a 50-year-old: 25 grades ×
// every payment length × 7 retirement choices). Each sample types one key into the grade field or the average
// index field (alternating, each key changing the figure) and measures from just before the key event until the
// grid's model has been updated with the new outcome and the grid's viewport has finished painting it.
// Prints p50, p95 and max in ms; results go in docs/performance.md.

#include "guitest.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// Times the first complete paint of the viewport after the model changed.
class PaintProbe : public QObject {
public:
    explicit PaintProbe(QWidget *viewport) : m_viewport(viewport) { viewport->installEventFilter(this); }
    void arm() { m_modelChanged = false, m_painted = false; }
    void modelChanged() { m_modelChanged = true; }
    bool done() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_viewport || event->type() != QEvent::Paint || !m_modelChanged || m_painted)
            return false;
        m_viewport->removeEventFilter(this);
        QCoreApplication::sendEvent(m_viewport, event); // paint now, so the time includes the painting
        m_viewport->installEventFilter(this);
        m_painted = true;
        return true;
    }

private:
    QWidget *m_viewport;
    bool m_modelChanged = false, m_painted = false;
};

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const auto at = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(at, v.size() - 1)];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    guitest::isolateSettings();
    const int samples = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 200;

    pension::gui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    guitest::enterLetingStatement(w, {QStringLiteral("贾某")});
    w.showTab(pension::gui::MainWindow::PlansTab);
    w.recalculate();
    QCoreApplication::processEvents();

    auto *table = guitest::child<QTableView>(&w, "gridTable");
    auto *grade = guitest::child<QComboBox>(&w, "gradeCombo");
    auto *index = guitest::child<QLineEdit>(&w, "averageIndexEdit");
    PaintProbe probe(table->viewport());
    QObject::connect(table->model(), &QAbstractItemModel::modelReset, &probe, [&probe] { probe.modelChanged(); });
    QObject::connect(table->model(), &QAbstractItemModel::layoutChanged, &probe, [&probe] { probe.modelChanged(); });
    QObject::connect(table->model(), &QAbstractItemModel::dataChanged, &probe, [&probe] { probe.modelChanged(); });

    // Grades typed in turn (each a different figure), and the index's last digit stepped.
    const QStringList grades = {QStringLiteral("100"), QStringLiteral("150"), QStringLiteral("200"),
                                QStringLiteral("60")};
    std::vector<double> ms;
    int timeouts = 0;
    for (int i = 0; i < samples; ++i) {
        QWidget *target = nullptr;
        if (i % 2 == 0) {
            grade->lineEdit()->setText(grades[(i / 2) % grades.size()].chopped(1));
            target = grade->lineEdit();
            QCoreApplication::processEvents();
        } else {
            index->setText(QStringLiteral("0.6"));
            target = index;
            QCoreApplication::processEvents();
        }
        // Let the previous edit's calculation land first, so each sample starts from rest.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 400)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);

        probe.arm();
        const QChar key = i % 2 == 0 ? grades[(i / 2) % grades.size()].back() : QChar(u'0' + 1 + (i / 2) % 9);
        QElapsedTimer t;
        t.start();
        QTest::keyClick(target, key.toLatin1());
        while (!probe.done() && t.elapsed() < 3000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        if (!probe.done()) {
            ++timeouts;
            continue;
        }
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    if (ms.empty()) {
        std::fprintf(stderr, "bench_gui_latency: the grid never repainted\n");
        return 1;
    }
    std::printf(
        "keystroke -> grid repainted, %zu samples (%d without a repaint): p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
        ms.size(), timeouts, percentile(ms, 0.5), percentile(ms, 0.95), *std::max_element(ms.begin(), ms.end()));
    return 0;
}
