#pragma once
// The words for the engine's codes, in the user's language: warnings, explanation steps, input errors, labels.
// Shared by the desktop program and pension-cli, so both say the same thing. Source text is English; the
// Chinese comes from translations/pension_zh_CN.ts.

#include "case.h"
#include "format.h"
#include "result.h"
#include "result_json.h"

#include <QCoreApplication>
#include <QString>

namespace pension::texts {

// Installs the translator for "zh" (default) or "en" into the running application.
bool installLanguage(const QString &language);
// "zh" or "en": the language installed last.
QString currentLanguage();

// The warning's amounts (the engine writes "124090.50") grouped as the view's other figures: the window groups
// thousands, the report, the command line and the JSON messages do not.
QString warning(const Warning &w, Grouping grouping = Grouping::Plain);
// The case field a plausibility warning is about ("asOf", "record.averageIndex", "history[2].monthlyBase"); empty
// for a warning about the result as a whole. The form shows the warning next to that field.
std::string warningField(const Warning &w);
QString stepLabel(StepCode code);
// A step's formula or value with its tokens worded: ages ("55岁4个月"), named quantities (result.h).
QString stepText(const std::string &text);
// The words for a step's named rules ("yearsRounding:up-1, …" → "years rounded up to 1 decimal; …").
QString ruleText(const std::string &rules);
QString inputError(const InputError &e);
// A refused parameter pack in the user's language: the file and the key path as written in the pack, the reason
// translated (engine/params.h, PACK_REASON) with its values.
QString packReason(const PackError &e);
QString packError(const PackError &e);
// What a field may be, in words ("0.6–3.0 (60%–300% of the average wage)"), numbers formatted as on screen.
QString allowedText(const Allowed &a);
// The same line for the window's own field: a wrong ID check digit also names the right one (the clerk has the
// resident's card in hand). Lines that leave the screen (stderr, the batch error column) never show it.
QString inputErrorOnScreen(const InputError &e);
QString fieldName(const QString &field); // "person.birth" -> "出生年月 (person.birth)"
QString fieldLabel(const QString &leaf); // "birth" -> "出生年月", empty when unknown
QString statusName(Status s);
// A local item as every view shows it: its name in the interface language, and its amount with whether the total
// counts it ("643.86 (in the total)"), or that a sheet-printed amount is not known yet. `amount` is the formatted
// money of the view.
QString localItemName(const LocalPayment &item);
QString localItemAmount(const LocalPayment &item, const QString &amount);
QString originName(Origin o);

// The engine's Wording, backed by the functions above.
class QtWording : public Wording {
public:
    std::string warning(const Warning &w) const override;
    std::string stepLabel(StepCode code) const override;
    std::string stepText(const std::string &text) const override;
};

} // namespace pension::texts
