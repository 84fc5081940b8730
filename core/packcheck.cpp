#include "packcheck.h"

#include "builtin_packs.h"
#include "case_json.h"

#include <QCryptographicHash>

#include <nlohmann/json.hpp>

namespace pension::packcheck {

namespace {

std::optional<nlohmann::json> parsed(const QByteArray &text)
{
    try {
        // Strict and bounded (a pack nests 5 deep): a hostile file never recurses far below.
        return parseStrictJson(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), 32);
    } catch (const InputError &) {
        return std::nullopt;
    } catch (const nlohmann::json::exception &) {
        return std::nullopt;
    }
}

// Numbers as the values they stand for: 8, 8.0 and 8.00 are one figure.
void normalise(nlohmann::json &v)
{
    if (v.is_number())
        v = v.get<double>();
    else if (v.is_structured())
        for (auto &child : v)
            normalise(child);
}

QByteArray digestOf(nlohmann::json doc)
{
    normalise(doc);
    // nlohmann::json keeps object keys sorted: the dump is canonical for the content.
    const std::string canonical = doc.dump();
    return QCryptographicHash::hash(QByteArray::fromStdString(canonical), QCryptographicHash::Sha256);
}

} // namespace

std::optional<QByteArray> contentDigest(const QByteArray &text)
{
    const auto doc = parsed(text);
    if (!doc)
        return std::nullopt;
    return digestOf(*doc);
}

Checked againstShipped(const QByteArray &text)
{
    Checked out{text, false, false};
    auto doc = parsed(text);
    if (!doc || !doc->is_object() || !doc->contains("id") || !(*doc)["id"].is_string())
        return out; // the engine's loader names what is wrong
    const std::string id = (*doc)["id"].get<std::string>();
    for (const BuiltinPack &b : builtinPacks()) {
        const QByteArray shippedText(b.text.data(), static_cast<qsizetype>(b.text.size()));
        const auto shipped = parsed(shippedText);
        if (!shipped || !shipped->contains("id") || (*shipped)["id"] != id)
            continue;
        if (digestOf(*doc) == digestOf(*shipped))
            return out; // the shipped pack, perhaps reformatted
        out.differs = true;
        const auto version = doc->find("version");
        if (version != doc->end() && version->is_string() &&
            version->get<std::string>().find("-local.") == std::string::npos) {
            *version = version->get<std::string>() + "-local.0";
            out.text = QByteArray::fromStdString(doc->dump(2));
            out.relabelled = true;
        }
        return out;
    }
    return out;
}

} // namespace pension::packcheck
