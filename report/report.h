#pragma once
// The A4 report (打印测算单): the resident with the ID number masked, the inputs, the parameter pack and version,
// the plans compared, the breakdown with each formula step and regulation, the year table, a chart, the
// disclaimer, the clerk and the date. One HTML document, printed (QPrinter) or written as PDF (QPdfWriter).

#include "compare.h"
#include "evaluate.h"
#include "lifetime.h"
#include "projection.h"
#include "result.h"

#include <QDate>
#include <QImage>
#include <QString>

#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace pension::report {

struct ReportInput {
    Case kase;
    Result result;
    Grid grid; // the plans compared (a small request: a few grades × a few lengths)
    std::vector<Ppm> grades;
    std::vector<int> stops;
    QString clerk;
    QDate date;
    // The plans pinned to compare, printed side by side on page 1 (the window's pins, a case file's `compare`).
    std::vector<PinAnswer> pins;
};

// "370702********001X": the first 6 and the last 4 characters shown.
QString maskIdNumber(const QString &id);

// The report of a case whose plan is the one shown, its result and the plans compared: the evaluation's summary grid
// (the plan's own grade and the standard 60/100/150/200/300%, stopping now, in 5 or 10 years, or at retirement).
// `pins`: the evaluation's pinned plans (none: no side-by-side section).
ReportInput makeInput(const Case &kase, const Result &r, const GridAnswer &plans, const QString &clerk,
                      const QDate &date, const std::vector<PinAnswer> &pins = {});

// The document, with the chart image as a resource; the caller owns it.
QTextDocument *buildDocument(const ReportInput &in, QObject *parent = nullptr);

// A4 PDF with embedded fonts. Needs a QGuiApplication (QApplication for the chart). Returns false with a message.
bool writePdf(const ReportInput &in, const QString &path, QString *error);

// The chart of the report: account balance and cumulative payments by year (Qt Charts rendered to an image).
QImage chartImage(const Result &r, const QSize &size);

// The years labelled on the chart's x-axis from `first` to `last`: whole years, each once, a step of 1, 2, 5, 10…
// so that at most `most` labels fit.
std::vector<int> yearTicks(int first, int last, int most = 8);

} // namespace pension::report
