#include "cli.h"

#include "batch.h"
#include "cliio.h"
#include "xlsxexport.h"
#ifdef PENSION_HAVE_REPORTS
#include "report.h"
#endif

#include "builtin_packs.h"
#include "compare.h"
#include "evaluate.h"
#include "goal.h"
#include "lifetime.h"
#include "projection.h"
#include "result_json.h"
#include "survivor.h"
#include "texts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>

#include <cstdlib>
#include <optional>

namespace pension::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pension::cli", text);
}
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

struct BadInput {
    QString message;
};

struct Options {
    QString command;
    QStringList positional;
    bool json = false;
    QString lang = QStringLiteral("zh");
    std::optional<YearMonth> date;
    QString paramsDir;
    QString birth, track, grades, stops, retires;
    QString target, grade, base, years, basic, account, annuityMonths, monthly, retired, until, region, compareTo;
    QString output, plans, clerk;
    bool todaysMoney = false;
};

// Every option of every command, with the commands it belongs to ("" = all). One table feeds the parser and the
// help of each command.
struct OptionSpec {
    QStringList names;
    const char *valueName; // nullptr: a switch
    const char *description;
    QStringList commands;
};

const std::vector<OptionSpec> &optionSpecs()
{
    static const std::vector<OptionSpec> specs = {
        {{QStringLiteral("json")},
         nullptr,
         QT_TRANSLATE_NOOP("pension::cli", "print the result as JSON (the contract's fields)"),
         {QStringLiteral("estimate"), QStringLiteral("compare"), QStringLiteral("retirement"), QStringLiteral("goal"),
          QStringLiteral("solve"), QStringLiteral("after")}},
        {{QStringLiteral("lang")},
         "zh|en",
         QT_TRANSLATE_NOOP("pension::cli", "language of the output (default zh)"),
         {}},
        {{QStringLiteral("date")},
         "YYYY-MM",
         QT_TRANSLATE_NOOP("pension::cli", "calculation date (default: today; a case's calculatedOn wins)"),
         {}},
        {{QStringLiteral("params")},
         "DIR",
         QT_TRANSLATE_NOOP("pension::cli", "add or replace parameter packs from a folder"),
         {}},
        {{QStringLiteral("today-money")},
         nullptr,
         QT_TRANSLATE_NOOP("pension::cli", "lifetime sums in today's money"),
         {QStringLiteral("estimate")}},
        {{QStringLiteral("grades")},
         "LIST",
         QT_TRANSLATE_NOOP("pension::cli", "contribution grades, e.g. 0.6,1.0,2.0 or 60%,100%"),
         {QStringLiteral("compare"), QStringLiteral("export")}},
        {{QStringLiteral("stop")},
         "LIST",
         QT_TRANSLATE_NOOP("pension::cli", "years of further payment, e.g. 0,5,10"),
         {QStringLiteral("compare"), QStringLiteral("export")}},
        {{QStringLiteral("retire")},
         "LIST",
         QT_TRANSLATE_NOOP("pension::cli", "retirement choices: statutory, earlyN, lateN, YYYY-MM"),
         {QStringLiteral("compare"), QStringLiteral("export")}},
        {{QStringLiteral("birth")},
         "YYYY-MM",
         QT_TRANSLATE_NOOP("pension::cli", "month of birth"),
         {QStringLiteral("retirement"), QStringLiteral("after")}},
        {{QStringLiteral("track")},
         "TRACK",
         QT_TRANSLATE_NOOP("pension::cli", "statutory-age track: male-60, female-55, female-50"),
         {QStringLiteral("retirement")}},
        {{QStringLiteral("target")},
         "AMOUNT",
         QT_TRANSLATE_NOOP("pension::cli", "the monthly pension wanted, in yuan"),
         {QStringLiteral("goal")}},
        {{QStringLiteral("grade")},
         "G",
         QT_TRANSLATE_NOOP("pension::cli", "also: how many years at this grade"),
         {QStringLiteral("goal")}},
        {{QStringLiteral("base")},
         "B",
         QT_TRANSLATE_NOOP("pension::cli", "the sheet's pension base (计发基数), yuan"),
         {QStringLiteral("solve")}},
        {{QStringLiteral("years")},
         "Y",
         QT_TRANSLATE_NOOP("pension::cli", "contribution years (solve: the sheet's; after: the person's)"),
         {QStringLiteral("solve"), QStringLiteral("after")}},
        {{QStringLiteral("basic")},
         "AMOUNT",
         QT_TRANSLATE_NOOP("pension::cli", "the sheet's basic pension, yuan"),
         {QStringLiteral("solve")}},
        {{QStringLiteral("account")},
         "AMOUNT",
         QT_TRANSLATE_NOOP("pension::cli", "the sheet's account pension, yuan"),
         {QStringLiteral("solve")}},
        {{QStringLiteral("annuity-months")},
         "M",
         QT_TRANSLATE_NOOP("pension::cli", "the sheet's annuity months (计发月数)"),
         {QStringLiteral("solve")}},
        {{QStringLiteral("monthly")},
         "AMOUNT",
         QT_TRANSLATE_NOOP("pension::cli", "the first monthly pension, yuan"),
         {QStringLiteral("after")}},
        {{QStringLiteral("retired")},
         "YYYY-MM",
         QT_TRANSLATE_NOOP("pension::cli", "the month the pension began"),
         {QStringLiteral("after")}},
        {{QStringLiteral("until")},
         "YYYY",
         QT_TRANSLATE_NOOP("pension::cli", "the last year to show"),
         {QStringLiteral("after")}},
        {{QStringLiteral("region")},
         "REGION",
         QT_TRANSLATE_NOOP("pension::cli", "region id whose adjustments apply (default hebei)"),
         {QStringLiteral("after")}},
        {{QStringLiteral("compare")},
         "AMOUNT",
         QT_TRANSLATE_NOOP("pension::cli", "a real figure to compare the last year with"),
         {QStringLiteral("after")}},
        {{QStringLiteral("o"), QStringLiteral("output")},
         "FILE",
         QT_TRANSLATE_NOOP("pension::cli", "the file to write"),
         {QStringLiteral("batch"), QStringLiteral("report"), QStringLiteral("export")}},
        {{QStringLiteral("plans")},
         "LIST",
         QT_TRANSLATE_NOOP("pension::cli", "plans per person: GRADE[:YEARS[:RETIRE]],…"),
         {QStringLiteral("batch")}},
        {{QStringLiteral("clerk")},
         "NAME",
         QT_TRANSLATE_NOOP("pension::cli", "the clerk's name printed on the report"),
         {QStringLiteral("report")}},
        {{QStringLiteral("h"), QStringLiteral("help")},
         nullptr,
         QT_TRANSLATE_NOOP("pension::cli", "show this help"),
         {}},
        {{QStringLiteral("version")}, nullptr, QT_TRANSLATE_NOOP("pension::cli", "show the version"), {}},
    };
    return specs;
}

