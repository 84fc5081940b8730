#include "cli.h"

#include "batch.h"
#ifdef PENSION_HAVE_REPORTS
#include "report.h"
#include "xlsxexport.h"
#include <QSaveFile>
#endif

#include "builtin_packs.h"
#include "compare.h"
#include "goal.h"
#include "lifetime.h"
#include "survivor.h"
#include "projection.h"
#include "result_json.h"
#include "texts.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>

#include <optional>

namespace pension::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("pension::cli", text); }
QString q(const std::string &s) { return QString::fromStdString(s); }

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

QString takeValue(const QStringList &args, int &i, const QString &name)
{
    if (i + 1 >= args.size())
        throw BadInput{tr("%1: a value is required").arg(name)};
    return args[++i];
}

Options parseArgs(const QStringList &args)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QStringLiteral("--json"))
            o.json = true;
        else if (a == QStringLiteral("--lang")) {
            o.lang = takeValue(args, i, a);
            if (o.lang != QStringLiteral("zh") && o.lang != QStringLiteral("en"))
                throw BadInput{tr("--lang: one of zh, en (got \"%1\")").arg(o.lang)};
        } else if (a == QStringLiteral("--date")) {
            const QString v = takeValue(args, i, a);
            auto ym = YearMonth::parse(v.left(7).toStdString());
            if (!ym || (v.size() != 7 && v.size() != 10))
                throw BadInput{tr("--date: YYYY-MM or YYYY-MM-DD (got \"%1\")").arg(v)};
            o.date = ym;
        } else if (a == QStringLiteral("--params"))
            o.paramsDir = takeValue(args, i, a);
        else if (a == QStringLiteral("--birth"))
            o.birth = takeValue(args, i, a);
        else if (a == QStringLiteral("--track"))
            o.track = takeValue(args, i, a);
        else if (a == QStringLiteral("--grades"))
            o.grades = takeValue(args, i, a);
        else if (a == QStringLiteral("--stop"))
            o.stops = takeValue(args, i, a);
        else if (a == QStringLiteral("--retire"))
            o.retires = takeValue(args, i, a);
        else if (a == QStringLiteral("-o") || a == QStringLiteral("--output"))
            o.output = takeValue(args, i, a);
        else if (a == QStringLiteral("--clerk"))
            o.clerk = takeValue(args, i, a);
        else if (a == QStringLiteral("--plans"))
            o.plans = takeValue(args, i, a);
        else if (a == QStringLiteral("--today-money"))
            o.todaysMoney = true;
        else if (a == QStringLiteral("--target"))
            o.target = takeValue(args, i, a);
        else if (a == QStringLiteral("--grade"))
            o.grade = takeValue(args, i, a);
        else if (a == QStringLiteral("--base"))
            o.base = takeValue(args, i, a);
        else if (a == QStringLiteral("--years"))
            o.years = takeValue(args, i, a);
        else if (a == QStringLiteral("--basic"))
            o.basic = takeValue(args, i, a);
        else if (a == QStringLiteral("--account"))
            o.account = takeValue(args, i, a);
        else if (a == QStringLiteral("--annuity-months"))
            o.annuityMonths = takeValue(args, i, a);
        else if (a == QStringLiteral("--monthly"))
            o.monthly = takeValue(args, i, a);
        else if (a == QStringLiteral("--retired"))
            o.retired = takeValue(args, i, a);
        else if (a == QStringLiteral("--until"))
            o.until = takeValue(args, i, a);
        else if (a == QStringLiteral("--region"))
            o.region = takeValue(args, i, a);
        else if (a == QStringLiteral("--compare"))
            o.compareTo = takeValue(args, i, a);
        else if (a.startsWith(QStringLiteral("--")))
            throw BadInput{tr("%1: unknown option").arg(a)};
        else if (o.command.isEmpty())
            o.command = a;
        else
            o.positional << a;
    }
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
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            throw BadInput{tr("%1: cannot be read").arg(dir.filePath(name))};
        const QByteArray text = f.readAll();
        if (auto e = lib.add(name.toStdString(), std::string_view(text.constData(), static_cast<std::size_t>(text.size()))))
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
    QFile f(path);
    if (!f.exists())
        throw BadInput{tr("CASE: no such file \"%1\"").arg(path)};
    if (!f.open(QIODevice::ReadOnly))
        throw BadInput{tr("CASE: cannot read \"%1\"").arg(path)};
    if (f.size() > 16 * 1024 * 1024)
        throw BadInput{tr("CASE: larger than 16 MiB, not a case file")};
    const QByteArray text = f.readAll();
    auto parsed = readCase(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (auto *e = std::get_if<InputError>(&parsed))
        throw BadInput{texts::inputError(*e)};
    return std::get<Case>(std::move(parsed));
}

