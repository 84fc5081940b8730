#include "clicommon.h"

#include "cliio.h"

#include "builtin_packs.h"
#include "compare.h"
#include "evaluate.h"
#include "texts.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>

namespace pension::cli {

namespace {

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

QString optionForm(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

} // namespace

void usage(QTextStream &out, const QString &command)
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

// --- what the options name: the calculation date, the packs, the case ---

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
            throw BadInput{tr("parameter pack %1").arg(texts::packError(*e))};
    }
    // A pack can be valid alone and still not resolve (it extends a pack that is not there).
    for (const std::string &id : lib.regionIds()) {
        const auto resolved = lib.resolve(id);
        if (auto *e = std::get_if<PackError>(&resolved))
            throw BadInput{tr("parameter pack %1").arg(texts::packError(*e))};
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

// --- option values: grades, years, retirement choices, amounts ---

std::vector<Ppm> parseGrades(const QString &list)
{
    std::vector<Ppm> out;
    for (const QString &item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString t = item.trimmed();
        bool percent = t.endsWith(QLatin1Char('%'));
        if (percent)
            t.chop(1);
        auto v = parseScaled(t.toStdString(), percent ? 4 : 6);
        if (!v || *v < law::kMinGrade || *v > law::kMaxGrade)
            throw BadInput{tr("--grades: comma-separated grades %2–%3 or %4–%5 (got \"%1\")")
                               .arg(item, fraction(law::kMinGrade), fraction(law::kMaxGrade),
                                    gui::Format::grade(law::kMinGrade), gui::Format::grade(law::kMaxGrade))};
        out.push_back(*v);
    }
    if (out.empty())
        throw BadInput{
            tr("--grades: at least one grade %1–%2").arg(fraction(law::kMinGrade), fraction(law::kMaxGrade))};
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

Fen moneyArg(const QString &value, const QString &option, Fen min, Fen max)
{
    auto v = parseScaled(value.trimmed().toStdString(), 2);
    if (!v || *v < min || *v > max)
        throw BadInput{tr("%1: an amount in yuan %2–%3 with at most 2 decimals (got \"%4\")")
                           .arg(option, money(min), money(max), value)};
    return *v;
}

} // namespace pension::cli
