#include "counterworkflow.h"

#include "dialogs.h"

#include "counterhost.h"
#include "preferencesdialog.h"
#include "report.h"
#include "xlsxexport.h"

#include <QDate>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>

namespace pension::gui {

// --- the report and the exports ---

std::optional<report::ReportInput> CounterWorkflow::reportInput()
{
    // The figures of the form as it is now, not of the last pause in typing.
    const Outcome &o = m_host->calculateNow().outcome;
    const auto &shown = o.shownResult();
    if (!o.ok() || !shown || !o.prepared || !o.summary)
        return std::nullopt;
    Case kase = o.prepared->kase;
    kase.plan = o.shownPlan();
    // The pinned plans side by side on page 1, as computed for the selection on screen.
    return report::makeInput(kase, *shown, *o.summary, clerkName(), QDate::currentDate(), o.pins);
}

void CounterWorkflow::print()
{
    const auto input = reportInput();
    if (!input) {
        dialogs().tell(tr("There is nothing to print yet: complete the case first."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    // The print job's name, which the print dialog's "print to file" also suggests as the file name.
    printer.setDocName(printName());
    if (!dialogs().print(&printer))
        return;
    std::unique_ptr<QTextDocument> document(report::buildDocument(*input));
    document->print(&printer);
    status(tr("The A4 report was sent to the printer."));
}

void CounterWorkflow::exportPdf()
{
    const auto input = reportInput();
    if (!input) {
        dialogs().tell(tr("There is nothing to export yet: complete the case first."));
        return;
    }
    const QString path =
        chooseSavePath(tr("Export the A4 report as PDF"), tr("PDF files (*.pdf)"), QStringLiteral(".pdf"));
    if (path.isEmpty())
        return;
    QString error;
    if (!report::writePdf(*input, path, &error)) {
        dialogs().tell(error);
        return;
    }
    status(tr("The A4 report was written to %1.").arg(QDir::toNativeSeparators(path)));
}

void CounterWorkflow::exportXlsx()
{
    const CounterHost::Display display = m_host->calculateNow();
    const Outcome &o = display.outcome;
    const auto &shown = display.result;
    if (!o.grid || !shown) {
        dialogs().tell(tr("There is nothing to export yet: complete the case first."));
        return;
    }
    const QString path = chooseSavePath(tr("Export plans and year table to Excel"), tr("Excel workbooks (*.xlsx)"),
                                        QStringLiteral(".xlsx"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exporting::writeXlsx(*o.grid, *shown, path, &error)) {
        dialogs().tell(error);
        return;
    }
    status(tr("The plans and the year table were written to %1.").arg(QDir::toNativeSeparators(path)));
}

void CounterWorkflow::exportPlansCsv()
{
    const Outcome &o = m_host->calculateNow().outcome;
    if (!o.grid) {
        dialogs().tell(tr("There is nothing to export yet: complete the case first."));
        return;
    }
    const QString path =
        chooseSavePath(tr("Export the plan grid as CSV"), tr("CSV files (*.csv)"), QStringLiteral("-plans.csv"));
    if (!path.isEmpty() && writeFile(path, exporting::gridCsv(*o.grid)))
        status(tr("The plan grid was written to %1.").arg(QDir::toNativeSeparators(path)));
}

void CounterWorkflow::exportYearsCsv()
{
    const auto &shown = m_host->calculateNow().result;
    if (!shown) {
        dialogs().tell(tr("There is nothing to export yet: complete the case first."));
        return;
    }
    const QString path =
        chooseSavePath(tr("Export the year table as CSV"), tr("CSV files (*.csv)"), QStringLiteral("-years.csv"));
    if (!path.isEmpty() && writeFile(path, exporting::yearsCsv(*shown)))
        status(tr("The year table was written to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace pension::gui
