#pragma once
// The parameter packs shipped in resources/regions/, compiled in (see embed_packs.cmake).

#include "params.h"

#include <string_view>
#include <vector>

namespace pension {

struct BuiltinPack {
    std::string_view fileName;
    std::string_view text;
};

const std::vector<BuiltinPack> &builtinPacks();

// A library holding every shipped pack; a shipped pack that fails validation is a build defect and aborts.
ParameterLibrary builtinLibrary();

} // namespace pension
