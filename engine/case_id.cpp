// Resident ID numbers (居民身份证号码, GB 11643): the check digit, the birth date they encode, the masked form.
#include "case.h"

#include <algorithm>

namespace pension {

std::optional<YearMonth> birthFromIdNumber(std::string_view id)
{
    if (id.size() != 18)
        return std::nullopt;
    const std::string ym = std::string(id.substr(6, 4)) + "-" + std::string(id.substr(10, 2));
    return YearMonth::parse(ym);
}

std::string maskIdNumber(std::string_view id)
{
    // As on the report: the region code (6) and the last 4 characters; the birth date and sequence hidden. A value
    // that is not plain ASCII is hidden whole (one star a byte would split a character).
    const bool ascii = std::all_of(id.begin(), id.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
    if (!ascii) {
        std::size_t chars = 0;
        for (char ch : id)
            chars += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1 : 0;
        return std::string(std::min<std::size_t>(chars, 40), '*');
    }
    if (id.size() <= 10)
        return std::string(id.size(), '*');
    const std::size_t shownLength = std::min<std::size_t>(id.size(), 40);
    return std::string(id.substr(0, 6)) + std::string(shownLength - 10, '*') + std::string(id.substr(id.size() - 4));
}

std::optional<InputError> checkIdNumber(std::string_view id, std::optional<YearMonth> birth, const char *field)
{
    // GB 11643-1999 citizen identity number: 17 digits + ISO 7064 MOD 11-2 check character. Messages show the
    // number masked and never the right check character: an error line must not complete someone's ID number.
    if (id.size() != 18)
        return InputError{field, InputErrorCode::IdLength, {}, maskIdNumber(id)};
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (id[i] < '0' || id[i] > '9')
            return InputError{field, InputErrorCode::BadFormat, Allowed::format(Shape::IdDigits), maskIdNumber(id)};
        sum += (id[i] - '0') * weights[i];
    }
    const char expected = checks[sum % 11];
    const char got = id[17] == 'x' ? 'X' : id[17];
    if (got != expected)
        // `allowed` keeps the right character for the program (the form may mark the field); no message shows it.
        return InputError{field, InputErrorCode::IdCheckDigit,
                          Allowed::of(Allowed::Kind::CheckCharacter, {}, std::string(1, expected)), maskIdNumber(id)};
    auto encoded = birthFromIdNumber(id);
    const int day = (id[12] - '0') * 10 + (id[13] - '0');
    // The day must exist in that month: 1970-11-31 and 1971-02-29 do not.
    static constexpr int monthDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int lastDay = 0;
    if (encoded) {
        const int y = encoded->year();
        const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        lastDay = monthDays[encoded->month() - 1] + (encoded->month() == 2 && leap ? 1 : 0);
    }
    if (!encoded || day < 1 || day > lastDay)
        return InputError{field, InputErrorCode::BadFormat, Allowed::format(Shape::IdBirthDate), maskIdNumber(id)};
    if (birth && *encoded != *birth)
        return InputError{field, InputErrorCode::IdBirth,
                          Allowed::of(Allowed::Kind::Birth, {"person.birth"}, birth->toString()), maskIdNumber(id)};
    return std::nullopt;
}

} // namespace pension
