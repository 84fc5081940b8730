#include "money.h"

#include <cmath>
#include <cstdlib>

namespace pension {

std::optional<std::int64_t> parseScaled(std::string_view text, int scale)
{
    if (text.empty())
        return std::nullopt;
    bool negative = false;
    std::size_t i = 0;
    if (text[0] == '-' || text[0] == '+') {
        negative = text[0] == '-';
        i = 1;
    }
    Wide whole = 0;
    int digits = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++digits) {
        whole = whole * 10 + (text[i] - '0');
        if (whole > static_cast<Wide>(1) << 90)
            return std::nullopt;
    }
    int fractionDigits = 0;
    if (i < text.size() && text[i] == '.') {
        ++i;
        for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
            if (fractionDigits == scale) {
                if (text[i] != '0')
                    return std::nullopt;
                continue;
            }
            whole = whole * 10 + (text[i] - '0');
            ++fractionDigits;
            ++digits;
        }
    }
    if (i != text.size() || digits == 0)
        return std::nullopt;
    for (; fractionDigits < scale; ++fractionDigits)
        whole *= 10;
    if (whole > INT64_MAX)
        return std::nullopt;
    return static_cast<std::int64_t>(negative ? -whole : whole);
}

std::optional<std::int64_t> scaledFromDouble(double v, int scale)
{
    if (!std::isfinite(v))
        return std::nullopt;
    const double scaled = v * std::pow(10.0, scale);
    if (std::fabs(scaled) > 9.0e15)
        return std::nullopt;
    const double nearest = std::nearbyint(scaled);
    // Only binary representation error is forgiven (a few ulps), never a real extra decimal.
    if (std::fabs(scaled - nearest) > std::max(1e-6, std::fabs(scaled) * 1e-14))
        return std::nullopt;
    return static_cast<std::int64_t>(nearest);
}

std::string formatScaled(std::int64_t v, int scale)
{
    const bool negative = v < 0;
    std::uint64_t a = negative ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    // Digits from the right, the point after `scale` of them, at least one digit before it.
    char buf[48];
    int pos = sizeof buf;
    int written = 0;
    do {
        if (scale > 0 && written == scale)
            buf[--pos] = '.';
        buf[--pos] = static_cast<char>('0' + a % 10);
        a /= 10;
        ++written;
    } while (a != 0 || written <= scale);
    if (negative)
        buf[--pos] = '-';
    return std::string(buf + pos, sizeof buf - static_cast<std::size_t>(pos));
}

std::string formatFen(Fen fen)
{
    return formatScaled(fen, 2);
}

static std::string trimZeros(std::string s)
{
    if (s.find('.') == std::string::npos)
        return s;
    while (!s.empty() && s.back() == '0')
        s.pop_back();
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

std::string formatPercent(Ppm p)
{
    return trimZeros(formatScaled(p, 4));
}
std::string formatFraction(Ppm p)
{
    return trimZeros(formatScaled(p, 6));
}

int indexDigits(Ppm p)
{
    if (p % 10 != 0)
        return 6;
    return p % 100 != 0 ? 5 : 4;
}

std::string formatIndex(Ppm p)
{
    const int digits = indexDigits(p);
    std::int64_t unit = 1;
    for (int i = digits; i < 6; ++i)
        unit *= 10;
    return formatScaled(p / unit, digits);
}

} // namespace pension
