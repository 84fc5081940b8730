#include "xlsxexport.h"

#include "batchrow.h"
#include "columns.h"
#include "format.h"
#include "safefile.h"
#include "texts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

namespace pension::exporting {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pension::exporting", text);
}
double yuan(Fen f)
{
    return static_cast<double>(f) / 100.0;
}

// CSV cells are numbers a spreadsheet reads: no thousands separators.
QString money(Fen f)
{
    return Format::money(f, Grouping::Plain);
}
QString money(const std::optional<Fen> &f)
{
    return f ? money(*f) : QString();
}

QStringList gridHeader()
{
    QStringList names;
    for (columns::Plan id : columns::sheetPlans())
        names << columns::header(id);
    return names;
}

QStringList yearsHeader()
{
    QStringList names;
    for (columns::Year id : columns::sheetYears())
        names << columns::header(id);
    return names;
}

QString csvCell(QString s)
{
    // Text that a spreadsheet would run as a formula (= + - @, tab, CR first) gets a leading apostrophe; numbers
    // (-12.50) stay numbers.
    bool number = false;
    s.toDouble(&number);
    if (!number && startsLikeFormula(s.toStdString()))
        s.prepend(QLatin1Char('\''));
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString out = s;
    out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

QByteArray gridCsv(const Grid &grid)
{
    QString out = gridHeader().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const GridCell &c : grid.cells) {
        const PlanNumbers &n = c.numbers;
        QStringList row{QString::fromStdString(formatFraction(c.grade)), QString::number(c.stopAfterYears),
                        Format::retireChoice(c.retire)};
        if (n.valid) {
            row << Format::month(n.retirementMonth) << (n.eligible ? tr("yes") : tr("no")) << money(n.monthly.basic)
                << money(n.monthly.account) << money(n.monthly.transitional) << money(n.monthly.total)
                << money(n.outOfPocket) << Format::age(n.breakEvenAgeMonths) << money(n.marginalPerTenThousandGrade)
                << money(n.marginalPerTenThousandLength);
        }
        for (QString &cell : row)
            cell = csvCell(cell);
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray yearsCsv(const Result &r)
{
    QString out = yearsHeader().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const YearRow &y : r.years) {
        QStringList row;
        for (columns::Year id : columns::sheetYears())
            row << columns::text(id, y, Grouping::Plain);
        for (QString &cell : row)
            cell = csvCell(cell);
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

namespace {

bool writeWorkbook(const Grid &grid, const Result &r, const QString &path, QString *error);

} // namespace

bool writeXlsx(const Grid &grid, const Result &r, const QString &path, QString *error)
{
    // libxlsxwriter writes to a file name: a temporary file (owner-only) beside the target, then its bytes go to
    // the target whole or not at all, so a full disk or a kill never leaves half a workbook over the old one.
    if (QFileInfo(path).isDir()) {
        if (error)
            *error = safefile::cannotWrite(path, tr("it is a folder"));
        return false;
    }
    QTemporaryFile temp(QFileInfo(path).absolutePath() + QStringLiteral("/.xlsx-XXXXXX"));
    if (!temp.open()) {
        if (error)
            *error = safefile::cannotWrite(path, temp.errorString());
        return false;
    }
    temp.close();
    QString problem;
    if (!writeWorkbook(grid, r, temp.fileName(), &problem)) {
        if (error)
            *error = safefile::cannotWrite(path, problem);
        return false;
    }
    const safefile::ReadResult made = safefile::readRegular(temp.fileName(), qint64(1) << 30);
    if (!made.ok()) {
        if (error)
            *error = safefile::cannotWrite(path, made.reason);
        return false;
    }
    return safefile::writeWhole(path, made.bytes, error);
}

namespace {

bool writeWorkbook(const Grid &grid, const Result &r, const QString &path, QString *error)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *wb = workbook_new(file.constData());
    if (!wb) {
        if (error)
            *error = tr("cannot create \"%1\"").arg(path);
        return false;
    }
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format *money = workbook_add_format(wb);
    format_set_num_format(money, "#,##0.00");
    lxw_format *index = workbook_add_format(wb);
    format_set_num_format(index, "0.0000");
    lxw_format *percent = workbook_add_format(wb);
    format_set_num_format(percent, "0.00%");
    // A plan short of the minimum: its row in red on pink, so that its pension is not read as one that is paid.
    auto ineligible = [&](const char *numFormat) {
        lxw_format *f = workbook_add_format(wb);
        format_set_bg_color(f, 0xF6D5DA);
        format_set_font_color(f, 0xB00020);
        if (numFormat)
            format_set_num_format(f, numFormat);
        return f;
    };
    lxw_format *shortText = ineligible(nullptr), *shortMoney = ineligible("#,##0.00"),
               *shortPercent = ineligible("0.00%");

    auto header = [&](lxw_worksheet *ws, const QStringList &names) {
        for (int i = 0; i < names.size(); ++i)
            worksheet_write_string(ws, 0, static_cast<lxw_col_t>(i), names[i].toUtf8().constData(), bold);
        worksheet_freeze_panes(ws, 1, 0);
        worksheet_set_column(ws, 0, static_cast<lxw_col_t>(names.size() - 1), 14, nullptr);
    };

    lxw_worksheet *plans = workbook_add_worksheet(wb, tr("Plans").toUtf8().constData());
    header(plans, gridHeader());
    lxw_row_t row = 1;
    for (const GridCell &c : grid.cells) {
        const PlanNumbers &n = c.numbers;
        const bool bad = n.valid && !n.eligible;
        lxw_format *text = bad ? shortText : nullptr, *yuanFormat = bad ? shortMoney : money;
        worksheet_write_number(plans, row, 0, static_cast<double>(c.grade) / 1e6, bad ? shortPercent : percent);
        worksheet_write_number(plans, row, 1, c.stopAfterYears, text);
        worksheet_write_string(plans, row, 2, Format::retireChoice(c.retire).toUtf8().constData(), text);
        if (n.valid) {
            worksheet_write_string(plans, row, 3, n.retirementMonth.toString().c_str(), text);
            worksheet_write_string(
                plans, row, 4, (n.eligible ? tr("yes") : tr("no: short of the minimum, not paid")).toUtf8().constData(),
                text);
            worksheet_write_number(plans, row, 5, yuan(n.monthly.basic), yuanFormat);
            worksheet_write_number(plans, row, 6, yuan(n.monthly.account), yuanFormat);
            worksheet_write_number(plans, row, 7, yuan(n.monthly.transitional), yuanFormat);
            worksheet_write_number(plans, row, 8, yuan(n.monthly.total), yuanFormat);
            worksheet_write_number(plans, row, 9, yuan(n.outOfPocket), yuanFormat);
            worksheet_write_string(plans, row, 10, Format::age(n.breakEvenAgeMonths).toUtf8().constData(), text);
            if (n.marginalPerTenThousandGrade)
                worksheet_write_number(plans, row, 11, yuan(*n.marginalPerTenThousandGrade), yuanFormat);
            if (n.marginalPerTenThousandLength)
                worksheet_write_number(plans, row, 12, yuan(*n.marginalPerTenThousandLength), yuanFormat);
        }
        ++row;
    }
    // The legend under the table.
    worksheet_write_string(plans, row + 1, 0,
                           tr("Rows in red: the plan falls short of the minimum contribution period; its pension is "
                              "not paid at that retirement month (paying on until the minimum is met is needed).")
                               .toUtf8()
                               .constData(),
                           shortText);

    lxw_worksheet *years = workbook_add_worksheet(wb, tr("Years").toUtf8().constData());
    header(years, yearsHeader());
    row = 1;
    for (const YearRow &y : r.years) {
        lxw_col_t col = 0;
        for (columns::Year id : columns::sheetYears()) {
            const columns::Kind kind = columns::yearColumn(id).kind;
            lxw_format *format = kind == columns::Kind::Money     ? money
                                 : kind == columns::Kind::Percent ? percent
                                 : kind == columns::Kind::Index   ? index
                                                                  : nullptr;
            if (const auto v = columns::number(id, y))
                worksheet_write_number(years, row, col, *v, format);
            else if (const QString text = columns::text(id, y, Grouping::Plain); !text.isEmpty())
                worksheet_write_string(years, row, col, text.toUtf8().constData(), nullptr);
            ++col;
        }
        ++row;
    }
    const lxw_error result = workbook_close(wb);
    if (result != LXW_NO_ERROR) {
        if (error)
            *error = QString::fromUtf8(lxw_strerror(result));
        return false;
    }
    return true;
}

} // namespace

} // namespace pension::exporting
