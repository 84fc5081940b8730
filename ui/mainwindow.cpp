#include "mainwindow.h"
#include "tableviews.h"

#include "balancechart.h"
#include "beyondpage.h"
#include "breakevenchart.h"
#include "breakevenmodel.h"
#include "builtin_packs.h"
#include "caseform.h"
#include "colors.h"
#include "counterworkflow.h"
#include "datadir.h"
#include "explanationmodel.h"
#include "format.h"
#include "gradechart.h"
#include "gridmodel.h"
#include "gridpage.h"
#include "language.h"
#include "ledgermodel.h"
#include "pinsmodel.h"
#include "residentview.h"
#include "resultview.h"
#include "texts.h"
#include "userpacks.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <iterator>

namespace pension::gui {

namespace {

YearMonth currentMonth()
{
    const QDate d = QDate::currentDate();
    return YearMonth::of(d.year(), d.month());
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_library(combinedLibrary(datadir::packsDir(), &m_packProblems)), m_today(currentMonth()),
      m_baseFont(QApplication::font())
{
    setObjectName(QStringLiteral("mainWindow"));

    m_split = new QSplitter(Qt::Horizontal);
    m_split->setObjectName(QStringLiteral("mainSplitter"));
    m_split->setChildrenCollapsible(false);

    m_form = new CaseForm(m_library);
    m_form->setObjectName(QStringLiteral("caseForm"));
    m_formScroll = new QScrollArea;
    m_formScroll->setObjectName(QStringLiteral("formScroll"));
    m_formScroll->setWidget(m_form);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_formScroll->setMinimumWidth(400);
    m_split->addWidget(m_formScroll);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);

    // Result: the summary over the account ledger.
    m_resultSplit = new QSplitter(Qt::Vertical);
    m_resultSplit->setObjectName(QStringLiteral("resultSplitter"));
    m_resultSplit->setChildrenCollapsible(false);
    m_result = new ResultView;
    m_result->setObjectName(QStringLiteral("resultView"));
    auto *resultScroll = new QScrollArea;
    resultScroll->setWidget(m_result);
    resultScroll->setWidgetResizable(true);
    resultScroll->setFrameShape(QFrame::NoFrame);
    m_resultSplit->addWidget(resultScroll);
    auto *ledgerBox = new QWidget;
    auto *ledgerLayout = new QVBoxLayout(ledgerBox);
    ledgerLayout->setContentsMargins(6, 0, 6, 0);
    m_ledgerTitle = new QLabel;
    ledgerLayout->addWidget(m_ledgerTitle);
    m_ledger = new LedgerModel(this);
    m_ledgerView = displayTable("ledgerTable", m_ledger);
    m_ledgerView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ledgerView->horizontalHeader()->setStretchLastSection(true);
    ledgerLayout->addWidget(m_ledgerView);
    m_resultSplit->addWidget(ledgerBox);
    m_resultSplit->setStretchFactor(0, 3);
    m_resultSplit->setStretchFactor(1, 2);
    m_resultSplit->setSizes({500, 320});
    m_tabs->addTab(m_resultSplit, QString());

    // Plans: the grid and the pinned plans.
    m_grid = new GridPage;
    m_grid->setObjectName(QStringLiteral("gridPage"));
    m_tabs->addTab(m_grid, QString());

    // Charts: each beside the model it shares with a table.
    auto *charts = new QWidget;
    charts->setObjectName(QStringLiteral("chartsPage"));
    auto *chartsLayout = new QGridLayout(charts);
    m_breakEven = new BreakEvenModel(this);
    m_gradeChart = new GradeChart(m_grid->model());
    m_balanceChart = new BalanceChart(m_ledger);
    m_breakEvenChart = new BreakEvenChart(m_breakEven);
    m_breakEvenView = displayTable("breakEvenTable", m_breakEven);
    m_breakEvenView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_breakEvenView->horizontalHeader()->setStretchLastSection(true);
    m_chartsNote = new QLabel;
    m_chartsNote->setWordWrap(true);
    colors::setText(m_chartsNote, colors::hint);
    auto *topCharts = new QHBoxLayout;
    topCharts->addWidget(m_gradeChart, 3);
    topCharts->addWidget(m_balanceChart, 2);
    auto *bottomCharts = new QHBoxLayout;
    bottomCharts->addWidget(m_breakEvenChart, 5);
    bottomCharts->addWidget(m_breakEvenView, 3);
    chartsLayout->addLayout(topCharts, 0, 0);
    chartsLayout->addLayout(bottomCharts, 1, 0);
    chartsLayout->addWidget(m_chartsNote, 2, 0);
    chartsLayout->setRowStretch(0, 1);
    chartsLayout->setRowStretch(1, 1);
    m_tabs->addTab(charts, QString());

    // Explanation: every step with its formula and regulation.
    auto *explanation = new QWidget;
    explanation->setObjectName(QStringLiteral("explanationPage"));
    auto *explanationLayout = new QVBoxLayout(explanation);
    m_explanationIntro = new QLabel;
    m_explanationIntro->setWordWrap(true);
    explanationLayout->addWidget(m_explanationIntro);
    m_explanation = new ExplanationModel(this);
    m_explanationView = displayTable("explanationTable", m_explanation);
    m_explanationView->setWordWrap(true);
    m_explanationView->horizontalHeader()->setSectionResizeMode(ExplanationModel::Step, QHeaderView::Stretch);
    m_explanationView->horizontalHeader()->setSectionResizeMode(ExplanationModel::Formula, QHeaderView::Stretch);
    m_explanationView->horizontalHeader()->setSectionResizeMode(ExplanationModel::Value, QHeaderView::ResizeToContents);
    m_explanationView->horizontalHeader()->setSectionResizeMode(ExplanationModel::Regulation, QHeaderView::Stretch);
    explanationLayout->addWidget(m_explanationView, 1);
    m_explanationWarnings = new QLabel;
    m_explanationWarnings->setObjectName(QStringLiteral("explanationWarnings"));
    m_explanationWarnings->setWordWrap(true);
    m_explanationWarnings->setTextFormat(Qt::RichText);
    colors::setText(m_explanationWarnings, colors::note);
    explanationLayout->addWidget(m_explanationWarnings);
    m_tabs->addTab(explanation, QString());

    // Beyond the monthly figure: break-even, survivors, goal seeking, the shortfall, the pension after retirement.
    m_beyond = new BeyondPage;
    connect(m_beyond, &BeyondPage::goalAsked, this, &MainWindow::askGoal);
    m_tabs->addTab(m_beyond, QString());

    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({500, 940});
    setCentralWidget(m_split);

    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addPermanentWidget(m_statusLabel); // beside, not under, temporary messages
    if (!m_packProblems.isEmpty())
        statusBar()->showMessage(m_packProblems.join(QStringLiteral("  ")));

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    // No typing delay: each edit starts the calculation at once on a worker (3 ms for a full grid); edits that come
    // while it runs are coalesced into one more run, and an outcome for an older form is dropped.
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &MainWindow::startBackgroundCalculation);
    m_worker = new QFutureWatcher<std::pair<quint64, Outcome>>(this);
    connect(m_worker, &QFutureWatcherBase::finished, this, &MainWindow::onBackgroundFinished);
    connect(m_form, &CaseForm::changed, this, &MainWindow::scheduleRecalculation);
    connect(m_result, &ResultView::backToFormPlan, this, &MainWindow::backToFormPlan);
    connect(m_grid, &GridPage::cellSelected, this, &MainWindow::openCell);
    connect(m_grid, &GridPage::pinRequested, this, &MainWindow::pin);
    connect(m_grid, &GridPage::unpinRequested, this, &MainWindow::unpin);
    connect(m_grid, &GridPage::clearPinsRequested, this, &MainWindow::clearPins);
    connect(m_grid->model(), &QAbstractItemModel::modelReset, this, [this] { m_grid->selectCell(m_openCell); });

