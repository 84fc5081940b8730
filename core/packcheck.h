#pragma once
// Edited packs never look official. A pack loaded from the user's folder (the desktop program) or from --params
// (the command line) is compared by content with the shipped pack of the same id: a SHA-256 digest of its parsed
// JSON (keys sorted, numbers as read), so reformatting alone changes nothing. When the content differs but the
// version string still reads like the shipped one (no "-local."), the pack is added under the version
// "<version>-local.0": the engine then marks every result computed with it as computed with local figures
// (WarningCode::LocalFigures), on screen, in the report, the JSON and the CLI text alike.

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>

namespace pension::packcheck {

// The digest of a pack text's content; nullopt when it is not JSON.
std::optional<QByteArray> contentDigest(const QByteArray &text);

struct Checked {
    QByteArray text;      // what to add to the library (the original, or the same pack under a "-local.0" version)
    bool differs = false; // the content is not the shipped pack's
    bool relabelled = false;
};

// Compares `text` with the shipped pack of the same id (none: returned unchanged, differs = false).
Checked againstShipped(const QByteArray &text);

} // namespace pension::packcheck
