#pragma once
// Where the desktop program keeps the user's data: the case library, its backups and the parameter packs staff
// edited or imported. PENSION_DATA_DIR overrides the user's data directory (tests, a portable install), so tests
// never touch a real installation's files.

#include <QString>

namespace pension::gui::datadir {

// PENSION_DATA_DIR when set, else QStandardPaths::AppDataLocation.
QString root();
// root()/cases.sqlite
QString libraryPath();
// root()/regions: the user's parameter packs, one <pack id>.json each.
QString packsDir();

} // namespace pension::gui::datadir
