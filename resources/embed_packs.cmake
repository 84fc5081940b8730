# Writes builtin_packs.cpp: every regions/*.json as a raw string, in name order.
file(GLOB files ${DIR}/*.json)
list(SORT files)
set(body "#include \"builtin_packs.h\"\n\nnamespace pension {\n\nconst std::vector<BuiltinPack> &builtinPacks()\n{\n    static const std::vector<BuiltinPack> packs = {\n")
foreach(f ${files})
    get_filename_component(name ${f} NAME)
    file(READ ${f} text)
    string(APPEND body "        {\"${name}\", R\"PACK(${text})PACK\"},\n")
endforeach()
string(APPEND body "    };\n    return packs;\n}\n\n} // namespace pension\n")
file(WRITE ${OUT} "${body}")
file(APPEND ${OUT} "
#include <cstdio>
#include <cstdlib>

namespace pension {

ParameterLibrary builtinLibrary()
{
    ParameterLibrary library;
    for (const auto &pack : builtinPacks()) {
        if (auto error = library.add(pack.fileName, pack.text)) {
            std::fprintf(stderr, \"shipped parameter pack invalid: %s\\n\", error->message().c_str());
            std::abort();
        }
    }
    return library;
}

} // namespace pension
")
