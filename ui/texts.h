#pragma once
// The words for the engine's codes, in the user's language: warnings, explanation steps, input errors, labels.
// Shared by the desktop program and pension-cli, so both say the same thing. Source text is English; the
// Chinese comes from translations/pension_zh_CN.ts.

#include "case.h"
#include "result.h"
#include "result_json.h"

#include <QCoreApplication>
#include <QString>

namespace pension::texts {

// Installs the translator for "zh" (default) or "en" into the running application.
bool installLanguage(const QString &language);
// "zh" or "en": the language installed last.
QString currentLanguage();

QString warning(const Warning &w);
QString stepLabel(StepCode code);
// The words for a step's named rules ("yearsRounding:up-1, …" → "years rounded up to 1 decimal; …").
QString ruleText(const std::string &rules);
QString inputError(const InputError &e);
QString fieldName(const QString &field); // "person.birth" -> "出生年月 (person.birth)"
QString fieldLabel(const QString &leaf);  // "birth" -> "出生年月", empty when unknown
QString statusName(Status s);
QString originName(Origin o);

// The engine's Wording, backed by the functions above.
class QtWording : public Wording {
public:
    std::string warning(const Warning &w) const override;
    std::string stepLabel(StepCode code) const override;
};

} // namespace pension::texts
