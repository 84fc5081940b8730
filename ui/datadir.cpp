#include "datadir.h"

#include <QDir>
#include <QFile>
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

bool ensureRoot()
{
    const QString dir = root();
    if (!QDir().mkpath(dir))
        return false;
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
