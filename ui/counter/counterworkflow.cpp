#include "counterworkflow.h"

#include "caseform.h"
#include "counterhost.h"
#include "datadir.h"
#include "formstate.h"
#include "librarydialog.h"
#include "parametereditor.h"
#include "preferencesdialog.h"
#include "report.h"
#include "safefile.h"
#include "userpacks.h"
#include "xlsxexport.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QStatusBar>
#include <QTextDocument>
#include <QTimer>

namespace pension::gui {

namespace {

// A case file larger than this is not a case file.
constexpr qint64 kMaxCaseFile = 16 * 1024 * 1024;

QString fileNamePart(QString s)
{
    static const QString bad = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : s)
        if (bad.contains(c) || c.isSpace() || c.unicode() < 0x20)
            c = QLatin1Char('_');
    return s;
}

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
    m_openFile = [this](const QString &caption, const QString &filter, const QString &suggested) {
        return QFileDialog::getOpenFileName(m_window, caption, suggested, filter);
    };
    m_saveFile = [this](const QString &caption, const QString &filter, const QString &suggested) {
        return QFileDialog::getSaveFileName(m_window, caption, suggested, filter);
    };
    m_printDialog = [this](QPrinter *printer) {
        QPrintDialog dialog(printer, m_window);
        return dialog.exec() == QDialog::Accepted;
    };
    m_inform = [this](const QString &text) {
        auto *box = new QMessageBox(QMessageBox::Warning, m_window->windowTitle(), text, QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    m_choose = [this](const QString &text, const QStringList &choices) {
        QMessageBox box(QMessageBox::Warning, m_window->windowTitle(), text, QMessageBox::NoButton, m_window);
        QList<QAbstractButton *> buttons;
        for (const QString &c : choices)
            buttons << box.addButton(c, QMessageBox::AcceptRole);
        box.exec();
        return static_cast<int>(buttons.indexOf(box.clickedButton()));
    };
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
    connect(m_host->form(), &CaseForm::changed, this, [this] {
        m_autosave->start();
        if (!m_autosaveDeadline->isActive())
            m_autosaveDeadline->start();
    });

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

void CounterWorkflow::status(const QString &message)
{
    m_window->statusBar()->showMessage(message, 10000);
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

// --- start: the library, a damaged file, the draft ---

void CounterWorkflow::start()
{
    openLibrary();
    // A library open read-only (another window holds it) keeps the other window's draft: it is not taken over.
    if (m_library->isOpen() && !m_library->isReadOnly())
        restoreDraft();
    QStringList problems;
    packSources(datadir::packsDir(), &problems);
    if (!problems.isEmpty())
        m_inform(tr("Some of your parameter packs are not used:\n%1").arg(problems.join(QLatin1Char('\n'))));
    m_started = true;
}

void CounterWorkflow::openLibrary()
{
    datadir::ensureRoot();
    if (m_library->open(datadir::libraryPath())) {
        if (m_library->isReadOnly())
            m_inform(readOnlyText());
        return;
    }
    if (m_library->isDamaged()) {
        resolveDamagedLibrary();
        return;
    }
    m_inform(tr("The case library cannot be opened, so cases are neither saved nor autosaved until this is "
                "resolved.\n\n%1")
                 .arg(m_library->error()));
}

QString CounterWorkflow::readOnlyText() const
{
    if (m_library->readOnlyReason() == storage::CaseLibrary::ReadOnlyReason::InUse)
        return tr("The case library is in use by another window of the program, so it is open read-only here: cases "
                  "can be found and opened, but not saved, and nothing is autosaved in this window.\n\n%1")
            .arg(QDir::toNativeSeparators(m_library->path()));
    return tr("The case library cannot be written (the file or its folder is read-only), so cases are neither "
              "saved nor autosaved.\n\n%1")
        .arg(QDir::toNativeSeparators(m_library->path()));
}

void CounterWorkflow::resolveDamagedLibrary()
{
    const QString path = datadir::libraryPath();
    // Every backup is checked first: one that fails its check is never offered, and one that holds fewer cases
    // than the damaged file still shows says so.
    const QList<storage::BackupInfo> backups = m_library->inspectBackups();
    const auto damagedCases = m_library->damagedCaseCount();
    std::optional<storage::BackupInfo> best;
    int failed = 0;
    for (const storage::BackupInfo &b : backups) {
        if (b.intact) {
            best = b;
            break;
        }
        ++failed;
    }
    QStringList choices;
    enum Way { Restore, Empty, Without };
    QList<Way> ways;
    QStringList notes;
    if (failed > 0)
        notes << tr("Newer backups that failed their check are not offered: %1.").arg(failed);
    if (best) {
        const QString when = QLocale().toString(best->taken, QLocale::ShortFormat);
        if (damagedCases && *damagedCases > best->cases) {
            choices << tr("Restore the backup of %1 anyway (cases in it: %2, fewer than the %3 the damaged file shows)")
                           .arg(when)
                           .arg(best->cases)
                           .arg(*damagedCases);
            notes << tr("The newest good backup holds fewer cases (%1) than the damaged file still shows (%2).")
                         .arg(best->cases)
                         .arg(*damagedCases);
        } else {
            choices << tr("Restore the backup of %1 (cases in it: %2)").arg(when).arg(best->cases);
        }
        ways << Restore;
    } else if (!backups.isEmpty()) {
        notes << tr("No backup passes its check, so none can be restored.");
    } else {
        notes << tr("There is no backup.");
    }
    choices << tr("Start an empty library (the damaged file is kept)");
    ways << Empty;
    choices << tr("Continue without the library");
    ways << Without;
    const QString text =
        tr("The case library is damaged and cannot be read:\n%1\n\nNothing is deleted: the damaged file is kept "
           "next to it. Restore the newest backup (cases saved since that backup are missing), or start an empty "
           "library.")
            .arg(QDir::toNativeSeparators(path)) +
        QStringLiteral("\n\n") + notes.join(QLatin1Char('\n'));
    const int chosen = m_choose(text, choices);
    const Way way = chosen >= 0 && chosen < ways.size() ? ways[chosen] : Without;
    // The dialogs hold the old library.
    delete m_libraryDialog;
    delete m_parameterEditor;
    const QString kept =
        path + QStringLiteral(".damaged-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    switch (way) {
    case Restore:
        if (m_library->restoreBackup(best->path))
            status(tr("The case library was restored from the backup %1; the damaged file is kept beside it.")
                       .arg(QFileInfo(best->path).fileName()));
        else
            m_inform(tr("The backup could not be restored: %1").arg(m_library->error()));
        break;
    case Empty: {
        m_library = std::make_unique<storage::CaseLibrary>(); // closes the damaged file
        bool moved = QFile::rename(path, kept);
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFile::exists(path + suffix))
                moved = QFile::rename(path + suffix, kept + suffix) && moved;
        if (!moved || !m_library->open(path))
            m_inform(tr("An empty case library could not be started: %1").arg(m_library->error()));
        else
            status(tr("A new, empty case library was started; the damaged file is kept as %1.")
                       .arg(QDir::toNativeSeparators(kept)));
        break;
    }
    case Without: status(tr("Working without the case library: cases are neither saved nor autosaved.")); break;
    }
}

void CounterWorkflow::restoreDraft()
{
    const auto draft = m_library->draft();
    if (!draft)
        return;
    if (formstate::hasTypedContent(m_host->form()->values()))
        return; // something was typed already: that is what is kept
    const QByteArray text = draft->first.toUtf8();
    auto loaded = formstate::fromJson(text, &m_host->parameterLibrary(), m_host->calculationDate());
    if (auto *error = std::get_if<QString>(&loaded)) {
        status(tr("The autosaved case could not be read: %1").arg(*error));
        return;
    }
    qint64 caseId = draft->second;
    QByteArray savedState;
    if (caseId != 0) {
        if (auto record = m_library->load(caseId)) {
            auto saved =
                formstate::fromJson(record->json.toUtf8(), &m_host->parameterLibrary(), m_host->calculationDate());
            if (auto *s = std::get_if<formstate::Loaded>(&saved))
                savedState = formstate::toJson(s->values);
        } else {
            caseId = 0; // deleted since
        }
    }
    load(std::get<formstate::Loaded>(loaded).values, caseId, false, {}, std::get<formstate::Loaded>(loaded).compare);
    m_savedState = savedState;
    m_lastDraft = text;
    status(tr("The case that was on screen last time has been restored (autosave)."));
}

void CounterWorkflow::writeDraft()
{
    m_autosave->stop();
    m_autosaveDeadline->stop();
    if (!m_library->isOpen() || m_library->isReadOnly())
        return; // said once when the library was opened
    const FormValues values = m_host->form()->values();
    if (!formstate::hasTypedContent(values)) {
        if (!m_lastDraft.isEmpty())
            m_library->clearDraft();
        m_lastDraft.clear();
    } else if (const QByteArray state = formstate::toJson(values, m_host->pinnedPlans()); state != m_lastDraft) {
        if (m_library->saveDraft(QString::fromUtf8(state), m_caseId))
            m_lastDraft = state;
        else
            status(tr("Autosave failed: %1").arg(m_library->error()));
    }
    ++m_draftWrites;
    emit draftWritten();
}

bool CounterWorkflow::hasUnsavedChanges() const
{
    const FormValues values = m_host->form()->values();
    return formstate::hasTypedContent(values) && formstate::toJson(values) != m_savedState;
}

void CounterWorkflow::caseCleared()
{
    m_autosave->stop();
    m_caseId = 0;
    if (m_library->isOpen())
        m_library->clearDraft();
    m_lastDraft.clear();
    m_savedState = formstate::toJson(m_host->form()->values());
}

bool CounterWorkflow::askToReplace()
{
    return !hasUnsavedChanges() ||
           m_host->ask(tr("Replace the case on screen? Its changes are not saved to the library or a file."));
}

void CounterWorkflow::load(const FormValues &values, qint64 caseId, bool saved, const QStringList &dropped,
                           const std::vector<ComparePlan> &compare)
{
    CaseForm *form = m_host->form();
    m_host->forgetResident(); // the previous resident's plans and grid choices
    form->setValues(values);
    m_caseId = caseId;
    m_savedState = saved ? formstate::toJson(form->values()) : QByteArray();
    m_host->recalculate();
    if (!compare.empty())
        m_host->restorePins(compare); // as the grid of the case just calculated names its cells
    m_host->showResultTab();
    QStringList notes;
    if (form->values().region != values.region)
        notes << tr("The region “%1” is not among the parameter packs: choose the region again.").arg(values.region);
    if (!dropped.isEmpty())
        notes << tr("The form does not show these fields of the case, so they are not kept if it is saved again: "
                    "%1.")
                     .arg(dropped.join(QStringLiteral(", ")));
    if (!notes.isEmpty())
        m_inform(notes.join(QStringLiteral("\n\n")));
}

// --- the library ---

void CounterWorkflow::saveToLibrary()
{
    save(false);
}

void CounterWorkflow::saveAsNewToLibrary()
{
    save(true);
}

void CounterWorkflow::save(bool asNew)
{
    if (!m_library->isOpen()) {
        m_inform(tr("The case library is not open: %1").arg(m_library->error()));
        return;
    }
    const FormValues values = m_host->form()->values();
    if (!formstate::hasTypedContent(values)) {
        m_inform(tr("Nothing to save yet: the form is empty."));
        return;
    }
    storage::CaseRecord record;
    record.id = asNew ? 0 : m_caseId;
    const qint64 copiedFrom = asNew ? m_caseId : 0;
    record.name = values.name.trimmed();
    record.idNumber = parse::idNumber(values.idNumber);
    if (record.name.isEmpty() && record.idNumber.isEmpty()) {
        m_inform(tr("Type the resident's name or ID number first: the library finds cases by them."));
        if (auto *name = m_host->form()->findChild<QLineEdit *>(QStringLiteral("nameEdit")))
            name->setFocus();
        return;
    }
    m_host->recalculate(); // the case of the form as it is now
    auto kase = formstate::effectiveCase(m_host->outcome());
    const std::vector<ComparePlan> pins = m_host->pinnedPlans();
    if (kase)
        kase->compare = pins;
    // A complete case is kept as a case (pension-case/1); an incomplete one exactly as typed. Both with the pins.
    record.json =
        kase ? QString::fromStdString(writeCase(*kase)) : QString::fromUtf8(formstate::toJson(values, pins));
    qint64 id = m_library->save(record);
    if (id == 0 && record.id != 0 && !m_library->load(record.id)) {
        record.id = 0; // deleted from the library meanwhile: saved as a new case
        id = m_library->save(record);
    }
    if (id == 0) {
        m_inform(tr("The case could not be saved: %1").arg(m_library->error()));
        return;
    }
    m_caseId = id;
    m_savedState = formstate::toJson(values);
    m_lastDraft.clear(); // saving cleared the draft
    const QString who = record.name.isEmpty() ? report::maskIdNumber(record.idNumber) : record.name;
    if (copiedFrom != 0)
        status(
            tr("Saved to the case library as a new case: %1. The case it was opened from is kept as it was.").arg(who));
    else
        status(kase ? tr("Saved to the case library: %1.").arg(who)
                    : tr("Saved to the case library as typed: %1. It is not complete yet (see the fields marked in "
                         "red).")
                          .arg(who));
}

void CounterWorkflow::showLibrary()
{
    if (!m_library->isOpen()) {
        m_inform(tr("The case library is not open: %1").arg(m_library->error()));
        return;
    }
    if (!m_libraryDialog) {
        m_libraryDialog = new LibraryDialog(
            *m_library, [this](const QString &q) { return m_host->ask(q); }, m_window);
        connect(m_libraryDialog, &LibraryDialog::openRequested, this, &CounterWorkflow::openLibraryCase);
        connect(m_libraryDialog, &LibraryDialog::removed, this, [this](qint64 id) {
            if (id == m_caseId) {
                m_caseId = 0;
                m_savedState.clear(); // the case on screen is no longer saved anywhere
            }
        });
    }
    m_libraryDialog->setSearchText(QString());
    m_libraryDialog->refresh();
    m_libraryDialog->open();
}

bool CounterWorkflow::openLibraryCase(qint64 id)
{
    const auto record = m_library->load(id);
    if (!record) {
        m_inform(tr("The case is no longer in the library."));
        return false;
    }
    if (!askToReplace())
        return false;
    auto loaded = formstate::fromJson(record->json.toUtf8(), &m_host->parameterLibrary(), m_host->calculationDate());
    if (auto *error = std::get_if<QString>(&loaded)) {
        m_inform(tr("The saved case cannot be read: %1").arg(*error));
        return false;
    }
    const auto &l = std::get<formstate::Loaded>(loaded);
    load(l.values, id, true, l.dropped, l.compare);
    status(tr("Opened from the case library: %1.")
               .arg(record->name.isEmpty() ? report::maskIdNumber(record->idNumber) : record->name));
    return true;
}

// --- case files ---

void CounterWorkflow::openCaseFile()
{
    const QString path = m_openFile(tr("Open a case file"),
                                    tr("Case files (*.pension.json);;JSON files (*.json);;All files (*)"), m_lastDir);
    if (!path.isEmpty())
        openCaseFileAt(path);
}

bool CounterWorkflow::openCaseFileAt(const QString &path)
{
    // A regular file within the cap: a device or a pipe chosen by mistake is refused, not read without end.
    const safefile::ReadResult file = safefile::readRegular(path, kMaxCaseFile);
    if (file.problem == safefile::ReadProblem::TooLarge) {
        m_inform(tr("%1 is not a case file (too large).").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (file.problem == safefile::ReadProblem::NotRegular || file.problem == safefile::ReadProblem::Folder) {
        m_inform(tr("%1 is not a case file (not a regular file).").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!file.ok()) {
        m_inform(tr("%1 cannot be opened: %2")
                     .arg(QDir::toNativeSeparators(path), file.reason.isEmpty() ? tr("no such file") : file.reason));
        return false;
    }
    auto loaded = formstate::fromJson(file.bytes, &m_host->parameterLibrary(), m_host->calculationDate());
    if (auto *error = std::get_if<QString>(&loaded)) {
        m_inform(tr("%1 is not a case that can be opened: %2").arg(QDir::toNativeSeparators(path), *error));
        return false;
    }
    if (!askToReplace())
        return false;
    m_lastDir = QFileInfo(path).absolutePath();
    const auto &l = std::get<formstate::Loaded>(loaded);
    load(l.values, 0, true, l.dropped, l.compare);
    status(tr("Opened %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString CounterWorkflow::suggestedName(const QString &suffix) const
{
    const FormValues v = m_host->form()->values();
    QString base = fileNamePart(v.name.trimmed());
    if (base.isEmpty())
        base = tr("case");
    const auto asOf = parse::month(v.asOf);
    if (asOf)
        base += QLatin1Char('-') + QString::fromStdString(asOf->toString());
    return base + suffix;
}

QString CounterWorkflow::printName() const
{
    QString base = fileNamePart(m_host->form()->values().name.trimmed());
    if (base.isEmpty())
        base = fileNamePart(tr("Basic pension estimate"));
    return base + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate);
}

QString CounterWorkflow::chooseSavePath(const QString &caption, const QString &filter, const QString &suffix)
{
    QString path = m_saveFile(caption, filter, QDir(m_lastDir).filePath(suggestedName(suffix)));
    if (path.isEmpty())
        return path;
    if (!path.endsWith(suffix, Qt::CaseInsensitive) && QFileInfo(path).suffix().isEmpty())
        path += suffix;
    m_lastDir = QFileInfo(path).absolutePath();
    return path;
}

bool CounterWorkflow::writeFile(const QString &path, const QByteArray &bytes)
{
    QString error; // written beside, then renamed: never half a file; owner-only
    if (!safefile::writeWhole(path, bytes, &error)) {
        m_inform(error);
        return false;
    }
    return true;
}

void CounterWorkflow::saveCaseFile()
{
    const FormValues values = m_host->form()->values();
    m_host->recalculate(); // the case of the form as it is now
    auto kase = formstate::effectiveCase(m_host->outcome());
    if (kase)
        kase->compare = m_host->pinnedPlans(); // the pinned plans are saved with the case
    if (!kase) {
        m_inform(tr("The case is not complete: fill in or correct the fields marked in red first. (Ctrl+S keeps it "
                    "in the case library as typed.)"));
        return;
    }
    const QString path = chooseSavePath(tr("Save the case as a file"), tr("Case files (*.pension.json)"),
                                        QStringLiteral(".pension.json"));
    if (path.isEmpty() || !writeFile(path, QByteArray::fromStdString(writeCase(*kase))))
        return;
    m_savedState = formstate::toJson(values);
    status(tr("Case saved to %1.").arg(QDir::toNativeSeparators(path)));
}

// --- the report and the exports ---

std::optional<report::ReportInput> CounterWorkflow::reportInput()
{
    m_host->recalculate(); // the figures of the form as it is now, not of the last pause in typing
    const Outcome &o = m_host->outcome();
    const auto &shown = o.shownResult();
    if (!o.ok() || !shown || !o.prepared || !o.summary)
        return std::nullopt;
    Case kase = o.prepared->kase;
    kase.plan = o.shownPlan();
    // The pinned plans side by side on page 1, when they were computed for this selection.
    return report::makeInput(kase, *shown, *o.summary, clerkName(), QDate::currentDate(), o.pins);
}

void CounterWorkflow::print()
{
    const auto input = reportInput();
    if (!input) {
        m_inform(tr("There is nothing to print yet: complete the case first."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    // The print job's name, which the print dialog's "print to file" also suggests as the file name.
    printer.setDocName(printName());
    if (!m_printDialog(&printer))
        return;
    std::unique_ptr<QTextDocument> document(report::buildDocument(*input));
    document->print(&printer);
    status(tr("The A4 report was sent to the printer."));
}

void CounterWorkflow::exportPdf()
{
    const auto input = reportInput();
    if (!input) {
        m_inform(tr("There is nothing to export yet: complete the case first."));
        return;
    }
    const QString path =
        chooseSavePath(tr("Export the A4 report as PDF"), tr("PDF files (*.pdf)"), QStringLiteral(".pdf"));
    if (path.isEmpty())
        return;
    QString error;
    if (!report::writePdf(*input, path, &error)) {
        m_inform(error);
        return;
    }
    status(tr("The A4 report was written to %1.").arg(QDir::toNativeSeparators(path)));
}

void CounterWorkflow::exportXlsx()
{
    m_host->recalculate();
    const Outcome &o = m_host->outcome();
    const auto &shown = m_host->shownResult();
    if (!o.grid || !shown) {
        m_inform(tr("There is nothing to export yet: complete the case first."));
        return;
    }
    const QString path = chooseSavePath(tr("Export plans and year table to Excel"), tr("Excel workbooks (*.xlsx)"),
                                        QStringLiteral(".xlsx"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exporting::writeXlsx(*o.grid, *shown, path, &error)) {
        m_inform(error);
        return;
    }
    status(tr("The plans and the year table were written to %1.").arg(QDir::toNativeSeparators(path)));
}

void CounterWorkflow::exportPlansCsv()
{
    m_host->recalculate();
    const Outcome &o = m_host->outcome();
    if (!o.grid) {
        m_inform(tr("There is nothing to export yet: complete the case first."));
        return;
    }
    const QString path =
        chooseSavePath(tr("Export the plan grid as CSV"), tr("CSV files (*.csv)"), QStringLiteral("-plans.csv"));
    if (!path.isEmpty() && writeFile(path, exporting::gridCsv(*o.grid)))
        status(tr("The plan grid was written to %1.").arg(QDir::toNativeSeparators(path)));
}

void CounterWorkflow::exportYearsCsv()
{
    m_host->recalculate();
    const auto &shown = m_host->shownResult();
    if (!shown) {
        m_inform(tr("There is nothing to export yet: complete the case first."));
        return;
    }
    const QString path =
        chooseSavePath(tr("Export the year table as CSV"), tr("CSV files (*.csv)"), QStringLiteral("-years.csv"));
    if (!path.isEmpty() && writeFile(path, exporting::yearsCsv(*shown)))
        status(tr("The year table was written to %1.").arg(QDir::toNativeSeparators(path)));
}

// --- parameters and preferences ---

void CounterWorkflow::showParameterEditor()
{
    if (!m_parameterEditor) {
        ParameterEditor::Seams seams;
        seams.confirm = [this](const QString &q) { return m_host->ask(q); };
        seams.openFile = [this](const QString &c, const QString &f, const QString &s) { return m_openFile(c, f, s); };
        seams.saveFile = [this](const QString &c, const QString &f, const QString &s) {
            return m_saveFile(c, f, QDir(m_lastDir).filePath(s));
        };
        m_parameterEditor = new ParameterEditor(datadir::packsDir(), m_library.get(), std::move(seams), m_window);
        connect(m_parameterEditor, &ParameterEditor::packsChanged, this, &CounterWorkflow::reloadParameters);
    }
    m_parameterEditor->reload();
    m_parameterEditor->open();
}

void CounterWorkflow::reloadParameters(const QString &message)
{
    QStringList problems;
    m_host->setParameterLibrary(combinedLibrary(datadir::packsDir(), &problems));
    status(message);
    if (!problems.isEmpty())
        m_inform(tr("Some of your parameter packs are not used:\n%1").arg(problems.join(QLatin1Char('\n'))));
}

void CounterWorkflow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace pension::gui