struct CommandSpec {
    QString name;
    QString synopsis; // after "pension-cli "
    const char *description;
};

const std::vector<CommandSpec> &commandSpecs()
{
    static const std::vector<CommandSpec> specs = {
        {QStringLiteral("estimate"), QStringLiteral("estimate CASE [--json] [--today-money]"),
         QT_TRANSLATE_NOOP("pension::cli",
                           "the projection for the case's plan, with lifetime, survivor and shortfall figures")},
        {QStringLiteral("compare"),
         QStringLiteral("compare CASE [--grades LIST] [--stop LIST] [--retire LIST] [--json]"),
         QT_TRANSLATE_NOOP("pension::cli",
                           "the grid of plans: grades × years of further payment × retirement choices")},
        {QStringLiteral("retirement"),
         QStringLiteral("retirement --birth YYYY-MM --track male-60|female-55|female-50 [--json]"),
         QT_TRANSLATE_NOOP("pension::cli",
                           "statutory retirement month and age, the flexible window, the minimum months")},
        {QStringLiteral("goal"), QStringLiteral("goal CASE --target AMOUNT [--grade G] [--json]"),
         QT_TRANSLATE_NOOP("pension::cli",
                           "the lowest grade per payment length, or the years at a grade, for a target pension")},
        {QStringLiteral("solve"),
         QStringLiteral("solve --base B --years Y --basic AMOUNT | --account AMOUNT --annuity-months M"),
         QT_TRANSLATE_NOOP("pension::cli", "back-solve a benefit sheet's average index or account balance")},
        {QStringLiteral("after"),
         QStringLiteral(
             "after --monthly AMOUNT --retired YYYY-MM --until YYYY [--region R] [--years N] [--birth YYYY-MM] "
             "[--compare AMOUNT] [--json]"),
         QT_TRANSLATE_NOOP("pension::cli", "the pension year by year after retirement, with the yearly increases")},
        {QStringLiteral("batch"), QStringLiteral("batch IN.csv -o OUT.csv [--plans GRADE[:YEARS[:RETIRE]],...]"),
         QT_TRANSLATE_NOOP("pension::cli", "one result row per person and plan, from a CSV list (docs/batch.md)")},
        {QStringLiteral("report"), QStringLiteral("report CASE -o FILE.pdf [--clerk NAME]"),
         QT_TRANSLATE_NOOP("pension::cli", "the A4 report as PDF")},
        {QStringLiteral("export"),
         QStringLiteral("export CASE -o FILE.xlsx|FILE.csv [--grades LIST] [--stop LIST] [--retire LIST]"),
         QT_TRANSLATE_NOOP("pension::cli", "the plan grid and the year table for Excel, or the plans as CSV")},
    };
    return specs;
}

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec &c : commandSpecs())
        if (c.name == name)
            return &c;
    return nullptr;
}

void usage(QTextStream &out, const QString &command = {})
{
    const CommandSpec *only = findCommand(command);
    out << tr("usage:") << '\n';
    for (const CommandSpec &c : commandSpecs())
        if (!only || only == &c)
            out << QStringLiteral("  pension-cli ") << c.synopsis << '\n'
                << QStringLiteral("      ") << tr(c.description) << '\n';
    out << '\n' << tr("options:") << '\n';
    for (const OptionSpec &spec : optionSpecs()) {
        if (only && !spec.commands.isEmpty() && !spec.commands.contains(only->name))
            continue;
        QStringList forms;
        for (const QString &n : spec.names)
            forms << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        QString left = forms.join(QStringLiteral(", "));
        if (spec.valueName)
            left += QLatin1Char(' ') + QLatin1String(spec.valueName);
        out << QStringLiteral("  %1  %2\n").arg(left, -24).arg(tr(spec.description));
    }
    out << '\n'
        << tr("Exit status: 0 done, 2 bad input (one line on stderr naming the field), 1 anything else.") << '\n';
}

