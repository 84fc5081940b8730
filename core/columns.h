#pragma once
// Each table's columns, defined once: the header, how the value is taken from the engine's result and how it is
// written. The window's models, the PDF report, the Excel/CSV export and the command line's tables read these, so a
// column has one name and one format everywhere. Headers use the terms the statement (个人权益记录单) and the
// benefit sheets print (docs/glossary.md).

#include "format.h"
#include "result.h"

#include <QString>

#include <optional>
#include <vector>

namespace pension::columns {

// What a column holds, for a spreadsheet's number format and a view's alignment.
enum class Kind {
    Year,    // a calendar year, a whole number
    Text,    // words
    Money,   // yuan
    Percent, // a grade or a rate
    Months,  // a month count, may be a half
    Index,   // a contribution index, 4 decimals
};

// ---- the year table (the personal account ledger, one row per Result::years) ---------------------------------------

enum class Year {
    Year,        // 年度
    Origin,      // statement / history / plan / gap
    AverageWage, // the average the year's bases are set from
    MonthlyBase, // 缴费基数
    Grade,       // 缴费档次
    Months,      // paid months
    Index,       // 缴费指数
    Personal,    // 个人缴费
    Employer,    // the employer's or the pooled share
    Credit,      // 计入个人账户
    Rate,        // 记账利率
    Interest,    // 利息
    Balance,     // 年末余额
    Figures,     // whether the year's interest rate is published
};

struct YearColumn {
    Year id;
    Kind kind;
    const char *header; // translated in the context "pension::columns"
};

// Every year column, in table order.
const std::vector<YearColumn> &yearColumns();
const YearColumn &yearColumn(Year id);
QString header(Year id);

// A cell as text; empty where the column does not apply to the row (no months paid, an index that does not count,
// nothing credited).
QString text(Year id, const YearRow &y, Grouping grouping);
// The same cell as a number for a spreadsheet or a chart: yuan, a fraction for a percentage, months, the year;
// nothing where the text is empty or words.
std::optional<double> number(Year id, const YearRow &y);

// The columns each view shows.
const std::vector<Year> &screenYears(); // the window's ledger
const std::vector<Year> &sheetYears();  // the Excel sheet "Years" and the years CSV
const std::vector<Year> &printYears();  // the PDF report and the command line (narrow pages)

// ---- a plan (a grid cell, a pinned plan) -------------------------------------------------------------------------

// The fields of a plan that the Excel sheet "Plans", its CSV and the pinned plans name.
enum class Plan {
    Grade,               // 缴费档次
    FurtherYears,        // years of further payment
    Choice,              // the retirement choice: statutory, early, late, a month
    Retirement,          // the retirement month (and age)
    Eligible,            // the minimum contribution period is met
    Basic,               // 基础养老金
    Account,             // 个人账户养老金
    Transitional,        // 过渡性养老金
    Monthly,             // the monthly pension
    Paid,                // what the person pays from now to retirement
    BreakEven,           // 回本年龄
    PerTenThousandGrade, // a month's pension more per 10,000 yuan paid more, by grade
    PerTenThousandYears, // the same, by paying one year longer
};

QString header(Plan id);
// The Excel sheet's and the CSV's columns, in order.
const std::vector<Plan> &sheetPlans();

} // namespace pension::columns
