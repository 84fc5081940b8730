#include "xlsxexport.h"

#include "batchrow.h"
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

QString retireName(const RetireChoice &c)
{
    switch (c.kind) {
    case RetireKind::Statutory: return tr("statutory");
    case RetireKind::Month: return QString::fromStdString(c.month.toString());
    case RetireKind::Early: return tr("%1 months early").arg(c.months);
    case RetireKind::Late: return tr("%1 months late").arg(c.months);
    }
    return {};
}

QStringList gridHeader()
{
    return {tr("Grade"),
            tr("Further years"),
            tr("Retirement"),
            tr("Retirement month"),
            tr("Eligible"),
            tr("Basic pension"),
            tr("Account pension"),
            tr("Transitional pension"),
            tr("Monthly pension"),
            tr("Paid by the person"),
            tr("Break-even age"),
            tr("Per 10,000 more (grade)"),
            tr("Per 10,000 more (years)")};
}

QStringList yearsHeader()
{
    return {tr("Year"),       tr("Source"),        tr("Average wage"),       tr("Monthly base"),
            tr("Months"),     tr("Index"),         tr("Paid by the person"), tr("Employer / pooled"),
            tr("To account"), tr("Interest rate"), tr("Interest"),           tr("Balance"),
            tr("Figures")};
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

QString ageOf(const std::optional<int> &months)
{
    return months ? QStringLiteral("%1y%2m").arg(*months / 12).arg(*months % 12) : QString();
}

} // namespace

QByteArray gridCsv(const Grid &grid)
{
    QString out = gridHeader().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const GridCell &c : grid.cells) {
        const PlanNumbers &n = c.numbers;
        QStringList row{QString::fromStdString(formatFraction(c.grade)), QString::number(c.stopAfterYears),
                        retireName(c.retire)};
        if (n.valid) {
            row << QString::fromStdString(n.retirementMonth.toString()) << (n.eligible ? tr("yes") : tr("no"))
                << QString::fromStdString(formatFen(n.monthly.basic))
                << QString::fromStdString(formatFen(n.monthly.account))
                << QString::fromStdString(formatFen(n.monthly.transitional))
                << QString::fromStdString(formatFen(n.monthly.total))
                << QString::fromStdString(formatFen(n.outOfPocket)) << ageOf(n.breakEvenAgeMonths)
                << (n.marginalPerTenThousandGrade ? QString::fromStdString(formatFen(*n.marginalPerTenThousandGrade))
                                                  : QString())
                << (n.marginalPerTenThousandLength ? QString::fromStdString(formatFen(*n.marginalPerTenThousandLength))
                                                   : QString());
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
        QStringList row{QString::number(y.year),
                        texts::originName(y.origin),
                        QString::fromStdString(formatFen(y.averageWage)),
                        QString::fromStdString(formatFen(y.monthlyBase)),
                        QString::number(y.months / 2.0),
                        y.months ? QString::number(y.index, 'f', 4) : QString(),
                        QString::fromStdString(formatFen(y.personal)),
                        QString::fromStdString(formatFen(y.employer)),
                        QString::fromStdString(formatFen(y.accountCredit)),
                        QString::fromStdString(formatPercent(y.interestRate)) + QLatin1Char('%'),
                        QString::fromStdString(formatFen(y.interest)),
                        QString::fromStdString(formatFen(y.accountBalance)),
                        texts::statusName(y.interestStatus)};
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
        worksheet_write_number(plans, row, 0, static_cast<double>(c.grade) / 1e6, percent);
        worksheet_write_number(plans, row, 1, c.stopAfterYears, nullptr);
        worksheet_write_string(plans, row, 2, retireName(c.retire).toUtf8().constData(), nullptr);
        if (n.valid) {
            worksheet_write_string(plans, row, 3, n.retirementMonth.toString().c_str(), nullptr);
            worksheet_write_string(plans, row, 4, (n.eligible ? tr("yes") : tr("no")).toUtf8().constData(), nullptr);
            worksheet_write_number(plans, row, 5, yuan(n.monthly.basic), money);
            worksheet_write_number(plans, row, 6, yuan(n.monthly.account), money);
            worksheet_write_number(plans, row, 7, yuan(n.monthly.transitional), money);
            worksheet_write_number(plans, row, 8, yuan(n.monthly.total), money);
            worksheet_write_number(plans, row, 9, yuan(n.outOfPocket), money);
            worksheet_write_string(plans, row, 10, ageOf(n.breakEvenAgeMonths).toUtf8().constData(), nullptr);
            if (n.marginalPerTenThousandGrade)
                worksheet_write_number(plans, row, 11, yuan(*n.marginalPerTenThousandGrade), money);
            if (n.marginalPerTenThousandLength)
                worksheet_write_number(plans, row, 12, yuan(*n.marginalPerTenThousandLength), money);
        }
        ++row;
    }

    lxw_worksheet *years = workbook_add_worksheet(wb, tr("Years").toUtf8().constData());
    header(years, yearsHeader());
    row = 1;
    for (const YearRow &y : r.years) {
        worksheet_write_number(years, row, 0, y.year, nullptr);
        worksheet_write_string(years, row, 1, texts::originName(y.origin).toUtf8().constData(), nullptr);
        worksheet_write_number(years, row, 2, yuan(y.averageWage), money);
        worksheet_write_number(years, row, 3, yuan(y.monthlyBase), money);
        worksheet_write_number(years, row, 4, y.months / 2.0, nullptr);
        if (y.months)
            worksheet_write_number(years, row, 5, y.index, index);
        worksheet_write_number(years, row, 6, yuan(y.personal), money);
        worksheet_write_number(years, row, 7, yuan(y.employer), money);
        worksheet_write_number(years, row, 8, yuan(y.accountCredit), money);
        worksheet_write_number(years, row, 9, static_cast<double>(y.interestRate) / 1e6, percent);
        worksheet_write_number(years, row, 10, yuan(y.interest), money);
        worksheet_write_number(years, row, 11, yuan(y.accountBalance), money);
        worksheet_write_string(years, row, 12, texts::statusName(y.interestStatus).toUtf8().constData(), nullptr);
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
