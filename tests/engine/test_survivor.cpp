// engine/survivor.cpp: 丧葬补助金, 抚恤金 and the inheritable account, checked against the Leting leaflet's table.

#include "result_json.h"
#include "support.h"
#include "survivor.h"

#include <QTest>

using namespace pension;
using support::ym;

namespace {

// A man born 1968-06 with 31 years paid at index 0.8 by 2022-12, paying on as an employee, in `region`.
Case worker1968(const std::string &region)
{
    std::string text = R"({
  "format": "pension-case/1", "region": "REGION", "asOf": "2022-12", "calculatedOn": "2023-01",
  "person": { "sex": "male", "birth": "1968-06", "track": "male-60" },
  "insurance": { "kind": "employee" },
  "record": { "deemedMonths": 0, "preAccountMonths": 0, "accountMonths": 372, "averageIndex": 0.8,
              "accountBalance": 80000.00 },
  "plan": { "retire": "statutory", "contributions": [
      { "from": "2023-01", "until": "retirement", "grade": 0.8, "kind": "employee" } ] }
})";
    text.replace(text.find("REGION"), 6, region);
    return support::caseFromText(text);
}

// What the survivors get if he dies at 55 (2023-06) while working, calculated in 2023-01.
SurvivorAt diesAt55(const Case &c)
{
    auto prepared = prepare(c, support::library(), ym("2023-01"));
    const auto &p = *std::get<std::shared_ptr<const Prepared>>(prepared);
    const Result r = std::get<Result>(estimate(p, c.plan));
    return survivorBenefits(p, c.plan, r, 55, 55).front();
}

} // namespace

class TestSurvivor : public QObject {
    Q_OBJECT

private slots:
    void pensionMonths_data()
    {
        QTest::addColumn<int>("years");
        QTest::addColumn<int>("drawn");
        QTest::addColumn<bool>("retired");
        QTest::addColumn<int>("months");
        // Leting leaflet: <5 years 3 months; 5–10 6; 10–15 9; +1 a year above 15; at most 24 (30 years).
        QTest::addRow("a worker with 4 years gets 3 months") << 4 << 0 << false << 3;
        QTest::addRow("a worker with 5 years gets 6 months") << 5 << 0 << false << 6;
        QTest::addRow("a worker with 9 years gets 6 months") << 9 << 0 << false << 6;
        QTest::addRow("a worker with 10 years gets 9 months") << 10 << 0 << false << 9;
        QTest::addRow("a worker with 15 years gets 9 months") << 15 << 0 << false << 9;
        QTest::addRow("a worker with 16 years gets 10 months") << 16 << 0 << false << 10;
        QTest::addRow("a worker with 30 years gets 24 months") << 30 << 0 << false << 24;
        QTest::addRow("a worker with 40 years still gets 24 months") << 40 << 0 << false << 24;
        QTest::addRow("a retiree with 30 years and 10 years drawn gets 14") << 30 << 10 << true << 14;
        QTest::addRow("a retiree with 30 years and 20 years drawn gets the floor of 9") << 30 << 20 << true << 9;
        QTest::addRow("a retiree with 15 years gets 9 however long he drew") << 15 << 3 << true << 9;
    }

    void pensionMonths()
    {
        QFETCH(int, years);
        QFETCH(int, drawn);
        QFETCH(bool, retired);
        QFETCH(int, months);
        QCOMPARE(survivorPensionMonths(years * 24, drawn, retired), months);
    }

    // The leaflet: Hebei 2022 urban disposable income 3439.83 a month; funeral grant 6879.66; 抚恤金 10319.49 (3),
    // 20638.98 (6), 30958.47 (9), 82555.92 (24). A man who dies in 2023 while working, with 30+ years.
    void leafletAmounts()
    {
        const SurvivorAt s = diesAt55(worker1968("hebei/leting"));
        QVERIFY(!s.retired);
        QCOMPARE(s.incomeYear, 2022);
        QCOMPARE(s.incomeMonthly, Fen(343983));
        QCOMPARE(s.funeralGrant, Fen(687966));
        QCOMPARE(s.pensionMonths, 24);
        QCOMPARE(s.survivorPension, Fen(8255592));
        QVERIFY(s.accountRemainder > Fen(8000000)); // the statement's balance plus 2023's credits and interest
        QCOMPARE(s.total, s.funeralGrant + s.survivorPension + s.accountRemainder);
        QCOMPARE(s.steps.size(), std::size_t(3));
        QCOMPARE(QString::fromStdString(s.steps[0].formula), QStringLiteral("2 × 3439.83"));
        QCOMPARE(QString::fromStdString(s.steps[0].value), QStringLiteral("6879.66"));
        QVERIFY(QString::fromStdString(s.steps[1].formula).startsWith(QStringLiteral("3439.83 × 24")));
        QCOMPARE(QString::fromStdString(s.steps[1].value), QStringLiteral("82555.92"));
    }

