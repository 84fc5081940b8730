#include "datadir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace pension::gui::datadir {

QString root()
{
    const QString fromEnv = qEnvironmentVariable("PENSION_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(fromEnv) + QStringLiteral("/pension-planner");
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.pension-planner");
    return dir;
}

namespace {

// Before version 0.1 kept its files in its own subfolder, a library under PENSION_DATA_DIR lay in that folder itself.
// The first start after the change moves it (with its journal, backups and edited packs) into the subfolder, so the
// cases saved before are still there.
void moveEarlierLayout(const QString &dir)
{
    const QString given = qEnvironmentVariable("PENSION_DATA_DIR");
    if (given.isEmpty())
        return;
    const QString old = QDir::cleanPath(given);
    if (QFile::exists(dir + QStringLiteral("/cases.sqlite")) || !QFile::exists(old + QStringLiteral("/cases.sqlite")))
        return;
    for (const char *name :
         {"cases.sqlite", "cases.sqlite-wal", "cases.sqlite-shm", "cases.sqlite-journal", "backups", "regions"}) {
        const QString from = old + QLatin1Char('/') + QLatin1String(name);
        if (QFileInfo::exists(from))
            QDir().rename(from, dir + QLatin1Char('/') + QLatin1String(name));
    }
}

} // namespace

bool ensureRoot()
{
    const QString dir = root();
    if (!QDir().mkpath(dir))
        return false;
    moveEarlierLayout(dir);
    // Our own folder: only its permissions are set, never those of the folder it is in.
    return QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QString libraryPath()
{
    return root() + QStringLiteral("/cases.sqlite");
}

QString packsDir()
{
    return root() + QStringLiteral("/regions");
}

} // namespace pension::gui::datadir
