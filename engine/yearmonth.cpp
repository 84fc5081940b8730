#include "yearmonth.h"

#include <cstdio>

namespace pension {

std::optional<YearMonth> YearMonth::parse(std::string_view t)
{
    if (t.size() != 7 || t[4] != '-')
        return std::nullopt;
    int y = 0, m = 0;
    for (int i : {0, 1, 2, 3}) {
        if (t[i] < '0' || t[i] > '9')
            return std::nullopt;
        y = y * 10 + (t[i] - '0');
    }
    for (int i : {5, 6}) {
        if (t[i] < '0' || t[i] > '9')
            return std::nullopt;
        m = m * 10 + (t[i] - '0');
    }
    if (y < 1900 || y > 2200 || m < 1 || m > 12)
        return std::nullopt;
    return YearMonth::of(y, m);
}

std::string YearMonth::toString() const
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year(), month());
    return buf;
}

} // namespace pension
