// The Beyond tab (ui/beyondpage.cpp) and the grid's value of 10,000 yuan more, driven through the real widgets by
// object name: what they show must be the engine's own figures for the same case.
#include "guitest.h"

#include "chartwidget.h"
#include "format.h"
#include "gridmodel.h"
#include "language.h"
#include "texts.h"

#include "beyondmodels.h"
#include "beyondpage.h"
#include "breakevenmodel.h"

#include <QChart>
#include <QLineSeries>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace guitest;
using pension::Fen;
using pension::YearMonth;
using pension::gui::Format;
using pension::gui::MainWindow;

namespace {

qlonglong fenAt(QAbstractItemModel *m, int row, int column)
{
    return m->index(row, column).data(pension::gui::FenRole).toLongLong();
}

QString textAt(QAbstractItemModel *m, int row, int column)
{
    return m->index(row, column).data().toString();
}

// A Leting man born 1966-01 with two years on his statement in June 2025: he reaches the retirement age in 2026
// far short of the 15 years.
void enterShortCase(MainWindow &w)
{
    enterLetingStatement(w, {QString(), QStringLiteral("1966-01"), QStringLiteral("24"), QStringLiteral("4000")});
    w.recalculate();
}

pension::Lifetime engineLifetime(const MainWindow &w, bool todaysMoney)
{
    return pension::lifetimeValue(*w.outcome().prepared, *w.shownResult(), todaysMoney);
}

} // namespace

