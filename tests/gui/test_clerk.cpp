// What a clerk trips on at the counter, driven through the real window: Ctrl+N leaves nothing of the previous
// resident (the grid's retirement choice, the status message), the grid has a current cell when tabbed into and
// says why it is empty, Ctrl+V pastes spreadsheet cells while a cell is being edited, a CSV import can add to the
// table, Ctrl+S saves over the open case and Ctrl+Shift+S saves a copy, Ctrl+E exports from a text field, the print
// job carries the resident's name and the date, the result shows today's money on request, the late-retirement
// note fits a flexible worker, the report chart labels each year once, a 15-digit ID number is converted, Enter
// moves to the next field, and every problem of the form is shown at once.
#include "guitest.h"

#include "caselibrary.h"
#include "counterworkflow.h"
#include "gridmodel.h"
#include "language.h"
#include "report.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QListWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

#include <cmath>

using namespace guitest;
using pension::YearMonth;
using pension::gui::CaseForm;
using pension::gui::MainWindow;

namespace {

#define WAIT_STARTED(w) QTRY_VERIFY_WITH_TIMEOUT((w).counter()->started(), 5000)

QString cell(QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data(Qt::EditRole).toString();
}

QString writeTemp(const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(qEnvironmentVariable("PENSION_DATA_DIR")).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The money of a label ("12,345.67" or "12,345.67 yuan") in fen.
qint64 fenOf(const QLabel *label)
{
    QString t = label->text();
    t.remove(QLatin1Char(',')).remove(QStringLiteral(" yuan"));
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok)
        qFatal("not money: %s", qPrintable(label->text()));
    return std::llround(v * 100);
}

// What a line edit does on X11, where Ctrl+E is "end of line": it claims the key through the shortcut override, so
// the window's shortcut never sees it. The offscreen platform's line edit does not, so the claim is made here.
class ClaimCtrlE : public QObject {
protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride &&
            static_cast<QKeyEvent *>(event)->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_E)) {
            event->accept();
            return true;
        }
        return false;
    }
};

} // namespace

