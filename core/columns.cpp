#include "columns.h"

#include "texts.h"

#include <QCoreApplication>

namespace pension::columns {

namespace {

const char *kContext = "pension::columns"; // the context lupdate files these strings under

double yuan(Fen f)
{
    return static_cast<double>(f) / 100.0;
}

// Whether the column has a value in this row; where it has none the cell is empty in every view.
bool applies(Year id, const YearRow &y)
{
    switch (id) {
    case Year::MonthlyBase:
    case Year::Months: return y.months != 0;
    case Year::Grade: return y.grade != 0;
    case Year::Index: return y.months != 0 && y.indexCounts;
    case Year::Personal: return y.personal != 0;
    case Year::Employer: return y.employer != 0;
    case Year::Credit: return y.accountCredit != 0;
    case Year::AverageWage: return y.averageWage != 0;
    default: return true;
    }
}

} // namespace

const std::vector<YearColumn> &yearColumns()
{
    static const std::vector<YearColumn> columns = {
        {Year::Year, Kind::Year, QT_TRANSLATE_NOOP("pension::columns", "Year")},
        {Year::Origin, Kind::Text, QT_TRANSLATE_NOOP("pension::columns", "Source")},
        {Year::AverageWage, Kind::Money, QT_TRANSLATE_NOOP("pension::columns", "Average wage")},
        {Year::MonthlyBase, Kind::Money, QT_TRANSLATE_NOOP("pension::columns", "Contribution base")},
        {Year::Grade, Kind::Percent, QT_TRANSLATE_NOOP("pension::columns", "Grade")},
        {Year::Months, Kind::Months, QT_TRANSLATE_NOOP("pension::columns", "Months")},
        {Year::Index, Kind::Index, QT_TRANSLATE_NOOP("pension::columns", "Index")},
        {Year::Personal, Kind::Money, QT_TRANSLATE_NOOP("pension::columns", "Paid by the person")},
        {Year::Employer, Kind::Money, QT_TRANSLATE_NOOP("pension::columns", "Employer / pooled")},
        {Year::Credit, Kind::Money, QT_TRANSLATE_NOOP("pension::columns", "To account")},
        {Year::Rate, Kind::Percent, QT_TRANSLATE_NOOP("pension::columns", "Interest rate")},
        {Year::Interest, Kind::Money, QT_TRANSLATE_NOOP("pension::columns", "Interest")},
        {Year::Balance, Kind::Money, QT_TRANSLATE_NOOP("pension::columns", "Balance")},
        {Year::Figures, Kind::Text, QT_TRANSLATE_NOOP("pension::columns", "Rate status")},
    };
    return columns;
}

const YearColumn &yearColumn(Year id)
{
    return yearColumns()[static_cast<std::size_t>(id)];
}

QString header(Year id)
{
    return QCoreApplication::translate(kContext, yearColumn(id).header);
}

QString text(Year id, const YearRow &y, Grouping grouping)
{
    if (!applies(id, y))
        return {};
    switch (id) {
    case Year::Year: return QString::number(y.year);
    case Year::Origin: return texts::originName(y.origin);
    case Year::AverageWage: return Format::money(y.averageWage, grouping);
    case Year::MonthlyBase: return Format::money(y.monthlyBase, grouping);
    case Year::Grade: return Format::grade(y.grade);
    case Year::Months: return Format::halves(y.months);
    case Year::Index: return Format::yearIndex(y.index);
    case Year::Personal: return Format::money(y.personal, grouping);
    case Year::Employer: return Format::money(y.employer, grouping);
    case Year::Credit: return Format::money(y.accountCredit, grouping);
    case Year::Rate: return Format::rate(y.interestRate);
    case Year::Interest: return Format::money(y.interest, grouping);
    case Year::Balance: return Format::money(y.accountBalance, grouping);
    case Year::Figures: return texts::statusName(y.interestStatus);
    }
    return {};
}

std::optional<double> number(Year id, const YearRow &y)
{
    if (!applies(id, y))
        return std::nullopt;
    switch (id) {
    case Year::Year: return y.year;
    case Year::AverageWage: return yuan(y.averageWage);
    case Year::MonthlyBase: return yuan(y.monthlyBase);
    case Year::Grade: return static_cast<double>(y.grade) / 1e6;
    case Year::Months: return y.months / 2.0;
    case Year::Index: return y.index;
    case Year::Personal: return yuan(y.personal);
    case Year::Employer: return yuan(y.employer);
    case Year::Credit: return yuan(y.accountCredit);
    case Year::Rate: return static_cast<double>(y.interestRate) / 1e6;
    case Year::Interest: return yuan(y.interest);
    case Year::Balance: return yuan(y.accountBalance);
    case Year::Origin:
    case Year::Figures: return std::nullopt;
    }
    return std::nullopt;
}

const std::vector<Year> &screenYears()
{
    static const std::vector<Year> v = {Year::Year,   Year::Origin, Year::MonthlyBase, Year::Grade,
                                        Year::Months, Year::Index,  Year::Personal,    Year::Employer,
                                        Year::Credit, Year::Rate,   Year::Interest,    Year::Balance};
    return v;
}

const std::vector<Year> &sheetYears()
{
    static const std::vector<Year> v = {Year::Year,     Year::Origin, Year::AverageWage, Year::MonthlyBase,
                                        Year::Grade,    Year::Months, Year::Index,       Year::Personal,
                                        Year::Employer, Year::Credit, Year::Rate,        Year::Interest,
                                        Year::Balance,  Year::Figures};
    return v;
}

const std::vector<Year> &printYears()
{
    static const std::vector<Year> v = {Year::Year,     Year::MonthlyBase, Year::Months,   Year::Index,
                                        Year::Personal, Year::Credit,      Year::Interest, Year::Balance};
    return v;
}

QString header(Plan id)
{
    static const char *const headers[] = {
        QT_TRANSLATE_NOOP("pension::columns", "Grade"),
        QT_TRANSLATE_NOOP("pension::columns", "Further years"),
        QT_TRANSLATE_NOOP("pension::columns", "Retirement choice"),
        QT_TRANSLATE_NOOP("pension::columns", "Retirement"),
        QT_TRANSLATE_NOOP("pension::columns", "Minimum met"),
        QT_TRANSLATE_NOOP("pension::columns", "Basic pension"),
        QT_TRANSLATE_NOOP("pension::columns", "Account pension"),
        QT_TRANSLATE_NOOP("pension::columns", "Transitional pension"),
        QT_TRANSLATE_NOOP("pension::columns", "Monthly pension"),
        QT_TRANSLATE_NOOP("pension::columns", "Paid from now"),
        QT_TRANSLATE_NOOP("pension::columns", "Break-even age"),
        QT_TRANSLATE_NOOP("pension::columns", "Per 10,000 more (grade)"),
        QT_TRANSLATE_NOOP("pension::columns", "Per 10,000 more (years)"),
    };
    return QCoreApplication::translate(kContext, headers[static_cast<std::size_t>(id)]);
}

const std::vector<Plan> &sheetPlans()
{
    static const std::vector<Plan> v = {Plan::Grade,
                                        Plan::FurtherYears,
                                        Plan::Choice,
                                        Plan::Retirement,
                                        Plan::Eligible,
                                        Plan::Basic,
                                        Plan::Account,
                                        Plan::Transitional,
                                        Plan::Monthly,
                                        Plan::Paid,
                                        Plan::BreakEven,
                                        Plan::PerTenThousandGrade,
                                        Plan::PerTenThousandYears};
    return v;
}

} // namespace pension::columns
