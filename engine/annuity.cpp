#include "annuity.h"

#include <algorithm>

namespace pension {

int annuityMonthsTenths(const ParameterSet &params, int ageMonths)
{
    const Series *table = params.find("annuityMonthsByAge");
    if (!table || table->entries.empty())
        return 1390; // unreachable with the shipped national pack, which always has the table
    const int firstAge = table->entries.front().from.serial;
    const int lastAge = table->entries.back().from.serial;
    auto monthsAt = [&](int age) -> std::int64_t {
        age = std::clamp(age, firstAge, lastAge);
        const SeriesEntry *e = table->at(YearMonth{age});
        return e ? e->value : table->entries.front().value;
    };
    const int age = ageMonths / 12;
    const int m = ageMonths % 12;
    if (age >= lastAge)
        return static_cast<int>(monthsAt(lastAge) * 10);
    const std::int64_t here = monthsAt(age), next = monthsAt(age + 1);
    // T[a] − (T[a] − T[a+1]) × m / 12, to one decimal, half up: exact in integers.
    return static_cast<int>(divRound(static_cast<Wide>(here * 12 - (here - next) * m) * 10, 12));
}

} // namespace pension
