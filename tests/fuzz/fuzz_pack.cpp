// Fuzz target: the parameter pack loader (validation, merging, per-year figures of every region it accepts).

#include "builtin_packs.h"
#include "context.h"
#include "params.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace pension;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    (void)validatePack("fuzz.json", text);
    ParameterLibrary library = builtinLibrary();
    if (library.add("fuzz.json", text))
        return 0;
    for (const auto &id : library.regionIds()) {
        auto set = library.resolve(id);
        if (auto *params = std::get_if<ParameterSet>(&set)) {
            const Context ctx(*params, Assumptions{}, YearMonth::of(2026, 11), 2060);
            for (int y = 1990; y <= 2060; ++y)
                (void)ctx.pensionBase(y);
        }
    }
    return 0;
}
