#pragma once
// Editing a parameter pack: staff type in a newly published figure (next year's 计发基数, say) with its source.
// Text in, text out: the engine validates the edited pack like any other and bumps its version, so every result
// computed afterwards names the edited version.

#include "params.h"

#include <string>
#include <string_view>
#include <variant>

namespace pension {

struct PackEdit {
    std::string city;   // empty: the province's own series; else a city of the pack ("weifang")
    std::string series; // "pensionBase"
    std::string from;   // "2026" or "2026-07"
    std::string value;  // as typed: "8012" or "2.5"
    std::string status = "published";
    std::string confidence = "official";
    std::string source;      // required: the 文号 and where it was read
    std::string publishedOn; // optional "YYYY-MM"
    std::string note;
};

struct PackEditResult {
    std::string text;       // the new pack
    std::string oldValue;   // the value replaced ("" when the entry is new)
    std::string newVersion; // e.g. "2026.11.1-local.1"
};

// Applies one edit; the result is validated as a whole (file name for messages: `fileName`).
std::variant<PackEditResult, PackError> applyPackEdit(std::string_view fileName, std::string_view packText,
                                                      const PackEdit &edit);

} // namespace pension
