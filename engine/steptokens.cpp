#include "result.h"

namespace pension {

std::string ageToken(int months)
{
    return "{age:" + std::to_string(months) + "}";
}

std::string termToken(const char *id)
{
    return std::string("{term:") + id + "}";
}

std::string expandStepTokens(const std::string &text, const std::function<std::string(int)> &age,
                             const std::function<std::string(std::string_view)> &term)
{
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t open = text.find('{', at);
        const std::size_t close = open == std::string::npos ? open : text.find('}', open);
        if (close == std::string::npos) {
            out += text.substr(at);
            break;
        }
        out += text.substr(at, open - at);
        const std::string_view token = std::string_view(text).substr(open + 1, close - open - 1);
        if (token.substr(0, 4) == "age:") {
            int months = 0;
            for (char ch : token.substr(4))
                months = months * 10 + (ch - '0');
            out += age(months);
        } else if (token.substr(0, 5) == "term:") {
            out += term(token.substr(5));
        } else {
            out += text.substr(open, close - open + 1);
        }
        at = close + 1;
    }
    return out;
}

std::string plainStepText(const std::string &text)
{
    return expandStepTokens(
        text, [](int m) { return std::to_string(m / 12) + "y" + std::to_string(m % 12) + "m"; },
        [](std::string_view id) {
            if (id == "yearly-index-sum")
                return std::string("Σ(yearly index)");
            if (id == "base-average-sum")
                return std::string("Σ(base / average)");
            if (id == "local-pension-base")
                return std::string("localPensionBase");
            if (id == "actual-years")
                return std::string("actual years");
            return std::string(id);
        });
}

} // namespace pension
