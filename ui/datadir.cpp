#include "datadir.h"

#include <QDir>
#include <QStandardPaths>

namespace pension::gui::datadir {

QString root()
{
    const QString fromEnv = qEnvironmentVariable("PENSION_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(fromEnv);
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.pension-planner");
    return dir;
}

QString libraryPath() { return root() + QStringLiteral("/cases.sqlite"); }

QString packsDir() { return root() + QStringLiteral("/regions"); }

} // namespace pension::gui::datadir
