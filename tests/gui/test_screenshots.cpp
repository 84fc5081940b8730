// Screenshots of each main view (form and result, plan grid, charts, explanation, the Beyond tab's panels) in
// Chinese, in English and in large-font mode, saved to build/screenshots/ to be looked at (QWidget::grab(),
// offscreen); set PENSION_SCREENSHOT_DIR=docs/screenshots to refresh the committed ones.
#include "guitest.h"
#include "residentview.h"

#include "beyondpage.h"
#include "counterworkflow.h"
#include "gridmodel.h"
#include "language.h"

#include <QDir>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>

#include <memory>

using namespace guitest;
using pension::gui::MainWindow;

namespace {

// A Weifang flexible worker with her statement of June 2025, paying at 100% and comparing plans.
void enterWeifangCase(MainWindow &w)
{
    w.setCalculationDate(pension::YearMonth::of(2025, 6));
    type(child<QLineEdit>(&w, "nameEdit"), QStringLiteral("王某"));
    type(child<QLineEdit>(&w, "idNumberEdit"), QStringLiteral("370702197405120024"));
    choose(child<QComboBox>(&w, "trackCombo"), QStringLiteral("female-55"));
    choose(child<QComboBox>(&w, "kindCombo"), QStringLiteral("flexible"));
    choose(child<QComboBox>(&w, "regionCombo"), QStringLiteral("shandong/weifang"));
    type(child<QLineEdit>(&w, "asOfEdit"), QStringLiteral("2025-06"));
    type(child<QLineEdit>(&w, "deemedEdit"), QStringLiteral("0"));
    type(child<QLineEdit>(&w, "preAccountEdit"), QStringLiteral("0"));
    type(child<QLineEdit>(&w, "accountMonthsEdit"), QStringLiteral("156"));
    type(child<QLineEdit>(&w, "averageIndexEdit"), QStringLiteral("0.7215"));
    type(child<QLineEdit>(&w, "accountBalanceEdit"), QStringLiteral("48650.32"));
    child<QComboBox>(&w, "gradeCombo")->setCurrentText(QStringLiteral("100%"));
    w.recalculate();
}

void pinThreePlans(MainWindow &w)
{
    auto *grid = child<QTableView>(&w, "gridTable");
    const int last = grid->model()->columnCount() - 1;
    const int rows = grid->model()->rowCount();
    for (auto [row, column] : {std::pair{0, last}, std::pair{4, last}, std::pair{std::min(14, rows - 1), last}}) {
        grid->setCurrentIndex(grid->model()->index(row, column));
        child<QPushButton>(&w, "pinButton")->click();
    }
    grid->setCurrentIndex(grid->model()->index(4, last));
    child<QPushButton>(&w, "backToFormPlanButton")->click();
}

} // namespace

static QString screenshotDir()
{
    return qEnvironmentVariableIsSet("PENSION_SCREENSHOT_DIR") ? qEnvironmentVariable("PENSION_SCREENSHOT_DIR")
                                                               : QStringLiteral(PENSION_SCREENSHOT_DIR);
}

// The counter window in `language`, 1440 × 900, shown, with large type on or off; null when it was not exposed.
std::unique_ptr<MainWindow> counterWindow(const QString &language, bool large)
{
    pension::gui::applyLanguage(language);
    auto w = std::make_unique<MainWindow>();
    w->resize(1440, 900);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    w->setLargeFont(large);
    return w;
}

// Lets pending layouts settle (error labels shown while typing are hidden again), grabs `widget` and saves it as
// <screenshot dir>/<name>.png. Returns the path, or an empty string when nothing could be saved.
static QString shoot(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QTest::qWait(100);
    const QPixmap shot = widget->grab();
    const QString path = screenshotDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    return !shot.isNull() && shot.save(path) ? path : QString();
}

class TestScreenshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(QDir().mkpath(screenshotDir()));
    }

    void cleanupTestCase() { pension::gui::applyLanguage(QStringLiteral("en")); }

    void eachMainView_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("large");
        QTest::addColumn<QString>("suffix");
        QTest::addRow("in Chinese") << QStringLiteral("zh") << false << QStringLiteral("zh");
        QTest::addRow("in English") << QStringLiteral("en") << false << QStringLiteral("en");
        QTest::addRow("in Chinese, large font") << QStringLiteral("zh") << true << QStringLiteral("zh-large");
        QTest::addRow("in English, large font") << QStringLiteral("en") << true << QStringLiteral("en-large");
    }

    void eachMainView()
    {
        QFETCH(QString, language);
        QFETCH(bool, large);
        QFETCH(QString, suffix);
        const auto window = counterWindow(language, large);
        QVERIFY(window);
        MainWindow &w = *window;
        enterWeifangCase(w);
        QTRY_VERIFY(w.shownResult().has_value());
        pinThreePlans(w);

        const struct {
            MainWindow::Tab tab;
            const char *name;
        } views[] = {{MainWindow::ResultTab, "main"},
                     {MainWindow::PlansTab, "grid"},
                     {MainWindow::ChartsTab, "charts"},
                     {MainWindow::ExplanationTab, "explanation"}};
        for (const auto &v : views) {
            w.showTab(v.tab);
            QVERIFY2(!shoot(&w, QString::fromLatin1(v.name) + QLatin1Char('-') + suffix).isEmpty(), v.name);
        }
        w.close();
    }

    // A plan short of the minimum: the ✘ headline with the months missing, the month to pay until and the pension
    // then; in large-font mode it stays at the top of the result.
    void ineligibleHeadline_data() { eachMainView_data(); }
    void ineligibleHeadline()
    {
        QFETCH(QString, language);
        QFETCH(bool, large);
        QFETCH(QString, suffix);
        const auto window = counterWindow(language, large);
        QVERIFY(window);
        MainWindow &w = *window;
        enterWeifangCase(w);
        type(child<QLineEdit>(&w, "accountMonthsEdit"), QStringLiteral("122"));
        w.recalculate();
        QTRY_VERIFY(w.shownResult().has_value());
        QVERIFY(!w.shownResult()->eligibility.eligible);
        w.showTab(MainWindow::ResultTab);
        QVERIFY(!shoot(&w, QStringLiteral("ineligible-") + suffix).isEmpty());
        auto *headline = child<QLabel>(&w, "shortHeadline");
        QVERIFY(headline->isVisible());
        // in view: inside the window, above the monthly figure of the same view
        const QPoint top = headline->mapTo(&w, QPoint(0, 0));
        QVERIFY(top.y() >= 0 && top.y() + headline->height() <= w.height());
        auto *total = headline->parentWidget()->findChild<QLabel *>(QStringLiteral("totalLabel"));
        QVERIFY(total);
        QVERIFY2(top.y() < total->mapTo(&w, QPoint(0, 0)).y(),
                 qPrintable(QStringLiteral("%1 / %2").arg(top.y()).arg(total->mapTo(&w, QPoint(0, 0)).y())));
        // the explanation ends with the pension after paying on to the minimum
        w.showTab(MainWindow::ExplanationTab);
        QVERIFY(!shoot(&w, QStringLiteral("ineligible-explanation-") + suffix).isEmpty());
        w.close();
    }

    // Every problem of the form at once, each beside its field: a month that does not parse, too many account
    // months, an index above the bound and a grade out of range.
    void formProblems_data() { eachMainView_data(); }
    void formProblems()
    {
        QFETCH(QString, language);
        QFETCH(bool, large);
        QFETCH(QString, suffix);
        const auto window = counterWindow(language, large);
        QVERIFY(window);
        MainWindow &w = *window;
        enterWeifangCase(w);
        type(child<QLineEdit>(&w, "birthEdit"), QStringLiteral("1971-13"));
        type(child<QLineEdit>(&w, "accountMonthsEdit"), QStringLiteral("800"));
        type(child<QLineEdit>(&w, "averageIndexEdit"), QStringLiteral("7"));
        child<QComboBox>(&w, "gradeCombo")->setCurrentText(QStringLiteral("20%"));
        w.recalculate();
        QVERIFY(!shoot(&w, QStringLiteral("form-problems-") + suffix).isEmpty());
        for (const char *field :
             {"birthEditError", "accountMonthsEditError", "averageIndexEditError", "gradeComboError"})
            QVERIFY2(child<QLabel>(&w, field)->isVisible(), field);
        w.close();
    }

    // A 西藏 sheet case (XZ-3): the region's on-claim local items as check boxes beside the province's statement
    // figures, the class-2 allowances claimed; the result with its one scoped approximate note (the 45 track).
    void provinceFigures_data() { eachMainView_data(); }
    void provinceFigures()
    {
        QFETCH(QString, language);
        QFETCH(bool, large);
        QFETCH(QString, suffix);
        const auto window = counterWindow(language, large);
        QVERIFY(window);
        MainWindow &w = *window;
        dialogs(w).setAsk([](const QString &) { return true; });
        QVERIFY(
            w.counter()->openCaseFileAt(QStringLiteral(PENSION_SOURCE_DIR "/tests/data/cases/xizang-3.pension.json")));
        w.recalculate();
        QTRY_VERIFY(w.shownResult().has_value());
        auto *claims = child<QListWidget>(&w, "localItemClaimsList");
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        child<QScrollArea>(&w, "formScroll")->ensureWidgetVisible(claims, 0, 80);
        QVERIFY(!shoot(&w, QStringLiteral("province-figures-") + suffix).isEmpty());
        QVERIFY(claims->isVisible());
        w.newCase(); // the next window starts from an empty form, not from this case's autosave
        w.close();
    }

    void residentView_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("in Chinese") << QStringLiteral("zh");
        QTest::addRow("in English") << QStringLiteral("en");
    }

    // The resident view (F11) of the same case with its three pinned plans, at a counter monitor's size.
    void residentView()
    {
        QFETCH(QString, language);
        const auto window = counterWindow(language, false);
        QVERIFY(window);
        MainWindow &w = *window;
        enterWeifangCase(w);
        QTRY_VERIFY(w.shownResult().has_value());
        pinThreePlans(w);
        w.setResidentView(true);
        QWidget *resident = w.residentView();
        QVERIFY(resident && resident->isVisible());
        resident->showNormal(); // the offscreen screen is small: a counter monitor's size instead
        resident->resize(1920, 1080);
        QVERIFY(!shoot(resident, QStringLiteral("resident-") + language).isEmpty());
        w.setResidentView(false);
        w.close();
    }

    void beyondTab_data() { eachMainView_data(); }

    // The Beyond tab, panel by panel, for the same case (with a goal typed in), and the shortfall panel of a
    // Weifang man who reaches the retirement age far short of the minimum.
    void beyondTab()
    {
        QFETCH(QString, language);
        QFETCH(bool, large);
        QFETCH(QString, suffix);
        const auto window = counterWindow(language, large);
        QVERIFY(window);
        MainWindow &w = *window;
        enterWeifangCase(w);
        QTRY_VERIFY(w.shownResult().has_value());
        w.showTab(MainWindow::BeyondTab);
        auto *sections = child<QTabWidget>(&w, "beyondSections");
        auto shootSection = [&](const char *name) {
            QVERIFY2(!shoot(&w, QString::fromLatin1(name) + QLatin1Char('-') + suffix).isEmpty(), name);
        };
        using pension::gui::BeyondPage;
        sections->setCurrentIndex(BeyondPage::LifetimeSection);
        shootSection("beyond-lifetime");
        sections->setCurrentIndex(BeyondPage::SurvivorSection);
        shootSection("beyond-survivors");
        sections->setCurrentIndex(BeyondPage::GoalSection);
        type(child<QLineEdit>(&w, "goalTargetEdit"), QStringLiteral("2000"));
        child<QComboBox>(&w, "goalGradeCombo")->setCurrentText(QStringLiteral("150%"));
        child<QPushButton>(&w, "goalButton")->click();
        type(child<QLineEdit>(&w, "solveBaseEdit"), QStringLiteral("7468"));
        type(child<QLineEdit>(&w, "solveYearsEdit"), QStringLiteral("34.67"));
        type(child<QLineEdit>(&w, "solveBasicEdit"), QStringLiteral("3366.16"));
        type(child<QLineEdit>(&w, "solveAccountEdit"), QStringLiteral("1370.63"));
        type(child<QLineEdit>(&w, "solveMonthsEdit"), QStringLiteral("170"));
        shootSection("beyond-goal");
        sections->setCurrentIndex(BeyondPage::PathSection);
        shootSection("beyond-path");

        type(child<QLineEdit>(&w, "idNumberEdit"), QString());
        type(child<QLineEdit>(&w, "nameEdit"), QStringLiteral("李某"));
        choose(child<QComboBox>(&w, "sexCombo"), QStringLiteral("male"));
        type(child<QLineEdit>(&w, "birthEdit"), QStringLiteral("1966-03"));
        choose(child<QComboBox>(&w, "trackCombo"), QStringLiteral("male-60"));
        type(child<QLineEdit>(&w, "accountMonthsEdit"), QStringLiteral("30"));
        type(child<QLineEdit>(&w, "averageIndexEdit"), QStringLiteral("0.6"));
        type(child<QLineEdit>(&w, "accountBalanceEdit"), QStringLiteral("5200"));
        child<QComboBox>(&w, "gradeCombo")->setCurrentText(QStringLiteral("60%"));
        w.recalculate();
        QVERIFY(w.shownResult().has_value() && !w.shownResult()->eligibility.eligible);
        QCOMPARE(sections->currentIndex(), static_cast<int>(BeyondPage::ShortfallSection));
        shootSection("beyond-shortfall");
        w.close();
    }

    // Qt's own dialogs in the interface language: the print dialog and a Yes/No question (Qt's translations).
    void qtDialogs_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("in Chinese") << QStringLiteral("zh");
        QTest::addRow("in English") << QStringLiteral("en");
    }

    void qtDialogs()
    {
        QFETCH(QString, language);
        pension::gui::applyLanguage(language);
        QPrinter printer;
        QPrintDialog print(&printer);
        print.setOption(QAbstractPrintDialog::PrintToFile);
        print.show();
        QVERIFY(QTest::qWaitForWindowExposed(&print));
        QTest::qWait(100);
        const QString printPath = screenshotDir() + QStringLiteral("/qt-print-dialog-%1.png").arg(language);
        QVERIFY2(print.grab().save(printPath), qPrintable(printPath));
        print.close();

        QMessageBox question(QMessageBox::Question, QStringLiteral("养老金测算 · Pension Planner"),
                             language == QLatin1String("zh")
                                 ? QStringLiteral("当前个案尚未保存。清空并开始下一位？")
                                 : QStringLiteral("The case is not saved. Clear it for the next resident?"),
                             QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        question.show();
        QVERIFY(QTest::qWaitForWindowExposed(&question));
        QTest::qWait(50);
        const QString questionPath = screenshotDir() + QStringLiteral("/qt-question-%1.png").arg(language);
        QVERIFY2(question.grab().save(questionPath), qPrintable(questionPath));
        if (language == QLatin1String("zh"))
            QCOMPARE(question.button(QMessageBox::Yes)->text(), QStringLiteral("是(&Y)"));
        question.close();
    }
};

QTEST_MAIN(TestScreenshots)
#include "test_screenshots.moc"
