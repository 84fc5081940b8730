#pragma once
// The parameter packs the desktop program computes with: the shipped ones, each replaced by the user's own copy
// (edited in the parameter editor or imported) when the user's pack directory (datadir::packsDir()) holds a pack
// with the same id. The engine validates every text; a user file that fails is skipped and named.

#include "params.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pension::gui {

struct PackSource {
    QString id;       // "shandong"
    QString fileName; // "shandong.json": the name messages and the audit log use
    QString version;  // "2026.11.1-local.1"
    QByteArray text;
    QString userPath;       // the user's file; empty for a shipped pack used as shipped
    QString shippedVersion; // the version the program ships; empty for a pack it does not ship
};

// Every pack in force, by id: the shipped ones, each replaced by the user's valid file of the same id, then the
// user's packs the program does not ship. Invalid user files are skipped and described in `problems`.
QList<PackSource> packSources(const QString &dir, QStringList *problems = nullptr);

// The shipped packs, then the user's packs replacing them by id (what the calculator computes with).
ParameterLibrary combinedLibrary(const QString &dir, QStringList *problems = nullptr);

struct PackIdentity {
    QString id, version;
};
// The "id" and "version" of a pack text; nullopt when it is not a JSON object with an id.
std::optional<PackIdentity> packIdentity(const QByteArray &text);

// Writes the user's copy of a pack to dir/<id>.json atomically (QSaveFile). Returns false with a message.
bool writeUserPack(const QString &dir, const QString &id, const QByteArray &text, QString *error);

} // namespace pension::gui