class TestClerk : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings();
        pension::gui::applyLanguage(QStringLiteral("en"));
    }

    void init() { freshDataDir(); }

    // Issue 11, point 6: Ctrl+N clears the grid's retirement choice, the opened cell and the status message; the
    // next resident's grid starts at the first choice.
    void newCaseForgetsTheGridChoiceAndTheStatusMessage()
    {
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        enterYoungFlexibleWorker(w);
        w.recalculate();
        auto *retire = child<QComboBox>(&w, "gridRetireCombo");
        QVERIFY2(retire->count() >= 2, "the grid offers several retirement choices");
        const int chosen = retire->count() - 1;
        retire->setCurrentIndex(chosen);
        auto *table = child<QTableView>(&w, "gridTable");
        auto *model = qobject_cast<pension::gui::GridModel *>(table->model());
        QVERIFY(model);
        QCOMPARE(model->retireIndex(), chosen);
        table->setCurrentIndex(model->index(0, 0)); // opens the cell
        QVERIFY(w.openedCell().has_value());
        type(child<QLineEdit>(&w, "goalTargetEdit"), QStringLiteral("3000"));
        type(child<QLineEdit>(&w, "solveBaseEdit"), QStringLiteral("7468"));
        child<QAction>(&w, "saveToLibraryAction")->trigger();
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("贾某")),
                 qPrintable(w.statusBar()->currentMessage()));

        child<QAction>(&w, "newCaseAction")->trigger(); // saved: nothing asked
        QVERIFY(child<QLineEdit>(&w, "goalTargetEdit")->text().isEmpty());
        QVERIFY(child<QLineEdit>(&w, "solveBaseEdit")->text().isEmpty());
        QVERIFY(child<QLineEdit>(&w, "nameEdit")->text().isEmpty());
        QVERIFY2(!w.statusBar()->currentMessage().contains(QStringLiteral("贾某")),
                 qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(!w.openedCell().has_value());
        QCOMPARE(model->retireIndex(), 0);

        // The next resident: the grid shows the first retirement choice, not the previous one's.
        enterLetingStatement(w, {QStringLiteral("乙某"), QStringLiteral("1980-05")});
        w.recalculate();
        QVERIFY(model->rowCount() > 0);
        QCOMPARE(model->retireIndex(), 0);
        QCOMPARE(retire->currentIndex(), 0);
        QVERIFY(!table->currentIndex().isValid());
    }

    // Issue 11, point 6: tabbing into the grid makes a cell current; an invalid form says so on the grid page.
    void theGridHasACurrentCellAndSaysWhyItIsEmpty()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        WAIT_STARTED(w);
        enterYoungFlexibleWorker(w);
        w.recalculate();
        w.showTab(MainWindow::PlansTab);
        auto *table = child<QTableView>(&w, "gridTable");
        QVERIFY(!table->currentIndex().isValid());
        table->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(table->hasFocus());
        QVERIFY(table->currentIndex().isValid());
        // The form's grade (60%) at the column paying until retirement: the plan on the form.
        auto *model = qobject_cast<pension::gui::GridModel *>(table->model());
        const auto key = model->cellKey(table->currentIndex());
        QVERIFY(key.has_value());
        QCOMPARE(key->grade, 600'000);
        QVERIFY(w.openedCell().has_value());

        auto *message = child<QLabel>(&w, "gridMessage");
        QVERIFY(message->isHidden());
        type(child<QLineEdit>(&w, "birthEdit"), QStringLiteral("1975-13"));
        w.recalculate();
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("red")), qPrintable(message->text()));
        type(child<QLineEdit>(&w, "birthEdit"), QStringLiteral("1975-03"));
        w.recalculate();
        QVERIFY(model->rowCount() > 0);
        QVERIFY(message->isHidden());
    }

    // Issue 11, point 5: the whole form is checked at once. A month that does not parse (the form's own check), too
    // many account months and an index above the bound (the engine's checks) and a grade out of range are all shown
    // beside their fields together; correcting one leaves the others standing and brings up nothing new.
    void everyProblemIsShownAtOnce()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        WAIT_STARTED(w);
        enterYoungFlexibleWorker(w);
        type(child<QLineEdit>(&w, "birthEdit"), QStringLiteral("1975-13"));
        type(child<QLineEdit>(&w, "accountMonthsEdit"), QStringLiteral("800"));
        type(child<QLineEdit>(&w, "averageIndexEdit"), QStringLiteral("7"));
        child<QComboBox>(&w, "gradeCombo")->setCurrentText(QStringLiteral("20%"));
        w.recalculate();
        const char *const fields[] = {"birthEdit", "accountMonthsEdit", "averageIndexEdit", "gradeCombo"};
        auto shown = [&](const char *field) {
            const QByteArray name = QByteArray(field) + "Error";
            auto *label = child<QLabel>(&w, name.constData());
            return label->isVisible() && !label->text().isEmpty();
        };
        for (const char *field : fields)
            QVERIFY2(shown(field), field);
        QVERIFY2(child<QLabel>(&w, "averageIndexEditError")->text().contains(QStringLiteral("6")),
                 qPrintable(child<QLabel>(&w, "averageIndexEditError")->text()));

        type(child<QLineEdit>(&w, "birthEdit"), QStringLiteral("1975-03"));
        w.recalculate();
        QVERIFY(!shown("birthEdit"));
        for (const char *field : {"accountMonthsEdit", "averageIndexEdit", "gradeCombo"})
            QVERIFY2(shown(field), field);
        QVERIFY(!shown("accountBalanceEdit"));
        QVERIFY(!shown("asOfEdit"));
    }

    // The statement figures some provinces print beyond the record and the local items a person claims are fields of
    // the form: a 西藏 sheet case opens with its class-2 claim ticked (nothing reported as dropped) and its result
    // is not marked approximate for it; unticked, the allowances leave the total and the result says why; 江苏 has
    // no on-claim item (the row goes), and its old-method amount typed in the form reaches the result.
    void provinceFiguresAreFieldsOfTheForm()
    {
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        QString told;
        dialogs(w).setTell([&](const QString &text) { told = text; });
        dialogs(w).setAsk([](const QString &) { return true; }); // replace the form's case
        QVERIFY(
            w.counter()->openCaseFileAt(QStringLiteral(PENSION_SOURCE_DIR "/tests/data/cases/xizang-3.pension.json")));
        QVERIFY2(!told.contains(QStringLiteral("localItemClaims")), qPrintable(told));
        auto *claims = child<QListWidget>(&w, "localItemClaimsList");
        QVERIFY(claims->isVisible());
        QCOMPARE(claims->count(), 1);
        QCOMPARE(claims->item(0)->data(Qt::UserRole).toString(), QStringLiteral("xizang-area-class-2"));
        QCOMPARE(claims->item(0)->checkState(), Qt::Checked);
        w.recalculate();
        QTRY_VERIFY(w.shownResult().has_value());
        const pension::Fen claimed = w.shownResult()->monthly.total;
        auto *warnings = child<QLabel>(&w, "warningsLabel");
        QVERIFY2(!warnings->text().contains(QStringLiteral("class-2")), qPrintable(warnings->text()));
        claims->item(0)->setCheckState(Qt::Unchecked);
        w.recalculate();
        QTRY_VERIFY(w.shownResult()->monthly.total != claimed);
        QCOMPARE(claimed - w.shownResult()->monthly.total, pension::Fen(32988)); // 30 + 39.88 + 260 yuan
        // The years worked in Tibet count for the plateau allowance: under 10 years (100 months) there is none.
        auto *inTibet = child<QLineEdit>(&w, "itemMonths-xizang-plateau");
        QVERIFY(inTibet->isVisible());
        // Tab from the claims reaches it next, as the form reads.
        claims->setFocus();
        QTest::keyClick(claims, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(inTibet));
        QVERIFY(inTibet->text().isEmpty()); // XZ-3 counts all its contribution months
        const pension::Fen allYears = w.shownResult()->monthly.total;
        type(inTibet, QStringLiteral("100"));
        w.recalculate();
        QTRY_VERIFY(w.shownResult()->monthly.total != allYears);
        QCOMPARE(allYears - w.shownResult()->monthly.total, pension::Fen(117770)); // 11777 × 10%
        QVERIFY2(warnings->text().contains(QStringLiteral("class-2")), qPrintable(warnings->text()));

        // XZ-1 gives its years in Tibet (190 months): the field holds them, nothing is reported as dropped.
        told.clear();
        QVERIFY(
            w.counter()->openCaseFileAt(QStringLiteral(PENSION_SOURCE_DIR "/tests/data/cases/xizang-1.pension.json")));
        QVERIFY2(!told.contains(QStringLiteral("localItemMonths")), qPrintable(told));
        QCOMPARE(child<QLineEdit>(&w, "itemMonths-xizang-plateau")->text(), QStringLiteral("190"));

        QVERIFY(
            w.counter()->openCaseFileAt(QStringLiteral(PENSION_SOURCE_DIR "/tests/data/cases/jiangsu-9.pension.json")));
        QVERIFY2(!told.contains(QStringLiteral("oldMethodTransitional")), qPrintable(told));
        QVERIFY(!claims->isVisible());
        auto *old = child<QLineEdit>(&w, "oldMethodTransitionalEdit");
        QCOMPARE(old->text(), QStringLiteral("1066.61"));
        w.recalculate();
        QTRY_VERIFY(w.shownResult().has_value());
        // The old method plus the difference rounded up to the jiao: up to 0.09 above the new method alone.
        const pension::Fen withOld = w.shownResult()->monthly.transitional;
        type(old, QString());
        w.recalculate();
        QTRY_VERIFY(w.shownResult()->monthly.transitional != withOld);
        const pension::Fen newOnly = w.shownResult()->monthly.transitional;
        QVERIFY2(withOld > newOnly && withOld - newOnly < 10,
                 qPrintable(QStringLiteral("%1 %2").arg(withOld).arg(newOnly)));
        QVERIFY2(warnings->text().contains(QStringLiteral("record.oldMethodTransitional")),
                 qPrintable(warnings->text()));
        w.newCase(); // the next window starts from an empty form, not from this case's autosave
    }

    // The form pane is as wide as its fields need, in English (longer labels) and in large type: no field is cut at
    // its right edge behind a horizontal scroll bar on a 1440-pixel counter screen.
    void theFormIsNotCutAtTheRight()
    {
        for (bool large : {false, true}) {
            MainWindow w;
            w.resize(1440, 900);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            WAIT_STARTED(w);
            w.setLargeFont(large);
            enterYoungFlexibleWorker(w);
            auto *scroll = child<QScrollArea>(&w, "formScroll");
            QTRY_VERIFY2(!scroll->horizontalScrollBar()->isVisible(), large ? "large type" : "normal type");
            QVERIFY(scroll->width() <= w.width() / 2 + 1);
        }
    }

    // Issue 11, point 8: Ctrl+V while a cell of the history table is being edited pastes the copied cells as
    // cells, not all of them into the one cell.
    void ctrlVWhileEditingACellPastesTheCells()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        WAIT_STARTED(w);
        child<QRadioButton>(&w, "historyRadio")->setChecked(true);
        auto *view = child<QTableView>(&w, "historyTable");
        QAbstractItemModel *model = view->model();
        view->setFocus();
        view->setCurrentIndex(model->index(0, 0)); // the editor opens (every trigger edits)
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(editor && editor != nullptr && editor->parentWidget() == view->viewport(), "a cell editor is open");
        QTest::keyClicks(editor, QStringLiteral("20"));
        QApplication::clipboard()->setText(QStringLiteral("2019\t12\t3500\r\n2020\t12\t3600\r\n"));
        QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(cell(model, 0, 0), QStringLiteral("2019"));
        QCOMPARE(cell(model, 0, 1), QStringLiteral("12"));
        QCOMPARE(cell(model, 0, 2), QStringLiteral("3500"));
        QCOMPARE(cell(model, 1, 0), QStringLiteral("2020"));
        QCOMPARE(cell(model, 1, 2), QStringLiteral("3600"));
        QCOMPARE(QApplication::focusWidget(), view); // the editor is closed

        // A single value still goes into the text of the cell being edited.
        view->setCurrentIndex(model->index(2, 0));
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("20"));
        QApplication::clipboard()->setText(QStringLiteral("21"));
        QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(editor->text(), QStringLiteral("2021"));
        QCOMPARE(cell(model, 0, 0), QStringLiteral("2019"));
    }

    // Issue 11, point 8: a CSV import can add its years to the table instead of replacing them.
    void aCsvImportCanAppend()
    {
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        auto *form = child<CaseForm>(&w, "caseForm");
        const QString first =
            writeTemp(QStringLiteral("first.csv"), QByteArray("年度,月数,缴费基数\n2019,12,3500\n2020,12,3600\n"));
        const QString second =
            writeTemp(QStringLiteral("second.csv"), QByteArray("年度,月数,缴费基数\n2020,6,9999\n2021,12,3800\n"));
        QVERIFY(form->importHistoryFile(first));
        QAbstractItemModel *model = child<QTableView>(&w, "historyTable")->model();
        QVERIFY(form->importHistoryFile(second, CaseForm::ImportMode::Append));
        QStringList years;
        for (int r = 0; r < model->rowCount(); ++r)
            if (!cell(model, r, 0).isEmpty())
                years << cell(model, r, 0);
        QCOMPARE(years, (QStringList{QStringLiteral("2019"), QStringLiteral("2020"), QStringLiteral("2021")}));
        QCOMPARE(cell(model, 1, 1), QStringLiteral("12")); // 2020 as it was: the file's 2020 is not taken
        QCOMPARE(cell(model, 2, 2), QStringLiteral("3800"));
        auto *status = child<QLabel>(&w, "importStatus");
        QVERIFY2(status->text().contains(QStringLiteral("Already in the table, kept as they were: 2020.")),
                 qPrintable(status->text()));
        // Replace (the default) starts over.
        QVERIFY(form->importHistoryFile(second));
        QCOMPARE(cell(model, 0, 0), QStringLiteral("2020"));
        QCOMPARE(cell(model, 0, 2), QStringLiteral("9999"));
        QCOMPARE(cell(model, 1, 0), QStringLiteral("2021"));
        QVERIFY(cell(model, 2, 0).isEmpty());
    }

    // Issue 11, point 8: Ctrl+S saves over the case that was opened or last saved; Ctrl+Shift+S saves a copy, and
    // the screen then belongs to the copy.
    void saveUpdatesAndSaveAsNewCopies()
    {
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        auto *save = child<QAction>(&w, "saveToLibraryAction");
        auto *saveAsNew = child<QAction>(&w, "saveAsNewToLibraryAction");
        QCOMPARE(save->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_S));
        QCOMPARE(saveAsNew->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QVERIFY(child<QAction>(&w, "saveCaseFileAction")->shortcut() != saveAsNew->shortcut());
        enterLetingStatement(w, {QStringLiteral("丙某")});
        save->trigger();
        const qint64 first = w.counter()->currentCaseId();
        QVERIFY(first > 0);
        type(child<QLineEdit>(&w, "accountBalanceEdit"), QStringLiteral("21000"));
        save->trigger();
        save->trigger();
        QCOMPARE(w.counter()->currentCaseId(), first);
        QCOMPARE(w.counter()->library().search(QString()).size(), 1);

        type(child<QLineEdit>(&w, "accountBalanceEdit"), QStringLiteral("22000"));
        saveAsNew->trigger();
        const qint64 copy = w.counter()->currentCaseId();
        QVERIFY(copy > 0 && copy != first);
        QCOMPARE(w.counter()->library().search(QString()).size(), 2);
        QVERIFY(!w.counter()->hasUnsavedChanges());
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("new case")),
                 qPrintable(w.statusBar()->currentMessage()));
        // The original keeps its balance; the copy has the new one.
        QVERIFY(w.counter()->library().load(first)->json.contains(QStringLiteral("21000")));
        QVERIFY(w.counter()->library().load(copy)->json.contains(QStringLiteral("22000")));
        // Ctrl+S now saves over the copy.
        type(child<QLineEdit>(&w, "accountBalanceEdit"), QStringLiteral("23000"));
        save->trigger();
        QCOMPARE(w.counter()->currentCaseId(), copy);
        QCOMPARE(w.counter()->library().search(QString()).size(), 2);
        QVERIFY(w.counter()->library().load(copy)->json.contains(QStringLiteral("23000")));
        QVERIFY(w.counter()->library().load(first)->json.contains(QStringLiteral("21000")));
    }

    // Issue 11, point 8: Ctrl+E exports while a text field has the focus.
    void ctrlEExportsFromATextField()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        WAIT_STARTED(w);
        enterYoungFlexibleWorker(w);
        w.recalculate();
        QCOMPARE(child<QAction>(&w, "exportXlsxAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QString caption;
        dialogs(w).setSaveFile([&](const QString &c, const QString &, const QString &) {
            caption = c;
            return QString(); // cancelled
        });
        auto *name = child<QLineEdit>(&w, "nameEdit");
        ClaimCtrlE claim;
        name->installEventFilter(&claim);
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        name->setCursorPosition(0);
        QTest::keyClick(name, Qt::Key_E, Qt::ControlModifier);
        QVERIFY2(caption.contains(QStringLiteral("Excel")), qPrintable(caption));
        QCOMPARE(name->text(), QStringLiteral("贾某")); // nothing typed into the field
    }

    // Issue 11, point 8: the print job (and so the print dialog's file name) carries the resident's name and the
    // date, not one name for everybody.
    void thePrintJobIsNamedAfterTheResidentAndTheDate()
    {
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        QStringList names;
        dialogs(w).setPrint([&](QPrinter *printer) {
            names << printer->docName();
            return false;
        });
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        enterLetingStatement(w, {QStringLiteral("丁某")});
        w.recalculate();
        child<QAction>(&w, "printAction")->trigger();
        dialogs(w).setAsk([](const QString &) { return true; });
        w.newCase();
        enterLetingStatement(w, {QStringLiteral("戊某")});
        w.recalculate();
        child<QAction>(&w, "printAction")->trigger();
        QCOMPARE(names.size(), 2);
        QCOMPARE(names[0], QStringLiteral("丁某-") + today);
        QCOMPARE(names[1], QStringLiteral("戊某-") + today);
    }

    // Issue 11, point 8: the result tab shows the monthly figure and its parts in today's money on request; the
    // nominal figure stays the headline.
    void theResultShowsTodaysMoneyOnRequest()
    {
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        enterYoungFlexibleWorker(w);
        w.recalculate();
        auto *check = child<QCheckBox>(&w, "todaysMoneyCheck");
        auto *todayTotal = child<QLabel>(&w, "todaysMoneyTotalLabel");
        QVERIFY(check->isVisible());
        QVERIFY(!check->isChecked());
        QVERIFY(todayTotal->isHidden());
        const qint64 nominal = fenOf(child<QLabel>(&w, "finalTotalLabel"));
        const QString headline = child<QLabel>(&w, "totalLabel")->text();
        check->setChecked(true);
        QVERIFY(todayTotal->isVisible());
        QVERIFY(child<QLabel>(&w, "todaysMoneyHeader")->text().contains(QStringLiteral("today")));
        QCOMPARE(child<QLabel>(&w, "totalLabel")->text(), headline);
        // Deflated from the first paid month to the calculation date at the case's inflation assumption.
        const pension::gui::Outcome &o = w.outcome();
        const double inflation = o.prepared->context->assumptions().inflation / 1e6;
        QVERIFY(inflation > 0);
        const int months = w.shownResult()->retirement.month.plus(1).serial - YearMonth::of(2025, 6).serial;
        QVERIFY(months > 12 * 10);
        const double expected = nominal / std::pow(1.0 + inflation, months / 12.0);
        const qint64 shown = fenOf(todayTotal);
        QVERIFY2(std::abs(shown - expected) <= 3.0, qPrintable(QStringLiteral("%1 vs %2").arg(shown).arg(expected)));
        QVERIFY(shown < nominal);
        // The parts add up to the total.
        const qint64 parts = fenOf(child<QLabel>(&w, "todaysMoneyBasicLabel")) +
                             fenOf(child<QLabel>(&w, "todaysMoneyAccountLabel")) +
                             fenOf(child<QLabel>(&w, "todaysMoneyTransitionalLabel"));
        QVERIFY(std::abs(parts - shown) <= 1);
        check->setChecked(false);
        QVERIFY(todayTotal->isHidden());
    }

    // Issue 11, point 8: the late-retirement note does not send a flexible worker to an employer.
    void theLateRetirementNoteFitsAFlexibleWorker()
    {
        MainWindow w;
        w.show();
        WAIT_STARTED(w);
        enterYoungFlexibleWorker(w);
        child<QComboBox>(&w, "retireCombo")->setCurrentIndex(static_cast<int>(pension::gui::RetireMode::Late));
        child<QSpinBox>(&w, "retireMonthsSpin")->setValue(12);
        w.recalculate();
        QVERIFY(w.shownResult().has_value());
        const QString flexible = child<QLabel>(&w, "warningsLabel")->text();
        QVERIFY2(flexible.contains(QStringLiteral("apply at the social insurance agency")), qPrintable(flexible));
        QVERIFY2(!flexible.contains(QStringLiteral("needs the employer")), qPrintable(flexible));
        choose(child<QComboBox>(&w, "kindCombo"), QStringLiteral("employee"));
        w.recalculate();
        QVERIFY(w.shownResult().has_value());
        const QString employee = child<QLabel>(&w, "warningsLabel")->text();
        QVERIFY2(employee.contains(QStringLiteral("needs the employer")), qPrintable(employee));
    }

    // Issue 11, point 8: the report chart labels each year once (it read "2025, 2025, 2026, 2026").
    void theReportChartLabelsEachYearOnce()
    {
        using pension::report::yearTicks;
        QCOMPARE(yearTicks(2025, 2026), (std::vector<int>{2025, 2026}));
        QCOMPARE(yearTicks(2025, 2025), (std::vector<int>{2025}));
        for (auto [first, last] : {std::pair{1990, 2060}, std::pair{2025, 2038}, std::pair{2009, 2024}}) {
            const std::vector<int> t = yearTicks(first, last);
            QVERIFY(!t.empty());
            QVERIFY(t.size() <= 8);
            QVERIFY(t.front() >= first && t.back() <= last);
            QVERIFY(t.size() >= 2);
            const int step = t[1] - t[0];
            QVERIFY(step >= 1);
            for (std::size_t i = 1; i < t.size(); ++i)
                QCOMPARE(t[i] - t[i - 1], step);                         // one step, each year once
            QVERIFY(t.front() - first < step && last - t.back() < step); // the whole span is labelled
        }
    }

    // Issue 11, point 8: a 15-digit ID number is converted to its 18 characters (GB 11643) and shown converted;
    // the first 15 digits of an 18-character number are not mistaken for one while typing.
    void aFifteenDigitIdNumberIsConverted()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        WAIT_STARTED(w);
        choose(child<QComboBox>(&w, "regionCombo"), QStringLiteral("hebei"));
        auto *id = child<QLineEdit>(&w, "idNumberEdit");
        auto *note = child<QLabel>(&w, "idNumberNote");
        id->setFocus();
        QTest::keyClicks(id, QStringLiteral("370702700101001"));
        QTest::keyClick(id, Qt::Key_Return);
        const QString expected = withCheckDigit(QStringLiteral("37070219700101001"));
        QCOMPARE(id->text(), expected);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("370702700101001")));
        QCOMPARE(child<QLineEdit>(&w, "birthEdit")->text(), QStringLiteral("1970-01"));
        QCOMPARE(child<QComboBox>(&w, "sexCombo")->currentData().toString(), QStringLiteral("male"));
        // The area code 3707 (潍坊) suggests the region, as for an 18-character number.
        auto *suggest = child<QPushButton>(&w, "regionSuggestButton");
        QVERIFY(suggest->isVisible());
        QVERIFY2(suggest->text().contains(QStringLiteral("Weifang")), qPrintable(suggest->text()));
        QCOMPARE(pension::gui::parse::idNumber(QStringLiteral("370702700101001")), expected);
        // Not a real date: left as typed, and the number is refused as usual.
        QCOMPARE(pension::gui::parse::idNumberFrom15(QStringLiteral("370702701301001")), QString());

        // Someone born in 2005: the first 15 characters read as a valid 15-digit number (1920-05-03); typing on is
        // not disturbed.
        const QString young = withCheckDigit(QStringLiteral("11010120050312001"));
        QVERIFY(!pension::gui::parse::idNumberFrom15(young.left(15)).isEmpty());
        id->setFocus();
        type(id, young);
        QTest::keyClick(id, Qt::Key_Return);
        QCOMPARE(id->text(), young);
        QVERIFY(note->isHidden());
        QCOMPARE(child<QLineEdit>(&w, "birthEdit")->text(), QStringLiteral("2005-03"));
    }

    // Issue 11, point 8: Enter moves to the next field, as Tab does.
    void enterMovesToTheNextField()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        WAIT_STARTED(w);
        auto *name = child<QLineEdit>(&w, "nameEdit");
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClicks(name, QStringLiteral("Li"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(child<QLineEdit>(&w, "idNumberEdit")->hasFocus());
        QCOMPARE(name->text(), QStringLiteral("Li"));
        QTest::keyClick(child<QLineEdit>(&w, "idNumberEdit"), Qt::Key_Return);
        QVERIFY(child<QComboBox>(&w, "sexCombo")->hasFocus());
        auto *birth = child<QLineEdit>(&w, "birthEdit");
        birth->setFocus();
        QTest::keyClick(birth, Qt::Key_Enter, Qt::KeypadModifier);
        QVERIFY(child<QComboBox>(&w, "trackCombo")->hasFocus());
    }
};

QTEST_MAIN(TestClerk)
#include "test_clerk.moc"
