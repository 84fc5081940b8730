#pragma once
// Money and exact-decimal helpers. Money is whole fen (分) in a 64-bit integer; every rounding is half up on exact
// integers, at the steps where the official benefit sheets (核定表) round.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pension {

using Fen = std::int64_t;

// 128-bit intermediate for exact products of money and rates (a GCC/Clang extension).
__extension__ typedef __int128 Wide;

// Rates, grades and indices in parts per million (1% = 10'000 ppm). Exact for every figure the packs publish.
using Ppm = std::int64_t;
inline constexpr Ppm kPpmOne = 1'000'000;

// Half-up division of exact integers (towards +infinity on .5 for positives, away from zero for negatives).
constexpr std::int64_t divRound(Wide num, Wide den)
{
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const Wide q = num >= 0 ? (2 * num + den) / (2 * den) : -((2 * -num + den) / (2 * den));
    return static_cast<std::int64_t>(q);
}

// Parses a decimal like "1419.15", "-3", "0.6" into an integer scaled by 10^scale, exactly; nullopt when the text
// is not a plain decimal or has more fraction digits than scale (no silent rounding of input).
std::optional<std::int64_t> parseScaled(std::string_view text, int scale);

// Converts a JSON number already parsed as double into a scaled integer. Accepts it only when it has at most `scale`
// decimals (within 1e-9 of such a value); otherwise nullopt.
std::optional<std::int64_t> scaledFromDouble(double v, int scale);

// "1518.50", "-0.05"
std::string formatFen(Fen fen);
// A scaled integer with `scale` decimals, trailing zeros kept: formatScaled(2708, 2) == "27.08".
std::string formatScaled(std::int64_t v, int scale);
// A ppm value as a percentage with up to 4 decimals, trailing zeros trimmed: 13000 -> "1.3".
std::string formatPercent(Ppm p);
// A ppm value as a plain decimal fraction with up to 6 decimals, trimmed: 600000 -> "0.6".
std::string formatFraction(Ppm p);

// The decimals an index in ppm is shown with: 4 as the sheets print it, 5 or 6 where the value has them (a
// statement's 0.76035 stays 0.76035, never cut to 0.7603).
int indexDigits(Ppm p);
// An index in ppm with indexDigits(p) decimals: 627000 -> "0.6270", 760350 -> "0.76035".
std::string formatIndex(Ppm p);

} // namespace pension
