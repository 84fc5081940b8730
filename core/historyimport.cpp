#include "historyimport.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <optional>

namespace pension::gui {

namespace {

class Words {
    Q_DECLARE_TR_FUNCTIONS(HistoryImport)
public:
    static QString notText()
    {
        return tr("The file is neither UTF-8 nor GBK text; save it from Excel as CSV (UTF-8).");
    }
    static QString noGbk()
    {
        return tr("The file is not UTF-8, and this build of Qt cannot read GBK; save it from Excel as "
                  "\"CSV UTF-8\".");
    }
    static QString noRows() { return tr("No year rows were found (expected year, months and base columns)."); }
};

enum class Column { Ignore, Year, Months, MonthlyBase, BaseTotal, Base, Paid, AccountCredit };

QString headerKey(QString cell)
{
    cell = cell.trimmed().toLower();
    for (const QString &unit : {QStringLiteral("(元)"), QStringLiteral("（元）"), QStringLiteral("(月)"),
                                QStringLiteral("（月）"), QStringLiteral("(yuan)"), QStringLiteral("元")})
        cell.remove(unit);
    cell.remove(QLatin1Char(' '));
    cell.remove(QLatin1Char('_'));
    return cell;
}

Column columnFor(const QString &cell)
{
    const QString k = headerKey(cell);
    if (k.isEmpty())
        return Column::Ignore;
    if (k == QStringLiteral("缴费年度") || k == QStringLiteral("年度") || k == QStringLiteral("年份") ||
        k == QStringLiteral("年") || k == QStringLiteral("year") || k == QStringLiteral("缴费年份"))
        return Column::Year;
    if (k == QStringLiteral("缴费月份") || k == QStringLiteral("缴费月数") || k == QStringLiteral("月数") ||
        k == QStringLiteral("实缴月数") || k == QStringLiteral("月份数") || k == QStringLiteral("months"))
        return Column::Months;
    if (k == QStringLiteral("月缴费基数") || k == QStringLiteral("月均缴费基数") || k == QStringLiteral("月基数") ||
        k == QStringLiteral("monthlybase"))
        return Column::MonthlyBase;
    if (k == QStringLiteral("缴费基数合计") || k == QStringLiteral("全年缴费基数") ||
        k == QStringLiteral("年缴费基数") || k == QStringLiteral("基数合计") || k == QStringLiteral("basetotal"))
        return Column::BaseTotal;
    if (k == QStringLiteral("缴费基数") || k == QStringLiteral("基数") || k == QStringLiteral("base"))
        return Column::Base;
    if (k == QStringLiteral("缴费金额") || k == QStringLiteral("缴费额") || k == QStringLiteral("个人缴费") ||
        k == QStringLiteral("paid") || k == QStringLiteral("amountpaid"))
        return Column::Paid;
    if (k == QStringLiteral("计入个人账户") || k == QStringLiteral("个人账户") || k == QStringLiteral("记入个人账户") ||
        k == QStringLiteral("划入个人账户") || k == QStringLiteral("accountcredit"))
        return Column::AccountCredit;
    return Column::Ignore;
}

std::optional<double> number(const QString &cell)
{
    QString t = parse::normalizeNumber(cell);
    t.remove(QChar(0x5E74)); // 年
    t.remove(QStringLiteral("个月"));
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

QString cleanNumber(const QString &cell)
{
    QString t = parse::normalizeNumber(cell);
    t.remove(QChar(0x5E74));
    return t;
}

bool isYearRow(const QStringList &cells, int yearColumn)
{
    if (yearColumn < 0 || yearColumn >= cells.size())
        return false;
    auto y = number(cells[yearColumn]);
    return y && *y >= 1950 && *y <= 2200 && *y == static_cast<int>(*y);
}

} // namespace

DecodedText decodeTableBytes(const QByteArray &bytes)
{
    DecodedText out;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        out.text = utf8.decode(bytes.mid(3));
        out.encoding = QStringLiteral("UTF-8 (BOM)");
        return out;
    }
    {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8.decode(bytes);
        if (!utf8.hasError()) {
            out.text = text;
            out.encoding = QStringLiteral("UTF-8");
            return out;
        }
    }
    // Excel on a Chinese Windows saves "CSV (逗号分隔)" in the ANSI code page 936 (GBK).
    for (const char *name : {"GB18030", "GBK"}) {
        QStringDecoder gbk(name, QStringDecoder::Flag::Stateless);
        if (!gbk.isValid())
            continue;
        const QString text = gbk.decode(bytes);
        if (gbk.hasError()) {
            out.error = Words::notText();
            return out;
        }
        out.text = text;
        out.encoding = QStringLiteral("GBK");
        return out;
    }
    out.error = Words::noGbk();
    return out;
}

QList<QStringList> splitTable(const QString &text)
{
    QList<QStringList> rows;
    // Tab-separated when any line has a tab (spreadsheet paste); otherwise CSV.
    const bool tabs = text.contains(QLatin1Char('\t'));
    const QChar sep = tabs ? QLatin1Char('\t') : QLatin1Char(',');
    QStringList row;
    QString cell;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            quoted = true;
            cell.clear();
            any = true;
        } else if (c == sep) {
            row << cell;
            cell.clear();
            any = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            if (any || !cell.isEmpty()) {
                row << cell;
                rows << row;
            }
            row.clear();
            cell.clear();
            any = false;
        } else {
            cell += c;
            any = true;
        }
    }
    if (any || !cell.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

ImportedHistory parseHistoryTable(const QString &text)
{
    ImportedHistory out;
    const QList<QStringList> table = splitTable(text);
    QList<Column> columns;
    qsizetype first = 0;
    // A header is a row before the first year row with at least two known column names.
    for (qsizetype r = 0; r < table.size() && r < 10; ++r) {
        QList<Column> candidate;
        int known = 0;
        for (const QString &cell : table[r]) {
            candidate << columnFor(cell);
            known += candidate.back() != Column::Ignore;
        }
        if (known >= 2 && candidate.contains(Column::Year)) {
            columns = candidate;
            first = r + 1;
            out.headerFound = true;
            break;
        }
    }
    if (!out.headerFound) {
        int width = 0;
        for (const QStringList &row : table)
            width = std::max(width, static_cast<int>(row.size()));
        columns = {Column::Year, Column::Months, Column::MonthlyBase};
        if (width == 4)
            columns << Column::AccountCredit;
        else if (width >= 5)
            columns = {Column::Year, Column::Months, Column::Base, Column::Paid, Column::AccountCredit};
    }
    const int yearColumn = static_cast<int>(columns.indexOf(Column::Year));

    // An unqualified "缴费基数" is the year's total on the leaflet and the monthly base elsewhere: tell them apart by
    // what was paid (20% or 8% of the total) or credited (8% of the total) in the same row.
    bool baseIsTotal = false;
    const int baseColumn = static_cast<int>(columns.indexOf(Column::Base));
    if (baseColumn >= 0) {
        const int paidColumn = static_cast<int>(columns.indexOf(Column::Paid));
        const int creditColumn = static_cast<int>(columns.indexOf(Column::AccountCredit));
        const int monthsColumn = static_cast<int>(columns.indexOf(Column::Months));
        for (qsizetype r = first; r < table.size(); ++r) {
            const QStringList &cells = table[r];
            if (!isYearRow(cells, yearColumn) || baseColumn >= cells.size())
                continue;
            auto base = number(cells[baseColumn]);
            if (!base || *base <= 0)
                continue;
            if (paidColumn >= 0 && paidColumn < cells.size()) {
                if (auto paid = number(cells[paidColumn]); paid && *paid > 0) {
                    baseIsTotal = *paid / *base < 1.0; // 20% of the total, or months × 20% of a monthly base
                    break;
                }
            }
            if (creditColumn >= 0 && creditColumn < cells.size()) {
                if (auto credit = number(cells[creditColumn]); credit && *credit > 0) {
                    baseIsTotal = *credit / *base < 0.5;
                    break;
                }
            }
            if (monthsColumn >= 0 && monthsColumn < cells.size()) {
                if (auto months = number(cells[monthsColumn]); months && *months >= 2) {
                    baseIsTotal = *base / *months > 40000; // no monthly base is that high
                    break;
                }
            }
        }
    }
    out.totalsAsYearTotal = baseIsTotal;

    for (qsizetype r = first; r < table.size(); ++r) {
        const QStringList &cells = table[r];
        bool blank = true;
        for (const QString &c : cells)
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            continue;
        if (!isYearRow(cells, yearColumn)) {
            ++out.skipped; // 合计, notes, a second header
            continue;
        }
        HistoryText row;
        for (qsizetype c = 0; c < cells.size() && c < columns.size(); ++c) {
            const QString v = cleanNumber(cells[c]);
            switch (columns[c]) {
            case Column::Year: row.year = v; break;
            case Column::Months: row.months = QString(v).remove(QStringLiteral("个月")).remove(QChar(0x6708)); break;
            case Column::MonthlyBase: row.monthlyBase = v; break;
            case Column::BaseTotal: row.baseTotal = v; break;
            case Column::Base: (baseIsTotal ? row.baseTotal : row.monthlyBase) = v; break;
            case Column::AccountCredit: row.accountCredit = v; break;
            case Column::Paid:
            case Column::Ignore: break;
            }
        }
        out.rows << row;
    }
    if (out.rows.isEmpty())
        out.error = Words::noRows();
    return out;
}

ImportedHistory importHistoryCsv(const QByteArray &bytes)
{
    const DecodedText decoded = decodeTableBytes(bytes);
    if (!decoded.error.isEmpty()) {
        ImportedHistory out;
        out.error = decoded.error;
        return out;
    }
    return parseHistoryTable(decoded.text);
}

} // namespace pension::gui
