#pragma once
// The form as data: what the clerk typed, kept exactly (the autosave draft and incomplete cases in the library),
// and the conversions between the form and a case (`pension-case/1`, shared/spec/case-format.md) for the library,
// case files and reopening. The form state is JSON:
//   { "format": "pension-form/1", "form": { …every field as typed… }, "case": { …the case, when the form builds one… },
//     "compare": [ …the pinned plans, as the case format's `compare`, when there are any… ] }

#include "calculator.h"
#include "params.h"

#include <QByteArray>
#include <QStringList>

#include <optional>
#include <variant>

namespace pension::gui::formstate {

inline constexpr char kFormat[] = "pension-form/1";

// The form state text (compact, keys sorted: two states are equal when their texts are). The case is written with
// writeCase when the form builds one; `compare`, the pinned plans, beside it.
QByteArray toJson(const FormValues &values, const std::vector<ComparePlan> &compare = {});

struct Loaded {
    FormValues values;
    QStringList dropped;  // fields of a case file the form cannot show (they are not kept when it is saved again)
    bool wasCase = false; // read from a pension-case/1 text (false: a form state)
    std::vector<ComparePlan> compare; // the pinned plans saved with it
};

// Reads a form state or a `pension-case/1` text. `library` and `today` (optional) place the plan of a case. On
// failure, the message to show (the case reader's first error, worded for the user).
std::variant<Loaded, QString> fromJson(const QByteArray &text, const ParameterLibrary *library = nullptr,
                                       YearMonth today = {});

// A case as form values. The plan's single period from the month after asOf to retirement becomes the form's
// grade; other periods are listed. Fields the form does not have are named in `dropped`.
FormValues fromCase(const Case &c, QStringList *dropped, const ParameterLibrary *library = nullptr,
                    YearMonth today = {});

// Something was typed about a person (name, ID, birth, a record field, a history or plan row): the region and the
// statement month a new form starts with do not count.
bool hasTypedContent(const FormValues &values);

// The case to save or write to a file: the form's case with the plan the form projects (its grade from the month
// after asOf to retirement, cut at "stop once I reach N years"), as the outcome of the form holds them. nullopt while
// the form does not build a case.
std::optional<Case> effectiveCase(const Outcome &outcome);

} // namespace pension::gui::formstate
