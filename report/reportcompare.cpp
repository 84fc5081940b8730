#include "reportcompare.h"

#include "format.h"
#include "texts.h"

#include <QCoreApplication>

#include <functional>

namespace pension::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pension::report", text);
}

using gui::Format;

QString dash()
{
    return QStringLiteral("—");
}

QString signedMoney(Fen f)
{
    return (f > 0 ? QStringLiteral("+") : QString()) + Format::money(f);
}

// As the report writes ages: "67 y 3 m".
QString ageText(int months)
{
    return tr("%1 y %2 m").arg(months / 12).arg(months % 12);
}

QString signedAge(int months)
{
    const int a = months < 0 ? -months : months;
    return (months < 0 ? QStringLiteral("−") : QStringLiteral("+")) + ageText(a);
}

QString paying(const PlanChoice &choice, YearMonth asOf, const Result &r)
{
    if (!choice.stopAfterYears)
        return tr("until retirement");
    return Format::stopAfter(*choice.stopAfterYears, asOf, r.retirement.month);
}

} // namespace

QString pinnedPlansSection(const ReportInput &in)
{
    if (in.pins.empty())
        return {};
    const YearMonth asOf = in.kase.asOf;
    struct Line {
        QString label;
        std::function<QString(const PinAnswer &, const Result &)> value;
        bool strong = false;
    };
    const std::vector<Line> lines = {
        {tr("Grade, paying"),
         [&](const PinAnswer &p, const Result &r) {
             return tr("%1, %2").arg(Format::grade(p.plan.choice.grade), paying(p.plan.choice, asOf, r));
         }},
        {tr("Retirement"),
         [](const PinAnswer &p, const Result &r) {
             return tr("%1: %2").arg(Format::retireChoice(p.plan.choice.retire.value_or(RetireChoice{})),
                                     Format::month(r.retirement.month));
         }},
        {tr("Monthly pension"), [](const PinAnswer &, const Result &r) { return Format::money(r.monthly.total); },
         true},
        {tr("Provisional (预发)"),
         [](const PinAnswer &, const Result &r) {
             return r.provisional ? Format::money(r.provisional->monthly.total) : dash();
         }},
        {tr("Paid from now"), [](const PinAnswer &, const Result &r) { return Format::money(r.outOfPocketFuture); }},
        {tr("Break-even age"),
         [](const PinAnswer &p, const Result &) {
             return p.breakEvenAgeMonths ? ageText(*p.breakEvenAgeMonths) : tr("not reached");
         }},
        {tr("Monthly vs plan 1"),
         [](const PinAnswer &p, const Result &) { return p.toFirst ? signedMoney(p.toFirst->monthly) : dash(); }},
        {tr("Paid vs plan 1"),
         [](const PinAnswer &p, const Result &) { return p.toFirst ? signedMoney(p.toFirst->outOfPocket) : dash(); }},
        {tr("Break-even age vs plan 1"),
         [](const PinAnswer &p, const Result &) {
             return p.toFirst && p.toFirst->breakEvenAgeMonths ? signedAge(*p.toFirst->breakEvenAgeMonths) : dash();
         }},
    };

    QString h;
    // Compact (8 pt, little padding): the section has to fit on page 1 below the result.
    h += QStringLiteral("<h3>%1</h3><table border=1 cellspacing=0 cellpadding=1 width=100% style=\"font-size: 7.5pt\">")
             .arg(tr("Plans compared side by side").toHtmlEscaped());
    h += QStringLiteral("<tr><th width=22%></th>");
    for (std::size_t i = 0; i < in.pins.size(); ++i)
        h += QStringLiteral("<th width=%1%>%2</th>")
                 .arg(78 / static_cast<int>(in.pins.size()))
                 .arg(tr("Plan %1").arg(i + 1).toHtmlEscaped());
    h += QStringLiteral("</tr>");
    for (std::size_t row = 0; row < lines.size(); ++row) {
        const Line &line = lines[row];
        h += QStringLiteral("<tr><th align=left>%1</th>").arg(line.label.toHtmlEscaped());
        for (const PinAnswer &pin : in.pins) {
            QString cell;
            if (pin.plan.result)
                cell = line.value(pin, *pin.plan.result);
            else // a plan that cannot be estimated: its grade; why, below the table
                cell = row == 0 ? Format::grade(pin.plan.choice.grade) : dash();
            cell = cell.toHtmlEscaped();
            if (line.strong)
                cell = QStringLiteral("<b>%1</b>").arg(cell);
            h += QStringLiteral("<td align=right>%1</td>").arg(cell);
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    for (std::size_t i = 0; i < in.pins.size(); ++i)
        if (!in.pins[i].plan.result && in.pins[i].plan.error)
            h += QStringLiteral("<p style=\"font-size: 7.5pt\">%1</p>")
                     .arg(tr("Plan %1 cannot be estimated: %2")
                              .arg(i + 1)
                              .arg(texts::inputError(*in.pins[i].plan.error))
                              .toHtmlEscaped());
    return h;
}

} // namespace pension::report
