#pragma once
// What the parameter editor's two files share (parametereditor.cpp: the packs, the values, an edit, the files;
// parametereditorpages.cpp: the pages built). Internal to the editor.

#include <Qt>

namespace pension::gui::parametereditor {

// The series tree's item data, the values table's and the change log's columns.
enum Role { PackRole = Qt::UserRole, CityRole, SeriesRole };
enum ValueColumn { VFrom, VValue, VUnit, VStatus, VConfidence, VPublished, VSource, VNote, VColumns };
enum AuditColumn { AWhen, AWho, APack, AKey, AOld, ANew, ASource, AColumns };

} // namespace pension::gui::parametereditor