QString optionForm(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

// Parses with QCommandLineParser. An option given twice keeps its last value; every value given is still checked.
Options parseArgs(const QStringList &args, bool &help, bool &version)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const OptionSpec &spec : optionSpecs()) {
        QCommandLineOption option(spec.names);
        if (spec.valueName)
            option.setValueName(QLatin1String(spec.valueName));
        parser.addOption(option);
    }
    if (!parser.parse(QStringList{QStringLiteral("pension-cli")} + args)) {
        if (!parser.unknownOptionNames().isEmpty())
            throw BadInput{tr("%1: unknown option").arg(optionForm(parser.unknownOptionNames().constFirst()))};
        // The only other failure: an option that takes a value given last, without it.
        throw BadInput{tr("%1: a value is required").arg(args.isEmpty() ? QString() : args.constLast())};
    }
    help = parser.isSet(QStringLiteral("help"));
    version = parser.isSet(QStringLiteral("version"));

    Options o;
    const auto value = [&parser](const char *name) { return parser.value(QLatin1String(name)); };
    o.json = parser.isSet(QStringLiteral("json"));
    for (const QString &lang : parser.values(QStringLiteral("lang"))) {
        if (lang != QStringLiteral("zh") && lang != QStringLiteral("en"))
            throw BadInput{tr("--lang: one of zh, en (got \"%1\")").arg(lang)};
        o.lang = lang;
    }
    for (const QString &v : parser.values(QStringLiteral("date"))) {
        auto ym = io::dateOption(v);
        if (!ym)
            throw BadInput{tr("--date: YYYY-MM or YYYY-MM-DD (got \"%1\")").arg(v)};
        o.date = ym;
    }
    o.paramsDir = value("params");
    o.birth = value("birth");
    o.track = value("track");
    o.grades = value("grades");
    o.stops = value("stop");
    o.retires = value("retire");
    o.output = value("output");
    o.clerk = value("clerk");
    o.plans = value("plans");
    o.todaysMoney = parser.isSet(QStringLiteral("today-money"));
    o.target = value("target");
    o.grade = value("grade");
    o.base = value("base");
    o.years = value("years");
    o.basic = value("basic");
    o.account = value("account");
    o.annuityMonths = value("annuity-months");
    o.monthly = value("monthly");
    o.retired = value("retired");
    o.until = value("until");
    o.region = value("region");
    o.compareTo = value("compare");
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        o.command = positional.takeFirst();
    o.positional = positional;
    return o;
}

YearMonth today(const Options &o)
{
    if (o.date)
        return *o.date;
    const QDate d = QDate::currentDate();
    return YearMonth::of(d.year(), d.month());
}

ParameterLibrary library(const Options &o)
{
    ParameterLibrary lib = builtinLibrary();
    if (o.paramsDir.isEmpty())
        return lib;
    QDir dir(o.paramsDir);
    if (!dir.exists())
        throw BadInput{tr("--params: no such folder \"%1\"").arg(o.paramsDir)};
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QByteArray text;
        if (auto e = io::readInput(QStringLiteral("--params"), dir.filePath(name), io::kMaxPackFile, &text))
            throw BadInput{*e};
        text = io::checkedPack(text); // an edited shipped pack is labelled local
        if (auto e =
                lib.add(name.toStdString(), std::string_view(text.constData(), static_cast<std::size_t>(text.size()))))
            throw BadInput{tr("parameter pack %1").arg(q(e->message()))};
    }
    // A pack can be valid alone and still not resolve (it extends a pack that is not there).
    for (const std::string &id : lib.regionIds()) {
        const auto resolved = lib.resolve(id);
        if (auto *e = std::get_if<PackError>(&resolved))
            throw BadInput{tr("parameter pack %1").arg(q(e->message()))};
    }
    return lib;
}

