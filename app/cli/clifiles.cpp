#include "clicommon.h"

#include "cliio.h"
#include "xlsxexport.h"
#ifdef PENSION_HAVE_REPORTS
#include "report.h"
#endif

#include "compare.h"
#include "texts.h"

#include <QDate>

#include <stdexcept>

namespace pension::cli {

#ifdef PENSION_HAVE_REPORTS
int cmdReport(const Options &o, QTextStream &err)
{
    if (o.positional.size() != 1)
        throw BadInput{tr("report: exactly one CASE file")};
    if (o.output.isEmpty() || !o.output.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        throw BadInput{tr("-o: the PDF file to write, ending in .pdf")};
    const Case c = readCaseFile(o.positional.front());
    auto p = prepared(c, o);
    auto r = estimate(*p, c.plan);
    if (auto *e = std::get_if<InputError>(&r))
        throw BadInput{texts::inputError(*e)};
    const auto input = report::makeInput(*p, std::get<Result>(r), o.clerk, QDate::currentDate());
    QString error;
    if (!report::writePdf(input, o.output, &error)) {
        err << error << '\n';
        return 1;
    }
    return 0;
}

#endif

int cmdExport(const Options &o)
{
    if (o.positional.size() != 1)
        throw BadInput{tr("export: exactly one CASE file")};
    const bool xlsx = o.output.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
    const bool csv = o.output.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    if (!xlsx && !csv)
        throw BadInput{tr("-o: the file to write, ending in .xlsx (plans and years) or .csv (the plans)")};
    const Case c = readCaseFile(o.positional.front());
    auto p = prepared(c, o);
    auto r = estimate(*p, c.plan);
    if (auto *e = std::get_if<InputError>(&r))
        throw BadInput{texts::inputError(*e)};
    GridRequest req = defaultGridRequest(*p);
    if (!o.grades.isEmpty())
        req.grades = parseGrades(o.grades);
    if (!o.stops.isEmpty())
        req.stopAfterYears = parseStops(o.stops);
    if (!o.retires.isEmpty())
        req.retires = parseRetires(o.retires);
    if (auto e = checkGridRequest(req))
        throw BadInput{texts::inputError(*e)};
    const Grid grid = compareGrid(*p, req);
    QString error;
    if (xlsx) {
        if (!exporting::writeXlsx(grid, std::get<Result>(r), o.output, &error))
            throw std::runtime_error(error.toUtf8().toStdString());
        return 0;
    }
    if (auto e = io::writeOutput(o.output, exporting::gridCsv(grid)))
        throw std::runtime_error(e->toUtf8().toStdString());
    return 0;
}

} // namespace pension::cli