    // A region whose pack has no urbanDisposableIncome (天津): the grant and the survivor pension are not computed
    // (marked unknown, "—" in the steps, null in the JSON), the account remainder still is; the same person in 河北
    // gets the figures.
    void withoutTheRegionsIncomeTheBenefitsAreUnknown()
    {
        auto at55 = [](const std::string &region) { return diesAt55(worker1968(region)); };
        QVERIFY(!support::region("tianjin").find("urbanDisposableIncome"));
        const SurvivorAt tianjin = at55("tianjin");
        QVERIFY(!tianjin.incomeKnown);
        QCOMPARE(tianjin.funeralGrant, Fen(0));
        QCOMPARE(tianjin.survivorPension, Fen(0));
        QVERIFY(tianjin.accountRemainder > Fen(8000000));
        QCOMPARE(QString::fromStdString(tianjin.steps[0].value), QStringLiteral("—"));
        QVERIFY(QString::fromStdString(tianjin.steps[1].formula).startsWith(QStringLiteral("urbanDisposableIncome ?")));
        struct Plain : Wording {
            std::string warning(const Warning &) const override { return {}; }
            std::string stepLabel(StepCode) const override { return {}; }
        };
        const std::vector<SurvivorAt> list{tianjin};
        EstimateExtras extras;
        extras.survivors = &list;
        const std::string json = estimateJson(Result{}, Plain{}, extras);
        QVERIFY2(json.find("\"funeralGrant\": null") != std::string::npos, json.c_str());
        QVERIFY2(json.find("\"incomeKnown\": false") != std::string::npos, json.c_str());
        const SurvivorAt hebei = at55("hebei");
        QVERIFY(hebei.incomeKnown);
        QCOMPARE(hebei.funeralGrant, Fen(687966)); // the leaflet's 2 × 3439.83
    }

    // Under five years the 抚恤金 is at most what the person paid up to the death month, not what the plan would pay
    // to retirement (tests/data/history/survivor-cap.pension.json): 6 × 745.33 = 4471.98, not 3 × 3439.83.
    void underFiveYearsTheSurvivorPensionIsCappedByWhatWasPaid()
    {
        const Case c = support::caseFromFile(support::testData(QStringLiteral("history/survivor-cap.pension.json")));
        auto prepared = prepare(c, support::library(), ym("2023-06"));
        const auto &p = *std::get<std::shared_ptr<const Prepared>>(prepared);
        const Result r = std::get<Result>(estimate(p, c.plan));
        QVERIFY(r.outOfPocketTotal > Fen(1000000)); // the plan pays on for decades
        const auto list = survivorBenefits(p, c.plan, r, 30, 31);
        QCOMPARE(list.size(), std::size_t(2));
        const SurvivorAt &s = list.front();
        QCOMPARE(s.deathMonth, ym("2023-06"));
        QVERIFY(!s.retired);
        QCOMPARE(s.pensionMonths, 3);
        QCOMPARE(s.incomeMonthly, Fen(343983));
        QCOMPARE(s.ownPaid, Fen(6 * 74533));
        QVERIFY(s.cappedByPaid);
        QCOMPARE(s.survivorPension, Fen(447198));
        QVERIFY(QString::fromStdString(s.steps[1].formula).endsWith(QStringLiteral("≤ 4471.98")));
        // A year later she has paid more than three months of income: the three months are paid in full.
        const SurvivorAt &later = list.back();
        QVERIFY(!later.cappedByPaid);
        QCOMPARE(later.survivorPension, 3 * later.incomeMonthly);
    }

    // The years in the survivor step are the pension's: 30 years 8 months is 30.67 (HB-1), half up, not 30.66.
    void survivorStepShowsTheYearsAsThePensionDoes()
    {
        const Case c = support::caseFromFile(support::testData(QStringLiteral("cases/hb-1.pension.json")));
        auto prepared = prepare(c, support::library(), ym("2026-11"));
        const auto &p = *std::get<std::shared_ptr<const Prepared>>(prepared);
        const Result r = std::get<Result>(estimate(p, c.plan));
        QCOMPARE(r.figures.contributionYearsCenti, 3067);
        const auto list = survivorBenefits(p, c.plan, r, 60, 60);
        QCOMPARE(list.size(), std::size_t(1));
        QVERIFY2(QString::fromStdString(list.front().steps[1].formula).endsWith(QStringLiteral("(30.67)")),
                 list.front().steps[1].formula.c_str());
    }

    void afterRetirementTheAccountPaidOutIsNotInherited()
    {
        const Case c = support::caseFromFile(support::testData(QStringLiteral("cases/sd-3.pension.json")));
        auto prepared = prepare(c, support::library(), ym("2026-11"));
        const auto &p = *std::get<std::shared_ptr<const Prepared>>(prepared);
        const Result r = std::get<Result>(estimate(p, c.plan));
        const auto list = survivorBenefits(p, c.plan, r, 60, 80);
        for (const SurvivorAt &s : list) {
            QVERIFY(s.retired);
            const int drawn = monthsBetween(r.retirement.month, s.deathMonth);
            QCOMPARE(s.accountRemainder, std::max<Fen>(0, r.figures.accountBalance - r.monthly.account * drawn));
            QVERIFY(s.pensionMonths >= 9);
        }
        QCOMPARE(list.back().accountRemainder, Fen(0)); // 25 years drawn > 170 months: the account is spent
    }
};

QTEST_APPLESS_MAIN(TestSurvivor)
#include "test_survivor.moc"
