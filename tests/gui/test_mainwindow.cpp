// The main window driven through its real widgets, by object name.
#include "guitest.h"

#include "areacodes.h"
#include "builtin_packs.h"
#include "chartwidget.h"
#include "colors.h"
#include "format.h"
#include "gridmodel.h"
#include "language.h"
#include "pinsmodel.h"
#include "residentview.h"
#include "texts.h"

#include <QAction>
#include <QChart>
#include <QCompleter>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace guitest;
using pension::YearMonth;
using pension::gui::MainWindow;

namespace {

QList<int> seriesSizes(QWidget *chartWidget)
{
    QList<int> sizes;
    auto *chart = static_cast<pension::gui::ChartWidget *>(chartWidget)->chart();
    for (QAbstractSeries *s : chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(s))
            sizes << static_cast<int>(line->count());
    return sizes;
}

double lastPointY(QWidget *chartWidget)
{
    auto *chart = static_cast<pension::gui::ChartWidget *>(chartWidget)->chart();
    for (QAbstractSeries *s : chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(s); line && line->count() > 0)
            return line->at(line->count() - 1).y();
    return -1;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings();
        pension::gui::applyLanguage(QStringLiteral("en"));
    }

    void sd3StatementShowsThePublishedProvisionalTotal()
    {
        MainWindow w;
        w.show();
        enterSd3(w);
        // The published 核定表 of SD-3 is the 预发 figure on the 2023 base 7468.
        QTRY_COMPARE(child<QLabel>(&w, "provisionalTotalLabel")->text(), QStringLiteral("6,057.30"));
        QCOMPARE(child<QLabel>(&w, "provisionalBasicLabel")->text(), QStringLiteral("3,366.16"));
        QCOMPARE(child<QLabel>(&w, "provisionalAccountLabel")->text(), QStringLiteral("1,370.63"));
        QCOMPARE(child<QLabel>(&w, "provisionalTransitionalLabel")->text(), QStringLiteral("1,320.51"));
        QVERIFY(child<QLabel>(&w, "provisionalTotalLabel")->isVisible());
        // The final figure, on the projected 2024 base, is higher and shown beside it.
        QString final = child<QLabel>(&w, "finalTotalLabel")->text();
        QVERIFY2(final.remove(QLatin1Char(',')).toDouble() > 6057.30, qPrintable(final));
        QVERIFY(child<QLabel>(&w, "totalLabel")->text().contains(child<QLabel>(&w, "finalTotalLabel")->text()));
        QVERIFY(child<QLabel>(&w, "backPayLabel")->isVisible());
        QVERIFY(child<QLabel>(&w, "paramsLabel")->text().contains(QStringLiteral("shandong@")));
        QVERIFY(child<QLabel>(&w, "disclaimerLabel")->text().contains(QStringLiteral("以经办机构核定为准")));
        QVERIFY(child<QLabel>(&w, "retirementLabel")->text().contains(QStringLiteral("2024-02")));
        QVERIFY(!child<QLabel>(&w, "warningsLabel")->text().isEmpty());
        // The explanation has a row per step, the ledger a row per year.
        QVERIFY(child<QTableView>(&w, "explanationTable")->model()->rowCount() >= 14);
        QVERIFY(child<QTableView>(&w, "ledgerTable")->model()->rowCount() >= 1);
    }

    void changingTheGradeChangesResultGridAndCharts()
    {
        MainWindow w;
        w.show();
        enterYoungFlexibleWorker(w);
        auto *grid = child<QTableView>(&w, "gridTable");
        QTRY_VERIFY(grid->model()->rowCount() > 0);
        QTRY_VERIFY(w.shownResult().has_value());
        const auto before = w.shownResult()->monthly.total;
        const int rows = grid->model()->rowCount();
        const QList<int> gradePoints = seriesSizes(child<QWidget>(&w, "gradeChart"));
        const double balanceBefore = lastPointY(child<QWidget>(&w, "balanceChart"));
        QVERIFY(!gradePoints.isEmpty());

        child<QComboBox>(&w, "gradeCombo")->setCurrentText(QStringLiteral("75%"));
        // 75% is not a standard grade: the grid gains its row, the grade chart a point on every line.
        QTRY_COMPARE(grid->model()->rowCount(), rows + 1);
        bool found = false;
        for (int r = 0; r < grid->model()->rowCount(); ++r)
            found = found || grid->model()->headerData(r, Qt::Vertical).toString().contains(QStringLiteral("75%"));
        QVERIFY(found);
        QList<int> morePoints = gradePoints;
        for (int &n : morePoints)
            ++n;
        QCOMPARE(seriesSizes(child<QWidget>(&w, "gradeChart")), morePoints);
        QVERIFY(w.shownResult()->monthly.total > before);
        QVERIFY(lastPointY(child<QWidget>(&w, "balanceChart")) > balanceBefore);

        child<QComboBox>(&w, "gradeCombo")->setCurrentText(QStringLiteral("300%"));
        QTRY_COMPARE(grid->model()->rowCount(), rows);
        QVERIFY(lastPointY(child<QWidget>(&w, "balanceChart")) > balanceBefore);
    }

