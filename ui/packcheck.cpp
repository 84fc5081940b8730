#include "packcheck.h"

#include "builtin_packs.h"

#include <QCryptographicHash>

#include <nlohmann/json.hpp>

namespace pension::packcheck {

namespace {

std::optional<nlohmann::json> parsed(const QByteArray &text)
{
    try {
        return nlohmann::json::parse(text.constData(), text.constData() + text.size());
    } catch (const nlohmann::json::exception &) {
        return std::nullopt;
    }
}

QByteArray digestOf(const nlohmann::json &doc)
{
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
