// The counter workflow driven through the real window: the case library (save, find by name and by ID number,
// reopen, copy, delete), the autosave draft surviving a killed program, clearing the screen, case files, the A4
// report (PDF and print), Excel and CSV exports, the parameter editor with its audit log, a damaged library at
// start. Every dialog that would block is answered through guitest::dialogs (the window's Dialogs); every window
// works on a fresh data folder.
//
// The same executable, started with PENSION_TEST_CHILD=type, is the child the crash test kills: it types into a
// window, waits for the autosave and then waits to be killed with SIGKILL.
#include "guitest.h"

#include "builtin_packs.h"
#include "caselibrary.h"
#include "counterworkflow.h"
#include "datadir.h"
#include "format.h"
#include "formstate.h"
#include "language.h"
#include "librarydialog.h"
#include "parametereditor.h"
#include "preferencesdialog.h"
#include "report.h"
#include "xlsxexport.h"

#include <QAction>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

#include <cstdio>

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace guitest;
using pension::YearMonth;
using pension::gui::CounterWorkflow;
using pension::gui::LibraryDialog;
using pension::gui::MainWindow;
using pension::gui::ParameterEditor;

namespace {

// SD-3's woman, born 1969-02 in 济南 (370102).
const QString kSd3Id = withCheckDigit(QStringLiteral("37010219690215002"));

void enterNamedSd3(MainWindow &w, const QString &name = QStringLiteral("张三"))
{
    enterSd3(w);
    type(child<QLineEdit>(&w, "nameEdit"), name);
    type(child<QLineEdit>(&w, "idNumberEdit"), kSd3Id);
    w.recalculate();
}

// What the window asked when it opened a damaged library (its question and the choices offered); the chooser
// answers with `answer`.
struct RecordedChoice {
    QString text;
    QStringList choices;
};

void answerChooser(MainWindow &w, RecordedChoice &asked, int answer)
{
    dialogs(w).setChoose([&asked, answer](const QString &t, const QStringList &c) {
        asked.text = t;
        asked.choices = c;
        return answer;
    });
}

// Waits until the window has opened its library and looked for a draft (a queued step after construction).
#define WAIT_STARTED(w) QTRY_VERIFY_WITH_TIMEOUT((w).counter()->started(), 5000)

template <typename T> T *dialog(MainWindow &w, const char *name)
{
    T *d = w.findChild<T *>(QString::fromLatin1(name));
    return d && d->isVisible() ? d : nullptr;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The child of the crash test: types a case that is not complete (one field invalid), waits for the autosave,
// says so, and waits to be killed.
int typeAndWaitToBeKilled()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PensionPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("pension-planner-tests-child"));
    pension::gui::applyLanguage(QStringLiteral("en"));
    auto *w = new MainWindow; // never closed: the process is killed
    w->show();
    while (!w->counter()->started())
        QTest::qWait(20);
    type(child<QLineEdit>(w, "nameEdit"), QStringLiteral("李四"));
    type(child<QLineEdit>(w, "idNumberEdit"), QStringLiteral("3701021969"));
    type(child<QLineEdit>(w, "birthEdit"), QStringLiteral("1969-02"));
    type(child<QLineEdit>(w, "accountMonthsEdit"), QStringLiteral("314"));
    type(child<QLineEdit>(w, "averageIndexEdit"), QStringLiteral("1.6002"));
    type(child<QLineEdit>(w, "accountBalanceEdit"), QStringLiteral("233,006.4x"));
    const int before = w->counter()->draftWrites();
    QObject::connect(w->counter(), &CounterWorkflow::draftWritten, w, [w, before] {
        if (w->counter()->draftWrites() > before) {
            std::fputs("typed\n", stdout);
            std::fflush(stdout);
        }
    });
    return QApplication::exec();
}

// The child of the kill loop of the autosave: types one more character into the name every 100 ms, without a pause,
// saying "typed N" each time, until it is killed.
int typeOnUntilKilled()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PensionPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("pension-planner-tests-child"));
    pension::gui::applyLanguage(QStringLiteral("en"));
    auto *w = new MainWindow; // never closed: the process is killed
    w->show();
    while (!w->counter()->started())
        QTest::qWait(20);
    auto *name = child<QLineEdit>(w, "nameEdit");
    for (int typed = 1;; ++typed) {
        type(name, QString(typed, QChar(0x738B))); // 王
        std::printf("typed %d\n", typed);
        std::fflush(stdout);
        QTest::qWait(100);
    }
}

} // namespace

