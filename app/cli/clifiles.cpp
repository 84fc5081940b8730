#include "clicommon.h"

#include "cliio.h"
#include "columns.h"
#include "format.h"
#include "xlsxexport.h"
#ifdef PENSION_HAVE_REPORTS
#include "report.h"
#endif

#include "compare.h"
#include "evaluate.h"
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
    Request request;
    request.summaryGrid = true; // the report's table of plans
    for (const ComparePlan &plan : c.compare)
        request.pins.push_back(compareChoice(plan)); // printed side by side on page 1
    const Evaluation ev = evaluated(c, o, request);
    const Result &result = openResult(ev);
    const auto input = report::makeInput(c, result, *ev.summary, o.clerk, QDate::currentDate(), ev.pins);
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
    Request request;
    request.grid = GridAsk{};
    if (!o.grades.isEmpty())
        request.grid->grades = parseGrades(o.grades);
    if (!o.stops.isEmpty())
        request.grid->stopAfterYears = parseStops(o.stops);
    if (!o.retires.isEmpty())
        request.grid->retires = parseRetires(o.retires);
    const Evaluation ev = evaluated(c, o, request);
    const Result &result = openResult(ev);
    const Grid &grid = askedGrid(ev);
    QString error;
    if (xlsx) {
        if (!exporting::writeXlsx(grid, result, o.output, &error))
            throw std::runtime_error(error.toUtf8().toStdString());
        return 0;
    }
    if (auto e = io::writeOutput(o.output, exporting::gridCsv(grid)))
        throw std::runtime_error(e->toUtf8().toStdString());
    return 0;
}

} // namespace pension::cli
