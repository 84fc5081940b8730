#pragma once
// The area code of a resident ID number (its first 6 digits, GB/T 2260) → the region it suggests. The table is
// resources/areacodes.json, compiled in as a Qt resource: province codes (2 digits) and the cities and counties the
// packs name (4 or 6 digits).

#include <QString>
#include <QStringList>

namespace pension::gui {

// The most specific region of `regionIds` the ID's area code names (county, then city, then province); empty when
// the number has no known code or the region is not in the list.
QString regionForIdNumber(const QString &idNumber, const QStringList &regionIds);

} // namespace pension::gui
