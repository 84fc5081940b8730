#pragma once
// What the command line's files share (cli.cpp runs the commands; clioptions.cpp holds the option table, the parser
// and what the options name; cliprint.cpp the readable output; clicommands.cpp the commands that print numbers;
// clifiles.cpp the commands that write files). Internal to the `cli` library.

#include "case.h"
#include "evaluate.h"
#include "format.h"
#include "goal.h"
#include "law.h"
#include "lifetime.h"
#include "params.h"
#include "projection.h"
#include "survivor.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pension::cli {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("pension::cli", text);
}
inline QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
// A grade as a plain fraction: 600000 -> "0.6".
inline QString fraction(Ppm p)
{
    return QString::fromStdString(Number::fraction(p).text());
}

// Bad input: the one line on stderr naming the field, exit status 2.
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

// --- clioptions.cpp: the option table and the parser, and what the options name ---

void usage(QTextStream &out, const QString &command = {});
Options parseArgs(const QStringList &args, bool &help, bool &version);
YearMonth today(const Options &o);
ParameterLibrary library(const Options &o);
Case readCaseFile(const QString &path);
// The one engine call of a command: the case evaluated with what the command asks for (bad input if it cannot be
// prepared); the case's own plan estimated and the grid asked for, each bad input when it cannot be.
Evaluation evaluated(const Case &c, const Options &o, const Request &request);
const Result &openResult(const Evaluation &ev);
const Grid &askedGrid(const Evaluation &ev);
std::vector<Ppm> parseGrades(const QString &list);
std::vector<int> parseStops(const QString &list);
std::vector<RetireChoice> parseRetires(const QString &list);
Fen moneyArg(const QString &value, const QString &option, Fen min, Fen max);

// --- cliprint.cpp: the readable output ---

QString money(Fen f);
QString ageText(int months);
QString halvesText(HalfMonths h);
void printEstimate(const Result &r, QTextStream &out);
void printBeyond(const Result &r, const Lifetime &lt, const std::vector<SurvivorAt> &survivors, const Shortfall &sf,
                 QTextStream &out);

// --- clicommands.cpp: the commands that print numbers ---

int cmdEstimate(const Options &o, QTextStream &out);
int cmdGoal(const Options &o, QTextStream &out);
int cmdSolve(const Options &o, QTextStream &out);
int cmdAfter(const Options &o, QTextStream &out);
int cmdCompare(const Options &o, QTextStream &out);
int cmdRetirement(const Options &o, QTextStream &out);

// --- clifiles.cpp: the commands that write files ---

#ifdef PENSION_HAVE_REPORTS
int cmdReport(const Options &o, QTextStream &err);
#endif
int cmdExport(const Options &o);

} // namespace pension::cli
