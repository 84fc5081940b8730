// Fuzz target: the batch row parser. The first line is a header when it parses as one; every other line is a row
// under it (or under the standard header), read into a case and projected.

#include "batchrow.h"
#include "builtin_packs.h"
#include "projection.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace pension;
    static const ParameterLibrary library = builtinLibrary();
    static const BatchHeader standard = std::get<BatchHeader>(readBatchHeader(
        "id,name,region,asOf,sex,birth,track,kind,deemedMonths,preAccountMonths,accountMonths,averageIndex,"
        "accountBalance,retire,grade,stopAfterYears"));
    std::string_view text(reinterpret_cast<const char *>(data), size);
    (void)readBatchPlans(text.substr(0, std::min<std::size_t>(text.size(), 64)));
    BatchHeader header = standard;
    bool first = true;
    while (!text.empty()) {
        const auto end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        if (first) {
            first = false;
            auto h = readBatchHeader(line);
            if (auto *ok = std::get_if<BatchHeader>(&h)) {
                header = *ok;
                continue;
            }
        }
        (void)csvRecordComplete(line);
        auto fields = splitCsv(line);
        if (!fields)
            continue;
        for (const std::string &f : *fields)
            (void)csvField(f); // quoting and formula neutralising
        auto c = caseFromBatchRow(header, *fields, BatchPlan{});
        if (auto *kase = std::get_if<Case>(&c)) {
            auto p = prepare(*kase, library, YearMonth::of(2026, 11));
            if (auto *prepared = std::get_if<std::shared_ptr<const Prepared>>(&p))
                (void)projectNumbers(**prepared, kase->plan);
        }
    }
    return 0;
}