    m_counter = new CounterWorkflow(this);
    connect(m_form, &CaseForm::changed, m_counter, &CounterWorkflow::formEdited);
    createActions();
    retranslate();
    resize(1440, 900);
    m_form->clearForNewCase(m_today);
    recalculate();
}

MainWindow::~MainWindow()
{
    // The worker reads m_library: let it finish first.
    m_worker->waitForFinished();
    // A cell editor still open commits its text while the widgets are torn down: the form must not tell this
    // half-destroyed window (or the workflow) that it changed.
    m_form->blockSignals(true);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newCaseAction"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newCase);
    m_recalcAction = new QAction(this);
    m_recalcAction->setObjectName(QStringLiteral("recalculateAction"));
    m_recalcAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_recalcAction, &QAction::triggered, this, &MainWindow::recalculate);
    m_printAction = new QAction(this);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setEnabled(false); // until a result is shown (CounterWorkflow)
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_largeFontAction = new QAction(this);
    m_largeFontAction->setObjectName(QStringLiteral("largeFontAction"));
    m_largeFontAction->setCheckable(true);
    m_largeFontAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_largeFontAction, &QAction::toggled, this, &MainWindow::setLargeFont);
    m_residentAction = new QAction(this);
    m_residentAction->setObjectName(QStringLiteral("residentAction"));
    m_residentAction->setCheckable(true);
    m_residentAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_residentAction, &QAction::toggled, this, &MainWindow::setResidentView);
    for (int i = 0; i < static_cast<int>(std::size(m_tabActions)); ++i) {
        m_tabActions[i] = new QAction(this);
        m_tabActions[i]->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(m_tabActions[i], &QAction::triggered, this, [this, i] { showTab(static_cast<Tab>(i)); });
    }
    m_languageGroup = new QActionGroup(this);
    m_chineseAction = new QAction(QStringLiteral("中文"), m_languageGroup);
    m_chineseAction->setObjectName(QStringLiteral("chineseAction"));
    m_chineseAction->setCheckable(true);
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    m_englishAction->setObjectName(QStringLiteral("englishAction"));
    m_englishAction->setCheckable(true);
    (currentLanguage() == QStringLiteral("en") ? m_englishAction : m_chineseAction)->setChecked(true);
    connect(m_chineseAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("zh")); });
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, windowTitle(),
                           tr("<p><b>Pension Planner</b> %1</p><p>Estimates the basic pension of China's enterprise "
                              "employees (企业职工基本养老保险) from a statement or a contribution history, and "
                              "compares plans. Offline; the parameter packs are built in.</p><p>An estimate: the "
                              "social-insurance agency's determination prevails.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setToolTipsVisible(true); // the disabled print action says why
    m_fileMenu->addAction(m_newAction);
    m_counter->addCaseActions(m_fileMenu);
    m_fileMenu->addAction(m_recalcAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printAction);
    m_counter->addOutputActions(m_fileMenu, m_printAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction *a : m_tabActions)
        m_viewMenu->addAction(a);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_largeFontAction);
    m_viewMenu->addAction(m_residentAction);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_chineseAction);
    m_languageMenu->addAction(m_englishAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Pension Planner — enterprise employees' basic pension"));
    m_tabs->setTabText(ResultTab, tr("Result"));
    m_tabs->setTabText(PlansTab, tr("Compare plans"));
    m_tabs->setTabText(ChartsTab, tr("Charts"));
    m_tabs->setTabText(ExplanationTab, tr("How it is calculated"));
    m_tabs->setTabText(BeyondTab, tr("Beyond"));
    m_ledgerTitle->setText(tr("Personal account, year by year (figures in brown are assumptions)"));
    m_chartsNote->setText(tr("Left: the plan grid's retirement choice (see Compare plans). Break-even counts what the "
                             "person pays against the pension received with its yearly increases, in nominal yuan "
                             "(today's money: see Beyond); the account remainder is inheritable and not counted."));
    m_explanationIntro->setText(tr("Each figure of the result, in the order the agency computes it, with the numbers "
                                   "filled in and the regulation it comes from."));
    m_fileMenu->setTitle(tr("&Case"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New case"));
    m_newAction->setStatusTip(tr("Clear the form for the next resident"));
    m_recalcAction->setText(tr("&Recalculate"));
    m_printAction->setText(tr("&Print A4 report…"));
    m_quitAction->setText(tr("&Quit"));
    m_largeFontAction->setText(tr("&Large font (for the person across the desk)"));
    m_residentAction->setText(tr("&Resident view (full screen)"));
    const QString tabNames[] = {tr("Result"), tr("Compare plans"), tr("Charts"), tr("How it is calculated"),
                                tr("Beyond")};
    for (int i = 0; i < static_cast<int>(std::size(m_tabActions)); ++i)
        m_tabActions[i]->setText(tabNames[i]);
    m_aboutAction->setText(tr("&About"));
    m_ledger->retranslate();
    m_explanation->retranslate();
    m_breakEven->retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showOutcome();
        QTimer::singleShot(0, this, &MainWindow::fitFormWidth);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setCalculationDate(YearMonth today)
{
    m_today = today;
    recalculate();
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void MainWindow::scheduleRecalculation()
{
    // The form's own plan is what is being edited now.
    m_openCell.reset();
    ++m_generation;
    m_timer->start();
}

void MainWindow::startBackgroundCalculation()
{
    // A young person's grid takes tens of milliseconds: computed on a worker so typing never stalls.
    if (m_worker->isRunning()) {
        m_restart = true;
        return;
    }
    const quint64 generation = m_generation;
    m_worker->setFuture(QtConcurrent::run(
        [library = &m_library, values = m_form->values(), today = m_today, selection = selection(), generation] {
            return std::pair<quint64, Outcome>(generation, calculate(values, *library, today, selection));
        }));
}

void MainWindow::onBackgroundFinished()
{
    auto [generation, outcome] = m_worker->result();
    if (generation == m_generation) {
        m_outcome = std::move(outcome);
        // A cell opened or a plan pinned while the worker ran: asked again with the case it prepared.
        if (m_outcome.selection != selection())
            reselect(m_outcome, selection());
        showOutcome();
    }
    if (m_restart) {
        m_restart = false;
        startBackgroundCalculation();
    }
}

void MainWindow::recalculate()
{
    m_timer->stop();
    ++m_generation; // a worker still running computes an older form
    m_outcome = calculate(m_form->values(), m_library, m_today, selection());
    showOutcome();
}

void MainWindow::showOutcome()
{
    m_form->showErrors(m_outcome.errors, m_outcome.result ? m_outcome.result->warnings : std::vector<Warning>{});
    if (!m_outcome.ok()) {
        const QStringList missing = m_form->missingFields(m_outcome.errors);
        QString message;
        if (!missing.isEmpty())
            message = tr("To calculate, fill in: %1.").arg(missing.join(tr(", ")));
        const bool invalid = std::any_of(m_outcome.errors.begin(), m_outcome.errors.end(),
                                         [](const InputError &e) { return e.code != InputErrorCode::Missing; });
        if (invalid)
            message += (message.isEmpty() ? QString() : QStringLiteral("\n")) +
                       tr("Nothing is calculated while a field is marked in red: correct it first.");
        clearViews(message);
        return;
    }
    const Result &r = *m_outcome.result;
    m_form->setRetirementHint(tr("Statutory %1 (%2); possible %3 – %4")
                                  .arg(Format::month(r.window.statutoryMonth), Format::age(r.window.statutoryAgeMonths),
                                       Format::month(r.window.earliestMonth), Format::month(r.window.latestMonth)));
    m_grid->setGrid(*m_outcome.grid, m_outcome.gridRequest, m_outcome.prepared->kase.asOf, formGrade(m_form->values()));
    refreshPins();
    if (m_openCell) {
        if (m_outcome.openedShown() && m_outcome.selection.opened == m_openCell) {
            const Result &res = *m_outcome.opened->result;
            showResult(res, tr("%1, %2; retire: %3")
                                .arg(Format::grade(m_openCell->grade),
                                     Format::stopAfter(m_openCell->stopAfterYears, m_outcome.prepared->kase.asOf,
                                                       res.retirement.month),
                                     Format::retireChoice(m_openCell->retire)));
            return;
        }
        m_openCell.reset();
    }
    showResult(r, QString());
}

void MainWindow::showResult(const Result &r, const QString &planTitle)
{
    m_shown = r;
    m_counter->resultShown(true);
    m_result->showResult(r, planTitle, monthlyInTodaysMoney(*m_outcome.prepared, r));
    if (m_resident)
        m_resident->showResult(r, planTitle, residentLine());
    m_ledger->setYears(r.years);
    m_explanation->setSteps(r.steps);
    // The plan on display beyond its monthly figure: computed with the outcome for the plan shown.
    if (m_outcome.beyond) {
        m_breakEven->setLifetime(m_outcome.beyond->nominal);
        m_beyond->showBeyond(m_outcome, r, *m_outcome.beyond, planTitle);
    }
    QStringList items;
    for (const Warning &w : r.warnings)
        items << QStringLiteral("<li>") + texts::warning(w, Grouping::Thousands).toHtmlEscaped() +
                     QStringLiteral("</li>");
    m_explanationWarnings->setText(items.isEmpty() ? QString()
                                                   : QStringLiteral("<b>") + tr("Notes").toHtmlEscaped() +
                                                         QStringLiteral("</b><ul>") + items.join(QString()) +
                                                         QStringLiteral("</ul>"));
    // Short of the minimum the status line quotes the pension after paying on, never the one not paid.
    const QString monthly =
        r.eligibility.eligible
            ? tr("%1 yuan a month").arg(Format::money(r.monthly.total))
            : tr("✘ %1 months short: %2 yuan a month after paying on until %3")
                  .arg(r.eligibility.shortMonths)
                  .arg(r.eligibility.payOnKnown ? Format::money(r.eligibility.payOnMonthly.total) : tr("—"),
                       Format::month(r.eligibility.reachedMonth));
    m_statusLabel->setText(tr("%1 · parameters %2 · calculated as of %3")
                               .arg(monthly, Format::text(r.paramsVersion), Format::month(r.calculatedOn)));
}

void MainWindow::clearViews(const QString &message)
{
    m_shown.reset();
    m_counter->resultShown(false);
    m_result->showMessage(message);
    if (m_resident)
        m_resident->showMessage(message);
    m_ledger->setYears({});
    m_explanation->setSteps({});
    m_breakEven->clear();
    m_beyond->showMessage(message);
    m_grid->showMessage(message);
    m_explanationWarnings->clear();
    m_form->setRetirementHint(QString());
    m_statusLabel->setText(message.section(QLatin1Char('\n'), 0, 0));
    m_goal.reset(); // the Goal section was emptied: its question goes with it
    refreshPins();
}

Selection MainWindow::selection() const
{
    return Selection{m_openCell, m_pinKeys, m_goal};
}

void MainWindow::openCell(const CellKey &key)
{
    m_openCell = key;
    reselect(m_outcome, selection());
    showOutcome();
}

void MainWindow::backToFormPlan()
{
    m_openCell.reset();
    m_grid->selectCell(std::nullopt);
    reselect(m_outcome, selection());
    showOutcome();
}

void MainWindow::askGoal(const std::optional<GoalAsk> &goal)
{
    m_goal = goal;
    reselect(m_outcome, selection());
    m_beyond->showGoal(m_outcome);
}

void MainWindow::pin(const CellKey &key)
{
    if (std::find(m_pinKeys.begin(), m_pinKeys.end(), key) != m_pinKeys.end())
        return;
    if (static_cast<int>(m_pinKeys.size()) >= PinsModel::MaxPins)
        m_pinKeys.erase(m_pinKeys.begin() + 1); // keep the first as the reference, drop the oldest after it
    m_pinKeys.push_back(key);
    reselect(m_outcome, selection());
    refreshPins();
}

void MainWindow::unpin(int column)
{
    if (column >= 0 && column < static_cast<int>(m_pinKeys.size()))
        m_pinKeys.erase(m_pinKeys.begin() + column);
    reselect(m_outcome, selection());
    refreshPins();
}

void MainWindow::clearPins()
{
    m_pinKeys.clear();
    reselect(m_outcome, selection());
    refreshPins();
}

std::vector<ComparePlan> MainWindow::pinnedPlans() const
{
    // A pin whose payments reach its retirement month is written as paying until retirement (as the grid heads it).
    const bool answered = m_outcome.ok() && m_outcome.prepared && m_outcome.selection.pins == m_pinKeys;
    const int untilRetirement = untilRetirementYears(m_outcome);
    std::vector<ComparePlan> plans;
    for (std::size_t i = 0; i < m_pinKeys.size(); ++i) {
        const CellKey &key = m_pinKeys[i];
        ComparePlan plan = comparePlanOf(key, untilRetirement);
        const std::optional<Result> &r = answered ? m_outcome.pins[i].plan.result : std::nullopt;
        if (r && key.stopAfterYears > 0 &&
            !(m_outcome.prepared->kase.asOf.plus(12 * key.stopAfterYears) < r->retirement.month))
            plan.stopAfterYears.reset();
        plans.push_back(plan);
    }
    return plans;
}

void MainWindow::restorePins(const std::vector<ComparePlan> &plans)
{
    // As the grid names its cells: its kind, and for "until retirement" the first payment length that reaches the
    // plan's retirement month (known once the plan is computed, paying the longest length first).
    const InsuranceKind kind = m_outcome.ok() ? m_outcome.gridRequest.kind : m_form->values().kind;
    const int untilRetirement = untilRetirementYears(m_outcome);
    m_pinKeys.clear();
    for (const ComparePlan &plan : plans) {
        const CellKey key = cellOf(plan, kind, untilRetirement);
        if (std::find(m_pinKeys.begin(), m_pinKeys.end(), key) == m_pinKeys.end() &&
            static_cast<int>(m_pinKeys.size()) < PinsModel::MaxPins)
            m_pinKeys.push_back(key);
    }
    reselect(m_outcome, selection());
    if (m_outcome.ok() && m_outcome.prepared && m_outcome.selection.pins == m_pinKeys) {
        std::vector<int> stops = m_outcome.gridRequest.stopAfterYears;
        std::sort(stops.begin(), stops.end());
        const YearMonth asOf = m_outcome.prepared->kase.asOf;
        bool changed = false;
        for (std::size_t i = 0; i < m_pinKeys.size(); ++i) {
            const std::optional<Result> &r = m_outcome.pins[i].plan.result;
            if (!r || m_pinKeys[i].stopAfterYears != untilRetirement)
                continue;
            for (int k : stops)
                if (k > 0 && !(asOf.plus(12 * k) < r->retirement.month)) {
                    changed = changed || k != m_pinKeys[i].stopAfterYears;
                    m_pinKeys[i].stopAfterYears = k;
                    break;
                }
        }
        if (changed)
            reselect(m_outcome, selection());
    }
    refreshPins();
}

void MainWindow::refreshPins()
{
    std::vector<PinnedPlan> pins;
    // The pinned plans as the outcome computed them, with their differences from the first.
    const bool answered = m_outcome.ok() && m_outcome.selection.pins == m_pinKeys;
    for (std::size_t i = 0; i < m_pinKeys.size(); ++i) {
        PinnedPlan p;
        p.key = m_pinKeys[i];
        if (answered) {
            p.key.kind = m_outcome.gridRequest.kind;
            p.result = m_outcome.pins[i].plan.result;
            p.toFirst = m_outcome.pins[i].toFirst;
        }
        pins.push_back(std::move(p));
    }
    m_grid->pins()->setPins(std::move(pins), m_outcome.prepared ? m_outcome.prepared->kase.asOf : YearMonth{});
}

void MainWindow::newCase()
{
    // One check of "anything typed and not saved" (the counter's, which the autosave uses too).
    if (m_counter->hasUnsavedChanges() &&
        !m_dialogs.ask(tr("Clear this case and start a new one? What was typed is not kept.")))
        return;
    forgetResident();
    m_form->clearForNewCase(m_today);
    m_counter->caseCleared(); // nothing of it is kept: the draft goes too
    recalculate();
    showTab(ResultTab);
}

FormValues MainWindow::formValues() const
{
    return m_form->values();
}

void MainWindow::showCase(const FormValues &values)
{
    forgetResident(); // the previous resident's plans and grid choices
    m_form->setValues(values);
    recalculate();
    showTab(ResultTab);
}

void MainWindow::focusField(const QString &path)
{
    m_form->focusField(path);
}

CounterHost::Display MainWindow::calculateNow()
{
    recalculate();
    return {m_outcome, m_shown};
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::forgetResident()
{
    m_openCell.reset();
    m_pinKeys.clear();
    m_grid->reset();
    m_goal.reset(); // the previous resident's goal question
    m_beyond->forgetResident();
    statusBar()->clearMessage();
}

void MainWindow::setParameterLibrary(ParameterLibrary library)
{
    m_worker->waitForFinished(); // the worker reads m_library
    m_library = std::move(library);
    m_form->refreshRegions();
    recalculate();
}

void MainWindow::setResidentView(bool on)
{
    if (m_residentAction->isChecked() != on)
        m_residentAction->setChecked(on);
    if (!on) {
        if (m_resident && m_resident->isVisible())
            m_resident->close();
        activateWindow();
        return;
    }
    if (!m_resident) {
        m_resident = new ResidentView(m_grid->pins(), this);
        connect(m_resident, &ResidentView::closed, this, [this] { setResidentView(false); });
    }
    if (m_shown)
        m_resident->showResult(*m_shown, m_result->planTitle(), residentLine());
    else
        m_resident->showMessage(m_result->message());
    m_resident->showFullScreen();
    m_resident->activateWindow();
}

QString MainWindow::residentLine() const
{
    if (!m_shown)
        return {};
    const QString name = m_form->values().name.trimmed();
    const QString region =
        Format::text(currentLanguage() == QStringLiteral("en") ? m_shown->regionNameEn : m_shown->regionNameZh);
    return name.isEmpty() ? region : tr("%1 · %2").arg(name, region);
}

void MainWindow::setLargeFont(bool on)
{
    m_largeFont = on;
    if (m_largeFontAction->isChecked() != on)
        m_largeFontAction->setChecked(on);
    QFont f = m_baseFont;
    if (on)
        f.setPointSizeF(m_baseFont.pointSizeF() * 1.5);
    setFont(f);
    const int formWidth = on ? 600 : 500;
    m_split->setSizes({formWidth, std::max(400, width() - formWidth)});
    QTimer::singleShot(0, this, &MainWindow::fitFormWidth);
}

// The form pane as wide as its fields need (labels and placeholders are longer in English and in large type), so the
// clerk never sees a field cut at its right edge; at most half the window, the rest for the result.
// Only ever widens the pane (a width the clerk chose that fits is kept); done again when shown, when the language
// changes and when large type is switched.
void MainWindow::fitFormWidth()
{
    if (!isVisible())
        return;
    const int needed = m_form->minimumSizeHint().width() + m_formScroll->verticalScrollBar()->sizeHint().width() +
                       2 * m_formScroll->frameWidth() + 2;
    const QList<int> sizes = m_split->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (sizes.value(0) >= needed || total <= 0)
        return;
    const int formWidth = std::min(needed, std::max(400, total / 2));
    m_split->setSizes({formWidth, total - formWidth});
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    QTimer::singleShot(0, this, &MainWindow::fitFormWidth);
}

void MainWindow::setLanguage(const QString &language)
{
    applyLanguage(language);
    (currentLanguage() == QStringLiteral("en") ? m_englishAction : m_chineseAction)->setChecked(true);
    // Installing a translator sends LanguageChange to every widget; they retranslate themselves.
}

void MainWindow::loadSettings()
{
    QSettings s;
    setLargeFont(s.value(QStringLiteral("view/largeFont"), false).toBool());
    if (const QByteArray g = s.value(QStringLiteral("window/geometry")).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray st = s.value(QStringLiteral("window/state")).toByteArray(); !st.isEmpty())
        restoreState(st);
    if (const QByteArray sp = s.value(QStringLiteral("window/splitter")).toByteArray(); !sp.isEmpty())
        m_split->restoreState(sp);
    if (const QByteArray sp = s.value(QStringLiteral("window/resultSplitter")).toByteArray(); !sp.isEmpty())
        m_resultSplit->restoreState(sp);
    const QString region = s.value(QStringLiteral("case/region")).toString();
    if (!region.isEmpty()) {
        FormValues v = m_form->values();
        v.region = region;
        m_form->setValues(v);
        recalculate();
    }
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/splitter"), m_split->saveState());
    s.setValue(QStringLiteral("window/resultSplitter"), m_resultSplit->saveState());
    s.setValue(QStringLiteral("view/largeFont"), m_largeFont);
    s.setValue(QStringLiteral("view/language"), currentLanguage());
    s.setValue(QStringLiteral("case/region"), m_form->values().region);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace pension::gui