Case readCaseFile(const QString &path)
{
    QByteArray text;
    if (auto e = io::readInput(QStringLiteral("CASE"), path, io::kMaxCaseFile, &text))
        throw BadInput{*e};
    auto parsed = readCase(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (auto *e = std::get_if<InputError>(&parsed))
        throw BadInput{texts::inputError(*e)};
    return std::get<Case>(std::move(parsed));
}

// The one engine call of a command: the case evaluated with what the command asks for. A case that cannot be
// prepared is bad input.
Evaluation evaluated(const Case &c, const Options &o, const Request &request)
{
    const ParameterLibrary lib = library(o);
    Evaluation ev = evaluate(c, lib, today(o), request);
    if (ev.error)
        throw BadInput{texts::inputError(*ev.error)};
    return ev;
}

// The case's own plan, estimated: a plan that cannot be is bad input.
const Result &openResult(const Evaluation &ev)
{
    if (ev.open.error)
        throw BadInput{texts::inputError(*ev.open.error)};
    return *ev.open.result;
}

// The grid asked for: over the limit is bad input.
const Grid &askedGrid(const Evaluation &ev)
{
    if (auto e = checkGridRequest(ev.grid->request))
        throw BadInput{texts::inputError(*e)};
    return ev.grid->grid;
}

QString money(Fen f)
{
    return q(formatFen(f));
}

QString ageText(int months)
{
    return tr("%1 years %2 months").arg(months / 12).arg(months % 12);
}

QString halvesText(HalfMonths h)
{
    return h % 2 ? QString::number(h / 2.0, 'f', 1) : QString::number(h / 2);
}

void printEstimate(const Result &r, QTextStream &out)
{
    const QString region = q(r.regionNameZh) + QStringLiteral(" / ") + q(r.regionNameEn);
    out << tr("Pension estimate — %1").arg(region) << '\n';
    out << tr("Parameters: %1; calculated as of %2").arg(q(r.paramsVersion), q(r.calculatedOn.toString())) << "\n\n";
    out << tr("Retirement: %1 at %2 (statutory %3; flexible window %4 … %5)")
               .arg(q(r.retirement.month.toString()), ageText(r.retirement.ageMonths),
                    q(r.window.statutoryMonth.toString()), q(r.window.earliestMonth.toString()),
                    q(r.window.latestMonth.toString()))
        << '\n';
    out << tr("Contributions: %1 months, minimum %2 months for %3 — %4")
               .arg(halvesText(r.eligibility.contributed))
               .arg(r.eligibility.requiredMonths)
               .arg(r.eligibility.requirementYear)
               .arg(r.eligibility.eligible ? tr("eligible") : tr("NOT eligible"))
        << "\n\n";
    out << tr("Monthly pension: %1 yuan").arg(money(r.monthly.total)) << '\n';
    out << QStringLiteral("  %1  %2\n").arg(texts::stepLabel(StepCode::BasicPension), money(r.monthly.basic));
    out << QStringLiteral("  %1  %2\n").arg(texts::stepLabel(StepCode::AccountPension), money(r.monthly.account));
    out << QStringLiteral("  %1  %2\n")
               .arg(texts::stepLabel(StepCode::TransitionalPension), money(r.monthly.transitional));
    for (const LocalPayment &item : r.localItems)
        out << QStringLiteral("  %1  %2\n")
                   .arg(texts::localItemName(item), texts::localItemAmount(item, money(item.amount)));
    if (r.provisional) {
        out << tr("Provisional (预发) on the %1 base %2: %3 yuan a month; back pay about %4 yuan")
                   .arg(r.provisional->pensionBaseYear)
                   .arg(money(r.provisional->pensionBase), money(r.provisional->monthly.total),
                        money(r.provisional->backPay))
            << '\n';
    }
    out << tr("Paid by the person from now to retirement: %1 yuan").arg(money(r.outOfPocketFuture)) << "\n\n";
    out << tr("How it is calculated:") << '\n';
    for (const Step &s : r.steps)
        out << QStringLiteral("  %1: %2 = %3  [%4]\n")
                   .arg(texts::stepLabel(s.code), q(s.formula), q(s.value),
                        s.rule.empty() ? q(s.regulation)
                                       : q(s.regulation) + QStringLiteral(" · ") + texts::ruleText(s.rule));
    if (!r.warnings.empty()) {
        out << '\n' << tr("Notes:") << '\n';
        for (const Warning &w : r.warnings)
            out << QStringLiteral("  - ") << texts::warning(w) << '\n';
    }
    out << '\n' << tr("Year  Base      Months  Index   Paid       Account   Interest  Balance") << '\n';
    for (const YearRow &y : r.years) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8%9\n")
                   .arg(y.year)
                   .arg(money(y.monthlyBase), 8)
                   .arg(halvesText(y.months), 6)
                   .arg(y.months ? QString::number(y.index, 'f', 4) : QStringLiteral("-"), 6)
                   .arg(money(y.personal), 9)
                   .arg(money(y.accountCredit), 8)
                   .arg(money(y.interest), 8)
                   .arg(money(y.balance), 10)
                   .arg(y.interestStatus == Status::Published
                            ? QString()
                            : QStringLiteral("  (") + texts::statusName(y.interestStatus) + QStringLiteral(")"));
    }
    out << '\n' << tr("The social-insurance agency's determination prevails (以经办机构核定为准).") << '\n';
}

