// Fuzz target: the case reader, and every case it accepts through prepare, estimate, the lifetime, survivor and
// shortfall sections and a small grid: no input may crash, hang or trip a sanitizer.

#include "builtin_packs.h"
#include "compare.h"
#include "goal.h"
#include "lifetime.h"
#include "projection.h"
#include "survivor.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace pension;
    static const ParameterLibrary library = builtinLibrary();
    auto parsed = readCase(std::string_view(reinterpret_cast<const char *>(data), size));
    auto *c = std::get_if<Case>(&parsed);
    if (!c)
        return 0;
    (void)writeCase(*c);
    auto prepared = prepare(*c, library, YearMonth::of(2026, 11));
    auto *p = std::get_if<std::shared_ptr<const Prepared>>(&prepared);
    if (!p)
        return 0;
    auto result = estimate(**p, c->plan);
    if (auto *r = std::get_if<Result>(&result)) {
        (void)lifetimeValue(**p, *r, true);
        (void)survivorBenefits(**p, c->plan, *r, 40, 90);
        (void)shortfallOptions(**p, *r);
    }
    GridRequest req;
    req.grades = {600'000, 3'000'000};
    req.stopAfterYears = {0, 1, 50};
    req.retires = {RetireChoice{}, RetireChoice{RetireKind::Late, {}, 36}};
    (void)compareGrid(**p, req);
    return 0;
}
