#include "report.h"

#include "columns.h"
#include "format.h"
#include "law.h"
#include "reportcompare.h"
#include "safefile.h"
#include "texts.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFile>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace pension::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pension::report", text);
}
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
// The report prints amounts without thousands separators, as the benefit sheets do.
QString money(Fen f)
{
    return Format::money(f, Grouping::Plain);
}
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=left>%1</th><td>%2</td></tr>").arg(esc(label), esc(value));
}

} // namespace

QString maskIdNumber(const QString &id)
{
    if (id.size() <= 10)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(6) + QString(id.size() - 10, QLatin1Char('*')) + id.right(4);
}

ReportInput makeInput(const Case &kase, const Result &r, const GridAnswer &plans, const QString &clerk,
                      const QDate &date, const std::vector<PinAnswer> &pins)
{
    ReportInput in;
    in.kase = kase;
    in.result = r;
    in.clerk = clerk;
    in.date = date;
    in.grid = plans.grid;
    in.grades = plans.request.grades;
    in.stops = plans.request.stopAfterYears;
    in.pins = pins;
    return in;
}

std::vector<int> yearTicks(int first, int last, int most)
{
    if (last < first)
        std::swap(first, last);
    most = std::max(2, most);
    int step = 1;
    for (int s : {1, 2, 5, 10, 20, 50, 100}) {
        step = s;
        if ((last - first) / s + 1 <= most)
            break;
    }
    // Labels on multiples of the step (2030, 2040 rather than 2027, 2037), starting at the first such year in range.
    int start = (first + step - 1) / step * step;
    if (start > last)
        start = first;
    std::vector<int> out;
    for (int y = start; y <= last; y += step)
        out.push_back(y);
    return out;
}

QImage chartImage(const Result &r, const QSize &size)
{
    auto *chart = new QChart;
    auto *balance = new QLineSeries;
    balance->setName(tr("Account balance"));
    auto *paid = new QLineSeries;
    paid->setName(tr("Paid by the person, cumulative"));
    Fen cumulative = 0;
    double top = 0;
    for (const YearRow &y : r.years) {
        cumulative += y.personal;
        balance->append(y.year, y.accountBalance / 100.0);
        paid->append(y.year, cumulative / 100.0);
        top = std::max({top, y.accountBalance / 100.0, cumulative / 100.0});
    }
    chart->addSeries(balance);
    chart->addSeries(paid);
    // Whole years only: left to itself the axis labels fractions of a year, which "%d" prints as "2025, 2025, 2026".
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("Year"));
    if (!r.years.empty()) {
        const std::vector<int> ticks = yearTicks(r.years.front().year, r.years.back().year);
        x->setTickType(QValueAxis::TicksDynamic);
        x->setTickAnchor(ticks.front());
        x->setTickInterval(ticks.size() > 1 ? ticks[1] - ticks[0] : 1);
        x->setMinorTickCount(0);
    }
    auto *yAxis = new QValueAxis;
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(tr("Yuan"));
    yAxis->setRange(0, top * 1.05 + 1);
    if (!r.years.empty()) // one year: half a year either side, so the axis has a width and one label
        x->setRange(r.years.front().year - (r.years.size() == 1 ? 0.5 : 0.0),
                    r.years.back().year + (r.years.size() == 1 ? 0.5 : 0.0));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (auto *s : {balance, paid}) {
        s->attachAxis(x);
        s->attachAxis(yAxis);
    }
    QFont labels(QStringLiteral("Noto Sans CJK SC"));
    labels.setPixelSize(size.height() / 28);
    for (auto *axis : {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(yAxis)}) {
        axis->setLabelsFont(labels);
        axis->setTitleFont(labels);
    }
    chart->legend()->setFont(labels);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundVisible(false);
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    return image;
}