void printBeyond(const Result &r, const Lifetime &lt, const std::vector<SurvivorAt> &survivors, const Shortfall &sf,
                 QTextStream &out)
{
    out << '\n'
        << (lt.todaysMoney
                ? tr("Paid and received, in today's money (inflation %1%):").arg(q(formatPercent(lt.inflation)))
                : tr("Paid and received, nominal yuan:"))
        << '\n';
    out << tr("  Paid by the person in all: %1 (from now: %2)").arg(money(lt.ownPaid), money(lt.ownPaidFuture)) << '\n';
    for (const Step &st : lt.steps)
        out << QStringLiteral("  %1: %2 = %3  [%4]\n")
                   .arg(texts::stepLabel(st.code), q(st.formula), q(st.value), q(st.regulation));
    for (const AgeTotal &t : lt.totals)
        out << (t.lifeExpectancy ? tr("  At life expectancy (%1): received %2, net %3")
                                 : tr("  At %1: received %2, net %3"))
                   .arg(t.ageYears)
                   .arg(money(t.received), money(t.net))
            << '\n';
    out << '\n' << tr("If the person dies (funeral grant + survivor pension + account remainder):") << '\n';
    for (const SurvivorAt &s : survivors)
        if (s.ageYears % 5 == 0)
            out << tr("  at %1 (%2): %3 + %4 (%5 months) + %6 = %7")
                       .arg(s.ageYears)
                       .arg(s.retired ? tr("retired") : tr("working"))
                       .arg(money(s.funeralGrant), money(s.survivorPension))
                       .arg(s.pensionMonths)
                       .arg(money(s.accountRemainder), money(s.total))
                << '\n';
    if (sf.shortOfMinimum) {
        out << '\n'
            << tr("Short of the minimum by %1 months. Paying on as a flexible worker:").arg(sf.shortMonths) << '\n';
        for (const ShortfallOption &o : sf.payOn)
            out << tr("  at %1%: until %2, costing %3")
                       .arg(q(formatPercent(o.grade)), q(o.reachedMonth.toString()), money(o.cost))
                << '\n';
        out << tr("  Or transfer to the resident scheme: the account (%1) moves whole; the years count there.")
                   .arg(money(sf.accountToResidentScheme))
            << '\n';
        if (sf.oneOffAllowed)
            out << tr("  Insured before 2011-07-01: after five years of paying on, the remaining %1 months may be paid "
                      "at once.")
                       .arg(sf.oneOffMonths)
                << '\n';
    }
    (void)r;
}

std::vector<Ppm> parseGrades(const QString &list)
{
    std::vector<Ppm> out;
    for (const QString &item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString t = item.trimmed();
        bool percent = t.endsWith(QLatin1Char('%'));
        if (percent)
            t.chop(1);
        auto v = parseScaled(t.toStdString(), percent ? 4 : 6);
        if (!v || *v < (percent ? 600'000 : 600'000) || *v > 3'000'000)
            throw BadInput{tr("--grades: comma-separated grades 0.6–3.0 or 60%–300% (got \"%1\")").arg(item)};
        out.push_back(*v);
    }
    if (out.empty())
        throw BadInput{tr("--grades: at least one grade 0.6–3.0")};
    return out;
}

std::vector<int> parseStops(const QString &list)
{
    std::vector<int> out;
    for (const QString &item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = item.trimmed().toInt(&ok);
        if (!ok || v < 0 || v > 60)
            throw BadInput{tr("--stop: comma-separated whole years 0–60 (got \"%1\")").arg(item)};
        out.push_back(v);
    }
    if (out.empty())
        throw BadInput{tr("--stop: at least one number of years")};
    return out;
}

std::vector<RetireChoice> parseRetires(const QString &list)
{
    std::vector<RetireChoice> out;
    for (const QString &item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = item.trimmed();
        RetireChoice c;
        bool ok = true;
        if (t == QStringLiteral("statutory")) {
        } else if (t.startsWith(QStringLiteral("early")) || t.startsWith(QStringLiteral("late"))) {
            const bool early = t.startsWith(QStringLiteral("early"));
            c.kind = early ? RetireKind::Early : RetireKind::Late;
            c.months = t.mid(early ? 5 : 4).toInt(&ok);
            ok = ok && c.months >= 0 && c.months <= 36;
        } else if (auto ym = YearMonth::parse(t.toStdString())) {
            c.kind = RetireKind::Month;
            c.month = *ym;
        } else {
            ok = false;
        }
        if (!ok)
            throw BadInput{
                tr("--retire: comma-separated statutory, earlyN, lateN (N = 0–36 months) or YYYY-MM (got \"%1\")")
                    .arg(t)};
        out.push_back(c);
    }
    if (out.empty())
        throw BadInput{tr("--retire: at least one retirement choice")};
    return out;
}

int cmdEstimate(const Options &o, QTextStream &out)
{
    if (o.positional.size() != 1)
        throw BadInput{tr("estimate: exactly one CASE file")};
    const Case c = readCaseFile(o.positional.front());
    Request request;
    request.beyond = true; // lifetime value, survivors from the next birthday to 90, the shortfall options
    const Evaluation ev = evaluated(c, o, request);
    const Result &result = openResult(ev);
    const Lifetime &lifetime = o.todaysMoney ? ev.beyond->todaysMoney : ev.beyond->nominal;
    const std::vector<SurvivorAt> &survivors = ev.beyond->survivors;
    const Shortfall &shortfall = ev.beyond->shortfall;
    if (o.json) {
        EstimateExtras extras;
        extras.lifetime = &lifetime;
        extras.survivors = &survivors;
        extras.shortfall = &shortfall;
        out << q(estimateJson(result, texts::QtWording{}, extras));
    } else {
        printEstimate(result, out);
        printBeyond(result, lifetime, survivors, shortfall, out);
    }
    return 0;
}

Fen moneyArg(const QString &value, const QString &option, Fen min, Fen max)
{
    auto v = parseScaled(value.trimmed().toStdString(), 2);
    if (!v || *v < min || *v > max)
        throw BadInput{tr("%1: an amount in yuan %2–%3 with at most 2 decimals (got \"%4\")")
                           .arg(option, money(min), money(max), value)};
    return *v;
}

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