std::shared_ptr<const Prepared> prepared(const Case &c, const Options &o)
{
    const ParameterLibrary lib = library(o);
    auto p = prepare(c, lib, today(o));
    if (auto *e = std::get_if<InputError>(&p))
        throw BadInput{texts::inputError(*e)};
    return std::get<std::shared_ptr<const Prepared>>(p);
}

QString money(Fen f) { return q(formatFen(f)); }

QString ageText(int months)
{
    return tr("%1 years %2 months").arg(months / 12).arg(months % 12);
}

QString halvesText(HalfMonths h) { return h % 2 ? QString::number(h / 2.0, 'f', 1) : QString::number(h / 2); }

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
        out << QStringLiteral("  %1  %2  (%3)\n")
                   .arg(q(texts::currentLanguage() == QStringLiteral("zh") ? item.name.zh : item.name.en),
                        money(item.amount), item.inTotal ? tr("in the total") : tr("shown apart"));
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
                   .arg(y.interestStatus == Status::Published ? QString()
                                                              : QStringLiteral("  (") + texts::statusName(y.interestStatus) +
                                                                    QStringLiteral(")"));
    }
    out << '\n' << tr("The social-insurance agency's determination prevails (以经办机构核定为准).") << '\n';
}

void printBeyond(const Result &r, const Lifetime &lt, const std::vector<SurvivorAt> &survivors, const Shortfall &sf,
                 QTextStream &out)
{
    out << '\n' << (lt.todaysMoney ? tr("Paid and received, in today's money (inflation %1%):").arg(q(formatPercent(lt.inflation)))
                                    : tr("Paid and received, nominal yuan:"))
        << '\n';
    out << tr("  Paid by the person in all: %1 (from now: %2)").arg(money(lt.ownPaid), money(lt.ownPaidFuture)) << '\n';
    for (const Step &st : lt.steps)
        out << QStringLiteral("  %1: %2 = %3  [%4]\n").arg(texts::stepLabel(st.code), q(st.formula), q(st.value), q(st.regulation));
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
        out << '\n' << tr("Short of the minimum by %1 months. Paying on as a flexible worker:").arg(sf.shortMonths) << '\n';
        for (const ShortfallOption &o : sf.payOn)
            out << tr("  at %1%: until %2, costing %3").arg(q(formatPercent(o.grade)), q(o.reachedMonth.toString()), money(o.cost))
                << '\n';
        out << tr("  Or transfer to the resident scheme: the account (%1) moves whole; the years count there.")
                   .arg(money(sf.accountToResidentScheme))
            << '\n';
        if (sf.oneOffAllowed)
            out << tr("  Insured before 2011-07-01: after five years of paying on, the remaining %1 months may be paid at once.")
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
            throw BadInput{tr("--retire: comma-separated statutory, earlyN, lateN (N = 0–36 months) or YYYY-MM (got \"%1\")").arg(t)};
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
    auto p = prepared(c, o);
    auto r = estimate(*p, c.plan);
    if (auto *e = std::get_if<InputError>(&r))
        throw BadInput{texts::inputError(*e)};
    const Result &result = std::get<Result>(r);
    const Lifetime lifetime = lifetimeValue(*p, result, o.todaysMoney);
    const int ageNow = monthsBetween(c.person.birth, c.asOf) / 12;
    const std::vector<SurvivorAt> survivors = survivorBenefits(*p, c.plan, result, ageNow + 1, 90);
    const Shortfall shortfall = shortfallOptions(*p, result);
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
    const Grid grid = compareGrid(*p, req);
    QString error;
    if (xlsx) {
        if (!exporting::writeXlsx(grid, std::get<Result>(r), o.output, &error))
            throw std::runtime_error(error.toStdString());
        return 0;
    }
    QSaveFile f(o.output);
    if (!f.open(QIODevice::WriteOnly))
        throw BadInput{tr("-o: cannot write \"%1\"").arg(o.output)};
    f.write(exporting::gridCsv(grid));
    if (!f.commit())
        throw std::runtime_error("write failed");
    return 0;
}
#endif

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
    auto p = prepared(c, o);
    const GoalAnswer g = seekGoal(*p, target, grade);
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
                       .arg(r.found ? QStringLiteral("true") : QStringLiteral("false"),
                            q(formatScaled(r.low / 100, 4)), q(formatScaled(r.high / 100, 4)));
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
            out << QStringLiteral("{\"accountBalance\": {\"low\": %1, \"high\": %2}}\n").arg(money(r.low), money(r.high));
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
    const auto path = pensionPath(ctx, monthlyStart, *retired, until);
    std::optional<Fen> compareTo;
    if (!o.compareTo.isEmpty())
        compareTo = moneyArg(o.compareTo, QStringLiteral("--compare"), 1, 100'000'00);
    if (o.json) {
        out << q(pathJson(path));
        return 0;
    }
    out << tr("Year  Increase  Status       Monthly pension") << '\n';
    for (const IncreaseYear &y : path)
        out << QStringLiteral("%1  %2  %3  %4\n")
                   .arg(y.year)
                   .arg(q(formatPercent(y.rate)) + QLatin1Char('%'), 8)
                   .arg(texts::statusName(y.status), -11)
                   .arg(money(y.monthly), 15);
    out << tr("Series: national overall adjustment levels of the parameter pack (%1); the assumption %2% beyond it. "
              "Provinces add fixed and tilted amounts the national level does not show.")
               .arg(q(params.versionLabel()), q(formatPercent(ctx.assumptions().pensionIncrease)))
        << '\n';
    if (compareTo) {
        const Fen last = path.back().monthly;
        out << tr("Compared with %1: %2 (%3%)")
                   .arg(money(*compareTo), money(last - *compareTo),
                        QString::number(100.0 * static_cast<double>(last - *compareTo) / static_cast<double>(*compareTo), 'f', 1))
            << '\n';
    }
    return 0;
}

