#pragma once
// What the counter workflow needs of the window it serves, and nothing more: the form's values in and out, the packs
// and the calculation date the form is read with, the figures on display for the report and the exports, a question
// and a status line for the clerk. MainWindow implements it; the workflow never sees MainWindow nor the form's
// widgets, so the counter room links below the window.

#include "calculator.h"

#include <QString>

#include <optional>
#include <vector>

class QWidget;

namespace pension::gui {

class Dialogs;

class CounterHost {
public:
    // What is on display after calculating the form as it is now (not as it was at the last pause in typing).
    struct Display {
        const Outcome &outcome;
        // The result on display: the form's plan or the grid cell opened from the plan grid.
        const std::optional<Result> &result;
    };

    virtual ~CounterHost() = default;

    // The window the workflow's dialogs and actions belong to.
    virtual QWidget *hostWindow() = 0;

    // The form's values as typed.
    virtual FormValues formValues() const = 0;
    // Shows a resident's case: the form takes the values (a region without a pack stays unchosen), the previous
    // resident's pinned plans go, and the form's result is calculated and shown.
    virtual void showCase(const FormValues &values) = 0;
    // Puts the cursor into the form's field at `path` ("person.name").
    virtual void focusField(const QString &path) = 0;

    // The packs and the calculation date the form is read and calculated with.
    virtual const ParameterLibrary &parameterLibrary() const = 0;
    virtual YearMonth calculationDate() const = 0;
    // The user's packs changed: calculate with these from now on.
    virtual void setParameterLibrary(ParameterLibrary library) = 0;

    // Calculates the form as it is now and returns what is on display.
    virtual Display calculateNow() = 0;

    // The dialogs the clerk is asked through (questions, messages, file names, the printer dialog).
    virtual Dialogs &dialogs() = 0;
    // A passing message in the status bar.
    virtual void showStatus(const QString &message) = 0;

    // The pinned plans as the case file's `compare` (saved with the case), and pinning them again after showCase.
    virtual std::vector<ComparePlan> pinnedPlans() const = 0;
    virtual void restorePins(const std::vector<ComparePlan> &plans) = 0;

protected:
    CounterHost() = default;
    CounterHost(const CounterHost &) = default;
    CounterHost &operator=(const CounterHost &) = default;
};

} // namespace pension::gui