int cmdGoal(const Options &o, QTextStream &out)
{
    if (o.positional.size() != 1)
        throw BadInput{tr("goal: exactly one CASE file")};
    if (o.target.isEmpty())
        throw BadInput{tr("--target: the monthly pension wanted, in yuan")};
    const Fen target = moneyArg(o.target, QStringLiteral("--target"), 1, 100'000'00);
    std::optional<Ppm> grade;
    if (!o.grade.isEmpty())
        grade = parseGrades(o.grade).front();
    const Case c = readCaseFile(o.positional.front());
    Request request;
    request.goal = GoalAsk{target, grade};
    const Evaluation ev = evaluated(c, o, request);
    const GoalAnswer &g = *ev.goal;
    if (o.json) {
        out << q(goalJson(g));
        return 0;
    }
    out << tr("Target: %1 yuan a month").arg(money(target)) << '\n';
    out << tr("Further years  Lowest grade  Monthly pension  Paid by the person") << '\n';
    for (const GoalRow &row : g.byLength) {
        if (row.reachable)
            out << QStringLiteral("%1  %2  %3  %4\n")
                       .arg(row.stopAfterYears, 13)
                       .arg(q(formatPercent(row.grade)) + QLatin1Char('%'), 12)
                       .arg(money(row.monthly), 15)
                       .arg(money(row.outOfPocket), 18);
        else
            out << QStringLiteral("%1  %2\n").arg(row.stopAfterYears, 13).arg(tr("not reachable even at 300%"));
    }
    if (grade) {
        if (g.yearsAtGrade)
            out << tr("At %1%: %2 more years, %3 yuan a month, costing %4 yuan")
                       .arg(q(formatPercent(*grade)))
                       .arg(*g.yearsAtGrade)
                       .arg(money(g.monthlyAtYears), money(g.costAtYears))
                << '\n';
        else
            out << tr("At %1% the target is not reached before retirement.").arg(q(formatPercent(*grade))) << '\n';
    }
    return 0;
}

