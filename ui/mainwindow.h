#pragma once
// The main window: the case form on the left; on the right the result (with the account ledger), the plan grid
// with pinned plans, the charts and the explanation. Every edit restarts a short timer; when it fires the form's
// values go through the calculator (form -> Case -> engine -> Result) and every view is refreshed from the outcome.

#include "calculator.h"
#include "counterhost.h"
#include "dialogs.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
template <typename T> class QFutureWatcher;

namespace pension::gui {

class BalanceChart;
class BeyondPage;
class BreakEvenChart;
class BreakEvenModel;
class CaseForm;
class CounterWorkflow;
class ExplanationModel;
class GradeChart;
class GridPage;
class LedgerModel;
class ResidentView;
class ResultView;

class MainWindow : public QMainWindow, public CounterHost {
    Q_OBJECT
public:
    // Drops the pinned plans (a new resident's case is opened).
    void clearPins();
    // Before another resident's case: drops everything of the previous one on screen (pinned plans, the opened grid
    // cell, the grid's retirement choice, a status message naming them).
    void forgetResident();
    enum Tab { ResultTab, PlansTab, ChartsTab, ExplanationTab, BeyondTab };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The calculation date handed to the engine ("today"); tests fix it.
    void setCalculationDate(YearMonth today);
    YearMonth calculationDate() const override { return m_today; }
    // Every question the window and its rooms ask goes through dialogs(); the real dialogs until others are
    // installed (tests answer through tests/gui/guitest.h).
    Dialogs &dialogs() override { return m_dialogs; }
    void setDialogs(std::unique_ptr<Dialogs> dialogs) { m_dialogs.install(std::move(dialogs)); }
    Dialogs &installedDialogs() { return m_dialogs.installed(); }

    CaseForm *form() const { return m_form; }
    const Outcome &outcome() const { return m_outcome; }
    // The result on display: the form's plan or the grid cell opened from the plan grid.
    const std::optional<Result> &shownResult() const { return m_shown; }
    // The grid cell on display instead of the form's plan, if any.
    const std::optional<CellKey> &openedCell() const { return m_openCell; }
    // The parameter packs the calculation uses: the shipped ones, replaced by the user's edited or imported ones.
    const ParameterLibrary &parameterLibrary() const override { return m_library; }
    void setParameterLibrary(ParameterLibrary library) override;
    // The case library, autosave, files, report, exports and the parameter editor.
    CounterWorkflow *counter() const { return m_counter; }
    void showTab(Tab tab);

    // The rest of what the counter workflow sees of the window (CounterHost).
    QWidget *hostWindow() override { return this; }
    FormValues formValues() const override;
    void showCase(const FormValues &values) override;
    void focusField(const QString &path) override;
    Display calculateNow() override;
    void showStatus(const QString &message) override;
    std::vector<ComparePlan> pinnedPlans() const override;
    void restorePins(const std::vector<ComparePlan> &plans) override;

    void setLargeFont(bool on);
    // The resident view (F11): full screen, the form hidden, for the person across the desk.
    void setResidentView(bool on);
    ResidentView *residentView() const { return m_resident; }
    bool largeFont() const { return m_largeFont; }
    void setLanguage(const QString &language);

    void loadSettings();
    void saveSettings() const;

public slots:
    // Calculates now, on this thread (F5, tests). Edits calculate on a worker after a short pause instead.
    void recalculate();
    void newCase();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void retranslate();
    void fitFormWidth();
    void scheduleRecalculation();
    void startBackgroundCalculation();
    void onBackgroundFinished();
    void showOutcome();
    void showResult(const Result &result, const QString &planTitle);
    void clearViews(const QString &message);
    // What the window asks for besides the form's plan: the opened cell, the pins, the goal.
    Selection selection() const;
    void openCell(const CellKey &key);
    void backToFormPlan();
    void askGoal(const std::optional<GoalAsk> &goal);
    void pin(const CellKey &key);
    void unpin(int column);
    void refreshPins();
    QString residentLine() const;

    QStringList m_packProblems; // user packs skipped or out of date, shown at start (declared before m_library)
    ParameterLibrary m_library;
    YearMonth m_today;
    Outcome m_outcome;
    std::optional<Result> m_shown;
    std::optional<CellKey> m_openCell;
    std::vector<CellKey> m_pinKeys;
    std::optional<GoalAsk> m_goal;
    bool m_largeFont = false;
    QFont m_baseFont;
    SwitchableDialogs m_dialogs{std::make_unique<WidgetDialogs>(this)};

    CounterWorkflow *m_counter = nullptr;
    QTimer *m_timer = nullptr;
    QFutureWatcher<std::pair<quint64, Outcome>> *m_worker = nullptr;
    quint64 m_generation = 0; // bumped by every edit: a worker's outcome for an older form is dropped
    bool m_restart = false;
    QSplitter *m_split = nullptr, *m_resultSplit = nullptr;
    QScrollArea *m_formScroll = nullptr;
    CaseForm *m_form = nullptr;
    QTabWidget *m_tabs = nullptr;
    ResultView *m_result = nullptr;
    LedgerModel *m_ledger = nullptr;
    QTableView *m_ledgerView = nullptr;
    QLabel *m_ledgerTitle = nullptr;
    GridPage *m_grid = nullptr;
    BreakEvenModel *m_breakEven = nullptr;
    QTableView *m_breakEvenView = nullptr;
    GradeChart *m_gradeChart = nullptr;
    BreakEvenChart *m_breakEvenChart = nullptr;
    BalanceChart *m_balanceChart = nullptr;
    QLabel *m_chartsNote = nullptr;
    ExplanationModel *m_explanation = nullptr;
    QTableView *m_explanationView = nullptr;
    QLabel *m_explanationIntro = nullptr, *m_explanationWarnings = nullptr;
    BeyondPage *m_beyond = nullptr;
    QLabel *m_statusLabel = nullptr;

    QMenu *m_fileMenu = nullptr, *m_viewMenu = nullptr, *m_languageMenu = nullptr, *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr, *m_recalcAction = nullptr, *m_printAction = nullptr, *m_quitAction = nullptr;
    QAction *m_residentAction = nullptr;
    ResidentView *m_resident = nullptr;
    QAction *m_largeFontAction = nullptr, *m_chineseAction = nullptr, *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_tabActions[5] = {};
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace pension::gui
