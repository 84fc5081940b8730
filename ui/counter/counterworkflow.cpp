#include "counterworkflow.h"

#include "dialogs.h"

#include "counterhost.h"
#include "datadir.h"
#include "formstate.h"
#include "librarydialog.h"
#include "parametereditor.h"
#include "preferencesdialog.h"
#include "userpacks.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTimer>

namespace pension::gui {

Dialogs &CounterWorkflow::dialogs() const
{
    return m_host->dialogs();
}

namespace {

// Declines a text field's claim on the shortcut of `action` (Ctrl+E, "end of line" in a line edit on X11) in
// `window`, so the window's shortcut fires; End still moves to the end of the line.
class ShortcutKeeper : public QObject {
public:
    ShortcutKeeper(QWidget *window, QAction *action) : QObject(window), m_window(window), m_action(action) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride || !m_action->isEnabled() || !watched->isWidgetType())
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        if (static_cast<QWidget *>(watched)->window() != m_window ||
            QKeySequence(key->keyCombination()) != m_action->shortcut())
            return false;
        event->ignore();
        return true;
    }

private:
    QWidget *m_window;
    QAction *m_action;
};

} // namespace

CounterWorkflow::CounterWorkflow(CounterHost *host)
    : QObject(host->hostWindow()), m_host(host), m_window(host->hostWindow()),
      m_library(std::make_unique<storage::CaseLibrary>())
{
    setObjectName(QStringLiteral("counterWorkflow"));
    m_lastDir = QDir::homePath();

    // The draft is written 300 ms after the last key, and at the latest 2 s after the first unsaved one: typing
    // on without a pause never leaves more than 2 s of it unsaved.
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosavePauseMs);
    connect(m_autosave, &QTimer::timeout, this, &CounterWorkflow::writeDraft);
    m_autosaveDeadline = new QTimer(this);
    m_autosaveDeadline->setSingleShot(true);
    m_autosaveDeadline->setInterval(kAutosaveMaxDelayMs);
    connect(m_autosaveDeadline, &QTimer::timeout, this, &CounterWorkflow::writeDraft);

    auto action = [this](const char *name, const QKeySequence &keys, void (CounterWorkflow::*slot)()) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        if (!keys.isEmpty())
            a->setShortcut(keys);
        connect(a, &QAction::triggered, this, slot);
        m_window->addAction(a);
        return a;
    };
    m_libraryAction = action("libraryAction", QKeySequence(Qt::CTRL | Qt::Key_O), &CounterWorkflow::showLibrary);
    m_saveAction = action("saveToLibraryAction", QKeySequence(Qt::CTRL | Qt::Key_S), &CounterWorkflow::saveToLibrary);
    m_saveAsNewAction = action("saveAsNewToLibraryAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                               &CounterWorkflow::saveAsNewToLibrary);
    m_openFileAction =
        action("openCaseFileAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &CounterWorkflow::openCaseFile);
    m_saveFileAction =
        action("saveCaseFileAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), &CounterWorkflow::saveCaseFile);
    m_pdfAction =
        action("exportPdfAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &CounterWorkflow::exportPdf);
    m_xlsxAction = action("exportXlsxAction", QKeySequence(Qt::CTRL | Qt::Key_E), &CounterWorkflow::exportXlsx);
    m_plansCsvAction = action("exportPlansCsvAction", QKeySequence(), &CounterWorkflow::exportPlansCsv);
    m_yearsCsvAction = action("exportYearsCsvAction", QKeySequence(), &CounterWorkflow::exportYearsCsv);
    m_parametersAction = action("parameterEditorAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                                &CounterWorkflow::showParameterEditor);
    m_preferencesAction =
        action("preferencesAction", QKeySequence(Qt::CTRL | Qt::Key_Comma), &CounterWorkflow::showPreferences);

    m_window->installEventFilter(this);
    // A text field takes Ctrl+E for itself (end of line on X11) before the window's shortcut sees it: the export
    // keeps it.
    qApp->installEventFilter(new ShortcutKeeper(m_window, m_xlsxAction));
    // After the window is built and its settings loaded: open the library, restore the draft.
    QTimer::singleShot(0, this, &CounterWorkflow::start);
}

CounterWorkflow::~CounterWorkflow() = default;

void CounterWorkflow::addCaseActions(QMenu *menu)
{
    menu->addAction(m_libraryAction);
    menu->addAction(m_saveAction);
    menu->addAction(m_saveAsNewAction);
    menu->addSeparator();
    menu->addAction(m_openFileAction);
    menu->addAction(m_saveFileAction);
    menu->addSeparator();
}

void CounterWorkflow::addOutputActions(QMenu *menu, QAction *printAction)
{
    m_printAction = printAction;
    connect(m_printAction, &QAction::triggered, this, &CounterWorkflow::print);
    menu->addAction(m_pdfAction);
    m_exportMenu = menu->addMenu(QString());
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_exportMenu->addAction(m_xlsxAction);
    m_exportMenu->addAction(m_plansCsvAction);
    m_exportMenu->addAction(m_yearsCsvAction);
    menu->addSeparator();
    menu->addAction(m_parametersAction);
    menu->addAction(m_preferencesAction);
    retranslate();
    updateActions();
}

void CounterWorkflow::retranslate()
{
    m_libraryAction->setText(tr("Case &library…"));
    m_libraryAction->setStatusTip(tr("Find a saved case by name or ID number and reopen it"));
    m_saveAction->setText(tr("&Save to library"));
    m_saveAction->setStatusTip(tr("Save the case on screen to the case library: over the case it was opened from "
                                  "or last saved to"));
    m_saveAsNewAction->setText(tr("Save to library as &new case"));
    m_saveAsNewAction->setStatusTip(tr("Save the case on screen as a new library case, leaving the one it was "
                                       "opened from as it was"));
    m_openFileAction->setText(tr("Open case &file…"));
    m_saveFileAction->setText(tr("Save case file &as…"));
    m_pdfAction->setText(tr("Export A4 report as P&DF…"));
    if (m_exportMenu)
        m_exportMenu->setTitle(tr("E&xport tables"));
    m_xlsxAction->setText(tr("Plans and year table as &Excel…"));
    m_plansCsvAction->setText(tr("Plan grid as &CSV…"));
    m_yearsCsvAction->setText(tr("&Year table as CSV…"));
    m_parametersAction->setText(tr("Para&meter packs…"));
    m_parametersAction->setStatusTip(tr("See every figure with its source; enter a newly published one"));
    m_preferencesAction->setText(tr("Pre&ferences…"));
    updateActions();
}

void CounterWorkflow::updateActions()
{
    const QString needsResult = tr("Complete the case first: there is no result yet");
    for (QAction *a : {m_printAction, m_pdfAction, m_xlsxAction, m_plansCsvAction, m_yearsCsvAction}) {
        if (!a)
            continue;
        a->setEnabled(m_resultShown);
        a->setToolTip(m_resultShown ? QString() : needsResult); // empty: the action's text
    }
    if (m_printAction)
        m_printAction->setStatusTip(m_resultShown ? tr("Print the A4 report for the resident") : needsResult);
}

void CounterWorkflow::resultShown(bool shown)
{
    if (m_resultShown == shown)
        return;
    m_resultShown = shown;
    updateActions();
}

void CounterWorkflow::formEdited()
{
    m_autosave->start();
    if (!m_autosaveDeadline->isActive())
        m_autosaveDeadline->start();
}

void CounterWorkflow::status(const QString &message)
{
    m_host->showStatus(message);
}

bool CounterWorkflow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::Close)
            writeDraft(); // what is on screen is there again at the next start
        else if (event->type() == QEvent::LanguageChange)
            retranslate();
    }
    return QObject::eventFilter(watched, event);
}

std::variant<formstate::Loaded, QString> CounterWorkflow::readForm(const QByteArray &text) const
{
    return formstate::fromJson(text, &m_host->parameterLibrary(), m_host->calculationDate());
}

std::optional<Case> CounterWorkflow::caseNow()
{
    auto kase = formstate::effectiveCase(m_host->calculateNow().outcome); // the case of the form as it is now
    if (kase)
        kase->compare = m_host->pinnedPlans(); // the pinned plans are saved with the case
    return kase;
}

bool CounterWorkflow::askToReplace()
{
    return !hasUnsavedChanges() ||
           dialogs().ask(tr("Replace the case on screen? Its changes are not saved to the library or a file."));
}

void CounterWorkflow::load(const FormValues &values, qint64 caseId, bool saved, const QStringList &dropped,
                           const std::vector<ComparePlan> &compare)
{
    m_host->showCase(values); // the previous resident's pinned plans go
    if (!compare.empty())
        m_host->restorePins(compare); // as the grid of the case just calculated names its cells
    const FormValues shown = m_host->formValues();
    m_caseId = caseId;
    m_savedState = saved ? formstate::toJson(shown) : QByteArray();
    QStringList notes;
    if (shown.region != values.region)
        notes << tr("The region “%1” is not among the parameter packs: choose the region again.").arg(values.region);
    if (!dropped.isEmpty())
        notes << tr("The form does not show these fields of the case, so they are not kept if it is saved again: "
                    "%1.")
                     .arg(dropped.join(QStringLiteral(", ")));
    if (!notes.isEmpty())
        dialogs().tell(notes.join(QStringLiteral("\n\n")));
}

// --- parameters and preferences ---

void CounterWorkflow::showParameterEditor()
{
    if (!m_parameterEditor) {
        m_parameterEditor = new ParameterEditor(datadir::packsDir(), m_library.get(), dialogs(), m_window);
        connect(m_parameterEditor, &ParameterEditor::packsChanged, this, &CounterWorkflow::reloadParameters);
    }
    m_parameterEditor->setExportFolder(m_lastDir);
    m_parameterEditor->reload();
    m_parameterEditor->open();
}

void CounterWorkflow::reloadParameters(const QString &message)
{
    QStringList problems;
    m_host->setParameterLibrary(combinedLibrary(datadir::packsDir(), &problems));
    status(message);
    if (!problems.isEmpty())
        dialogs().tell(tr("Some of your parameter packs are not used:\n%1").arg(problems.join(QLatin1Char('\n'))));
}

void CounterWorkflow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace pension::gui
