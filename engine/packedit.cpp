#include "packedit.h"

#include <nlohmann/json.hpp>

namespace pension {

using nlohmann::ordered_json;

namespace {

// "2026.11.1" → "2026.11.1-local.1"; "2026.11.1-local.4" → "2026.11.1-local.5".
std::string bumpVersion(const std::string &v)
{
    const auto at = v.find("-local.");
    if (at == std::string::npos)
        return v + "-local.1";
    int n = 0;
    try {
        n = std::stoi(v.substr(at + 7));
    } catch (...) {
        n = 0;
    }
    return v.substr(0, at) + "-local." + std::to_string(n + 1);
}

} // namespace

std::variant<PackEditResult, PackError> applyPackEdit(std::string_view fileName, std::string_view packText,
                                                      const PackEdit &edit)
{
    const std::string file(fileName);
    ordered_json doc;
    try {
        doc = ordered_json::parse(packText.begin(), packText.end());
    } catch (const nlohmann::json::exception &e) {
        return PackError{file, "", PACK_REASON("PackError", "not valid JSON (%1)"), {e.what()}};
    }
    if (edit.source.empty())
        return PackError{file, "source",
                         PACK_REASON("PackError", "a new figure needs its source (the 文号 and where it was read)")};
    if (edit.value.empty())
        return PackError{file, "value", PACK_REASON("PackError", "missing")};
    auto value = parseScaled(edit.value, 4);
    if (!value)
        return PackError{file,
                         "value",
                         PACK_REASON("PackError", "must be a plain number with at most 4 decimals, got \"%1\""),
                         {edit.value}};
    ordered_json *seriesRoot = &doc["series"];
    std::string where = "series." + edit.series;
    if (!edit.city.empty()) {
        if (!doc.contains("cities") || !doc["cities"].contains(edit.city))
            return PackError{file, "cities." + edit.city, PACK_REASON("PackError", "no such city in the pack")};
        seriesRoot = &doc["cities"][edit.city]["series"];
        where = "cities." + edit.city + "." + where;
    }
    if (!seriesRoot->contains(edit.series))
        return PackError{file, where,
                         PACK_REASON("PackError", "the pack has no such series (add it to the pack file first)")};
    ordered_json &values = (*seriesRoot)[edit.series]["values"];
    if (!values.is_array())
        return PackError{file, where + ".values", PACK_REASON("PackError", "must be an array")};
    ordered_json entry = ordered_json::object();
    entry["from"] = edit.from;
    entry["value"] = ordered_json::parse(edit.value.front() == '+' ? edit.value.substr(1) : edit.value);
    if (!edit.publishedOn.empty())
        entry["publishedOn"] = edit.publishedOn;
    entry["status"] = edit.status;
    entry["confidence"] = edit.confidence;
    entry["source"] = edit.source;
    if (!edit.note.empty())
        entry["note"] = edit.note;
    PackEditResult result;
    // Replace the entry of the same date, or insert it in date order.
    auto key = [](const ordered_json &e) {
        return e.contains("from") && e["from"].is_string() ? e["from"].get<std::string>() : std::string();
    };
    auto normal = [](std::string s) { return s.size() == 4 ? s + "-01" : s; };
    bool placed = false;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::string k = normal(key(values[i]));
        if (k == normal(edit.from)) {
            result.oldValue = values[i].contains("value") ? values[i]["value"].dump() : "";
            values[i] = entry;
            placed = true;
            break;
        }
        if (normal(edit.from) < k) {
            values.insert(values.begin() + static_cast<std::ptrdiff_t>(i), entry);
            placed = true;
            break;
        }
    }
    if (!placed)
        values.push_back(entry);
    result.newVersion = bumpVersion(doc.value("version", std::string("0")));
    doc["version"] = result.newVersion;
    result.text = doc.dump(2) + "\n";
    if (auto error = validatePack(fileName, result.text))
        return *error;
    return result;
}

} // namespace pension