class TestBeyond : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings();
        pension::gui::applyLanguage(QStringLiteral("en"));
    }

    void aFlexibleWorkersBreakEvenAndTotalsAreTheEngines()
    {
        MainWindow w;
        w.show();
        enterYoungFlexibleWorker(w);
        w.recalculate();
        QVERIFY(w.shownResult().has_value());
        w.showTab(MainWindow::BeyondTab);
        QVERIFY(child<QWidget>(&w, "lifetimePanel")->isVisible());
        const pension::Lifetime lt = engineLifetime(w, false);
        QVERIFY(lt.breakEvenAgeMonths.has_value());
        const QString breakEven = child<QLabel>(&w, "breakEvenAgeLabel")->text();
        QVERIFY2(breakEven.contains(Format::age(*lt.breakEvenAgeMonths)), qPrintable(breakEven));
        QVERIFY(breakEven.contains(Format::month(*lt.breakEvenMonth)));
        // A flexible worker pays all 20% himself: everything he paid, and the pooled share apart.
        const QString paid = child<QLabel>(&w, "lifetimePaidLabel")->text();
        QVERIFY2(paid.contains(Format::moneyWhole(lt.ownPaid)) && paid.contains(QStringLiteral("20%")),
                 qPrintable(paid));
        QVERIFY(child<QLabel>(&w, "lifetimeEmployerLabel")->text().contains(Format::moneyWhole(lt.employerPaid)));

        // Totals at 70, 75, 80, 85, 90 and at life expectancy, to the fen and as shown.
        auto *totals = child<QTableView>(&w, "lifetimeTotalsTable")->model();
        QCOMPARE(totals->rowCount(), static_cast<int>(lt.totals.size()));
        QCOMPARE(totals->rowCount(), 6);
        bool lifeExpectancy = false;
        for (int r = 0; r < totals->rowCount(); ++r) {
            const pension::AgeTotal &t = lt.totals[static_cast<std::size_t>(r)];
            QCOMPARE(fenAt(totals, r, pension::gui::LifetimeTotalsModel::Paid), t.paid);
            QCOMPARE(fenAt(totals, r, pension::gui::LifetimeTotalsModel::Received), t.received);
            QCOMPARE(fenAt(totals, r, pension::gui::LifetimeTotalsModel::Net), t.net);
            QCOMPARE(textAt(totals, r, pension::gui::LifetimeTotalsModel::Received), Format::moneyWhole(t.received));
            QCOMPARE(textAt(totals, r, pension::gui::LifetimeTotalsModel::Net), Format::moneyWhole(t.net));
            lifeExpectancy = lifeExpectancy || t.lifeExpectancy;
        }
        QVERIFY(lifeExpectancy);
        QCOMPARE(textAt(totals, 0, 0), QStringLiteral("70"));

        // The year table and the chart read one model: the engine's curve, with the yearly increases.
        auto *years = child<QTableView>(&w, "lifetimeTable")->model();
        QVERIFY(years->rowCount() > 20);
        for (int r = 0; r < years->rowCount(); ++r) {
            const pension::LifetimePoint &c = lt.curve[static_cast<std::size_t>(r)];
            QCOMPARE(years->index(r, pension::gui::BreakEvenModel::Year).data().toInt(), c.year);
            QCOMPARE(years->index(r, pension::gui::BreakEvenModel::Received)
                         .data(pension::gui::BreakEvenModel::FenRole)
                         .toLongLong(),
                     c.received);
        }
        auto *chart = static_cast<pension::gui::ChartWidget *>(child<QWidget>(&w, "lifetimeChart"))->chart();
        QVERIFY(!chart->series().isEmpty());
        auto *received = qobject_cast<QLineSeries *>(chart->series().at(1));
        QVERIFY(received);
        QCOMPARE(received->count(), years->rowCount());
        QVERIFY(qAbs(received->at(received->count() - 1).y() -
                     static_cast<double>(lt.curve[static_cast<std::size_t>(years->rowCount() - 1)].received) / 100.0) <
                0.01);

        // The Charts tab's break-even is the engine's too (no longer the GUI's own "without increases").
        auto *charts = child<QTableView>(&w, "breakEvenTable")->model();
        QCOMPARE(charts->rowCount(), years->rowCount());
        const int last = charts->rowCount() - 1;
        QCOMPARE(charts->index(last, pension::gui::BreakEvenModel::Received)
                     .data(pension::gui::BreakEvenModel::FenRole)
                     .toLongLong(),
                 lt.curve[static_cast<std::size_t>(last)].received);
        // Increases make the later years' pension higher than the first: the path shows it year by year.
        auto *path = child<QTableView>(&w, "pensionPathTable")->model();
        QCOMPARE(path->rowCount(), static_cast<int>(lt.path.size()));
        QVERIFY(fenAt(path, path->rowCount() - 1, pension::gui::PensionPathModel::Monthly) >
                fenAt(path, 0, pension::gui::PensionPathModel::Monthly));
        QCOMPARE(fenAt(path, 0, pension::gui::PensionPathModel::Monthly), w.shownResult()->monthly.total);
        QCOMPARE(textAt(path, 5, pension::gui::PensionPathModel::State), pension::texts::statusName(lt.path[5].status));
    }

    void todaysMoneyMakesEveryAmountFall()
    {
        MainWindow w;
        w.show();
        enterYoungFlexibleWorker(w);
        w.recalculate();
        w.showTab(MainWindow::BeyondTab);
        auto *totals = child<QTableView>(&w, "lifetimeTotalsTable")->model();
        QVector<qlonglong> before;
        for (int r = 0; r < totals->rowCount(); ++r)
            before << fenAt(totals, r, pension::gui::LifetimeTotalsModel::Received);
        const QString paidBefore = child<QLabel>(&w, "lifetimePaidLabel")->text();
        auto *chart = static_cast<pension::gui::ChartWidget *>(child<QWidget>(&w, "lifetimeChart"))->chart();
        const QString nominalTitle = chart->title();

        auto *today = child<QCheckBox>(&w, "lifetimeTodayCheck");
        today->click();
        QVERIFY(today->isChecked());
        const pension::Lifetime lt = engineLifetime(w, true);
        QCOMPARE(totals->rowCount(), before.size());
        for (int r = 0; r < totals->rowCount(); ++r) {
            const qlonglong now = fenAt(totals, r, pension::gui::LifetimeTotalsModel::Received);
            QVERIFY2(now < before[r], qPrintable(QStringLiteral("row %1: %2 >= %3").arg(r).arg(now).arg(before[r])));
            QCOMPARE(now, lt.totals[static_cast<std::size_t>(r)].received);
            QVERIFY(fenAt(totals, r, pension::gui::LifetimeTotalsModel::Paid) <=
                    engineLifetime(w, false).totals[static_cast<std::size_t>(r)].paid);
        }
        QVERIFY(child<QLabel>(&w, "breakEvenAgeLabel")->text().contains(Format::age(*lt.breakEvenAgeMonths)));
        QVERIFY(child<QLabel>(&w, "lifetimePaidLabel")->text() != paidBefore);
        QVERIFY(child<QLabel>(&w, "lifetimeAssumptions")->text().contains(QStringLiteral("inflation")));
        QVERIFY(chart->title() != nominalTitle);
        // The chart's received line falls with the table.
        auto *received = qobject_cast<QLineSeries *>(chart->series().at(1));
        QVERIFY(qAbs(received->at(received->count() - 1).y() -
                     static_cast<double>(lt.curve[static_cast<std::size_t>(received->count() - 1)].received) / 100.0) <
                0.01);

        today->click();
        QCOMPARE(fenAt(totals, 0, pension::gui::LifetimeTotalsModel::Received), before[0]);
        QCOMPARE(child<QLabel>(&w, "lifetimePaidLabel")->text(), paidBefore);
    }

    void aCaseShortOfTheMinimumShowsTheShortfallAndTheFraudWarning()
    {
        MainWindow w;
        w.show();
        enterYoungFlexibleWorker(w);
        w.recalculate();
        w.showTab(MainWindow::BeyondTab);
        auto *sections = child<QTabWidget>(&w, "beyondSections");
        QVERIFY(!sections->isTabVisible(pension::gui::BeyondPage::ShortfallSection));
        QVERIFY(!child<QWidget>(&w, "shortfallPanel")->isVisible());

        enterShortCase(w);
        QVERIFY(w.shownResult().has_value());
        QVERIFY(!w.shownResult()->eligibility.eligible);
        QVERIFY(sections->isTabVisible(pension::gui::BeyondPage::ShortfallSection));
        QVERIFY(child<QWidget>(&w, "shortfallPanel")->isVisible());
        const pension::Shortfall sf = pension::shortfallOptions(*w.outcome().prepared, *w.shownResult());
        QVERIFY(sf.shortOfMinimum);
        QVERIFY(child<QLabel>(&w, "shortfallHeadline")->text().contains(QString::number(sf.shortMonths)));
        auto *options = child<QTableView>(&w, "shortfallTable")->model();
        QCOMPARE(options->rowCount(), static_cast<int>(sf.payOn.size()));
        QVERIFY(options->rowCount() >= 2);
        for (int r = 0; r < options->rowCount(); ++r) {
            const pension::ShortfallOption &o = sf.payOn[static_cast<std::size_t>(r)];
            QCOMPARE(textAt(options, r, pension::gui::ShortfallModel::Grade), Format::grade(o.grade));
            QCOMPARE(textAt(options, r, pension::gui::ShortfallModel::Cost), Format::money(o.cost));
            QCOMPARE(textAt(options, r, pension::gui::ShortfallModel::Reached), Format::month(o.reachedMonth));
        }
        QVERIFY(
            child<QLabel>(&w, "shortfallTransferLabel")->text().contains(Format::money(sf.accountToResidentScheme)));
        // A statement does not say when he was first insured: no one-off payment.
        QVERIFY(!sf.oneOffAllowed);
        QVERIFY(child<QLabel>(&w, "shortfallOneOffLabel")->text().startsWith(QStringLiteral("No one-off payment")));
        // The plain fraud warning, in the engine's words.
        auto *fraud = child<QLabel>(&w, "fraudWarningLabel");
        QVERIFY(fraud->isVisible());
        QVERIFY(fraud->text().contains(
            pension::texts::warning(pension::Warning{pension::WarningCode::RetroactiveFraud, {}})));
        QVERIFY(fraud->text().contains(QStringLiteral("fraud")));
        // The lifetime figures of a plan short of the minimum say what they assume.
        sections->setCurrentIndex(pension::gui::BeyondPage::LifetimeSection);
        QVERIFY(child<QLabel>(&w, "lifetimeShortNote")->isVisible());

        // Back to a case that reaches the minimum: the panel goes away.
        enterYoungFlexibleWorker(w);
        w.recalculate();
        QVERIFY(!sections->isTabVisible(pension::gui::BeyondPage::ShortfallSection));
        QVERIFY(!child<QLabel>(&w, "lifetimeShortNote")->isVisible());
    }

    void someoneInsuredBefore2011MayPayTheRestAtOnceAfterFiveYears()
    {
        MainWindow w;
        w.show();
        enterShortCase(w);
        child<QRadioButton>(&w, "historyRadio")->setChecked(true);
        type(child<QLineEdit>(&w, "accountStartEdit"), QStringLiteral("1996-01"));
        auto *view = child<QTableView>(&w, "historyTable");
        view->setCurrentIndex(view->model()->index(0, 0));
        w.form()->pasteHistory(QStringLiteral("2009\t12\t1500\n2010\t12\t1600\n"));
        w.recalculate();
        QVERIFY(w.shownResult().has_value());
        const pension::Shortfall sf = pension::shortfallOptions(*w.outcome().prepared, *w.shownResult());
        QVERIFY(sf.oneOffAllowed);
        w.showTab(MainWindow::BeyondTab);
        const QString oneOff = child<QLabel>(&w, "shortfallOneOffLabel")->text();
        QVERIFY2(oneOff.contains(QStringLiteral("2011-07-01")) && oneOff.contains(QString::number(sf.oneOffMonths)),
                 qPrintable(oneOff));
    }

    void goalSeekingShowsGradesThatReachTheTarget()
    {
        MainWindow w;
        w.show();
        enterYoungFlexibleWorker(w);
        w.recalculate();
        w.showTab(MainWindow::BeyondTab);
        child<QTabWidget>(&w, "beyondSections")->setCurrentIndex(pension::gui::BeyondPage::GoalSection);
        type(child<QLineEdit>(&w, "goalTargetEdit"), QStringLiteral("2500"));
        child<QComboBox>(&w, "goalGradeCombo")->setCurrentText(QStringLiteral("200%"));
        child<QPushButton>(&w, "goalButton")->click();
        QVERIFY(!child<QLabel>(&w, "goalError")->isVisible());
        const pension::GoalAnswer g = pension::seekGoal(*w.outcome().prepared, 2500'00, 2'000'000);
        auto *table = child<QTableView>(&w, "goalTable")->model();
        QCOMPARE(table->rowCount(), static_cast<int>(g.byLength.size()));
        int reachable = 0;
        for (int r = 0; r < table->rowCount(); ++r) {
            const pension::GoalRow &row = g.byLength[static_cast<std::size_t>(r)];
            if (!row.reachable) {
                QVERIFY(textAt(table, r, pension::gui::GoalModel::Grade).contains(QStringLiteral("not reachable")));
                continue;
            }
            ++reachable;
            QVERIFY(fenAt(table, r, pension::gui::GoalModel::Monthly) >= 2500'00);
            QCOMPARE(fenAt(table, r, pension::gui::GoalModel::Monthly), row.monthly);
            QVERIFY(textAt(table, r, pension::gui::GoalModel::Grade).startsWith(Format::grade(row.grade)));
            QCOMPARE(textAt(table, r, pension::gui::GoalModel::Paid), Format::moneyWhole(row.outOfPocket));
        }
        QVERIFY(reachable > 0);
        QVERIFY(g.yearsAtGrade.has_value());
        const QString atGrade = child<QLabel>(&w, "goalAtGradeLabel")->text();
        QVERIFY2(atGrade.contains(QStringLiteral("200%")) && atGrade.contains(Format::money(g.monthlyAtYears)),
                 qPrintable(atGrade));

        // The case changes: the answer follows it.
        child<QComboBox>(&w, "gradeCombo")->setCurrentText(QStringLiteral("100%"));
        type(child<QLineEdit>(&w, "accountBalanceEdit"), QStringLiteral("60000"));
        w.recalculate();
        const pension::GoalAnswer again = pension::seekGoal(*w.outcome().prepared, 2500'00, 2'000'000);
        QCOMPARE(fenAt(table, 0, pension::gui::GoalModel::Monthly),
                 again.byLength.front().reachable ? again.byLength.front().monthly : 0);

        // A target that is not a number says so.
        type(child<QLineEdit>(&w, "goalTargetEdit"), QStringLiteral("abc"));
        QTest::keyClick(child<QLineEdit>(&w, "goalTargetEdit"), Qt::Key_Return);
        QVERIFY(child<QLabel>(&w, "goalError")->isVisible());
        QCOMPARE(table->rowCount(), 0);
    }

    void aBenefitSheetIsBackSolved()
    {
        MainWindow w;
        w.show();
        enterSd3(w);
        w.recalculate();
        w.showTab(MainWindow::BeyondTab);
        child<QTabWidget>(&w, "beyondSections")->setCurrentIndex(pension::gui::BeyondPage::GoalSection);
        // SD-3's published sheet: 2023 base 7468, 34.67 years, basic pension 3366.16 → index 1.6002.
        type(child<QLineEdit>(&w, "solveBaseEdit"), QStringLiteral("7468"));
        type(child<QLineEdit>(&w, "solveYearsEdit"), QStringLiteral("34.67"));
        type(child<QLineEdit>(&w, "solveBasicEdit"), QStringLiteral("3366.16"));
        const pension::IndexRange index = pension::solveAverageIndex(7468'00, 3467, 3366'16);
        QVERIFY(index.found && index.low <= 1'600'200 && 1'600'200 <= index.high);
        const QString indexText = child<QLabel>(&w, "solveIndexLabel")->text();
        QVERIFY2(indexText.contains(Format::index(index.low)) && indexText.contains(Format::index(index.high)),
                 qPrintable(indexText));
        // Account pension 1370.63 over 170 months → a balance range holding the statement's 233006.44.
        type(child<QLineEdit>(&w, "solveAccountEdit"), QStringLiteral("1370.63"));
        type(child<QLineEdit>(&w, "solveMonthsEdit"), QStringLiteral("170"));
        const pension::BalanceRange balance = pension::solveAccountBalance(1370'63, 1700);
        QVERIFY(balance.low <= 233006'44 && 233006'44 <= balance.high);
        const QString balanceText = child<QLabel>(&w, "solveBalanceLabel")->text();
        QVERIFY2(balanceText.contains(Format::money(balance.low)) && balanceText.contains(Format::money(balance.high)),
                 qPrintable(balanceText));
        type(child<QLineEdit>(&w, "solveMonthsEdit"), QStringLiteral("x"));
        QVERIFY(!child<QLabel>(&w, "solveBalanceLabel")->text().contains(Format::money(balance.low)));
    }

    void survivorsByAgeAtDeathAreTheEngines()
    {
        MainWindow w;
        w.show();
        enterYoungFlexibleWorker(w);
        w.recalculate();
        w.showTab(MainWindow::BeyondTab);
        child<QTabWidget>(&w, "beyondSections")->setCurrentIndex(pension::gui::BeyondPage::SurvivorSection);
        const auto &p = *w.outcome().prepared;
        const int ageNow = pension::monthsBetween(p.kase.person.birth, p.kase.asOf) / 12;
        const auto survivors = pension::survivorBenefits(p, w.outcome().plan, *w.shownResult(), ageNow + 1, 90);
        auto *table = child<QTableView>(&w, "survivorTable")->model();
        QCOMPARE(table->rowCount(), static_cast<int>(survivors.size()));
        QCOMPARE(table->rowCount(), 90 - ageNow);
        bool before = false, after = false;
        for (int r = 0; r < table->rowCount(); ++r) {
            const pension::SurvivorAt &s = survivors[static_cast<std::size_t>(r)];
            QCOMPARE(table->index(r, pension::gui::SurvivorModel::Age).data().toInt(), s.ageYears);
            QCOMPARE(fenAt(table, r, pension::gui::SurvivorModel::FuneralGrant), s.funeralGrant);
            QCOMPARE(fenAt(table, r, pension::gui::SurvivorModel::SurvivorPension), s.survivorPension);
            QCOMPARE(fenAt(table, r, pension::gui::SurvivorModel::AccountRemainder), s.accountRemainder);
            QCOMPARE(fenAt(table, r, pension::gui::SurvivorModel::Total), s.total);
            QCOMPARE(textAt(table, r, pension::gui::SurvivorModel::Total), Format::moneyWhole(s.total));
            before = before || !s.retired;
            after = after || s.retired;
        }
        QVERIFY(before && after);
        // The income base beyond the published years is an assumption, and the panel says from when.
        QVERIFY(!child<QLabel>(&w, "survivorIncomeNote")->text().isEmpty());
        QVERIFY(child<QLabel>(&w, "survivorIncomeNote")->text().contains(QStringLiteral("assumed")));
        auto *chart = static_cast<pension::gui::ChartWidget *>(child<QWidget>(&w, "survivorChart"))->chart();
        QCOMPARE(chart->series().size(), 4);
        for (QAbstractSeries *s : chart->series())
            QCOMPARE(static_cast<int>(qobject_cast<QLineSeries *>(s)->count()), table->rowCount());
    }

    void gridCellsTellWhatTenThousandYuanMoreBuys()
    {
        MainWindow w;
        w.show();
        enterYoungFlexibleWorker(w);
        w.recalculate();
        auto *grid = child<QTableView>(&w, "gridTable");
        auto *model = grid->model();
        QVERIFY(model->rowCount() > 3 && model->columnCount() > 3);
        const QModelIndex cell = model->index(3, 5);
        const QVariant marginal = cell.data(pension::gui::GridModel::MarginalGradeRole);
        const QVariant length = cell.data(pension::gui::GridModel::MarginalLengthRole);
        const QVariant breakEven = cell.data(pension::gui::GridModel::BreakEvenRole);
        QVERIFY(marginal.isValid() && length.isValid() && breakEven.isValid());
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(Format::money(marginal.toLongLong())), qPrintable(tip));
        QVERIFY(tip.contains(Format::money(length.toLongLong())));
        QVERIFY(tip.contains(Format::age(breakEven.toInt())));
        const QString lower = QString::number(model->index(2, 5).data(pension::gui::GridModel::GradeRole).toDouble());
        QVERIFY(tip.contains(QStringLiteral("than at ") + lower + QLatin1Char('%')));
        // The lowest grade has no lower neighbour; "stop now" no shorter one.
        QVERIFY(!model->index(0, 5).data(pension::gui::GridModel::MarginalGradeRole).isValid());
        QVERIFY(!model->index(3, 0).data(pension::gui::GridModel::MarginalLengthRole).isValid());

        const QString paysLine = cell.data().toString();
        child<QCheckBox>(&w, "gridMarginalCheck")->click();
        const QString valueLine = cell.data().toString();
        QVERIFY(valueLine != paysLine);
        QVERIFY2(valueLine.contains(Format::money(marginal.toLongLong())), qPrintable(valueLine));
        child<QCheckBox>(&w, "gridMarginalCheck")->click();
        QCOMPARE(cell.data().toString(), paysLine);
    }

    void aGridCellOpenedShowsItsOwnLifetime()
    {
        MainWindow w;
        w.show();
        enterYoungFlexibleWorker(w);
        w.recalculate();
        auto *grid = child<QTableView>(&w, "gridTable");
        w.showTab(MainWindow::PlansTab);
        grid->setCurrentIndex(grid->model()->index(8, 4));
        w.showTab(MainWindow::BeyondTab);
        QVERIFY(child<QLabel>(&w, "beyondPlanLabel")->text().startsWith(QStringLiteral("For a plan from the grid")));
        const pension::Lifetime lt = engineLifetime(w, false);
        QVERIFY(child<QLabel>(&w, "breakEvenAgeLabel")->text().contains(Format::age(*lt.breakEvenAgeMonths)));
        // The grid cell's own break-even age is the same engine figure.
        QCOMPARE(grid->model()->index(8, 4).data(pension::gui::GridModel::BreakEvenRole).toInt(),
                 *lt.breakEvenAgeMonths);
        child<QPushButton>(&w, "backToFormPlanButton")->click();
        QCOMPARE(child<QLabel>(&w, "beyondPlanLabel")->text(), QStringLiteral("For the form's plan."));
    }

    void anIncompleteFormEmptiesTheTab()
    {
        MainWindow w;
        w.show();
        w.showTab(MainWindow::BeyondTab);
        QVERIFY(child<QLabel>(&w, "beyondMessage")->isVisible());
        QVERIFY(!child<QTabWidget>(&w, "beyondSections")->isVisible());
        enterSd3(w);
        w.recalculate();
        QVERIFY(child<QTabWidget>(&w, "beyondSections")->isVisible());
        QVERIFY(!child<QLabel>(&w, "beyondMessage")->isVisible());
        // An employee's own 8% is shown apart from the employer's share.
        QVERIFY(child<QLabel>(&w, "lifetimePaidLabel")->text().contains(QStringLiteral("8%")));
        QVERIFY(child<QLabel>(&w, "lifetimeEmployerLabel")->text().contains(QStringLiteral("employer")));
    }
};

QTEST_MAIN(TestBeyond)
#include "test_beyond.moc"
