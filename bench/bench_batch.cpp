// End to end, CSV to CSV: pension-cli batch over 1,000,000 people × 1 plan, and 100,000 people × 25 grades.
// The input is generated once per run into a temporary folder (a deterministic mix of regions, tracks, kinds,
// record lengths, indices and grades, with 1 row in 10,000 malformed on purpose).

#include "batch.h"
#include "builtin_packs.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <benchmark/benchmark.h>

#include <random>

namespace {

QString makeInput(const QTemporaryDir &dir, int people)
{
    const QString path = dir.filePath(QStringLiteral("people-%1.csv").arg(people));
    if (QFile::exists(path))
        return path;
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("id,name,region,asOf,sex,birth,track,kind,deemedMonths,preAccountMonths,accountMonths,averageIndex,"
            "accountBalance,retire,grade\n");
    std::mt19937 rng(20261124);
    const char *regions[] = {"shandong/weifang", "hebei/leting", "shandong", "hebei/tangshan"};
    QByteArray line;
    for (int i = 0; i < people; ++i) {
        const bool male = rng() % 2;
        const int year = 1966 + static_cast<int>(rng() % 30), month = 1 + static_cast<int>(rng() % 12);
        const char *track = male ? "male-60" : (rng() % 2 ? "female-55" : "female-50");
        const int months = 12 + static_cast<int>(rng() % 300);
        const int index = 60 + static_cast<int>(rng() % 140);
        line = QStringLiteral("P%1,人%1,%2,2025-12,%3,%4-%5,%6,%7,0,0,%8,%9.%10,%11.50,statutory,%12\n")
                   .arg(i)
                   .arg(QLatin1String(regions[rng() % 4]), QLatin1String(male ? "male" : "female"))
                   .arg(year)
                   .arg(month, 2, 10, QLatin1Char('0'))
                   .arg(QLatin1String(track), QLatin1String(rng() % 2 ? "flexible" : "employee"))
                   .arg(months)
                   .arg(index / 100)
                   .arg(index % 100, 2, 10, QLatin1Char('0'))
                   .arg(months * (100 + static_cast<int>(rng() % 300)))
                   .arg(QLatin1String(rng() % 3 == 0 ? "0.6"
                                      : rng() % 2    ? "1"
                                                     : "1.5"))
                   .toUtf8();
        if (i % 10000 == 9999)
            line.replace("2025-12", "2025-13"); // a malformed row: reported in the error column
        f.write(line);
    }
    return path;
}

QTemporaryDir &workDir()
{
    static QTemporaryDir dir;
    return dir;
}

void runOnce(benchmark::State &state, int people, const QString &plans)
{
    static const pension::ParameterLibrary library = pension::builtinLibrary();
    const QString in = makeInput(workDir(), people);
    QString errors;
    QTextStream err(&errors);
    for (auto _ : state) {
        pension::cli::BatchOptions o{in, workDir().filePath(QStringLiteral("out.csv")), plans,
                                     pension::YearMonth::of(2026, 11), 0};
        if (pension::cli::runBatch(o, library, err) != 0)
            state.SkipWithError("batch failed");
    }
    state.counters["rows/s"] = benchmark::Counter(static_cast<double>(people) * static_cast<double>(state.iterations()),
                                                  benchmark::Counter::kIsRate);
}

void BM_Batch1MillionOnePlan(benchmark::State &state)
{
    runOnce(state, 1'000'000, QString());
}
BENCHMARK(BM_Batch1MillionOnePlan)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

void BM_Batch100kTwentyFiveGrades(benchmark::State &state)
{
    QString plans;
    for (int g = 60; g <= 300; g += 10)
        plans += (plans.isEmpty() ? QString() : QStringLiteral(",")) + QString::number(g / 100.0);
    runOnce(state, 100'000, plans);
}
BENCHMARK(BM_Batch100kTwentyFiveGrades)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