int cmdCompare(const Options &o, QTextStream &out)
{
    if (o.positional.size() != 1)
        throw BadInput{tr("compare: exactly one CASE file")};
    const Case c = readCaseFile(o.positional.front());
    auto p = prepared(c, o);
    GridRequest req = defaultGridRequest(*p);
    if (!o.grades.isEmpty())
        req.grades = parseGrades(o.grades);
    if (!o.stops.isEmpty())
        req.stopAfterYears = parseStops(o.stops);
    if (!o.retires.isEmpty())
        req.retires = parseRetires(o.retires);
    else if (o.stops.isEmpty() && o.grades.isEmpty())
        req.retires = {RetireChoice{}};
    const Grid g = compareGrid(*p, req);
    if (o.json) {
        out << q(gridJson(g));
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
                const QString text = !cell.numbers.valid ? tr("n/a")
                                     : QStringLiteral("%1/%2%3")
                                           .arg(money(cell.numbers.monthly.total), money(cell.numbers.outOfPocket),
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
    const ParameterSet &params = std::get<ParameterSet>(set);
    const Track *track = params.track(o.track.toStdString());
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

void usage(QTextStream &out)
{
    out << tr("usage: pension-cli estimate CASE [--json] [--lang zh|en] [--date YYYY-MM]\n"
              "       pension-cli compare CASE [--grades LIST] [--stop LIST] [--retire LIST] [--json]\n"
              "       pension-cli retirement --birth YYYY-MM --track male-60|female-55|female-50 [--json]\n"
              "       pension-cli goal CASE --target AMOUNT [--grade G] [--json]\n"
              "       pension-cli solve --base B --years Y --basic AMOUNT | --account AMOUNT --annuity-months M\n"
              "       pension-cli after --monthly AMOUNT --retired YYYY-MM --until YYYY [--region R] [--compare AMOUNT]\n"
              "       pension-cli batch IN.csv -o OUT.csv [--plans GRADE[:YEARS[:RETIRE]],...]\n"
              "       pension-cli report CASE -o FILE.pdf [--clerk NAME]\n"
              "       pension-cli export CASE -o FILE.xlsx|FILE.csv [--grades LIST] [--stop LIST] [--retire LIST]\n"
              "options: --params DIR adds parameter packs from a folder; --today-money shows lifetime sums in today's money")
        << '\n';
}

} // namespace

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    try {
        const Options o = parseArgs(args);
        if (!texts::installLanguage(o.lang))
            err << "warning: the Chinese translation could not be loaded; English is shown\n";
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
        if (o.command == QStringLiteral("export"))
            return cmdExport(o);
#endif
        if (o.command == QStringLiteral("solve"))
            return cmdSolve(o, out);
        if (o.command == QStringLiteral("after"))
            return cmdAfter(o, out);
        if (o.command == QStringLiteral("help")) {
            usage(out);
            return 0;
        }
        if (o.command.isEmpty())
            throw BadInput{tr("COMMAND: one of estimate, compare, retirement, goal, solve, after, batch, report, export (pension-cli help)")};
        throw BadInput{tr("%1: unknown command (estimate, compare, retirement, goal, solve, after, batch, report, export)").arg(o.command)};
    } catch (const BadInput &b) {
        err << b.message << '\n';
        err.flush();
        return 2;
    } catch (const std::exception &e) {
        err << tr("error: %1").arg(QString::fromLocal8Bit(e.what())) << '\n';
        return 1;
    }
}

} // namespace pension::cli
