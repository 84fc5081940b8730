#pragma once
// The counter workflow around the main window: the case library (save, find, reopen, copy, delete), the autosave
// draft (every edit, ~300 ms after the last key, at least every 2 s while typing on, and on close; restored at the next
// start, so nothing typed is lost even when the program is killed), clearing the screen between residents, case files
// (.pension.json), the A4 report (print and PDF), Excel / CSV export, the parameter editor and the clerk's preferences.
//
// Every dialog that would block goes through the host's Dialogs (file names, the printer dialog, questions, messages),
// so tests drive the real actions without ever waiting on a modal dialog. The data folder comes from datadir
// (PENSION_DATA_DIR in tests).
//
// The window is seen only through CounterHost (counterhost.h). One class, its work in one file per job:
// counterworkflow.cpp (actions, menus, loading a case, the parameter editor), libraryactions.cpp (opening the library,
// a damaged file, saving, finding and reopening cases), autosave.cpp (the draft), caseio.cpp (case files) and
// exportactions.cpp (print, PDF, Excel, the two CSVs).

#include "caselibrary.h"
#include "formstate.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMenu;
class QPrinter;
class QTimer;
class QWidget;

namespace pension::report {
struct ReportInput;
}

namespace pension::gui {

class CounterHost;
class Dialogs;
class LibraryDialog;
class ParameterEditor;

class CounterWorkflow : public QObject {
    Q_OBJECT
public:
    // The draft: after this pause in typing, and at the latest this long after the first unsaved change.
    static constexpr int kAutosavePauseMs = 300;
    static constexpr int kAutosaveMaxDelayMs = 2000;

    explicit CounterWorkflow(CounterHost *host);
    ~CounterWorkflow() override;

    // The menu entries: the case ones after "New case", the output ones after the window's "Print" action, which
    // this class then handles (enabled while a result is shown).
    void addCaseActions(QMenu *menu);
    void addOutputActions(QMenu *menu, QAction *printAction);

    storage::CaseLibrary &library() { return *m_library; }
    // The library id of the case on screen (0: not in the library).
    qint64 currentCaseId() const { return m_caseId; }
    // Something typed that is neither saved to the library nor to a case file.
    bool hasUnsavedChanges() const;
    // How many times the draft was written (tests and the crash test's child wait on it).
    int draftWrites() const { return m_draftWrites; }
    bool started() const { return m_started; }

    // Called by the window: the form was cleared for the next resident; a result is (not) on display.
    void caseCleared();
    void resultShown(bool shown);

public slots:
    // The window's form was edited: the draft is written after a pause.
    void formEdited();
    // Saves the case on screen: over the library case it was opened from or last saved to, else as a new one.
    void saveToLibrary();
    // Saves the case on screen as a new library case (a copy), which the screen then belongs to.
    void saveAsNewToLibrary();
    void showLibrary();
    bool openLibraryCase(qint64 id);
    void openCaseFile();
    bool openCaseFileAt(const QString &path);
    void saveCaseFile();
    void print();
    void exportPdf();
    void exportXlsx();
    void exportPlansCsv();
    void exportYearsCsv();
    void showParameterEditor();
    void showPreferences();
    // Writes the draft now (the autosave timer, closing the window).
    void writeDraft();

signals:
    void draftWritten();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void start();
    void openLibrary();
    void resolveDamagedLibrary();
    QString readOnlyText() const;
    void restoreDraft();
    bool askToReplace();
    // `compare`: the pinned plans saved with the case, pinned again.
    void load(const FormValues &values, qint64 caseId, bool saved, const QStringList &dropped,
              const std::vector<ComparePlan> &compare = {});
    // A form state or case text read with the host's packs and calculation date.
    std::variant<formstate::Loaded, QString> readForm(const QByteArray &text) const;
    // The case to save: the form's case as it is now, with the plan it projects (nullopt: incomplete).
    std::optional<Case> caseNow();
    void reloadParameters(const QString &message);
    void retranslate();
    void updateActions();
    void status(const QString &message);
    std::optional<report::ReportInput> reportInput();
    void save(bool asNew);
    QString suggestedName(const QString &suffix) const;
    QString printName() const;
    QString chooseSavePath(const QString &caption, const QString &filter, const QString &suffix);
    bool writeFile(const QString &path, const QByteArray &bytes);
    Dialogs &dialogs() const;

    CounterHost *m_host;
    QWidget *m_window; // the host's window: parent of dialogs and actions
    std::unique_ptr<storage::CaseLibrary> m_library;
    QTimer *m_autosave = nullptr, *m_autosaveDeadline = nullptr;
    qint64 m_caseId = 0;
    QByteArray m_savedState; // the form state when it was last saved, opened or cleared
    QByteArray m_lastDraft;  // the form state written to the draft last
    int m_draftWrites = 0;
    bool m_started = false, m_resultShown = false;
    QString m_lastDir;

    QPointer<LibraryDialog> m_libraryDialog;
    QPointer<ParameterEditor> m_parameterEditor;

    QAction *m_saveAsNewAction = nullptr;
    QAction *m_printAction = nullptr, *m_saveAction = nullptr, *m_libraryAction = nullptr, *m_openFileAction = nullptr,
            *m_saveFileAction = nullptr, *m_pdfAction = nullptr, *m_xlsxAction = nullptr, *m_plansCsvAction = nullptr,
            *m_yearsCsvAction = nullptr, *m_parametersAction = nullptr, *m_preferencesAction = nullptr;
    QMenu *m_exportMenu = nullptr;
};

} // namespace pension::gui