QTextDocument *buildDocument(const ReportInput &in, QObject *parent)
{
    const Result &r = in.result;
    const Case &c = in.kase;
    QString h;
    h += QStringLiteral("<html><body>");
    h += QStringLiteral("<h2 align=center>%1</h2>")
             .arg(esc(tr("Basic pension estimate (企业职工基本养老保险 养老金测算单)")));
    h += QStringLiteral("<p align=center>%1</p>")
             .arg(esc(tr("Region: %1 · Parameters: %2 · Calculated as of %3")
                          .arg(q(r.regionNameZh), q(r.paramsVersion), q(r.calculatedOn.toString()))));

    h += QStringLiteral("<h3>%1</h3><table border=1 cellspacing=0 cellpadding=3 width=100%>")
             .arg(esc(tr("Resident and record")));
    h += row(tr("Name"), q(c.person.name));
    h += row(tr("ID number"), maskIdNumber(q(c.person.idNumber)));
    h += row(tr("Sex / born / track"), Format::sex(c.person.sex) + QStringLiteral(" / ") +
                                           Format::month(c.person.birth) + QStringLiteral(" / ") +
                                           Format::track(q(c.person.track)));
    h += row(tr("Insurance"), c.kind == InsuranceKind::Flexible
                                  ? tr("flexible worker (pays %1)").arg(Format::grade(law::kFlexibleRate))
                                  : tr("employee (pays %1)").arg(Format::grade(law::kEmployeeRate)));
    h += row(tr("Record as of"), q(c.asOf.toString()));
    if (c.record) {
        h += row(tr("Deemed / pre-account / account months"),
                 QStringLiteral("%1 / %2 / %3")
                     .arg(Format::halves(c.record->deemed), Format::halves(c.record->preAccount),
                          Format::halves(c.record->account)));
        h += row(tr("Average index / account balance"),
                 Format::index(c.record->averageIndex) + QStringLiteral(" / ") + money(c.record->accountBalance));
    } else {
        h += row(tr("Contribution history"), tr("%1 years of records").arg(c.history.size()));
    }
    QStringList planText;
    for (const PlanPeriod &p : c.plan.contributions)
        planText << tr("%1 to %2 at %3")
                        .arg(Format::month(p.from), p.until ? Format::month(*p.until) : tr("retirement"),
                             Format::grade(p.grade));
    h += row(tr("Plan"), planText.isEmpty() ? tr("no further contributions") : planText.join(QStringLiteral("; ")));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Result")));
    const Eligibility &e = r.eligibility;
    if (!e.eligible) {
        // Short of the minimum: said first, with what paying on gives; the figures below are labelled unpaid.
        h += QStringLiteral("<table border=2 cellspacing=0 cellpadding=6 width=100% bgcolor=#f6d5da><tr><td>"
                            "<font color=#b00020><b>%1</b></font><br>%2</td></tr></table><br>")
                 .arg(esc(tr("✘ No pension in %1: %2 months short of the minimum of %3 months.")
                              .arg(q(r.retirement.month.plus(1).toString()))
                              .arg(e.shortMonths)
                              .arg(e.requiredMonths)),
                      esc(e.payOnKnown
                              ? tr("Paying on as a flexible worker until %1 (about %2 yuan), the pension is %3 yuan a "
                                   "month from %4.")
                                    .arg(q(e.reachedMonth.toString()), money(e.costToReach),
                                         money(e.payOnMonthly.total), q(e.payOnPensionFrom.toString()))
                              : tr("Paying on as a flexible worker until %1 (about %2 yuan) is needed.")
                                    .arg(q(e.reachedMonth.toString()), money(e.costToReach))));
    }
    h += QStringLiteral("<table border=1 cellspacing=0 cellpadding=3 width=100%>");
    h += row(tr("Retirement"), tr("%1 at %2 (statutory %3, window %4 … %5)")
                                   .arg(Format::month(r.retirement.month), Format::age(r.retirement.ageMonths),
                                        Format::month(r.window.statutoryMonth), Format::month(r.window.earliestMonth),
                                        Format::month(r.window.latestMonth)));
    h += row(tr("Contribution months / minimum"),
             QStringLiteral("%1 / %2 — %3")
                 .arg(Format::halves(r.eligibility.contributed))
                 .arg(r.eligibility.requiredMonths)
                 .arg(r.eligibility.eligible ? tr("eligible") : tr("not eligible")));
    h += row(texts::stepLabel(StepCode::BasicPension), money(r.monthly.basic));
    h += row(texts::stepLabel(StepCode::AccountPension), money(r.monthly.account));
    h += row(texts::stepLabel(StepCode::TransitionalPension), money(r.monthly.transitional));
    for (const LocalPayment &item : r.localItems)
        h += row(texts::localItemName(item), texts::localItemAmount(item, money(item.amount)));
    h += QStringLiteral("<tr><th align=left>%1</th><td><b>%2</b></td></tr>")
             .arg(esc(e.eligible ? tr("Monthly pension") : tr("Monthly pension if the minimum were met (not paid)")),
                  money(r.monthly.total));
    if (r.provisional)
        h += row(tr("Provisional (预发)"), tr("%1 a month on the %2 base; back pay about %3")
                                               .arg(money(r.provisional->monthly.total))
                                               .arg(r.provisional->pensionBaseYear)
                                               .arg(money(r.provisional->backPay)));
    h += QStringLiteral("</table>");
    h += pinnedPlansSection(in);

    h += QStringLiteral("<h3>%1</h3><table border=1 cellspacing=0 cellpadding=3 width=100%>")
             .arg(esc(tr("How each figure is calculated")));
    h += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(esc(tr("Item")), esc(tr("Formula")), esc(tr("Value")), esc(tr("Regulation")));
    for (const Step &s : r.steps)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=right>%3</td><td><small>%4</small></td></tr>")
                 .arg(esc(texts::stepLabel(s.code)), esc(texts::stepText(s.formula)), esc(texts::stepText(s.value)),
                      esc(s.rule.empty() ? q(s.regulation)
                                         : q(s.regulation) + QStringLiteral(" · ") + texts::ruleText(s.rule)));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3><table border=1 cellspacing=0 cellpadding=3 width=100%>")
             .arg(esc(tr("Every grade and length of payment (monthly pension / paid by the person)")));
    h += QStringLiteral("<tr><th>%1</th>").arg(esc(columns::header(columns::Year::Grade)));
    for (int s : in.stops)
        h += QStringLiteral("<th>%1</th>").arg(esc(Format::stopAfter(s, c.asOf, r.retirement.month)));
    h += QStringLiteral("</tr>");
    bool anyShort = false;
    for (Ppm g : in.grades) {
        h += QStringLiteral("<tr><td>%1</td>").arg(Format::grade(g));
        for (int s : in.stops)
            for (const GridCell &cell : in.grid.cells)
                if (cell.grade == g && cell.stopAfterYears == s) {
                    const bool bad = cell.numbers.valid && !cell.numbers.eligible;
                    anyShort = anyShort || bad;
                    h += QStringLiteral("<td align=right%3>%1<br><small>%2</small></td>")
                             .arg(cell.numbers.valid
                                      ? money(cell.numbers.monthly.total) + (bad ? QStringLiteral(" ✘") : QString())
                                      : QStringLiteral("—"),
                                  cell.numbers.valid ? money(cell.numbers.outOfPocket) : QString(),
                                  bad ? QStringLiteral(" bgcolor=#f6d5da") : QString());
                }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    if (anyShort)
        h += QStringLiteral("<p><small>%1</small></p>")
                 .arg(esc(tr("✘ on red: short of the minimum contribution period; that pension is not paid at that "
                             "retirement month.")));

    if (!r.warnings.empty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Notes and assumptions")));
        for (const Warning &w : r.warnings)
            h += QStringLiteral("<li>%1</li>").arg(esc(texts::warning(w)));
        h += QStringLiteral("</ul>");
    }

    h +=
        QStringLiteral("<h3>%1</h3><img src=\"chart:balance\" width=600>").arg(esc(tr("Account balance and payments")));

    h += QStringLiteral("<h3>%1</h3><table border=1 cellspacing=0 cellpadding=2 width=100%>")
             .arg(esc(tr("Year by year")));
    const std::vector<columns::Year> &yearColumns = columns::printYears();
    h += QStringLiteral("<tr>");
    for (columns::Year id : yearColumns)
        h += QStringLiteral("<th>%1</th>").arg(esc(columns::header(id)));
    h += QStringLiteral("</tr>");
    for (const YearRow &y : r.years) {
        h += QStringLiteral("<tr>");
        for (columns::Year id : yearColumns)
            h += QStringLiteral("<td%1>%2</td>")
                     .arg(columns::yearColumn(id).kind == columns::Kind::Text ? QString()
                                                                              : QStringLiteral(" align=right"),
                          esc(columns::text(id, y, Grouping::Plain)));
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<p><b>%1</b></p>")
             .arg(esc(tr(
                 "This is an estimate. The social-insurance agency's determination prevails (以经办机构核定为准).")));
    h += QStringLiteral("<p>%1</p>").arg(esc(tr("Clerk: %1    Date: %2").arg(in.clerk, in.date.toString(Qt::ISODate))));
    h += QStringLiteral("</body></html>");

    auto *doc = new QTextDocument(parent);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(9);
    doc->setDefaultFont(font);
    doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:balance")),
                     chartImage(r, QSize(1200, 560)));
    doc->setHtml(h);
    return doc;
}

bool writePdf(const ReportInput &in, const QString &path, QString *error)
{
    // Into a file beside the target, renamed over it only when the whole PDF is on disk: a full disk, a kill or a
    // folder named as the target leaves the old file as it was.
    safefile::Writer file(path);
    if (!file.open()) {
        if (error)
            *error = file.errorText();
        return false;
    }
    {
        QPdfWriter writer(file.device());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Basic pension estimate"));
        writer.setCreator(QStringLiteral("pension-planner"));
        std::unique_ptr<QTextDocument> doc(buildDocument(in));
        doc->print(&writer);
    } // the PDF is finished when the writer goes
    if (!file.commit()) {
        if (error)
            *error = file.errorText();
        return false;
    }
    return true;
}

} // namespace pension::report
