#pragma once
// How the desktop program shows engine values: money with thousands separators, grades as percentages, month
// counts that may be halves, ages, retirement choices. Display only: nothing here computes a pension.

#include "case.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace pension::gui {

class Format {
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    static QString text(const std::string &s) { return QString::fromStdString(s); }
    // 6057.30 -> "6,057.30"
    static QString money(Fen fen);
    // 6057.30 -> "6,057"
    static QString moneyWhole(Fen fen);
    // 600000 ppm -> "60%"
    static QString grade(Ppm grade);
    // 0.6002 index in ppm (600200) -> "0.6002"
    static QString index(Ppm index);
    // half months -> "416" or "515.5"
    static QString halves(HalfMonths h);
    // 660 months -> "55 years 0 months" / "55岁0个月"
    static QString age(int months);
    static QString years(int centiYears); // 3467 -> "34.67"
    static QString month(YearMonth m) { return text(m.toString()); }
    static QString retireChoice(const RetireChoice &choice);
    static QString kind(InsuranceKind kind);
    static QString sex(Sex sex);
    static QString track(const QString &trackId);
    // "+5 years" / "再缴5年"; 0 = "stop now"
    static QString stopAfter(int years);
    // The same, or "until retirement" when paying from `asOf` for `years` reaches the retirement month.
    static QString stopAfter(int years, YearMonth asOf, YearMonth retirement);
};

} // namespace pension::gui
