#pragma once
// What the counter workflow needs of the window it serves, and nothing more: the form, the calculation and its
// outcome, the packs, a question to the clerk. MainWindow implements it; the workflow never sees MainWindow, so the
// counter room links below the window.

#include "calculator.h"

#include <QString>

#include <optional>
#include <vector>

class QMainWindow;

namespace pension::gui {

class CaseForm;

class CounterHost {
public:
    virtual ~CounterHost() = default;

    // The window the workflow's dialogs and actions belong to.
    virtual QMainWindow *hostWindow() = 0;
    virtual CaseForm *form() const = 0;
    virtual YearMonth calculationDate() const = 0;
    virtual const ParameterLibrary &parameterLibrary() const = 0;
    virtual void setParameterLibrary(ParameterLibrary library) = 0;
    // Asks the clerk a yes/no question.
    virtual bool ask(const QString &question) = 0;

    // Calculates the form as it is now; afterwards outcome() and shownResult() are current.
    virtual void recalculate() = 0;
    virtual const Outcome &outcome() const = 0;
    // The result on display: the form's plan or the grid cell opened from the plan grid.
    virtual const std::optional<Result> &shownResult() const = 0;
    virtual const std::optional<CellKey> &openedCell() const = 0;

    // A new resident's case was loaded: drop the pinned plans, show the result.
    virtual void clearPins() = 0;
    // Before another resident's case: drop everything of the previous one on screen (pinned plans, the opened grid
    // cell, the grid's retirement choice, a status message naming them).
    virtual void forgetResident() = 0;
    // The pinned plans as the case file's `compare` (saved with the case), and pinning them again when a case is
    // opened (after its recalculation).
    virtual std::vector<ComparePlan> pinnedPlans() const = 0;
    virtual void restorePins(const std::vector<ComparePlan> &plans) = 0;
    virtual void showResultTab() = 0;

protected:
    CounterHost() = default;
    CounterHost(const CounterHost &) = default;
    CounterHost &operator=(const CounterHost &) = default;
};

} // namespace pension::gui
