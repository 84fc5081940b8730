// One projection from a statement to retirement, and the full grid of 25 grades × 41 payment lengths × 7
// retirement choices, on the Weifang sample case (a flexible worker, 20 years before retirement).

#include "builtin_packs.h"
#include "compare.h"
#include "projection.h"

#include <benchmark/benchmark.h>

namespace {

using namespace pension;

// A man of 40 with 18 years on his statement: the longest common projection (20+ years to retirement).
constexpr const char *kCase = R"({
  "format": "pension-case/1", "region": "shandong/weifang", "asOf": "2025-12",
  "person": { "sex": "male", "birth": "1985-06", "track": "male-60" },
  "insurance": { "kind": "flexible" },
  "record": { "deemedMonths": 0, "preAccountMonths": 0, "accountMonths": 216, "averageIndex": 0.71,
              "accountBalance": 61234.56 },
  "plan": { "retire": "statutory",
            "contributions": [ { "from": "2026-01", "until": "retirement", "grade": 1.0, "kind": "flexible" } ] }
})";

std::shared_ptr<const Prepared> preparedCase()
{
    static const ParameterLibrary library = builtinLibrary();
    auto c = std::get<Case>(readCase(kCase));
    return std::get<std::shared_ptr<const Prepared>>(prepare(c, library, YearMonth::of(2026, 11)));
}

void BM_ProjectionNumbers(benchmark::State &state)
{
    const auto p = preparedCase();
    for (auto _ : state) {
        PlanNumbers n = projectNumbers(*p, p->kase.plan);
        benchmark::DoNotOptimize(n);
    }
}
BENCHMARK(BM_ProjectionNumbers);

void BM_EstimateWithExplanation(benchmark::State &state)
{
    const auto p = preparedCase();
    for (auto _ : state) {
        auto r = estimate(*p, p->kase.plan);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_EstimateWithExplanation);

void BM_PrepareCase(benchmark::State &state)
{
    static const ParameterLibrary library = builtinLibrary();
    const auto c = std::get<Case>(readCase(kCase));
    for (auto _ : state) {
        auto p = prepare(c, library, YearMonth::of(2026, 11));
        benchmark::DoNotOptimize(p);
    }
}
BENCHMARK(BM_PrepareCase);

void BM_FullGrid(benchmark::State &state)
{
    const auto p = preparedCase();
    GridRequest req;
    for (int g = 60; g <= 300; g += 10)
        req.grades.push_back(g * 10'000);
    for (int k = 0; k <= 40; ++k)
        req.stopAfterYears.push_back(k);
    req.retires.push_back({RetireKind::Statutory, {}, 0});
    for (int m : {12, 24, 36}) {
        req.retires.push_back({RetireKind::Early, {}, m});
        req.retires.push_back({RetireKind::Late, {}, m});
    }
    for (auto _ : state) {
        Grid g = compareGrid(*p, req);
        benchmark::DoNotOptimize(g);
    }
    state.counters["plans"] = static_cast<double>(req.grades.size() * req.stopAfterYears.size() * req.retires.size());
}
BENCHMARK(BM_FullGrid)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
