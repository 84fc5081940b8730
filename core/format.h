#pragma once
// How every view shows engine values: money with or without thousands separators, percentages (grades, rates),
// indices, month counts that may be halves, ages, months, retirement choices. One formatter for the window, the
// PDF report, the Excel/CSV export and the command line's tables. Display only: nothing here computes a pension.
// Machine output (the command line's JSON) keeps the engine's own formatFen / formatScaled.

#include "case.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pension {

// Money with thousands separators ("6,057.30": the window) or without ("6057.30": the printed report, the command
// line's tables, CSV cells a spreadsheet reads as numbers).
enum class Grouping { Thousands, Plain };

class Format {
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    static QString text(const std::string &s) { return QString::fromStdString(s); }
    // 6057.30 -> "6,057.30" or "6057.30"
    static QString money(Fen fen, Grouping grouping = Grouping::Thousands);
    // 6057.30 -> "6,057"
    static QString moneyWhole(Fen fen);
    // 600000 ppm -> "60%", 26200 ppm -> "2.62%": grades, interest rates, growth assumptions
    static QString percent(Ppm p);
    static QString grade(Ppm grade) { return percent(grade); }
    static QString rate(Ppm rate) { return percent(rate); }
    // 0.6002 index in ppm (600200) -> "0.6002"
    static QString index(Ppm index);
    // a year's contribution index (缴费指数) as the ledger holds it -> "0.6002"
    static QString yearIndex(double index);
    // half months -> "416" or "515.5"
    static QString halves(HalfMonths h);
    // 723 months -> "60 y 3 m" / "60岁3个月"
    static QString age(int months);
    // The same, empty when there is none.
    static QString age(const std::optional<int> &months) { return months ? age(*months) : QString(); }
    static QString years(int centiYears);                            // 3467 -> "34.67"
    static QString tenths(int tenths);                               // annuity months, life expectancy: 1390 -> "139.0"
    static QString month(YearMonth m) { return text(m.toString()); } // "2026-05"
    static QString retireChoice(const RetireChoice &choice);
    static QString kind(InsuranceKind kind);
    static QString sex(Sex sex);
    static QString track(const QString &trackId);
    // "+5 years" / "再缴5年"; 0 = "stop now"
    static QString stopAfter(int years);
    // The same, or "until retirement" when paying from `asOf` for `years` reaches the retirement month.
    static QString stopAfter(int years, YearMonth asOf, YearMonth retirement);
};

namespace gui {
using pension::Format;
using pension::Grouping;
} // namespace gui

} // namespace pension
