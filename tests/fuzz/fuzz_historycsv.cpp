// Fuzz target: the desktop program's history importer (CSV or pasted cells; UTF-8 with or without BOM, or GBK).

#include "historyimport.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)pension::gui::importHistoryCsv(bytes);
    (void)pension::gui::parseHistoryTable(QString::fromUtf8(bytes));
    return 0;
}