int cmdSolve(const Options &o, QTextStream &out)
{
    bool any = false;
    if (!o.basic.isEmpty() || !o.base.isEmpty() || !o.years.isEmpty()) {
        const Fen base = moneyArg(o.base, QStringLiteral("--base"), 100'00, 100'000'00);
        const Fen basic = moneyArg(o.basic, QStringLiteral("--basic"), 1, 100'000'00);
        auto years = parseScaled(o.years.trimmed().toStdString(), 2);
        if (!years || *years <= 0 || *years > 6000)
            throw BadInput{tr("--years: contribution years 0.01–60 with 2 decimals (got \"%1\")").arg(o.years)};
        const IndexRange r = solveAverageIndex(base, static_cast<int>(*years), basic);
        if (o.json)
            out << QStringLiteral("{\"averageIndex\": {\"found\": %1, \"low\": %2, \"high\": %3}}\n")
                       .arg(r.found ? QStringLiteral("true") : QStringLiteral("false"), q(formatScaled(r.low / 100, 4)),
                            q(formatScaled(r.high / 100, 4)));
        else if (r.found)
            out << tr("Average index: %1 … %2").arg(q(formatScaled(r.low / 100, 4)), q(formatScaled(r.high / 100, 4)))
                << '\n';
        else
            out << tr("No average index gives that basic pension with these figures.") << '\n';
        any = true;
    }
    if (!o.account.isEmpty() || !o.annuityMonths.isEmpty()) {
        const Fen pension = moneyArg(o.account, QStringLiteral("--account"), 1, 100'000'00);
        auto months = parseScaled(o.annuityMonths.trimmed().toStdString(), 1);
        if (!months || *months < 10 || *months > 3000)
            throw BadInput{tr("--annuity-months: 1–300 with one decimal (got \"%1\")").arg(o.annuityMonths)};
        const BalanceRange r = solveAccountBalance(pension, static_cast<int>(*months));
        if (o.json)
            out << QStringLiteral("{\"accountBalance\": {\"low\": %1, \"high\": %2}}\n")
                       .arg(money(r.low), money(r.high));
        else
            out << tr("Account balance: %1 … %2").arg(money(r.low), money(r.high)) << '\n';
        any = true;
    }
    if (!any)
        throw BadInput{tr("solve: give --base, --years and --basic, or --account and --annuity-months")};
    return 0;
}

int cmdAfter(const Options &o, QTextStream &out)
{
    const Fen monthlyStart = moneyArg(o.monthly, QStringLiteral("--monthly"), 1, 100'000'00);
    auto retired = YearMonth::parse(o.retired.toStdString());
    if (!retired)
        throw BadInput{tr("--retired: YYYY-MM (got \"%1\")").arg(o.retired)};
    bool ok = false;
    const int until = o.until.toInt(&ok);
    if (!ok || until < retired->year() || until > retired->year() + 60)
        throw BadInput{tr("--until: a year from the retirement year to 60 years after it (got \"%1\")").arg(o.until)};
    const ParameterLibrary lib = library(o);
    const QString regionId = o.region.isEmpty() ? QStringLiteral("hebei") : o.region;
    auto set = lib.resolve(regionId.toStdString());
    if (std::holds_alternative<PackError>(set))
        throw BadInput{tr("--region: unknown region \"%1\"").arg(regionId)};
    const ParameterSet &params = std::get<ParameterSet>(set);
    const Context ctx(params, Assumptions{}, today(o), until);
    // What the province's scheme links to: the contribution years (挂钩) and the birth month (倾斜), when given.
    AdjustmentPerson person;
    if (!o.years.isEmpty()) {
        auto years = parseScaled(o.years.trimmed().toStdString(), 2);
        if (!years || *years <= 0 || *years > 6000)
            throw BadInput{tr("--years: contribution years 0.01–60 with 2 decimals (got \"%1\")").arg(o.years)};
        person.contributed = static_cast<HalfMonths>(divRound(*years * 24, 100));
    }
    if (!o.birth.isEmpty()) {
        auto birth = YearMonth::parse(o.birth.toStdString());
        if (!birth)
            throw BadInput{tr("--birth: YYYY-MM (got \"%1\")").arg(o.birth)};
        person.birth = *birth;
    }
    const auto path = pensionPath(ctx, monthlyStart, *retired, until, person);
    std::optional<Fen> compareTo;
    if (!o.compareTo.isEmpty())
        compareTo = moneyArg(o.compareTo, QStringLiteral("--compare"), 1, 100'000'00);
    if (o.json) {
        out << q(pathJson(path, compareTo));
        return 0;
    }
    out << tr("Year  Increase  Status       Monthly pension") << '\n';
    for (const IncreaseYear &y : path)
        out << QStringLiteral("%1  %2  %3  %4\n")
                   .arg(y.year)
                   .arg(q(formatPercent(y.rate)) + QLatin1Char('%'), 8)
                   .arg(texts::statusName(y.status), -11)
                   .arg(money(y.monthly), 15);
    bool anyScheme = false, yearsMissing = false, ageMissing = false;
    for (const IncreaseYear &y : path) {
        anyScheme = anyScheme || y.scheme;
        yearsMissing = yearsMissing || y.yearsUnknown;
        ageMissing = ageMissing || y.ageUnknown;
    }
    out << tr("Series: the province's adjustment scheme (fixed, per-year, percent and age amounts) where the "
              "parameter pack (%1) has it; other years the national overall level as a percentage, and %2% beyond "
              "it. The national level is an average: fixed amounts lift a low pension by more.")
               .arg(q(params.versionLabel()), q(formatPercent(ctx.assumptions().pensionIncrease)))
        << '\n';
    if (anyScheme && (yearsMissing || ageMissing))
        out << tr("Scheme parts left out: give --years (contribution years) and --birth (YYYY-MM) to include them.")
            << '\n';
    if (compareTo) {
        const Fen last = path.back().monthly;
        out << tr("Compared with %1: %2 (%3%)")
                   .arg(money(*compareTo), money(last - *compareTo),
                        QString::number(
                            100.0 * static_cast<double>(last - *compareTo) / static_cast<double>(*compareTo), 'f', 1))
            << '\n';
    }
    return 0;
}

int cmdCompare(const Options &o, QTextStream &out)
{
    if (o.positional.size() != 1)
        throw BadInput{tr("compare: exactly one CASE file")};
    const Case c = readCaseFile(o.positional.front());
    Request request;
    request.grid = GridAsk{};
    if (!o.grades.isEmpty())
        request.grid->grades = parseGrades(o.grades);
    if (!o.stops.isEmpty())
        request.grid->stopAfterYears = parseStops(o.stops);
    if (!o.retires.isEmpty())
        request.grid->retires = parseRetires(o.retires);
    else if (o.stops.isEmpty() && o.grades.isEmpty())
        request.grid->retires = std::vector<RetireChoice>{RetireChoice{}};
    const Evaluation ev = evaluated(c, o, request);
    const Grid &g = askedGrid(ev);
    const GridRequest &req = ev.grid->request;
    if (o.json) {
        // Streamed plan by plan: the full grid is several megabytes of JSON.
        out.flush();
        QIODevice *device = out.device();
        writeGridJson(g, [&out, device](std::string_view chunk) {
            if (device)
                device->write(chunk.data(), static_cast<qint64>(chunk.size()));
            else
                out << QString::fromUtf8(chunk.data(), static_cast<qsizetype>(chunk.size()));
        });
        return 0;
    }
    out << tr("Plans: grade × years of further payment × retirement (monthly pension / paid by the person)") << '\n';
    for (const RetireChoice &rc : req.retires) {
        QString name = rc.kind == RetireKind::Statutory ? tr("statutory")
                       : rc.kind == RetireKind::Early   ? tr("%1 months early").arg(rc.months)
                       : rc.kind == RetireKind::Late    ? tr("%1 months late").arg(rc.months)
                                                        : q(rc.month.toString());
        out << '\n' << tr("Retirement: %1").arg(name) << '\n';
        out << QStringLiteral("%1").arg(tr("grade"), 6);
        for (int s : req.stopAfterYears)
            out << QStringLiteral("%1").arg(tr("+%1y").arg(s), 20);
        out << '\n';
        for (Ppm grade : req.grades) {
            out << QStringLiteral("%1").arg(q(formatPercent(grade * 100 / 10000)) + QLatin1Char('%'), 6);
            for (const GridCell &cell : g.cells) {
                if (cell.grade != grade || !(cell.retire == rc))
                    continue;
                const QString text = !cell.numbers.valid
                                         ? tr("n/a")
                                         : QStringLiteral("%1/%2%3").arg(
                                               money(cell.numbers.monthly.total), money(cell.numbers.outOfPocket),
                                               cell.numbers.eligible ? QString() : QStringLiteral("*"));
                out << QStringLiteral("%1").arg(text, 20);
            }
            out << '\n';
        }
    }
    out << '\n' << tr("* short of the minimum contribution months") << '\n';
    return 0;
}

int cmdRetirement(const Options &o, QTextStream &out)
{
    auto birth = YearMonth::parse(o.birth.toStdString());
    if (!birth)
        throw BadInput{tr("--birth: YYYY-MM (got \"%1\")").arg(o.birth)};
    if (o.track != QStringLiteral("male-60") && o.track != QStringLiteral("female-55") &&
        o.track != QStringLiteral("female-50"))
        throw BadInput{tr("--track: one of male-60, female-55, female-50 (got \"%1\")").arg(o.track)};
    const ParameterLibrary lib = library(o);
    auto set = lib.resolve("national");
    // The national pack is not a region of its own; any province resolves it with the tracks.
    const auto ids = lib.regionIds();
    if (!ids.empty())
        set = lib.resolve(ids.front());
    if (auto *e = std::get_if<PackError>(&set))
        throw BadInput{tr("parameter pack %1").arg(q(e->message()))};
    const ParameterSet &params = std::get<ParameterSet>(set);
    const Track *track = params.track(o.track.toStdString());
    if (!track)
        throw BadInput{tr("--track: the parameter packs define no track \"%1\"").arg(o.track)};
    const RetirementWindow w = statutoryRetirement(*track, *birth);
    const int required = minContributionMonths(params, w.statutoryMonth.year());
    if (o.json) {
        out << q(retirementJson(w, *birth, required));
        return 0;
    }
    out << tr("Statutory retirement: %1 at %2 (%3 months added by the 2024 decision)")
               .arg(q(w.statutoryMonth.toString()), ageText(w.statutoryAgeMonths))
               .arg(w.delayMonths)
        << '\n';
    out << tr("Flexible window: %1 … %2").arg(q(w.earliestMonth.toString()), q(w.latestMonth.toString())) << '\n';
    out << tr("Minimum contribution: %1 months").arg(required) << '\n';
    return 0;
}

} // namespace

