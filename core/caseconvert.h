#pragma once
// The one place where the form's Qt values become engine values. The form hands over text as typed; each field is
// parsed here (so every invalid field gets its own message), then the whole case goes through the engine's own
// reader (readCaseJson, on the JSON value with no text in between), so the desktop program accepts exactly what a
// case file accepts. The form's plan (its grade, "stop at N years") is the engine's PlanChoice (core/calculator).

#include "case.h"
#include "projection.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pension::gui {

// One row of the year-by-year history as typed: either the monthly base or the year's total of bases
// (缴费基数 on the Leting leaflet is the year total); 计入个人账户 when the record states it.
struct HistoryText {
    QString year, months, monthlyBase, baseTotal, accountCredit;
    bool isEmpty() const;
    bool operator==(const HistoryText &) const = default;
};

// A future contribution period as typed; `until` empty means "until retirement"; kind is "employee"/"flexible".
struct PeriodText {
    QString from, until, grade, kind;
    bool isEmpty() const;
    bool operator==(const PeriodText &) const = default;
};

enum class RetireMode { Statutory, Early, Late, Month };

struct FormValues {
    QString name, idNumber;
    Sex sex = Sex::Male;
    QString birth;
    QString track = QStringLiteral("male-60");
    InsuranceKind kind = InsuranceKind::Flexible;
    QString region;
    QString asOf;
    bool useHistory = false;
    // 个人权益记录单
    QString deemed, preAccount, accountMonths, averageIndex, accountBalance;
    // the figures some provinces' statements print beyond these (docs/parameter-packs.md, "Rules")
    QString transitionIndex, transitionMonths, transitionPaidMonths, localPensionBase;
    QString indexedWage;           // record.indexedWage: the W a sheet prints (新疆 prints it and no index)
    QString oldMethodTransitional; // record.oldMethodTransitional: 江苏's 原办法过渡性养老金 as the sheet prints it
    QString oldMethodIndex;        // record.oldMethodIndex: 重庆's 原办法 average index Q
    QString notionalCredits;     // record.notionalCredits: 上海's 1993–1997 虚账实记 total
    QStringList localItemClaims; // record.localItemClaims: the region's on-claim local items the person qualifies for
    QMap<QString, QString> localItemMonths; // record.localItemMonths: months a local item counts, by item id, as typed
    // year-by-year history
    QString historyDeemed, accountStart;
    QList<HistoryText> history;
    // plan
    QString grade = QStringLiteral("60%");
    bool stopAtYears = false;
    int stopYears = 15;
    QList<PeriodText> periods;
    RetireMode retireMode = RetireMode::Statutory;
    int retireMonths = 12;
    QString retireMonth;
};

// The field paths of errors are the case format's ("person.birth", "history[2].months", "plan.retire"), plus
// "plan.grade" and "plan.stopYears" for the form's own plan controls.
using FieldErrors = std::vector<InputError>;

namespace parse {
// Full-width digits and signs (typed with a Chinese input method) become ASCII; spaces, grouping commas, ¥ and 元
// are dropped.
QString normalizeNumber(const QString &text);
std::optional<std::int64_t> decimal(const QString &text, int scale);
std::optional<HalfMonths> halfMonths(const QString &text);
std::optional<YearMonth> month(const QString &text);
// "60%", "60", "0.6", "１５０％" -> ppm; nullopt when not a number (the range is checked by the caller).
std::optional<Ppm> grade(const QString &text);
// The ID number as the engine checks it: trimmed, no inner spaces, x -> X; a first-generation 15-digit number
// (一代身份证) is converted to its 18 characters (idNumberFrom15).
QString idNumber(const QString &text);
// GB 11643-1999: a 15-digit number (6-digit area code, birth date yyMMdd, 3-digit sequence) becomes 18 characters
// by inserting "19" before the birth year and appending the ISO 7064 MOD 11-2 check character. Empty when `digits`
// is not 15 digits with a real date.
QString idNumberFrom15(const QString &digits);
} // namespace parse

struct CaseBuild {
    std::optional<Case> kase;
    FieldErrors errors;
};

// Parses every field, then (when all parse) builds the case through readCaseJson. Errors with code Missing are
// required fields still empty.
CaseBuild buildCase(const FormValues &values);

// The form's grade, within 60%–300%.
std::optional<Ppm> formGrade(const FormValues &values);

} // namespace pension::gui
