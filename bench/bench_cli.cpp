// pension-cli as the user runs it: whole processes, start-up included. The full grid as JSON (25 grades × 41
// payment lengths × 7 retirement choices = 7,175 plans, about 3 MB) and a command that prints a few numbers
// (start-up and Qt Core alone). Results: docs/performance.md.
#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QProcess>
#include <QStringList>

namespace {

QStringList fullGrid()
{
    QStringList grades, stops;
    for (int g = 6; g <= 30; ++g)
        grades << QString::number(g / 10.0);
    for (int s = 0; s <= 40; ++s)
        stops << QString::number(s);
    return {QStringLiteral("compare"),
            QStringLiteral(PENSION_SOURCE_DIR "/resources/samples/weifang-flexible.pension.json"),
            QStringLiteral("--json"),
            QStringLiteral("--date"),
            QStringLiteral("2026-01"),
            QStringLiteral("--grades"),
            grades.join(QLatin1Char(',')),
            QStringLiteral("--stop"),
            stops.join(QLatin1Char(',')),
            QStringLiteral("--retire"),
            QStringLiteral("statutory,early12,early24,early36,late12,late24,late36")};
}

void runOnce(const QStringList &args, benchmark::State &state)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(QStringLiteral(PENSION_CLI_BINARY), args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        state.SkipWithError("pension-cli failed");
}

void BM_CompareFullGridJson(benchmark::State &state)
{
    const QStringList args = fullGrid();
    for (auto _ : state)
        runOnce(args, state);
    state.counters["us_per_plan"] = benchmark::Counter(7175.0 * static_cast<double>(state.iterations()),
                                                       benchmark::Counter::kIsRate | benchmark::Counter::kInvert,
                                                       benchmark::Counter::OneK::kIs1000);
}
BENCHMARK(BM_CompareFullGridJson)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_RetirementStartUp(benchmark::State &state)
{
    const QStringList args = {QStringLiteral("retirement"), QStringLiteral("--birth"),   QStringLiteral("1971-04"),
                              QStringLiteral("--track"),    QStringLiteral("female-55"), QStringLiteral("--json")};
    for (auto _ : state)
        runOnce(args, state);
}
BENCHMARK(BM_RetirementStartUp)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