QString commandOf(const QStringList &args)
{
    try {
        bool help = false, version = false;
        const Options o = parseArgs(args, help, version);
        return help || version ? QString() : o.command;
    } catch (const BadInput &) {
        return {};
    }
}

void quietQtMessages()
{
    if (qEnvironmentVariableIsSet("PENSION_DEBUG"))
        return;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            QTextStream(stderr) << message << '\n';
            std::abort();
        }
    });
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    try {
        bool help = false, version = false;
        const Options o = parseArgs(args, help, version);
        if (!texts::installLanguage(o.lang))
            err << "warning: the Chinese translation could not be loaded; English is shown\n";
        if (version) {
            out << QStringLiteral("pension-cli %1\n").arg(QStringLiteral(PENSION_VERSION));
            return 0;
        }
        if (help || args.isEmpty() || o.command == QStringLiteral("help")) {
            usage(out, o.command == QStringLiteral("help") && !o.positional.isEmpty() ? o.positional.constFirst()
                                                                                      : o.command);
            return 0;
        }
        if (o.command == QStringLiteral("estimate"))
            return cmdEstimate(o, out);
        if (o.command == QStringLiteral("compare"))
            return cmdCompare(o, out);
        if (o.command == QStringLiteral("retirement"))
            return cmdRetirement(o, out);
        if (o.command == QStringLiteral("batch")) {
            if (o.positional.size() != 1)
                throw BadInput{tr("batch: exactly one IN.csv file")};
            BatchOptions b{o.positional.front(), o.output, o.plans, today(o), 0};
            return runBatch(b, library(o), err);
        }
        if (o.command == QStringLiteral("goal"))
            return cmdGoal(o, out);
#ifdef PENSION_HAVE_REPORTS
        if (o.command == QStringLiteral("report"))
            return cmdReport(o, err);
#endif
        if (o.command == QStringLiteral("export"))
            return cmdExport(o);
        if (o.command == QStringLiteral("solve"))
            return cmdSolve(o, out);
        if (o.command == QStringLiteral("after"))
            return cmdAfter(o, out);
        if (o.command.isEmpty())
            throw BadInput{tr("COMMAND: one of estimate, compare, retirement, goal, solve, after, batch, report, "
                              "export (pension-cli help)")};
        throw BadInput{
            tr("%1: unknown command (estimate, compare, retirement, goal, solve, after, batch, report, export)")
                .arg(o.command)};
    } catch (const BadInput &b) {
        err << b.message << '\n';
        err.flush();
        return 2;
    } catch (const std::exception &e) {
        err << tr("error: %1").arg(QString::fromUtf8(e.what())) << '\n';
        return 1;
    }
}

} // namespace pension::cli
