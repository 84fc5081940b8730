#pragma once
// Where the desktop program keeps the user's data: the case library, its backups and the parameter packs staff
// edited or imported. PENSION_DATA_DIR overrides the user's data directory (tests, a portable install), so tests
// never touch a real installation's files.
//
// The program never changes the permissions of a folder it was given: PENSION_DATA_DIR may be a shared folder
// (/tmp, a network share). It keeps its files in its own subfolder of it, pension-planner/, which it creates
// readable by the user alone.

#include <QString>

namespace pension::gui::datadir {

// PENSION_DATA_DIR/pension-planner when PENSION_DATA_DIR is set, else QStandardPaths::AppDataLocation (already the
// program's own folder).
QString root();
// Creates root() if needed and makes it the user's alone (0700); false if it cannot be created.
bool ensureRoot();
// root()/cases.sqlite
QString libraryPath();
// root()/regions: the user's parameter packs, one <pack id>.json each.
QString packsDir();

} // namespace pension::gui::datadir
