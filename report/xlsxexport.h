#pragma once
// Excel export (libxlsxwriter) and CSV of the plan grid and the year table: what the clerk hands on, or the back
// office opens in a spreadsheet. Numbers are written as numbers (yuan with two decimals), text as text.

#include "compare.h"
#include "result.h"

#include <QString>

namespace pension::exporting {

// One workbook with two sheets: 方案比较 / Plans and 逐年明细 / Years. Returns false with a message.
bool writeXlsx(const Grid &grid, const Result &result, const QString &path, QString *error);

// The same two tables as UTF-8 CSV with a BOM (Excel opens it in Chinese correctly).
QByteArray gridCsv(const Grid &grid);
QByteArray yearsCsv(const Result &result);

} // namespace pension::exporting
