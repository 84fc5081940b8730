#include "clicommon.h"

#include "columns.h"
#include "compare.h"
#include "evaluate.h"
#include "goal.h"
#include "result_json.h"
#include "texts.h"

#include <QIODevice>

namespace pension::cli {

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
                       .arg(Format::grade(row.grade), 12)
                       .arg(money(row.monthly), 15)
                       .arg(money(row.outOfPocket), 18);
        else
            out << QStringLiteral("%1  %2\n")
                       .arg(row.stopAfterYears, 13)
                       .arg(tr("not reachable even at %1").arg(gui::Format::grade(law::kMaxGrade)));
    }
    if (grade) {
        if (g.yearsAtGrade)
            out << tr("At %1: %2 more years, %3 yuan a month, costing %4 yuan")
                       .arg(Format::grade(*grade))
                       .arg(*g.yearsAtGrade)
                       .arg(money(g.monthlyAtYears), money(g.costAtYears))
                << '\n';
        else
            out << tr("At %1 the target is not reached before retirement.").arg(Format::grade(*grade)) << '\n';
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
            out << tr("Average index: %1 … %2").arg(Format::index(r.low), Format::index(r.high)) << '\n';
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
                       .arg(q(formatFen(r.low)), q(formatFen(r.high)));
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
                   .arg(Format::rate(y.rate), 8)
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
        out << '\n' << tr("Retirement: %1").arg(Format::retireChoice(rc)) << '\n';
        out << QStringLiteral("%1").arg(columns::header(columns::Year::Grade), 6);
        for (int s : req.stopAfterYears)
            out << QStringLiteral("%1").arg(tr("+%1y").arg(s), 20);
        out << '\n';
        for (Ppm grade : req.grades) {
            out << QStringLiteral("%1").arg(Format::grade(grade), 6);
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
        throw BadInput{tr("parameter pack %1").arg(texts::packError(*e))};
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
               .arg(Format::month(w.statutoryMonth), Format::age(w.statutoryAgeMonths))
               .arg(w.delayMonths)
        << '\n';
    out << tr("Flexible window: %1 … %2").arg(Format::month(w.earliestMonth), Format::month(w.latestMonth)) << '\n';
    out << tr("Minimum contribution: %1 months").arg(required) << '\n';
    return 0;
}

} // namespace pension::cli