class TestCounter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings();
        pension::gui::applyLanguage(QStringLiteral("en"));
        pension::gui::setClerkName(QStringLiteral("王经办"));
    }

    void init() { freshDataDir(); }

    void aSavedCaseIsFoundByNameAndByIdNumberAndReopened()
    {
        {
            MainWindow w;
            w.show();
            WAIT_STARTED(w);
            enterNamedSd3(w);
            QCOMPARE(w.counter()->currentCaseId(), 0);
            QVERIFY(w.counter()->hasUnsavedChanges());
            child<QAction>(&w, "saveToLibraryAction")->trigger();
            QVERIFY(w.counter()->currentCaseId() > 0);
            QVERIFY(!w.counter()->hasUnsavedChanges());
            QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("张三")),
                     qPrintable(w.statusBar()->currentMessage()));
            // Saved: clearing the screen asks nothing.
            bool asked = false;
            dialogs(w).setAsk([&](const QString &) { return asked = true; });
            child<QAction>(&w, "newCaseAction")->trigger();
            QVERIFY(!asked);
            QVERIFY(child<QLineEdit>(&w, "nameEdit")->text().isEmpty());
        }
        // The next visit, in a new window.
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        w.setCalculationDate(YearMonth::of(2024, 2));
        QVERIFY(child<QLineEdit>(&w, "nameEdit")->text().isEmpty());
        auto *action = child<QAction>(&w, "libraryAction");
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
        QCOMPARE(child<QAction>(&w, "saveToLibraryAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_S));
        action->trigger();
        auto *library = dialog<LibraryDialog>(w, "libraryDialog");
        QVERIFY(library);
        auto *search = child<QLineEdit>(library, "librarySearchEdit");
        auto *table = child<QTableWidget>(library, "libraryTable");
        QCOMPARE(table->rowCount(), 1);
        // The ID number is shown masked.
        QCOMPARE(table->item(0, 1)->text(), pension::report::maskIdNumber(kSd3Id));
        // By name.
        type(search, QStringLiteral("张"));
        QCOMPARE(table->rowCount(), 1);
        type(search, QStringLiteral("王"));
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(child<QLabel>(library, "libraryStatus")->text().contains(QStringLiteral("王")));
        // By ID number: the first digits, the last ones, full-width digits as an input method types them.
        type(search, kSd3Id.left(10));
        QCOMPARE(table->rowCount(), 1);
        type(search, kSd3Id.right(5));
        QCOMPARE(table->rowCount(), 1);
        type(search, QStringLiteral("３７０１０２"));
        QCOMPARE(table->rowCount(), 1);
        // Enter opens it.
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(!library->isVisible());
        QCOMPARE(child<QLineEdit>(&w, "nameEdit")->text(), QStringLiteral("张三"));
        QCOMPARE(child<QLineEdit>(&w, "idNumberEdit")->text(), kSd3Id);
        QCOMPARE(child<QLineEdit>(&w, "birthEdit")->text(), QStringLiteral("1969-02"));
        QCOMPARE(child<QLineEdit>(&w, "averageIndexEdit")->text(), QStringLiteral("1.6002"));
        QCOMPARE(child<QLineEdit>(&w, "accountBalanceEdit")->text(), QStringLiteral("233006.44"));
        QCOMPARE(child<QComboBox>(&w, "regionCombo")->currentData().toString(), QStringLiteral("shandong"));
        QTRY_COMPARE(child<QLabel>(&w, "provisionalTotalLabel")->text(), QStringLiteral("6,057.30"));
        QVERIFY(w.counter()->currentCaseId() > 0);
        QVERIFY(!w.counter()->hasUnsavedChanges());
        // Saving again updates the same case.
        const qint64 id = w.counter()->currentCaseId();
        type(child<QLineEdit>(&w, "accountBalanceEdit"), QStringLiteral("233106.44"));
        QVERIFY(w.counter()->hasUnsavedChanges());
        child<QAction>(&w, "saveToLibraryAction")->trigger();
        QCOMPARE(w.counter()->currentCaseId(), id);
        QCOMPARE(w.counter()->library().search(QString()).size(), 1);
    }

    void anIncompleteCaseIsSavedAsTyped()
    {
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        type(child<QLineEdit>(&w, "nameEdit"), QStringLiteral("赵六"));
        type(child<QLineEdit>(&w, "birthEdit"), QStringLiteral("1970-1x"));
        child<QAction>(&w, "saveToLibraryAction")->trigger();
        const qint64 id = w.counter()->currentCaseId();
        QVERIFY(id > 0);
        const auto record = w.counter()->library().load(id);
        QVERIFY(record);
        QCOMPARE(QJsonDocument::fromJson(record->json.toUtf8()).object().value(QStringLiteral("format")).toString(),
                 QStringLiteral("pension-form/1"));
        dialogs(w).setAsk([](const QString &) { return true; });
        w.newCase();
        QVERIFY(w.counter()->openLibraryCase(id));
        QCOMPARE(child<QLineEdit>(&w, "birthEdit")->text(), QStringLiteral("1970-1x"));
        QCOMPARE(child<QLineEdit>(&w, "nameEdit")->text(), QStringLiteral("赵六"));
        // Nothing typed, nothing to save: the clerk is told, nothing is stored.
        w.newCase();
        QString told;
        dialogs(w).setTell([&](const QString &text) { told = text; });
        child<QAction>(&w, "saveToLibraryAction")->trigger();
        QVERIFY(!told.isEmpty());
        QCOMPARE(w.counter()->library().search(QString()).size(), 1);
    }

    // Ctrl+N asks before dropping anything typed: a lone period, a lone index or a province's statement figure
    // counts as much as a name (one check of "typed", shared with the autosave).
    void newCaseAsksForAnythingTyped_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addRow("average index") << QStringLiteral("averageIndexEdit");
        QTest::addRow("deemed months") << QStringLiteral("deemedEdit");
        QTest::addRow("transition index") << QStringLiteral("transitionIndexEdit");
        QTest::addRow("a plan period") << QStringLiteral("period");
    }

    void newCaseAsksForAnythingTyped()
    {
        QFETCH(QString, field);
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        if (field == QStringLiteral("period")) {
            child<QPushButton>(&w, "addPeriodButton")->click();
            auto *periods = child<QTableView>(&w, "periodsTable")->model();
            QVERIFY(periods->rowCount() > 0);
            periods->setData(periods->index(0, 0), QStringLiteral("2026-01"));
        } else {
            auto *edit = w.findChild<QLineEdit *>(field);
            QVERIFY2(edit, qPrintable(field));
            edit->setText(QStringLiteral("1.2"));
        }
        int asked = 0;
        dialogs(w).setAsk([&](const QString &) {
            ++asked;
            return false; // keep it
        });
        child<QAction>(&w, "newCaseAction")->trigger();
        QCOMPARE(asked, 1);
        if (field != QStringLiteral("period"))
            QCOMPARE(w.findChild<QLineEdit *>(field)->text(), QStringLiteral("1.2"));
        // Nothing typed: nothing to ask.
        dialogs(w).setAsk([](const QString &) { return true; });
        w.newCase();
        asked = 0;
        dialogs(w).setAsk([&](const QString &) {
            ++asked;
            return true;
        });
        w.newCase();
        QCOMPARE(asked, 0);
    }

    void copyAndDeleteWithConfirmation()
    {
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        enterNamedSd3(w);
        child<QAction>(&w, "saveToLibraryAction")->trigger();
        const qint64 original = w.counter()->currentCaseId();
        child<QAction>(&w, "libraryAction")->trigger();
        auto *library = dialog<LibraryDialog>(w, "libraryDialog");
        QVERIFY(library);
        auto *table = child<QTableWidget>(library, "libraryTable");
        QCOMPARE(library->currentId(), original);
        child<QPushButton>(library, "libraryCopyButton")->click();
        const qint64 copy = library->currentId();
        QVERIFY(copy > 0 && copy != original);
        QCOMPARE(table->item(table->currentRow(), 0)->text(), QStringLiteral("张三 (copy)"));
        auto *search = child<QLineEdit>(library, "librarySearchEdit");
        type(search, QStringLiteral("张三"));
        QCOMPARE(table->rowCount(), 2);
        // The arrow keys move in the list while the cursor stays in the search field.
        QCOMPARE(table->currentRow(), 0);
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(table->currentRow(), 1);
        QVERIFY(library->currentId() != 0);
        QTest::keyClick(search, Qt::Key_Up);
        QCOMPARE(table->currentRow(), 0);
        QCOMPARE(search->text(), QStringLiteral("张三"));

        // Delete: asked first; "no" keeps it.
        library->selectId(original);
        QString asked;
        dialogs(w).setAsk([&](const QString &q) {
            asked = q;
            return false;
        });
        child<QPushButton>(library, "libraryDeleteButton")->click();
        QVERIFY2(asked.contains(QStringLiteral("张三")), qPrintable(asked));
        QCOMPARE(table->rowCount(), 2);
        // The Delete key in the list asks too; "yes" deletes.
        dialogs(w).setAsk([&](const QString &q) {
            asked = q;
            return true;
        });
        asked.clear();
        table->setFocus();
        library->selectId(original);
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(!asked.isEmpty());
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!w.counter()->library().load(original));
        // The case on screen was the one deleted: it is no longer saved anywhere.
        QCOMPARE(w.counter()->currentCaseId(), 0);
        QVERIFY(w.counter()->hasUnsavedChanges());
        // The copy opens.
        QCOMPARE(library->currentId(), copy);
        child<QPushButton>(library, "libraryOpenButton")->click();
        QCOMPARE(w.counter()->currentCaseId(), copy);
        QCOMPARE(child<QLineEdit>(&w, "birthEdit")->text(), QStringLiteral("1969-02"));
    }

    void whatWasTypedSurvivesAKilledProgram()
    {
        const QString dataDir = qEnvironmentVariable("PENSION_DATA_DIR");
        QProcess planner;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PENSION_TEST_CHILD"), QStringLiteral("type"));
        env.insert(QStringLiteral("PENSION_DATA_DIR"), dataDir);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        planner.setProcessEnvironment(env);
        planner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        planner.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(planner.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += planner.readAllStandardOutput()).contains("typed"), 30000);
        planner.kill(); // SIGKILL: no close event, no destructor
        QVERIFY(planner.waitForFinished());
        QCOMPARE(planner.exitStatus(), QProcess::CrashExit);

        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        // Exactly as typed, the invalid fields too.
        QCOMPARE(child<QLineEdit>(&w, "nameEdit")->text(), QStringLiteral("李四"));
        QCOMPARE(child<QLineEdit>(&w, "idNumberEdit")->text(), QStringLiteral("3701021969"));
        QCOMPARE(child<QLineEdit>(&w, "birthEdit")->text(), QStringLiteral("1969-02"));
        QCOMPARE(child<QLineEdit>(&w, "averageIndexEdit")->text(), QStringLiteral("1.6002"));
        QCOMPARE(child<QLineEdit>(&w, "accountBalanceEdit")->text(), QStringLiteral("233,006.4x"));
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("restored")),
                 qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(w.counter()->hasUnsavedChanges());
    }

    void theDraftFollowsEveryEditAndIsWrittenOnClose()
    {
        {
            MainWindow w;
            w.show();
            WAIT_STARTED(w);
            enterNamedSd3(w, QStringLiteral("王五"));
            // Debounced: written once the typing pauses.
            QTRY_VERIFY(w.counter()->library().draft().has_value());
            auto draft = w.counter()->library().draft();
            QVERIFY(draft->first.contains(QStringLiteral("王五")));
            // A complete case is in the draft as a case too.
            const QJsonObject state = QJsonDocument::fromJson(draft->first.toUtf8()).object();
            QCOMPARE(state.value(QStringLiteral("case")).toObject().value(QStringLiteral("format")).toString(),
                     QStringLiteral("pension-case/1"));
            // The last key before closing is not lost to the pause.
            type(child<QLineEdit>(&w, "nameEdit"), QStringLiteral("王五一"));
            w.close();
            QVERIFY(w.counter()->library().draft()->first.contains(QStringLiteral("王五一")));
        }
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        QCOMPARE(child<QLineEdit>(&w, "nameEdit")->text(), QStringLiteral("王五一"));
        QCOMPARE(child<QLineEdit>(&w, "idNumberEdit")->text(), kSd3Id);
    }

    void clearingTheScreenAsksWhenUnsavedAndKeepsNothing()
    {
        {
            MainWindow w;
            w.show();
            WAIT_STARTED(w);
            enterNamedSd3(w);
            QTRY_VERIFY(w.counter()->library().draft().has_value());
            QString asked;
            dialogs(w).setAsk([&](const QString &q) {
                asked = q;
                return false;
            });
            child<QAction>(&w, "newCaseAction")->trigger();
            QVERIFY(!asked.isEmpty());
            QCOMPARE(child<QLineEdit>(&w, "nameEdit")->text(), QStringLiteral("张三"));
            dialogs(w).setAsk([](const QString &) { return true; });
            child<QAction>(&w, "newCaseAction")->trigger();
            QVERIFY(child<QLineEdit>(&w, "nameEdit")->text().isEmpty());
            QVERIFY(!w.counter()->library().draft().has_value());
            QTest::qWait(400); // the autosave pause: an empty form writes no draft
            QVERIFY(!w.counter()->library().draft().has_value());
            w.close();
            QVERIFY(!w.counter()->library().draft().has_value());
        }
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        QVERIFY(child<QLineEdit>(&w, "nameEdit")->text().isEmpty());
    }

    void aCaseFileIsSavedAndOpenedAgain()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        enterNamedSd3(w);
        child<QComboBox>(&w, "gradeCombo")->setCurrentText(QStringLiteral("75%"));
        QTRY_VERIFY(w.shownResult().has_value());
        const auto total = w.shownResult()->monthly.total;
        QString suggested;
        dialogs(w).setSaveFile([&](const QString &, const QString &, const QString &s) {
            suggested = s;
            return dir.filePath(QStringLiteral("zhang")); // no suffix typed
        });
        child<QAction>(&w, "saveCaseFileAction")->trigger();
        QVERIFY2(suggested.endsWith(QStringLiteral("张三-2024-02.pension.json")), qPrintable(suggested));
        const QString path = dir.filePath(QStringLiteral("zhang.pension.json"));
        const QByteArray written = readFile(path);
        auto kase = pension::readCase(written.toStdString());
        QVERIFY(std::holds_alternative<pension::Case>(kase));
        QCOMPARE(std::get<pension::Case>(kase).person.name, std::string("张三"));
        QVERIFY(!w.counter()->hasUnsavedChanges());

        dialogs(w).setAsk([](const QString &) { return true; });
        w.newCase();
        dialogs(w).setOpenFile([&](const QString &, const QString &, const QString &) { return path; });
        child<QAction>(&w, "openCaseFileAction")->trigger();
        QCOMPARE(child<QLineEdit>(&w, "nameEdit")->text(), QStringLiteral("张三"));
        QCOMPARE(child<QLineEdit>(&w, "idNumberEdit")->text(), kSd3Id);
        QCOMPARE(child<QLineEdit>(&w, "deemedEdit")->text(), QStringLiteral("102"));
        QCOMPARE(child<QLineEdit>(&w, "accountMonthsEdit")->text(), QStringLiteral("314"));
        QCOMPARE(child<QComboBox>(&w, "kindCombo")->currentData().toString(), QStringLiteral("employee"));
        QTRY_VERIFY(w.shownResult().has_value());
        QCOMPARE(w.shownResult()->monthly.total, total);

        // A shipped sample: its first contribution month is not a field of the form, and the clerk is told.
        QString told;
        dialogs(w).setTell([&](const QString &text) { told = text; });
        QVERIFY(w.counter()->openCaseFileAt(
            QStringLiteral(PENSION_SOURCE_DIR "/resources/samples/weifang-flexible.pension.json")));
        QCOMPARE(child<QLineEdit>(&w, "nameEdit")->text(), QStringLiteral("郭某"));
        QCOMPARE(child<QComboBox>(&w, "gradeCombo")->currentText(), QStringLiteral("100%"));
        QVERIFY2(told.contains(QStringLiteral("insurance.firstContribution")), qPrintable(told));
        // Not a case: the reason, and the form stays as it was.
        const QString bad = dir.filePath(QStringLiteral("bad.pension.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"pension-case/1\", \"region\": 7}");
        f.close();
        told.clear();
        QVERIFY(!w.counter()->openCaseFileAt(bad));
        QVERIFY(told.contains(QStringLiteral("region")));
        QCOMPARE(child<QLineEdit>(&w, "nameEdit")->text(), QStringLiteral("郭某"));
    }

    // The pinned plans are saved with the case (its `compare`), in a case file and in the library, come back as the
    // same pins when the case is opened again, and are printed side by side on page 1 of the report.
    void pinsRoundTrippedThroughAFileAndPrinted()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        enterYoungFlexibleWorker(w);
        w.recalculate();
        auto *grid = child<QTableView>(&w, "gridTable");
        QTRY_VERIFY(grid->model()->rowCount() > 5 && grid->model()->columnCount() > 3);
        w.showTab(MainWindow::PlansTab);
        const int last = grid->model()->columnCount() - 1;
        for (const auto &[row, column] : {std::pair{1, 2}, std::pair{5, last}, std::pair{3, 0}}) {
            grid->setCurrentIndex(grid->model()->index(row, column));
            child<QPushButton>(&w, "pinButton")->click();
        }
        auto *pins = child<QTableView>(&w, "pinsTable")->model();
        QCOMPARE(pins->columnCount(), 3);
        const std::vector<pension::ComparePlan> pinned = w.pinnedPlans();
        QCOMPARE(pinned.size(), std::size_t(3));
        // The grid's last column pays until retirement: written without stopAfterYears.
        QVERIFY(pinned[0].stopAfterYears.has_value());
        QVERIFY(!pinned[1].stopAfterYears.has_value());
        QCOMPARE(pinned[2].stopAfterYears, std::optional<int>(0));
        std::vector<pension::Fen> monthly;
        for (const auto &pin : w.outcome().pins) {
            QVERIFY(pin.plan.ok());
            monthly.push_back(pin.plan.result->monthly.total);
        }
        QCOMPARE(monthly.size(), std::size_t(3));

        // A case file: its `compare` is the pins, in order.
        const QString path = dir.filePath(QStringLiteral("pins.pension.json"));
        guitest::dialogs(w).setSaveFile([&](const QString &, const QString &, const QString &) { return path; });
        child<QAction>(&w, "saveCaseFileAction")->trigger();
        auto read = pension::readCase(readFile(path).toStdString());
        QVERIFY(std::holds_alternative<pension::Case>(read));
        QVERIFY(std::get<pension::Case>(read).compare == pinned);

        const auto samePinsAgain = [&](const char *how) {
            QVERIFY2(pins->columnCount() == 3, how);
            QVERIFY2(w.pinnedPlans() == pinned, how);
            QCOMPARE(w.outcome().pins.size(), std::size_t(3));
            for (std::size_t i = 0; i < 3; ++i)
                QCOMPARE(w.outcome().pins[i].plan.result->monthly.total, monthly[i]);
        };
        guitest::dialogs(w).setAsk([](const QString &) { return true; });
        w.newCase();
        QCOMPARE(pins->columnCount(), 0);
        QVERIFY(w.counter()->openCaseFileAt(path));
        samePinsAgain("opened from the file");

        // The library: saved with the case, restored when it is opened.
        child<QAction>(&w, "saveToLibraryAction")->trigger();
        const qint64 id = w.counter()->currentCaseId();
        QVERIFY(id > 0);
        w.newCase();
        QCOMPARE(pins->columnCount(), 0);
        QVERIFY(w.counter()->openLibraryCase(id));
        samePinsAgain("opened from the library");

        // A case file without pins opens without any (the previous resident's go).
        const QString plain = dir.filePath(QStringLiteral("plain.pension.json"));
        auto kase = std::get<pension::Case>(read);
        kase.compare.clear();
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(pension::writeCase(kase)));
        f.close();
        QVERIFY(!readFile(plain).contains("compare"));
        QVERIFY(w.counter()->openCaseFileAt(plain));
        QCOMPARE(pins->columnCount(), 0);
        QVERIFY(w.counter()->openCaseFileAt(path));
        samePinsAgain("opened from the file again");

        // Printed: page 1 has the plans side by side with their monthly figures.
        const QString pdf = dir.filePath(QStringLiteral("pins.pdf"));
        guitest::dialogs(w).setSaveFile([&](const QString &, const QString &, const QString &) { return pdf; });
        child<QAction>(&w, "exportPdfAction")->trigger();
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(!text.isEmpty(), "pdftotext gave nothing");
        const QString page1 = text.section(QLatin1Char('\f'), 0, 0);
        QVERIFY2(page1.contains(QStringLiteral("Break-even age vs plan")), qPrintable(page1));
        for (pension::Fen m : monthly)
            QVERIFY2(page1.contains(pension::gui::Format::money(m)), qPrintable(pension::gui::Format::money(m)));
    }

    void plansAndYearsAreExportedToExcelAndCsv()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        enterYoungFlexibleWorker(w);
        w.recalculate();
        QVERIFY(w.outcome().grid.has_value());
        QString next;
        dialogs(w).setSaveFile([&](const QString &, const QString &, const QString &) { return next; });

        next = dir.filePath(QStringLiteral("plans.xlsx"));
        auto *xlsx = child<QAction>(&w, "exportXlsxAction");
        QVERIFY(xlsx->isEnabled());
        xlsx->trigger();
        QVERIFY(QFile::exists(next));
        const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
        if (!unzip.isEmpty()) {
            const QString strings = run(unzip, {QStringLiteral("-p"), next, QStringLiteral("xl/sharedStrings.xml")});
            QVERIFY2(strings.contains(QStringLiteral("Monthly pension")), qPrintable(strings.left(400)));
            QVERIFY(strings.contains(QStringLiteral("Balance")));
            const QString plans = run(unzip, {QStringLiteral("-p"), next, QStringLiteral("xl/worksheets/sheet1.xml")});
            const auto &cell = w.outcome().grid->cells.front();
            QVERIFY(cell.numbers.valid);
            const QString monthly = QString::number(static_cast<double>(cell.numbers.monthly.total) / 100, 'g', 15);
            QVERIFY2(plans.contains(QStringLiteral("<v>%1</v>").arg(monthly)), qPrintable(monthly));
        } else {
            qWarning("unzip not installed: the workbook's content is not checked");
        }

        next = dir.filePath(QStringLiteral("plans"));
        child<QAction>(&w, "exportPlansCsvAction")->trigger();
        const QByteArray plans = readFile(next + QStringLiteral("-plans.csv"));
        QVERIFY(plans.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(plans, pension::exporting::gridCsv(*w.outcome().grid));

        next = dir.filePath(QStringLiteral("years.csv"));
        child<QAction>(&w, "exportYearsCsvAction")->trigger();
        QCOMPARE(readFile(next), pension::exporting::yearsCsv(*w.shownResult()));

        // Nothing to export without a result: the actions say why.
        dialogs(w).setAsk([](const QString &) { return true; });
        w.newCase();
        QVERIFY(!xlsx->isEnabled());
        QVERIFY(!child<QAction>(&w, "printAction")->isEnabled());
        QVERIFY(!child<QAction>(&w, "printAction")->toolTip().isEmpty());
    }

    void theA4ReportIsExportedAsPdfAndPrinted()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        enterNamedSd3(w);
        QTRY_VERIFY(w.shownResult().has_value());
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        dialogs(w).setSaveFile([&](const QString &, const QString &, const QString &) { return pdf; });
        child<QAction>(&w, "exportPdfAction")->trigger();
        QVERIFY(QFile::exists(pdf));
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(!text.isEmpty(), "pdftotext gave nothing");
        QVERIFY2(text.contains(pension::report::maskIdNumber(kSd3Id)), qPrintable(text.left(1200)));
        QVERIFY(!text.contains(kSd3Id));
        const QString total = QString::fromStdString(pension::formatFen(w.shownResult()->monthly.total));
        QVERIFY2(text.contains(total), qPrintable(total));
        QVERIFY(text.contains(QStringLiteral("6057.30"))); // the provisional 预发 total of SD-3
        QString flat = text;
        flat.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(flat.contains(QStringLiteral("以经办机构核定为准")), qPrintable(text.right(700)));
        QVERIFY(text.contains(QStringLiteral("王经办")));
        // The pack versions are on the sheet (poppler loses the digits of lines that mix Chinese and Latin text, so
        // only the pack names are compared).
        QVERIFY(text.contains(QStringLiteral("national@")) && text.contains(QStringLiteral("shandong@")));

        // Print: the printer dialog is answered by the test; here it prints to a PDF file.
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        bool dialogShown = false;
        dialogs(w).setPrint([&](QPrinter *printer) {
            dialogShown = true;
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(printed);
            return true;
        });
        auto *print = child<QAction>(&w, "printAction");
        QVERIFY(print->isEnabled());
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        print->trigger();
        QVERIFY(dialogShown);
        const QString printedText = run(QStringLiteral("pdftotext"), {printed, QStringLiteral("-")});
        QVERIFY(printedText.contains(QStringLiteral("王经办")));
        QVERIFY(printedText.contains(pension::report::maskIdNumber(kSd3Id)));
        // Cancelled: nothing printed.
        QFile::remove(printed);
        dialogs(w).setPrint([](QPrinter *) { return false; });
        print->trigger();
        QVERIFY(!QFile::exists(printed));
    }

    void aNewPensionBaseIsCheckedRecordedAndUsedAtOnce()
    {
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        enterNamedSd3(w);
        QTRY_VERIFY(w.shownResult().has_value());
        QVERIFY(w.shownResult()->paramsVersion.find("shandong@2026.11.1") != std::string::npos);
        QVERIFY(w.shownResult()->paramsVersion.find("-local") == std::string::npos);

        child<QAction>(&w, "parameterEditorAction")->trigger();
        auto *editor = dialog<ParameterEditor>(w, "parameterEditor");
        QVERIFY(editor);
        // Every pack, with its city series.
        auto *tree = child<QTreeWidget>(editor, "seriesTree");
        const int shippedPacks = QDir(QStringLiteral(PENSION_SOURCE_DIR "/resources/regions"))
                                     .entryList({QStringLiteral("*.json")}, QDir::Files)
                                     .size();
        QVERIFY(shippedPacks >= 3); // national, shandong, hebei at least
        QCOMPARE(tree->topLevelItemCount(), shippedPacks);
        QVERIFY(editor->selectSeries(QStringLiteral("shandong"), QStringLiteral("binzhou"),
                                     QStringLiteral("indexDenominator")));
        QVERIFY(child<QTableWidget>(editor, "valuesTable")->rowCount() > 10);
        QVERIFY(editor->selectSeries(QStringLiteral("shandong"), QString(), QStringLiteral("pensionBase")));
        auto *values = child<QTableWidget>(editor, "valuesTable");
        const int rows = values->rowCount();
        QVERIFY(rows >= 6);
        QCOMPARE(values->item(rows - 1, 0)->text(), QStringLiteral("2025"));
        QVERIFY(values->item(rows - 1, 6)->text().contains(QStringLiteral("鲁人社字")));
        auto *from = child<QLineEdit>(editor, "editFromEdit");
        QCOMPARE(from->text(), QStringLiteral("2026")); // the year after the last one
        auto *value = child<QLineEdit>(editor, "editValueEdit");
        auto *source = child<QLineEdit>(editor, "editSourceEdit");
        auto *apply = child<QPushButton>(editor, "applyEditButton");
        auto *valueError = child<QLabel>(editor, "editValueError");
        auto *sourceError = child<QLabel>(editor, "editSourceError");

        // Not a number: the message next to the value.
        type(value, QStringLiteral("79５0x"));
        type(source, QStringLiteral("鲁人社字〔2026〕1号, read on the provincial site"));
        apply->click();
        QVERIFY(valueError->isVisible());
        QVERIFY2(valueError->text().contains(QStringLiteral("number")), qPrintable(valueError->text()));
        // Implausible for a pension base: the engine's range check, next to the value too.
        type(value, QStringLiteral("79"));
        apply->click();
        QVERIFY(valueError->isVisible());
        QVERIFY2(valueError->text().contains(QStringLiteral("100")), qPrintable(valueError->text()));
        // No source: refused, next to the source.
        type(value, QStringLiteral("7,950"));
        source->clear();
        apply->click();
        QVERIFY(!valueError->isVisible());
        QVERIFY(sourceError->isVisible());
        QVERIFY(!QFile::exists(pension::gui::datadir::packsDir() + QStringLiteral("/shandong.json")));
        QVERIFY(w.counter()->library().audit().isEmpty());

        // Accepted.
        type(source, QStringLiteral("鲁人社字〔2026〕1号, read on the provincial site"));
        type(child<QLineEdit>(editor, "editPublishedOnEdit"), QStringLiteral("2026-12"));
        QTest::keyClick(child<QLineEdit>(editor, "editPublishedOnEdit"), Qt::Key_Return);
        QVERIFY2(!child<QLabel>(editor, "editError")->isVisible(),
                 qPrintable(child<QLabel>(editor, "editError")->text()));
        QVERIFY(!sourceError->isVisible());
        QVERIFY2(child<QLabel>(editor, "editResult")->text().contains(QStringLiteral("2026.11.1-local.1")),
                 qPrintable(child<QLabel>(editor, "editResult")->text()));
        const QByteArray pack = readFile(pension::gui::datadir::packsDir() + QStringLiteral("/shandong.json"));
        QVERIFY(pack.contains("\"2026.11.1-local.1\""));
        QVERIFY(pack.contains("7950"));
        // The result names the new version at once.
        QVERIFY2(w.shownResult()->paramsVersion.find("shandong@2026.11.1-local.1") != std::string::npos,
                 w.shownResult()->paramsVersion.c_str());
        QVERIFY(child<QLabel>(&w, "statusLabel")->text().contains(QStringLiteral("local.1")));
        QCOMPARE(values->rowCount(), rows + 1);
        QCOMPARE(values->item(rows, 1)->text(), QStringLiteral("7950"));

        // The audit log: who, what, old → new, source.
        const auto audit = w.counter()->library().audit();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0].who, QStringLiteral("王经办"));
        QCOMPARE(audit[0].pack, QStringLiteral("shandong@2026.11.1-local.1"));
        QCOMPARE(audit[0].key, QStringLiteral("series.pensionBase[2026]"));
        QVERIFY(audit[0].oldValue.isEmpty());
        QCOMPARE(audit[0].newValue, QStringLiteral("7950"));
        QVERIFY(audit[0].source.contains(QStringLiteral("鲁人社字〔2026〕1号")));
        auto *log = child<QTableWidget>(editor, "auditTable");
        QCOMPARE(log->rowCount(), 1);
        QCOMPARE(log->item(0, 1)->text(), QStringLiteral("王经办"));
        QCOMPARE(log->item(0, 3)->text(), QStringLiteral("series.pensionBase[2026]"));

        // Correcting the same figure replaces it and logs the old value.
        editor->selectSeries(QStringLiteral("shandong"), QString(), QStringLiteral("pensionBase"));
        type(from, QStringLiteral("2026"));
        type(value, QStringLiteral("7962"));
        type(source, QStringLiteral("鲁人社字〔2026〕2号 (correction)"));
        apply->click();
        QVERIFY(w.shownResult()->paramsVersion.find("shandong@2026.11.1-local.2") != std::string::npos);
        QCOMPARE(w.counter()->library().audit().first().oldValue, QStringLiteral("7950"));
        editor->close();

        // The next start computes with the edited pack.
        MainWindow again;
        again.show();
        WAIT_STARTED(again);
        enterSd3(again);
        QTRY_VERIFY(again.shownResult().has_value());
        QVERIFY(again.shownResult()->paramsVersion.find("shandong@2026.11.1-local.2") != std::string::npos);
    }

    void packsAreImportedCheckedExportedAndReverted()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        enterNamedSd3(w);
        QTRY_VERIFY(w.shownResult().has_value());
        child<QAction>(&w, "parameterEditorAction")->trigger();
        auto *editor = dialog<ParameterEditor>(w, "parameterEditor");
        QVERIFY(editor);
        // Export the shipped pack, give it a new version, import it back.
        const QString exported = dir.filePath(QStringLiteral("shandong.json"));
        QVERIFY(editor->selectSeries(QStringLiteral("shandong"), QString(), QStringLiteral("pensionBase")));
        dialogs(w).setSaveFile([&](const QString &, const QString &, const QString &) { return exported; });
        child<QPushButton>(editor, "exportPackButton")->click();
        QByteArray text = readFile(exported);
        QVERIFY(text.contains("\"id\": \"shandong\""));
        text.replace("\"version\": \"2026.11.1\"", "\"version\": \"2027.01.1\"");
        const QString update = dir.filePath(QStringLiteral("shandong-2027.json"));
        {
            QFile f(update);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        QString asked;
        dialogs(w).setAsk([&](const QString &q) {
            asked = q;
            return true;
        });
        dialogs(w).setOpenFile([&](const QString &, const QString &, const QString &) { return update; });
        child<QPushButton>(editor, "importPackButton")->click();
        QVERIFY2(asked.contains(QStringLiteral("2027.01.1")), qPrintable(asked));
        QVERIFY(w.shownResult()->paramsVersion.find("shandong@2027.01.1") != std::string::npos);
        QCOMPARE(w.counter()->library().audit().first().key, QStringLiteral("import"));

        // A broken pack is refused with the file and key named, and nothing changes.
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        text.replace("\"value\": 7468", "\"value\": \"lots\"");
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        QVERIFY(!editor->importPack(broken));
        auto *error = child<QLabel>(editor, "editError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("broken.json")), qPrintable(error->text()));
        QVERIFY(w.shownResult()->paramsVersion.find("shandong@2027.01.1") != std::string::npos);

        // Back to the shipped version.
        QVERIFY(editor->selectSeries(QStringLiteral("shandong"), QString(), QStringLiteral("pensionBase")));
        child<QPushButton>(editor, "revertPackButton")->click();
        QVERIFY(w.shownResult()->paramsVersion.find("shandong@2026.11.1") != std::string::npos);
        QVERIFY(w.shownResult()->paramsVersion.find("2027") == std::string::npos);
        QCOMPARE(w.counter()->library().audit().first().key, QStringLiteral("revert"));
    }

    // 4. Typing on without a pause: the draft is written at least every 2 s, not only after a pause.
    void theDraftIsWrittenWhileTypingOn()
    {
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        auto *name = child<QLineEdit>(&w, "nameEdit");
        QElapsedTimer clock;
        clock.start();
        qint64 firstDraftAt = -1;
        int typed = 0;
        while (clock.elapsed() < 3500) {
            type(name, QString(typed + 1, QChar(0x738B))); // one more 王 each time, as typing adds a character
            ++typed;
            QTest::qWait(100); // faster than the 300 ms pause
            if (firstDraftAt < 0 && w.counter()->library().draft().has_value())
                firstDraftAt = clock.elapsed();
        }
        QVERIFY2(firstDraftAt >= 0, "no draft was written while typing on for 3.5 s");
        QVERIFY2(firstDraftAt <= CounterWorkflow::kAutosaveMaxDelayMs + 700, qPrintable(QString::number(firstDraftAt)));
        // At most about 2 s of typing is missing from the draft.
        const QString draft = w.counter()->library().draft()->first;
        const int inDraft = static_cast<int>(draft.count(QStringLiteral("王")));
        QVERIFY2(inDraft >= typed - 25, qPrintable(QStringLiteral("typed %1, in the draft %2, first draft at %3 ms")
                                                       .arg(typed)
                                                       .arg(inDraft)
                                                       .arg(firstDraftAt)));
    }

    // 4. The kill loop: a program typing on without a pause is killed at a random moment, five times; each time the
    // next window brings back what was typed up to at most 2 s (20 characters at this pace) before the kill.
    void typingOnAndKilledLosesAtMostTwoSeconds()
    {
        for (int round = 0; round < 5; ++round) {
            freshDataDir();
            QProcess planner;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PENSION_TEST_CHILD"), QStringLiteral("typeOn"));
            env.insert(QStringLiteral("PENSION_DATA_DIR"), qEnvironmentVariable("PENSION_DATA_DIR"));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            planner.setProcessEnvironment(env);
            planner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            planner.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(planner.waitForStarted());
            const int until = 25 + QRandomGenerator::global()->bounded(20); // 2.5–4.5 s of typing
            QByteArray said;
            QTRY_VERIFY_WITH_TIMEOUT((said += planner.readAllStandardOutput())
                                         .contains(QByteArray("typed " + QByteArray::number(until) + "\n")),
                                     30000);
            planner.kill();
            QVERIFY(planner.waitForFinished());
            said += planner.readAllStandardOutput();
            const QList<QByteArray> lines = said.trimmed().split('\n');
            const int typed = lines.last().mid(6).toInt();
            QVERIFY(typed >= until);

            MainWindow w;
            w.show();
            WAIT_STARTED(w);
            const int kept = static_cast<int>(child<QLineEdit>(&w, "nameEdit")->text().size());
            QVERIFY2(kept >= typed - 21,
                     qPrintable(QStringLiteral("round %1: typed %2, kept %3").arg(round).arg(typed).arg(kept)));
            qInfo("round %d: typed %d characters, %d came back", round, typed, kept);
        }
    }

    // 3. A second window on the same library opens it read-only and says so; it neither takes the first window's
    // draft nor deletes it (Ctrl+N), and its saves are refused with the reason.
    void aSecondWindowOpensTheLibraryReadOnly()
    {
        MainWindow first;
        first.show();
        WAIT_STARTED(first);
        enterNamedSd3(first, QStringLiteral("甲"));
        QTRY_VERIFY(first.counter()->library().draft().has_value());

        MainWindow second;
        QStringList told;
        dialogs(second).setTell([&](const QString &t) { told << t; });
        dialogs(second).setAsk([](const QString &) { return true; });
        second.show();
        WAIT_STARTED(second);
        QVERIFY(second.counter()->library().isReadOnly());
        QVERIFY2(!told.isEmpty() && told.front().contains(QStringLiteral("another window")),
                 qPrintable(told.join(QLatin1Char('|'))));
        QVERIFY(child<QLineEdit>(&second, "nameEdit")->text().isEmpty()); // the first window's draft stays there
        child<QAction>(&second, "newCaseAction")->trigger();
        enterNamedSd3(second, QStringLiteral("乙"));
        second.counter()->writeDraft();
        child<QAction>(&second, "saveToLibraryAction")->trigger();
        QVERIFY2(told.last().contains(QStringLiteral("another window")), qPrintable(told.last()));
        QVERIFY(first.counter()->library().draft()->first.contains(QStringLiteral("甲")));
        QVERIFY(first.counter()->library().search(QStringLiteral("乙")).isEmpty());
    }

    // 2. An empty (0-byte) library at start is damaged: the clerk is told and offered the backup, which holds the
    // cases (and is not a backup of the empty file).
    void anEmptyLibraryFileIsDamaged()
    {
        const QString path = pension::gui::datadir::libraryPath();
        {
            pension::storage::CaseLibrary lib;
            QVERIFY(lib.open(path));
            for (int i = 0; i < 3; ++i)
                QVERIFY(lib.save({0, QStringLiteral("居民%1").arg(i), QString(), QStringLiteral("{}"), {}, {}}) > 0);
        } // closing backs the day's cases up
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        }
        QFile::remove(path + QStringLiteral("-wal"));
        MainWindow w;
        RecordedChoice asked;
        answerChooser(w, asked, 0);
        const QString &text = asked.text;
        const QStringList &choices = asked.choices;
        w.show();
        WAIT_STARTED(w);
        QVERIFY2(text.contains(QStringLiteral("damaged")), qPrintable(text));
        QVERIFY2(choices.value(0).contains(QStringLiteral("cases in it: 3")),
                 qPrintable(choices.join(QLatin1Char('|'))));
        QCOMPARE(w.counter()->library().search(QString()).size(), 3);
    }

    // 1. The newest good backup holds fewer cases than the damaged library still shows: the choice says so.
    void aBackupWithFewerCasesIsNamedAsSuch()
    {
        const QString path = pension::gui::datadir::libraryPath();
        {
            pension::storage::CaseLibrary lib;
            QVERIFY(lib.open(path));
            QVERIFY(lib.save({0, QStringLiteral("保留"), QString(), QStringLiteral("{}"), {}, {}}) > 0);
        } // a backup of 1 case
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("more"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (int i = 0; i < 21; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO cases (name, id_number, json, created, updated) VALUES"
                                              " ('后来%1', '', '{}', '2026-01-01', '2026-01-01')")
                                   .arg(i)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'cases_name'")) && q.next());
            const int page = q.value(0).toInt();
            q.finish();
            db.close();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(qint64(page - 1) * 4096));
            f.write(QByteArray(4096, '\x5a')); // an index page: the table still counts 22
        }
        QSqlDatabase::removeDatabase(QStringLiteral("more"));
        MainWindow w;
        RecordedChoice asked;
        answerChooser(w, asked, 2); // continue without: nothing is replaced
        const QString &text = asked.text;
        const QStringList &choices = asked.choices;
        w.show();
        WAIT_STARTED(w);
        QVERIFY2(choices.value(0).contains(QStringLiteral("fewer")), qPrintable(choices.join(QLatin1Char('|'))));
        QVERIFY2(text.contains(QStringLiteral("(1)")) && text.contains(QStringLiteral("(22)")), qPrintable(text));
        QVERIFY(QFile::exists(path));
    }

    // A library saved before the program worked in its own subfolder (PENSION_DATA_DIR/cases.sqlite) is moved into
    // it at the next start, with its backups and edited packs: the cases saved before are still in the library.
    void anEarlierLibraryMovesIntoTheSubfolder()
    {
        const QString given = QDir::cleanPath(qEnvironmentVariable("PENSION_DATA_DIR"));
        QVERIFY(QDir().mkpath(given + QStringLiteral("/backups")));
        QVERIFY(QDir().mkpath(given + QStringLiteral("/regions")));
        {
            pension::storage::CaseLibrary old;
            QVERIFY(old.open(given + QStringLiteral("/cases.sqlite")));
        }
        QFile marker(given + QStringLiteral("/regions/marker.txt"));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        // The layout before: the library in the given folder itself, nothing in the subfolder.
        QDir(pension::gui::datadir::root()).removeRecursively();
        QVERIFY(QFile::exists(given + QStringLiteral("/cases.sqlite")));
        QVERIFY(pension::gui::datadir::ensureRoot());
        QVERIFY(QFile::exists(pension::gui::datadir::libraryPath()));
        QVERIFY(!QFile::exists(given + QStringLiteral("/cases.sqlite")));
        QVERIFY(QFile::exists(pension::gui::datadir::packsDir() + QStringLiteral("/marker.txt")));
        QVERIFY(QDir(pension::gui::datadir::root() + QStringLiteral("/backups")).exists());
    }

    // 13. PENSION_DATA_DIR (here a shared folder with the sticky bit) is left as it is: the program works in a
    // subfolder of its own, readable by the user alone; case files are written owner-only.
    void theDataFolderIsLeftAsItIs()
    {
#ifndef Q_OS_UNIX
        QSKIP("file modes: POSIX");
#else
        const QString given = qEnvironmentVariable("PENSION_DATA_DIR");
        QVERIFY(::chmod(QFile::encodeName(given).constData(), 01777) == 0);
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        QVERIFY(w.counter()->library().isOpen());
        struct stat st {};
        QVERIFY(::stat(QFile::encodeName(given).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, 01777u);
        QVERIFY(pension::gui::datadir::root().startsWith(given + QLatin1Char('/')));
        QVERIFY(::stat(QFile::encodeName(pension::gui::datadir::root()).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, 0700u);
        QCOMPARE(w.counter()->library().path(), pension::gui::datadir::libraryPath());

        QTemporaryDir dir;
        enterNamedSd3(w);
        const QString file = dir.filePath(QStringLiteral("zhang.pension.json"));
        dialogs(w).setSaveFile([&](const QString &, const QString &, const QString &) { return file; });
        child<QAction>(&w, "saveCaseFileAction")->trigger();
        QVERIFY(::stat(QFile::encodeName(file).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        // A PDF to a folder: the clerk is told which file and why; no "written" message.
        QStringList told;
        dialogs(w).setTell([&](const QString &t) { told << t; });
        QTRY_VERIFY(w.shownResult().has_value());
        const QString folder = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(QDir().mkpath(folder));
        dialogs(w).setSaveFile([&](const QString &, const QString &, const QString &) { return folder; });
        child<QAction>(&w, "exportPdfAction")->trigger();
        QVERIFY2(told.size() == 1 && told.front().contains(QDir::toNativeSeparators(folder)),
                 qPrintable(told.join(QLatin1Char('|'))));
        QVERIFY(QDir(folder).isEmpty());
        QVERIFY(!w.statusBar()->currentMessage().contains(QStringLiteral("written to")));
#endif
    }

    // 6, 7. The window refuses a case file nested 60,000 deep and a device, quickly and without crashing.
    void hostileCaseFilesAreRefused()
    {
        MainWindow w;
        QStringList told;
        dialogs(w).setTell([&](const QString &t) { told << t; });
        w.show();
        WAIT_STARTED(w);
        QTemporaryDir dir;
        const QString deep = dir.filePath(QStringLiteral("deep.pension.json"));
        {
            QFile f(deep);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"format\": \"pension-case/1\", \"region\": \"shandong\", \"asOf\": \"2025-06\", \"person\": "
                    "{\"name\": ");
            f.write(QByteArray(60000, '['));
            f.write(QByteArray(60000, ']'));
            f.write("}}");
        }
        QVERIFY(!w.counter()->openCaseFileAt(deep));
        QCOMPARE(told.size(), 1);
        QVERIFY(told.front().size() < 600);
#ifdef Q_OS_UNIX
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!w.counter()->openCaseFileAt(QStringLiteral("/dev/zero")));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(told.size(), 2);
        QVERIFY2(told.last().contains(QStringLiteral("not a regular file")), qPrintable(told.last()));
#endif
    }

    // 14. A national pack edited outside the program, its version string left as shipped: every result computed
    // with it is marked as computed with local figures.
    void anEditedPackIsMarkedLocal()
    {
        QFile shipped(QStringLiteral(PENSION_SOURCE_DIR "/resources/regions/national.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QJsonObject pack = QJsonDocument::fromJson(shipped.readAll()).object();
        pack.insert(QStringLiteral("note"), QStringLiteral("changed on this computer"));
        QVERIFY(QDir().mkpath(pension::gui::datadir::packsDir()));
        QFile edited(pension::gui::datadir::packsDir() + QStringLiteral("/national.json"));
        QVERIFY(edited.open(QIODevice::WriteOnly));
        edited.write(QJsonDocument(pack).toJson());
        edited.close();
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        enterNamedSd3(w);
        QTRY_VERIFY(w.shownResult().has_value());
        QVERIFY2(w.shownResult()->paramsVersion.find("national@2026.11.1-local.0") != std::string::npos,
                 w.shownResult()->paramsVersion.c_str());
        bool marked = false;
        for (const pension::Warning &warning : w.shownResult()->warnings)
            marked = marked || warning.code == pension::WarningCode::LocalFigures;
        QVERIFY(marked);
    }

    void aDamagedLibraryIsRestoredFromItsBackup()
    {
        const QString path = pension::gui::datadir::libraryPath();
        {
            pension::storage::CaseLibrary lib;
            QVERIFY(lib.open(path));
            QVERIFY(lib.save({0, QStringLiteral("保留"), QString(), QStringLiteral("{}"), {}, {}}) > 0);
        }
        {
            pension::storage::CaseLibrary lib; // the second opening makes the day's backup
            QVERIFY(lib.open(path));
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write(QByteArray(8192, '\x5a'));
        }
        MainWindow w;
        RecordedChoice asked;
        answerChooser(w, asked, 0);
        const QString &text = asked.text;
        const QStringList &choices = asked.choices;
        w.show();
        WAIT_STARTED(w);
        QVERIFY2(text.contains(QStringLiteral("damaged")), qPrintable(text));
        QCOMPARE(choices.size(), 3);
        QVERIFY(choices[0].contains(QStringLiteral("backup")));
        QVERIFY(w.counter()->library().isOpen());
        QCOMPARE(w.counter()->library().search(QStringLiteral("保留")).size(), 1);
        QCOMPARE(QDir(QFileInfo(path).absolutePath())
                     .entryList({QStringLiteral("cases.sqlite.damaged-*")}, QDir::Files)
                     .size(),
                 1);
    }

    void aDamagedLibraryWithoutBackupStartsEmptyAndIsKept()
    {
        const QString path = pension::gui::datadir::libraryPath();
        QVERIFY(pension::gui::datadir::ensureRoot());
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, '\x5a'));
        }
        MainWindow w;
        QStringList choices;
        dialogs(w).setChoose([&](const QString &, const QStringList &c) {
            choices = c;
            return static_cast<int>(c.size()) - 2; // "start an empty library"
        });
        w.show();
        WAIT_STARTED(w);
        QCOMPARE(choices.size(), 2);
        QVERIFY(w.counter()->library().isOpen());
        QVERIFY(w.counter()->library().search(QString()).isEmpty());
        const QStringList kept =
            QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("cases.sqlite.damaged-*")}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(readFile(QFileInfo(path).absolutePath() + QLatin1Char('/') + kept[0]), QByteArray(8192, '\x5a'));
        // It works: a case is saved.
        enterNamedSd3(w);
        child<QAction>(&w, "saveToLibraryAction")->trigger();
        QVERIFY(w.counter()->currentCaseId() > 0);
    }

    // Screenshots of the library dialog, the parameter editor (a figure being entered, then the change log) and
    // the first page of the A4 report, in Chinese, in English and in large-font mode, beside the main views'
    // (build/screenshots; PENSION_SCREENSHOT_DIR=docs/screenshots refreshes the committed ones).
    void dialogScreenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("large");
        QTest::addColumn<QString>("suffix");
        QTest::addRow("in Chinese") << QStringLiteral("zh") << false << QStringLiteral("zh");
        QTest::addRow("in English") << QStringLiteral("en") << false << QStringLiteral("en");
        QTest::addRow("in Chinese, large font") << QStringLiteral("zh") << true << QStringLiteral("zh-large");
        QTest::addRow("in English, large font") << QStringLiteral("en") << true << QStringLiteral("en-large");
    }

    void dialogScreenshots()
    {
        QFETCH(QString, language);
        QFETCH(bool, large);
        QFETCH(QString, suffix);
        const QString shots = qEnvironmentVariableIsSet("PENSION_SCREENSHOT_DIR")
                                  ? qEnvironmentVariable("PENSION_SCREENSHOT_DIR")
                                  : QStringLiteral(PENSION_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(shots));
        auto save = [&](QWidget *widget, const char *name) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QTest::qWait(100);
            const QString path = shots + QStringLiteral("/%1-%2.png").arg(QString::fromLatin1(name), suffix);
            QVERIFY2(widget->grab().save(path), qPrintable(path));
        };
        pension::gui::applyLanguage(language);
        MainWindow w;
        w.resize(1440, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        WAIT_STARTED(w);
        w.setLargeFont(large);

        // The Case menu: every step of the counter workflow, with its key (menus keep the system font).
        QMenu *caseMenu = w.menuBar()->actions().first()->menu();
        QVERIFY(caseMenu->actions().contains(child<QAction>(&w, "libraryAction")));
        if (!large) {
            caseMenu->popup(w.mapToGlobal(QPoint(0, 0)));
            QVERIFY(QTest::qWaitForWindowExposed(caseMenu));
            save(caseMenu, "case-menu");
            caseMenu->close();
        }

        // A morning at the counter: a few residents in the library.
        const struct {
            const char *name, *id17;
        } people[] = {{"王某", "37070219740512002"},
                      {"贾某", "13022519750312001"},
                      {"郭秀兰", "37070219720315004"},
                      {"李建国", "37010219660801003"},
                      {"刘某", "13022519690101002"}};
        for (const auto &p : people) {
            const QString id = withCheckDigit(QString::fromLatin1(p.id17));
            QVERIFY(w.counter()->library().save({0, QString::fromUtf8(p.name), id, QStringLiteral("{}"), {}, {}}) > 0);
        }
        enterNamedSd3(w);
        child<QAction>(&w, "saveToLibraryAction")->trigger();
        child<QAction>(&w, "libraryAction")->trigger();
        auto *library = dialog<LibraryDialog>(w, "libraryDialog");
        QVERIFY(library);
        type(child<QLineEdit>(library, "librarySearchEdit"), QStringLiteral("3701"));
        QCOMPARE(child<QTableWidget>(library, "libraryTable")->rowCount(), 2);
        save(library, "library");
        library->reject();

        child<QAction>(&w, "parameterEditorAction")->trigger();
        auto *editor = dialog<ParameterEditor>(w, "parameterEditor");
        QVERIFY(editor);
        editor->resize(large ? 1400 : 1150, large ? 900 : 760);
        QVERIFY(editor->selectSeries(QStringLiteral("shandong"), QString(), QStringLiteral("pensionBase")));
        type(child<QLineEdit>(editor, "editValueEdit"), QStringLiteral("7950"));
        type(child<QLineEdit>(editor, "editSourceEdit"),
             QStringLiteral("鲁人社字〔2026〕1号 (山东省人力资源和社会保障厅网站)"));
        type(child<QLineEdit>(editor, "editPublishedOnEdit"), QStringLiteral("2026-12"));
        save(editor, "parameters");
        child<QPushButton>(editor, "applyEditButton")->click();
        QVERIFY2(w.shownResult().has_value(), qPrintable(child<QLabel>(&w, "statusLabel")->text()));
        QVERIFY2(w.shownResult()->paramsVersion.find("local.1") != std::string::npos,
                 qPrintable(child<QLabel>(editor, "editError")->text() +
                            child<QLabel>(editor, "editValueError")->text() +
                            child<QLabel>(editor, "editSourceError")->text()));
        child<QTabWidget>(editor, "parameterTabs")->setCurrentIndex(1);
        save(editor, "parameters-log");
        editor->close();

        // The first page of the A4 report, in the language of the row.
        if (!large) {
            QTemporaryDir dir;
            const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
            dialogs(w).setSaveFile([&](const QString &, const QString &, const QString &) { return pdf; });
            child<QAction>(&w, "exportPdfAction")->trigger();
            QVERIFY(QFile::exists(pdf));
            if (!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
                run(QStringLiteral("pdftoppm"),
                    {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-singlefile"),
                     pdf, shots + QStringLiteral("/report-") + suffix});

            // A younger resident's plans pinned side by side: page 1 of the report compares them.
            guitest::dialogs(w).setAsk([](const QString &) { return true; });
            w.newCase();
            enterYoungFlexibleWorker(w);
            w.recalculate();
            auto *grid = child<QTableView>(&w, "gridTable");
            QTRY_VERIFY(grid->model()->rowCount() > 5 && grid->model()->columnCount() > 3);
            w.showTab(MainWindow::PlansTab);
            const int last = grid->model()->columnCount() - 1;
            for (const auto &[row, column] : {std::pair{0, last}, std::pair{2, 10}, std::pair{4, last}}) {
                grid->setCurrentIndex(grid->model()->index(row, column));
                child<QPushButton>(&w, "pinButton")->click();
            }
            QCOMPARE(w.pinnedPlans().size(), std::size_t(3));
            const QString compared = dir.filePath(QStringLiteral("compare.pdf"));
            guitest::dialogs(w).setSaveFile(
                [&](const QString &, const QString &, const QString &) { return compared; });
            child<QAction>(&w, "exportPdfAction")->trigger();
            QVERIFY(QFile::exists(compared));
            if (!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
                run(QStringLiteral("pdftoppm"),
                    {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-singlefile"),
                     compared, shots + QStringLiteral("/report-compare-") + suffix});
        }
        w.close();
        pension::gui::applyLanguage(QStringLiteral("en"));
    }

    void theClerkNameIsAPreference()
    {
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        child<QAction>(&w, "preferencesAction")->trigger();
        auto *prefs = dialog<QDialog>(w, "preferencesDialog");
        QVERIFY(prefs);
        auto *name = child<QLineEdit>(prefs, "clerkNameEdit");
        QCOMPARE(name->text(), QStringLiteral("王经办"));
        type(name, QStringLiteral("李经办"));
        prefs->accept();
        QCOMPARE(pension::gui::clerkName(), QStringLiteral("李经办"));
        pension::gui::setClerkName(QStringLiteral("王经办"));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setAttribute(Qt::AA_Use96Dpi, true);
    if (qEnvironmentVariable("PENSION_TEST_CHILD") == QStringLiteral("type"))
        return typeAndWaitToBeKilled();
    if (qEnvironmentVariable("PENSION_TEST_CHILD") == QStringLiteral("typeOn"))
        return typeOnUntilKilled();
    TestCounter test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_counter.moc"