    void aWrongCheckDigitIsShownNextToTheIdField()
    {
        MainWindow w;
        w.show();
        enterSd3(w);
        QTRY_VERIFY(w.shownResult().has_value());
        const QString valid = withCheckDigit(QStringLiteral("37010219690215002"));
        QString wrong = valid;
        wrong[17] = valid[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        type(child<QLineEdit>(&w, "idNumberEdit"), wrong);
        auto *error = child<QLabel>(&w, "idNumberEditError");
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("check digit")), qPrintable(error->text()));
        QVERIFY(error->text().contains(valid.right(1)));
        // Nothing is computed from an invalid field.
        QVERIFY(!w.shownResult().has_value());
        QVERIFY(child<QLabel>(&w, "resultMessage")->isVisible());

        type(child<QLineEdit>(&w, "idNumberEdit"), valid);
        QTRY_VERIFY(!error->isVisible());
        QTRY_COMPARE(child<QLabel>(&w, "provisionalTotalLabel")->text(), QStringLiteral("6,057.30"));
    }

    void aValidIdNumberFillsInBirthMonthAndSex()
    {
        MainWindow w;
        w.show();
        type(child<QLineEdit>(&w, "idNumberEdit"), withCheckDigit(QStringLiteral("13022519750312001")));
        QCOMPARE(child<QLineEdit>(&w, "birthEdit")->text(), QStringLiteral("1975-03"));
        QCOMPARE(child<QComboBox>(&w, "sexCombo")->currentData().toString(), QStringLiteral("male"));
        QCOMPARE(child<QComboBox>(&w, "trackCombo")->currentData().toString(), QStringLiteral("male-60"));
        type(child<QLineEdit>(&w, "idNumberEdit"), withCheckDigit(QStringLiteral("13022519750312002")));
        QCOMPARE(child<QComboBox>(&w, "sexCombo")->currentData().toString(), QStringLiteral("female"));
        QCOMPARE(child<QComboBox>(&w, "trackCombo")->currentData().toString(), QStringLiteral("female-55"));
    }

    // The region by search: part of a name in either language, or the id, and Enter (or a pick from the list).
    void theRegionIsFoundBySearch()
    {
        MainWindow w;
        w.show();
        auto *search = child<QLineEdit>(&w, "regionSearchEdit");
        auto *region = child<QComboBox>(&w, "regionCombo");
        type(search, QStringLiteral("潍坊"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(region->currentData().toString(), QStringLiteral("shandong/weifang"));
        QVERIFY(search->text().isEmpty());
        type(search, QStringLiteral("tangsh"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(region->currentData().toString(), QStringLiteral("hebei/tangshan"));
        type(search, QStringLiteral("binzhou"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(region->currentData().toString(), QStringLiteral("shandong/binzhou"));
        // The completer lists every match: 山东省 and its two cities for "山东".
        auto *completer = search->completer();
        QVERIFY(completer);
        completer->setCompletionPrefix(QStringLiteral("山东"));
        QCOMPARE(completer->completionCount(), 3);
        completer->setCompletionPrefix(QStringLiteral("LETING"));
        QCOMPARE(completer->completionCount(), 1);
        // Picking a completion selects its region.
        QVERIFY(completer->setCurrentRow(0));
        emit completer->activated(completer->currentIndex());
        QCOMPARE(region->currentData().toString(), QStringLiteral("hebei/leting"));
        // Nothing matching changes nothing.
        type(search, QStringLiteral("atlantis"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(region->currentData().toString(), QStringLiteral("hebei/leting"));
    }

    // The ID number's area code (GB/T 2260) suggests the region: the county or city when a pack has it, else the
    // province; the clerk applies it with one click.
    void theIdAreaCodeSuggestsTheRegion()
    {
        MainWindow w;
        w.show();
        auto *region = child<QComboBox>(&w, "regionCombo");
        auto *suggest = child<QPushButton>(&w, "regionSuggestButton");
        choose(region, QStringLiteral("hebei"));
        QVERIFY(suggest->isHidden());
        type(child<QLineEdit>(&w, "idNumberEdit"), withCheckDigit(QStringLiteral("37070219700101002")));
        QTRY_VERIFY(suggest->isVisible());
        QVERIFY2(suggest->text().contains(QStringLiteral("Weifang")), qPrintable(suggest->text()));
        QVERIFY(suggest->text().contains(QStringLiteral("370702")));
        QCOMPARE(region->currentData().toString(), QStringLiteral("hebei")); // only suggested
        QTest::mouseClick(suggest, Qt::LeftButton);
        QCOMPARE(region->currentData().toString(), QStringLiteral("shandong/weifang"));
        QVERIFY(suggest->isHidden());
        // 乐亭县 has a pack of its own: the six-digit code wins over 唐山 (1302).
        type(child<QLineEdit>(&w, "idNumberEdit"), withCheckDigit(QStringLiteral("13022519750312001")));
        QTRY_VERIFY(suggest->isVisible());
        QTest::mouseClick(suggest, Qt::LeftButton);
        QCOMPARE(region->currentData().toString(), QStringLiteral("hebei/leting"));
        // 济南 has no pack of its own: the province.
        type(child<QLineEdit>(&w, "idNumberEdit"), withCheckDigit(QStringLiteral("37010219690215002")));
        QTRY_VERIFY(suggest->isVisible());
        QTest::mouseClick(suggest, Qt::LeftButton);
        QCOMPARE(region->currentData().toString(), QStringLiteral("shandong"));
        // The region already chosen is not offered again; an invalid number offers nothing.
        type(child<QLineEdit>(&w, "idNumberEdit"), withCheckDigit(QStringLiteral("37010219690215004")));
        QVERIFY(suggest->isHidden());
        type(child<QLineEdit>(&w, "idNumberEdit"), QStringLiteral("370702197001010"));
        QVERIFY(suggest->isHidden());
        QCOMPARE(pension::gui::regionForIdNumber(QStringLiteral("990000197001010011"), {QStringLiteral("shandong")}),
                 QString());
    }

    // Every province and every city of the shipped packs is suggested by its own area code (GB/T 2260), and each
    // code of the table leads to the region it names (or, for a city without a pack, to its province).
    void everyShippedRegionHasItsAreaCode()
    {
        QFile f(QStringLiteral(":/areacodes/areacodes.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject codes =
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("codes")).toObject();
        QStringList ids;
        for (const std::string &id : pension::builtinLibrary().regionIds())
            ids << QString::fromStdString(id);
        QStringList named;
        for (auto it = codes.begin(); it != codes.end(); ++it) {
            // A city without a pack of its own (石家庄) falls back to its province.
            const QString region = it.value().toString();
            const QString expected = ids.contains(region) ? region : region.section(QLatin1Char('/'), 0, 0);
            QVERIFY2(ids.contains(expected), qPrintable(it.key() + QLatin1Char(' ') + region));
            const QString number =
                QString(it.key() + QStringLiteral("000000")).left(6) + QStringLiteral("197001010011");
            QCOMPARE(pension::gui::regionForIdNumber(number, ids), expected);
            named << region;
        }
        for (const QString &id : ids)
            QVERIFY2(named.contains(id), qPrintable(id + QStringLiteral(" has no area code")));
    }

    // A region whose rules are not established is offered, marked approximate, with the reason as its tooltip.
    void approximateRegionsAreMarked()
    {
        pension::ParameterLibrary lib = pension::builtinLibrary();
        QVERIFY(!lib.add("testland.json", R"({ "format": "pension-params/1", "id": "testland", "extends": "shandong",
            "version": "1", "compiled": "2026-12-01", "name": { "zh": "测试省", "en": "Testland" },
            "approximate": { "zh": "过渡性养老金公式未知", "en": "the transitional formula is unknown" } })"));
        pension::gui::CaseForm form(lib);
        auto *region = child<QComboBox>(&form, "regionCombo");
        const int at = region->findData(QStringLiteral("testland"));
        QVERIFY(at >= 0);
        QVERIFY2(region->itemText(at).contains(QStringLiteral("approximate")), qPrintable(region->itemText(at)));
        QCOMPARE(region->itemData(at, Qt::ToolTipRole).toString(),
                 QStringLiteral("the transitional formula is unknown"));
        const int sd = region->findData(QStringLiteral("shandong"));
        QVERIFY(!region->itemText(sd).contains(QStringLiteral("approximate")));
        QVERIFY(region->itemData(sd, Qt::ToolTipRole).toString().isEmpty());
        // Established rules with scoped gaps (江苏: retirements before 2024): not marked, the gaps as the tooltip.
        const int js = region->findData(QStringLiteral("jiangsu"));
        QVERIFY(!region->itemText(js).contains(QStringLiteral("approximate")));
        const QString gaps = region->itemData(js, Qt::ToolTipRole).toString();
        QVERIFY2(gaps.startsWith(QStringLiteral("Approximate only in these cases")), qPrintable(gaps));
        QVERIFY2(gaps.contains(QStringLiteral("before 2024")), qPrintable(gaps));
    }

    void errorsAreShownNextToEachField()
    {
        MainWindow w;
        w.show();
        enterSd3(w);
        type(child<QLineEdit>(&w, "birthEdit"), QStringLiteral("1969-13"));
        type(child<QLineEdit>(&w, "averageIndexEdit"), QStringLiteral("abc"));
        w.recalculate();
        QVERIFY(child<QLabel>(&w, "birthEditError")->isVisible());
        QVERIFY(child<QLabel>(&w, "averageIndexEditError")->isVisible());
        QVERIFY(!child<QLabel>(&w, "accountBalanceEditError")->isVisible());
        QVERIFY(!w.shownResult().has_value());
        // The engine's own checks land next to their field too: an index beyond 6.0.
        type(child<QLineEdit>(&w, "birthEdit"), QStringLiteral("1969-02"));
        type(child<QLineEdit>(&w, "averageIndexEdit"), QStringLiteral("6.5"));
        w.recalculate();
        auto *indexError = child<QLabel>(&w, "averageIndexEditError");
        QVERIFY(indexError->isVisible());
        QVERIFY2(indexError->text().contains(QStringLiteral("0.01–6.0")), qPrintable(indexError->text()));
        QVERIFY(!indexError->property("warning").toBool());
        // A history cell names its row and column.
        child<QRadioButton>(&w, "historyRadio")->setChecked(true);
        w.form()->pasteHistory(QStringLiteral("2020\t12\t3500\n2021\t12\tabc\n"));
        w.recalculate();
        auto *historyError = child<QLabel>(&w, "historyError");
        QVERIFY(historyError->isVisible());
        QVERIFY2(historyError->text().startsWith(QStringLiteral("Row 2, Monthly base")),
                 qPrintable(historyError->text()));
        child<QRadioButton>(&w, "statementRadio")->setChecked(true);
        // A retirement month outside the 弹性 window is an error of the retirement field.
        type(child<QLineEdit>(&w, "averageIndexEdit"), QStringLiteral("1.6002"));
        child<QComboBox>(&w, "retireCombo")->setCurrentIndex(3);
        type(child<QLineEdit>(&w, "retireMonthEdit"), QStringLiteral("2035-01"));
        w.recalculate();
        auto *retireError = child<QLabel>(&w, "retireBoxError");
        QVERIFY(retireError->isVisible());
        QVERIFY2(retireError->text().contains(QStringLiteral("2024-02")), qPrintable(retireError->text()));
    }

    // Short of the minimum: the headline says so first (months missing, the month to pay until, the pension then as
    // the engine computed it); the undrawable figure is labelled as not payable.
    void ineligibleHeadlineComesFirst()
    {
        MainWindow w;
        w.show();
        enterSd3(w);
        type(child<QLineEdit>(&w, "deemedEdit"), QStringLiteral("0"));
        type(child<QLineEdit>(&w, "accountMonthsEdit"), QStringLiteral("150"));
        w.recalculate();
        QVERIFY(w.shownResult().has_value());
        const pension::Result &r = *w.shownResult();
        QVERIFY(!r.eligibility.eligible);
        QVERIFY(r.eligibility.payOnKnown);
        auto *headline = child<QLabel>(&w, "shortHeadline");
        QVERIFY(headline->isVisible());
        QVERIFY2(headline->text().startsWith(QStringLiteral("✘")), qPrintable(headline->text()));
        QVERIFY2(
            headline->text().contains(QString::number(r.eligibility.shortMonths) + QStringLiteral(" months short")),
            qPrintable(headline->text()));
        QVERIFY2(headline->text().contains(pension::gui::Format::month(r.eligibility.reachedMonth)),
                 qPrintable(headline->text()));
        const QString total = child<QLabel>(&w, "totalLabel")->text();
        QVERIFY2(total.contains(pension::gui::Format::money(r.eligibility.payOnMonthly.total)), qPrintable(total));
        QVERIFY(r.eligibility.payOnMonthly.total != r.monthly.total);
        QVERIFY2(!total.contains(pension::gui::Format::money(r.monthly.total)), qPrintable(total));
        QVERIFY2(
            child<QLabel>(&w, "totalTitle")->text().contains(pension::gui::Format::month(r.eligibility.reachedMonth)),
            qPrintable(child<QLabel>(&w, "totalTitle")->text()));
        QVERIFY2(child<QLabel>(&w, "finalHeader")->text().contains(QStringLiteral("Not payable")),
                 qPrintable(child<QLabel>(&w, "finalHeader")->text()));
        // the status line quotes the pension after paying on, not the one not paid; no 预发 figures for it
        const QString status = child<QLabel>(&w, "statusLabel")->text();
        QVERIFY2(status.contains(pension::gui::Format::money(r.eligibility.payOnMonthly.total)), qPrintable(status));
        QVERIFY2(!status.contains(pension::gui::Format::money(r.monthly.total)), qPrintable(status));
        QVERIFY(!child<QLabel>(&w, "provisionalTotalLabel")->isVisible());
        // eligible again: no headline, the figure is the pension
        type(child<QLineEdit>(&w, "deemedEdit"), QStringLiteral("102"));
        type(child<QLineEdit>(&w, "accountMonthsEdit"), QStringLiteral("314"));
        w.recalculate();
        QVERIFY(w.shownResult()->eligibility.eligible);
        QVERIFY(!headline->isVisible());
        QVERIFY(child<QLabel>(&w, "totalLabel")
                    ->text()
                    .contains(pension::gui::Format::money(w.shownResult()->monthly.total)));
    }

    // Each plausibility warning is shown next to its field in the warning colour (not as an error), with its numbers,
    // and the result is still shown.
    void plausibilityWarningsNextToTheirFields_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expected");
        QTest::addRow("index above 3.0") << "index"
                                         << "averageIndexEditError"
                                         << "3.5000";
        QTest::addRow("statement 14 months old") << "stale"
                                                 << "asOfEditError"
                                                 << "14 months";
        QTest::addRow("months before the working age") << "young"
                                                       << "accountMonthsEditError"
                                                       << "16th birthday";
        QTest::addRow("history base above the ceiling") << "ceiling"
                                                        << "historyError"
                                                        << "42000.00";
        QTest::addRow("history base a year's total") << "yearly"
                                                     << "historyError"
                                                     << "year's total";
        QTest::addRow("plan paying months already gone") << "gone"
                                                         << "periodsBoxError"
                                                         << "14 months from 2025-07";
        QTest::addRow("retirement month passed") << "passed"
                                                 << "retireBoxError"
                                                 << "2026-03";
    }
    void plausibilityWarningsNextToTheirFields()
    {
        QFETCH(QString, setup);
        QFETCH(QString, label);
        QFETCH(QString, expected);
        MainWindow w;
        w.show();
        if (setup == QStringLiteral("gone") || setup == QStringLiteral("passed")) {
            // a Leting man's statement of 2025-06, paying on at 60%; born 1965-06 he retires in 2025-08
            StatementEntry e;
            if (setup == QStringLiteral("passed"))
                e.birth = QStringLiteral("1965-06");
            enterLetingStatement(w, e);
            w.setCalculationDate(setup == QStringLiteral("passed") ? pension::YearMonth::of(2026, 3)
                                                                   : pension::YearMonth::of(2026, 9));
        } else {
            enterSd3(w);
        }
        if (setup == QStringLiteral("index")) {
            type(child<QLineEdit>(&w, "averageIndexEdit"), QStringLiteral("3.5"));
        } else if (setup == QStringLiteral("stale")) {
            w.setCalculationDate(pension::YearMonth::of(2025, 4));
        } else if (setup == QStringLiteral("young")) {
            type(child<QLineEdit>(&w, "birthEdit"), QStringLiteral("2007-02"));
            choose(child<QComboBox>(&w, "trackCombo"), QStringLiteral("female-55"));
            type(child<QLineEdit>(&w, "deemedEdit"), QStringLiteral("0"));
            type(child<QLineEdit>(&w, "accountMonthsEdit"), QStringLiteral("24"));
            type(child<QLineEdit>(&w, "accountBalanceEdit"), QStringLiteral("5000"));
            type(child<QLineEdit>(&w, "averageIndexEdit"), QStringLiteral("0.6"));
        } else if (setup == QStringLiteral("ceiling") || setup == QStringLiteral("yearly")) {
            child<QRadioButton>(&w, "historyRadio")->setChecked(true);
            w.form()->pasteHistory(setup == QStringLiteral("ceiling")
                                       ? QStringLiteral("2022\t12\t42000\n2023\t2\t4000\n")
                                       : QStringLiteral("2022\t12\t4000\n2023\t12\t72000\n"));
        }
        w.recalculate();
        QVERIFY2(w.shownResult().has_value(), "the result is still shown");
        auto *note = child<QLabel>(&w, qPrintable(label));
        QVERIFY(note->isVisible());
        QVERIFY(note->property("warning").toBool());
        QVERIFY2(note->text().contains(expected), qPrintable(note->text()));
        QCOMPARE(note->palette().color(QPalette::WindowText), pension::gui::colors::note);
    }

    void garbageInEveryFieldDoesNotCrash_data()
    {
        QTest::addColumn<QString>("garbage");
        QTest::addRow("letters") << QStringLiteral("abc");
        QTest::addRow("an emoji and quotes") << QStringLiteral("😀'\"; DROP TABLE cases;--");
        QTest::addRow("a huge number") << QStringLiteral("99999999999999999999999999999999");
        QTest::addRow("exponent") << QStringLiteral("1e308");
        QTest::addRow("negative") << QStringLiteral("-12.5");
        QTest::addRow("full-width digits") << QStringLiteral("１２３．４５");
        QTest::addRow("a month that is not one") << QStringLiteral("2024-13");
        QTest::addRow("nan") << QStringLiteral("nan");
        QTest::addRow("tabs and newlines") << QStringLiteral("1\t2\n3\t4\r\n");
        QTest::addRow("control characters") << QString::fromUtf16(u"\u0000\u0007\u202e12");
        QTest::addRow("very long") << QString(5000, QLatin1Char('9'));
        QTest::addRow("only spaces") << QStringLiteral("     ");
    }

    void garbageInEveryFieldDoesNotCrash()
    {
        QFETCH(QString, garbage);
        MainWindow w;
        w.show();
        enterSd3(w);
        QTRY_VERIFY(w.shownResult().has_value());
        // Every line edit of the form, one after the other, then all at once.
        const auto edits = w.form()->findChildren<QLineEdit *>();
        QVERIFY(edits.size() >= 12);
        for (QLineEdit *e : edits) {
            const QString before = e->text();
            e->setText(garbage);
            w.recalculate();
            e->setText(before);
        }
        for (QLineEdit *e : edits)
            e->setText(garbage);
        w.recalculate();
        // The tables: pasted and typed garbage.
        child<QRadioButton>(&w, "historyRadio")->setChecked(true);
        w.form()->pasteHistory(garbage);
        w.recalculate();
        auto *history = child<QTableView>(&w, "historyTable");
        for (int c = 0; c < history->model()->columnCount(); ++c)
            history->model()->setData(history->model()->index(0, c), garbage);
        w.recalculate();
        child<QPushButton>(&w, "addPeriodButton")->click();
        auto *periods = child<QTableView>(&w, "periodsTable");
        for (int c = 0; c < periods->model()->columnCount(); ++c)
            periods->model()->setData(periods->model()->index(0, c), garbage);
        child<QComboBox>(&w, "gradeCombo")->setCurrentText(garbage);
        w.recalculate();
        // The window still works: a new case and SD-3 again.
        dialogs(w).setAsk([](const QString &) { return true; });
        w.newCase();
        enterSd3(w);
        QTRY_COMPARE(child<QLabel>(&w, "provisionalTotalLabel")->text(), QStringLiteral("6,057.30"));
    }

    void aLeafletCsvInGbkIsImported()
    {
        // The Leting leaflet's table (HB-A), saved by a Chinese Excel as CSV: GBK, with the total row.
        const QString csv = QStringLiteral(
            "缴费年度,缴费月份,缴费基数(元),缴费金额(元),计入个人账户(元)\r\n"
            "2009,11,15610.65,3122.13,1248.85\r\n2010,12,19383.6,3876.72,1550.69\r\n"
            "2011,12,19392,3878.4,1551.36\r\n2012,12,21708,4341.6,1736.64\r\n2013,12,23736,4747.2,1898.88\r\n"
            "2014,12,25519,5103.8,2041.52\r\n2015,12,27744,5548.8,2219.52\r\n2016,12,31445.4,6289.08,2515.63\r\n"
            "2017,12,34192.2,6838.44,2735.38\r\n2018,12,39159.6,7831.92,3132.77\r\n2019,12,37016.2,7403.24,2961.30\r\n"
            "2020,12,36504.6,7300.92,2920.37\r\n2021,12,38940,7788,3115.20\r\n2022,12,41679,8335.8,3334.32\r\n"
            "2023,12,44719.8,8943.96,3577.58\r\n2024,1,3726.65,745.33,298.13\r\n合计,180,460476.7,92095.34,36838."
            "14\r\n");
        QStringEncoder gbk("GBK");
        QVERIFY(gbk.isValid());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("leaflet.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(gbk.encode(csv));
        }
        MainWindow w;
        w.show();
        w.setCalculationDate(YearMonth::of(2024, 1));
        choose(child<QComboBox>(&w, "sexCombo"), QStringLiteral("female"));
        type(child<QLineEdit>(&w, "birthEdit"), QStringLiteral("1969-01"));
        choose(child<QComboBox>(&w, "trackCombo"), QStringLiteral("female-55"));
        choose(child<QComboBox>(&w, "kindCombo"), QStringLiteral("flexible"));
        choose(child<QComboBox>(&w, "regionCombo"), QStringLiteral("hebei/leting"));
        type(child<QLineEdit>(&w, "asOfEdit"), QStringLiteral("2024-01"));
        type(child<QLineEdit>(&w, "accountStartEdit"), QStringLiteral("1996-01"));
        QVERIFY(w.form()->importHistoryFile(path));
        QVERIFY(child<QRadioButton>(&w, "historyRadio")->isChecked());
        auto *history = child<QTableView>(&w, "historyTable")->model();
        QCOMPARE(history->rowCount(), 16);
        QCOMPARE(history->index(0, 3).data().toString(), QStringLiteral("15610.65")); // the year total
        QVERIFY(history->index(0, 2).data().toString().isEmpty());
        QVERIFY(child<QLabel>(&w, "importStatus")->text().contains(QStringLiteral("GBK")));
        // The same figures as tests/data/cases/hb-a.pension.json (the leaflet, typed as a case file) through the
        // engine directly.
        QFile file(QStringLiteral(PENSION_SOURCE_DIR "/tests/data/cases/hb-a.pension.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        auto kase = pension::readCase(std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
        QVERIFY(std::holds_alternative<pension::Case>(kase));
        auto expected =
            pension::estimate(std::get<pension::Case>(kase), pension::builtinLibrary(), YearMonth::of(2024, 1));
        QVERIFY(std::holds_alternative<pension::Result>(expected));
        const pension::Result &r = std::get<pension::Result>(expected);
        QTRY_VERIFY(w.shownResult().has_value());
        QCOMPARE(w.shownResult()->figures.contributedMonths, 360);
        QCOMPARE(w.shownResult()->monthly.total, r.monthly.total);
        QVERIFY(r.provisional);
        QCOMPARE(child<QLabel>(&w, "provisionalTotalLabel")->text(),
                 pension::gui::Format::money(r.provisional->monthly.total));
        QCOMPARE(child<QLabel>(&w, "finalTotalLabel")->text(), pension::gui::Format::money(r.monthly.total));
    }

    void pastedSpreadsheetCellsFillTheHistory()
    {
        MainWindow w;
        w.show();
        child<QRadioButton>(&w, "historyRadio")->setChecked(true);
        auto *view = child<QTableView>(&w, "historyTable");
        view->setCurrentIndex(view->model()->index(0, 0));
        w.form()->pasteHistory(QStringLiteral("2019\t12\t3500\n2020\t12\t3600\n2021\t6\t3700\n2022\t12\t3800\n"));
        QCOMPARE(view->model()->rowCount(), 4);
        QCOMPARE(view->model()->index(2, 1).data().toString(), QStringLiteral("6"));
        QCOMPARE(view->model()->index(3, 2).data().toString(), QStringLiteral("3800"));
        // A single column of bases pasted into the base column.
        view->setCurrentIndex(view->model()->index(0, 2));
        w.form()->pasteHistory(QStringLiteral("4000\n4100\n"));
        QCOMPARE(view->model()->index(1, 2).data().toString(), QStringLiteral("4100"));
        QCOMPARE(view->model()->index(2, 2).data().toString(), QStringLiteral("3700"));
    }

    void selectingAndPinningPlans()
    {
        MainWindow w;
        w.show();
        enterYoungFlexibleWorker(w);
        auto *grid = child<QTableView>(&w, "gridTable");
        QTRY_VERIFY(grid->model()->rowCount() > 3 && grid->model()->columnCount() > 3);
        const auto formTotal = w.shownResult()->monthly.total;
        w.showTab(MainWindow::PlansTab);
        // Select a cell: that plan is shown in the result, with a banner to go back.
        grid->setCurrentIndex(grid->model()->index(4, 3));
        QVERIFY(w.shownResult()->monthly.total != formTotal);
        const auto *model = static_cast<pension::gui::GridModel *>(grid->model());
        QCOMPARE(w.shownResult()->monthly.total,
                 static_cast<pension::Fen>(
                     std::llround(model->index(4, 3).data(pension::gui::GridModel::MonthlyRole).toDouble() * 100)));
        QVERIFY(!child<QFrame>(&w, "planBanner")->isHidden());
        child<QPushButton>(&w, "pinButton")->click();
        grid->setCurrentIndex(grid->model()->index(10, 3));
        child<QPushButton>(&w, "pinButton")->click();
        grid->setCurrentIndex(grid->model()->index(10, grid->model()->columnCount() - 1));
        QTest::keyClick(grid, Qt::Key_Return);
        auto *pins = child<QTableView>(&w, "pinsTable")->model();
        QCOMPARE(pins->columnCount(), 3);
        const QString delta = pins->index(pension::gui::PinsModel::DeltaMonthly, 1).data().toString();
        QVERIFY2(delta.startsWith(QLatin1Char('+')), qPrintable(delta));
        // At most four; the fifth replaces the oldest after the first.
        for (int r : {12, 14, 16}) {
            grid->setCurrentIndex(grid->model()->index(r, 2));
            child<QPushButton>(&w, "pinButton")->click();
        }
        QCOMPARE(pins->columnCount(), 4);
        child<QPushButton>(&w, "backToFormPlanButton")->click();
        QCOMPARE(w.shownResult()->monthly.total, formTotal);
        QVERIFY(child<QFrame>(&w, "planBanner")->isHidden());
        child<QPushButton>(&w, "clearPinsButton")->click();
        QCOMPARE(pins->columnCount(), 0);
    }

    // A cell opened while the worker computes an edit stays open when the worker's outcome arrives: the outcome is
    // asked again for the opened cell with the case the worker prepared.
    void aCellOpenedWhileTheWorkerRunsStaysOpen()
    {
        MainWindow w;
        w.show();
        enterYoungFlexibleWorker(w);
        auto *grid = child<QTableView>(&w, "gridTable");
        QTRY_VERIFY(grid->model()->rowCount() > 3 && grid->model()->columnCount() > 3);
        QTRY_VERIFY(w.shownResult().has_value());
        w.showTab(MainWindow::PlansTab);
        type(child<QLineEdit>(&w, "accountBalanceEdit"), QStringLiteral("60000"));
        QCoreApplication::processEvents(); // the edit's calculation starts on the worker
        grid->setCurrentIndex(grid->model()->index(4, 3));
        QVERIFY(!child<QFrame>(&w, "planBanner")->isHidden());
        QTRY_VERIFY(w.outcome().prepared && w.outcome().prepared->kase.record &&
                    w.outcome().prepared->kase.record->accountBalance == 60000'00);
        QVERIFY(w.openedCell().has_value());
        QVERIFY(!child<QFrame>(&w, "planBanner")->isHidden());
        const auto *model = static_cast<pension::gui::GridModel *>(grid->model());
        QCOMPARE(w.shownResult()->monthly.total,
                 static_cast<pension::Fen>(
                     std::llround(model->index(4, 3).data(pension::gui::GridModel::MonthlyRole).toDouble() * 100)));
        QVERIFY(w.shownResult()->monthly.total != w.outcome().result->monthly.total);
    }

    // F11: the resident view shows, full screen and without the form, the same result the clerk sees (eligibility,
    // the monthly figure) in type about twice as large, and the pinned plans side by side; F11 or Esc returns.
    void residentView()
    {
        MainWindow w;
        w.show();
        enterYoungFlexibleWorker(w);
        QTRY_VERIFY(w.shownResult().has_value());
        w.showTab(MainWindow::PlansTab);
        auto *grid = child<QTableView>(&w, "gridTable");
        for (int row : {0, 4}) {
            grid->setCurrentIndex(grid->model()->index(row, 1));
            child<QPushButton>(&w, "pinButton")->click();
        }
        child<QPushButton>(&w, "backToFormPlanButton")->click();
        QVERIFY(w.residentView() == nullptr);
        QTest::keyClick(&w, Qt::Key_F11);
        QWidget *resident = w.residentView();
        QVERIFY(resident);
        QTRY_VERIFY(resident->isVisible());
        QVERIFY(resident->isFullScreen());
        QVERIFY(!resident->findChild<QLineEdit *>(QStringLiteral("birthEdit"))); // the form is not in it
        auto *residentResult = child<QWidget>(resident, "residentResult");
        // The same figures as the counter screen (read from the widgets, not the outcome).
        QCOMPARE(child<QLabel>(residentResult, "eligibilityLabel")->text(),
                 child<QLabel>(&w, "eligibilityLabel")->text());
        const QList<QLabel *> totals = w.findChildren<QLabel *>(QStringLiteral("totalLabel"));
        QVERIFY(!totals.isEmpty());
        QCOMPARE(child<QLabel>(residentResult, "totalLabel")->text(), totals.first()->text());
        QVERIFY(child<QLabel>(residentResult, "totalLabel")->font().pointSizeF() >=
                1.8 * totals.first()->font().pointSizeF());
        QVERIFY(!child<QLabel>(residentResult, "eligibilityLabel")->isHidden());
        // The clerk's workings are left out; the pinned plans are there, two columns.
        QVERIFY(child<QLabel>(residentResult, "indexLabel")->isHidden());
        auto *pins = child<QTableView>(resident, "residentPins");
        QVERIFY(!pins->isHidden());
        QCOMPARE(pins->model()->columnCount(), 2);
        // A change on the counter screen reaches the resident view.
        grid->setCurrentIndex(grid->model()->index(6, 2));
        QTRY_COMPARE(child<QLabel>(residentResult, "totalLabel")->text(), totals.first()->text());
        QTest::keyClick(resident, Qt::Key_Escape);
        QTRY_VERIFY(!resident->isVisible());
        QVERIFY(!child<QAction>(&w, "residentAction")->isChecked());
    }

    void stopOnceIReachNYears()
    {
        MainWindow w;
        w.show();
        enterYoungFlexibleWorker(w);
        QTRY_VERIFY(w.shownResult().has_value());
        child<QCheckBox>(&w, "stopCheck")->setChecked(true);
        child<QSpinBox>(&w, "stopYearsSpin")->setValue(15);
        w.recalculate();
        QCOMPARE(w.shownResult()->figures.contributedMonths, 15 * 12 * 2); // half months
    }

    void largeFontModeIsRemembered()
    {
        const qreal normal = QApplication::font().pointSizeF();
        {
            MainWindow w;
            w.show();
            auto *action = child<QAction>(&w, "largeFontAction");
            QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
            action->trigger();
            QVERIFY(w.largeFont());
            QVERIFY(child<QLabel>(&w, "totalLabel")->font().pointSizeF() > normal * 3);
            QVERIFY(w.form()->font().pointSizeF() > normal * 1.4);
            w.close();
        }
        MainWindow again;
        again.loadSettings();
        QVERIFY(again.largeFont());
        again.setLargeFont(false);
        QCOMPARE(again.form()->font().pointSizeF(), normal);
        again.close();
    }

    void shortcutsAndPrinting()
    {
        MainWindow w;
        QCOMPARE(child<QAction>(&w, "newCaseAction")->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(child<QAction>(&w, "recalculateAction")->shortcut(), QKeySequence(Qt::Key_F5));
        auto *print = child<QAction>(&w, "printAction");
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        QVERIFY(!print->isEnabled());
        QVERIFY(!print->toolTip().isEmpty());
    }

    void newCaseAsksBeforeClearing()
    {
        MainWindow w;
        w.show();
        enterSd3(w);
        QString asked;
        dialogs(w).setAsk([&](const QString &q) {
            asked = q;
            return false;
        });
        child<QAction>(&w, "newCaseAction")->trigger();
        QVERIFY(!asked.isEmpty());
        QCOMPARE(child<QLineEdit>(&w, "birthEdit")->text(), QStringLiteral("1969-02"));
        dialogs(w).setAsk([](const QString &) { return true; });
        child<QAction>(&w, "newCaseAction")->trigger();
        QVERIFY(child<QLineEdit>(&w, "birthEdit")->text().isEmpty());
        QVERIFY(!w.shownResult().has_value());
    }

    void theLanguageSwitchesWhileRunning()
    {
        MainWindow w;
        w.show();
        enterSd3(w);
        QTRY_VERIFY(w.shownResult().has_value());
        auto *tabs = child<QTabWidget>(&w, "mainTabs");
        const QString english = tabs->tabText(0);
        child<QAction>(&w, "chineseAction")->trigger();
        QCOMPARE(pension::gui::currentLanguage(), QStringLiteral("zh"));
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("结果"));
        QVERIFY(child<QLabel>(&w, "retirementLabel")->text().contains(QStringLiteral("岁")));
        // The engine's words (texts.cpp) are in Chinese too.
        QCOMPARE(pension::texts::stepLabel(pension::StepCode::BasicPension), QStringLiteral("基础养老金"));
        QCOMPARE(child<QTableView>(&w, "explanationTable")->model()->index(0, 0).data().toString(),
                 pension::texts::stepLabel(pension::StepCode::RetirementAge));
        QCOMPARE(child<QLabel>(&w, "provisionalTotalLabel")->text(), QStringLiteral("6,057.30"));
        child<QAction>(&w, "englishAction")->trigger();
        QTRY_COMPARE(tabs->tabText(0), english);
        // The age in the interface language, as every view writes it ("63 y 0 m").
        const QString retirement = child<QLabel>(&w, "retirementLabel")->text();
        QVERIFY2(retirement.contains(QStringLiteral(" y ")) && !retirement.contains(QStringLiteral("岁")),
                 qPrintable(retirement));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
