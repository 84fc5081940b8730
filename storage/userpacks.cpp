#include "userpacks.h"

#include "packcheck.h"
#include "safefile.h"
#include "texts.h"

#include "builtin_packs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <string_view>

namespace pension::gui {

namespace {

// The words of this file (translation context "UserPacks").
class UserPacks {
    Q_DECLARE_TR_FUNCTIONS(UserPacks)
};

constexpr qint64 kMaxPackFile = 16 * 1024 * 1024;

std::string_view view(const QByteArray &b)
{
    return {b.constData(), static_cast<std::size_t>(b.size())};
}

struct UserFile {
    QString path;
    QByteArray text;
    PackIdentity identity;
};

// The user's valid pack files, in file name order; the others are described in `problems`.
QList<UserFile> userFiles(const QString &dir, QStringList *problems)
{
    QList<UserFile> out;
    const QDir d(dir);
    for (const QString &name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = d.filePath(name);
        // A regular file within the cap: a device or a pipe named like a pack is skipped, not read without end.
        safefile::ReadResult f = safefile::readRegular(path, kMaxPackFile);
        if (!f.ok()) {
            if (problems)
                *problems << UserPacks::tr("%1: cannot be read (%2)")
                                 .arg(path, f.problem == safefile::ReadProblem::TooLarge ? UserPacks::tr("too large")
                                            : f.reason.isEmpty() ? UserPacks::tr("not a regular file")
                                                                 : f.reason);
            continue;
        }
        UserFile u{path, std::move(f.bytes), {}};
        if (auto error = validatePack(name.toStdString(), view(u.text))) {
            if (problems)
                *problems << UserPacks::tr("%1 is not used: %2").arg(path, texts::packError(*error));
            continue;
        }
        auto identity = packIdentity(u.text);
        if (!identity)
            continue;
        u.identity = *identity;
        out << u;
    }
    return out;
}

} // namespace

std::optional<PackIdentity> packIdentity(const QByteArray &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QString id = o.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return std::nullopt;
    return PackIdentity{id, o.value(QStringLiteral("version")).toString()};
}

QList<PackSource> packSources(const QString &dir, QStringList *problems)
{
    QList<PackSource> out;
    for (const BuiltinPack &b : builtinPacks()) {
        PackSource s;
        s.fileName = QString::fromUtf8(b.fileName.data(), static_cast<qsizetype>(b.fileName.size()));
        s.text = QByteArray(b.text.data(), static_cast<qsizetype>(b.text.size()));
        const auto identity = packIdentity(s.text);
        s.id = identity ? identity->id : s.fileName.section(QLatin1Char('.'), 0, 0);
        s.version = identity ? identity->version : QString();
        s.shippedVersion = s.version;
        out << s;
    }
    for (const UserFile &u : userFiles(dir, problems)) {
        auto it = std::find_if(out.begin(), out.end(), [&](const PackSource &s) { return s.id == u.identity.id; });
        if (it == out.end()) {
            PackSource s;
            s.id = u.identity.id;
            s.fileName = u.identity.id + QStringLiteral(".json");
            out << s;
            it = out.end() - 1;
        }
        it->text = u.text;
        it->version = u.identity.version;
        it->userPath = u.path;
    }
    std::sort(out.begin(), out.end(), [](const PackSource &a, const PackSource &b) {
        // national first: every region extends it
        const bool an = a.id == QStringLiteral("national"), bn = b.id == QStringLiteral("national");
        return an != bn ? an : a.id < b.id;
    });
    return out;
}

ParameterLibrary combinedLibrary(const QString &dir, QStringList *problems)
{
    ParameterLibrary library = builtinLibrary();
    for (const UserFile &u : userFiles(dir, problems)) {
        const QString name = QFileInfo(u.path).fileName();
        // Compared with the shipped pack by content: an edited copy is labelled local even if its version is not.
        const packcheck::Checked checked = packcheck::againstShipped(u.text);
        if (auto error = library.add(name.toStdString(), view(checked.text)); error && problems)
            *problems << UserPacks::tr("%1 is not used: %2").arg(u.path, texts::packError(*error));
        // A copy edited from an older shipped version still replaces the newer one: say so.
        for (const BuiltinPack &b : builtinPacks()) {
            const auto shipped = packIdentity(QByteArray(b.text.data(), static_cast<qsizetype>(b.text.size())));
            const QString base = u.identity.version.section(QStringLiteral("-local."), 0, 0);
            if (problems && shipped && shipped->id == u.identity.id && base != shipped->version)
                *problems << UserPacks::tr("The edited pack %1 (%2) is based on an older version than the one this "
                                           "program ships (%3): review it in the parameter editor.")
                                 .arg(u.identity.id, u.identity.version, shipped->version);
        }
    }
    return library;
}

bool writeUserPack(const QString &dir, const QString &id, const QByteArray &text, QString *error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = UserPacks::tr("The folder %1 cannot be created.").arg(dir);
        return false;
    }
    // Whole or not at all (QSaveFile, every write checked), readable by the user alone.
    return safefile::writeWhole(QDir(dir).filePath(id + QStringLiteral(".json")), text, error);
}

} // namespace pension::gui
