#pragma once
// Year-by-year contribution tables from outside: a CSV file as Excel saves it (UTF-8 with or without BOM, or GBK
// from a Chinese Windows) or cells pasted from a spreadsheet (tab-separated). Recognises the column headings of
// statements and of the Leting leaflet (缴费年度 | 缴费月份 | 缴费基数 | 缴费金额 | 计入个人账户, where 缴费基数 is the
// year's total of monthly bases).

#include "caseconvert.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pension::gui {

struct DecodedText {
    QString text;
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "GBK"
    QString error;    // set when the bytes could not be decoded
};

DecodedText decodeTableBytes(const QByteArray &bytes);

// Splits CSV (commas, quotes as Excel writes them) or tab-separated text into cells.
QList<QStringList> splitTable(const QString &text);

struct ImportedHistory {
    QList<HistoryText> rows;
    bool headerFound = false;
    bool totalsAsYearTotal = false; // 缴费基数 read as the year's total
    int skipped = 0;                // rows that were not a year (totals, notes)
    QString error;
};

// Reads a table of years. With a header row the columns are found by their names; without one they are taken in
// order (year, months, monthly base[, account credit]); five unnamed columns are read as the leaflet layout.
ImportedHistory parseHistoryTable(const QString &text);

// Reads history rows from a CSV file's bytes.
ImportedHistory importHistoryCsv(const QByteArray &bytes);

} // namespace pension::gui
