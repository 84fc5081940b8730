// engine/goal.cpp: goal seeking, back-solving a sheet, and the options of a person short of the minimum.

#include "benefit.h"
#include "goal.h"
#include "support.h"

#include <QTest>

using namespace pension;
using support::ym;

class TestGoal : public QObject {
    Q_OBJECT

private slots:
    // domain.md §10: base, years and published basic pension → the published index must be among the solutions.
    void backSolvesThePublishedIndex_data()
    {
        QTest::addColumn<qint64>("base");
        QTest::addColumn<int>("yearsCenti");
        QTest::addColumn<qint64>("basic");
        QTest::addColumn<qint64>("index");
        QTest::addRow("SD-1 滨州") << qint64(689300) << 2708 << qint64(151850) << qint64(627000);
        QTest::addRow("SD-3 济南") << qint64(746800) << 3467 << qint64(336616) << qint64(1600200);
        QTest::addRow("SD-5 山东") << qint64(767800) << 3200 << qint64(201471) << qint64(640000);
        QTest::addRow("HB-1 唐山") << qint64(684900) << 3067 << qint64(186291) << qint64(773700);
        QTest::addRow("HB-3 保定") << qint64(741000) << 2242 << qint64(138446) << qint64(666700);
    }

    void backSolvesThePublishedIndex()
    {
        QFETCH(qint64, base);
        QFETCH(int, yearsCenti);
        QFETCH(qint64, basic);
        QFETCH(qint64, index);
        const IndexRange r = solveAverageIndex(base, yearsCenti, basic);
        QVERIFY(r.found);
        QVERIFY2(r.low <= index && index <= r.high, qPrintable(QStringLiteral("%1…%2").arg(r.low).arg(r.high)));
        QVERIFY(r.high - r.low <= 300); // the fen pins it to within a few ten-thousandths
    }

    void backSolvesTheAccountBalance()
    {
        // SD-1: 60286.13 / 195 = 309.16; SD-3: 233006.44 / 170 = 1370.63
        BalanceRange r = solveAccountBalance(30916, 1950);
        QVERIFY(r.low <= 6028613 && 6028613 <= r.high);
        QCOMPARE(divRound(static_cast<Wide>(r.low) * 10, 1950), Fen(30916));
        QCOMPARE(divRound(static_cast<Wide>(r.high) * 10, 1950), Fen(30916));
        QVERIFY(divRound(static_cast<Wide>(r.low - 1) * 10, 1950) != 30916);
        QVERIFY(divRound(static_cast<Wide>(r.high + 1) * 10, 1950) != 30916);
        r = solveAccountBalance(137063, 1700);
        QVERIFY(r.low <= 23300644 && 23300644 <= r.high);
    }

    void lowestGradeReachesTheTargetAndTheNextLowerDoesNot()
    {
        const Case c = support::caseFromText(R"({
  "format": "pension-case/1", "region": "shandong/weifang", "asOf": "2025-12",
  "person": { "sex": "male", "birth": "1975-03", "track": "male-60" },
  "insurance": { "kind": "flexible" },
  "record": { "deemedMonths": 0, "preAccountMonths": 0, "accountMonths": 180, "averageIndex": 0.7,
              "accountBalance": 45000.00 },
  "plan": { "retire": "statutory", "contributions": [
      { "from": "2026-01", "until": "retirement", "grade": 1.0, "kind": "flexible" } ] }
})");
        auto prepared = prepare(c, support::library(), ym("2026-11"));
        const auto &p = *std::get<std::shared_ptr<const Prepared>>(prepared);
        const Fen target = 300000; // 3000 a month
        const GoalAnswer g = seekGoal(p, target, Ppm(1'500'000));
        QVERIFY(!g.byLength.empty());
        int reachable = 0;
        for (const GoalRow &row : g.byLength) {
            if (!row.reachable)
                continue;
            ++reachable;
            QVERIFY(row.monthly >= target);
            QVERIFY(row.grade >= 600'000 && row.grade <= 3'000'000);
            if (row.grade > 600'000) {
                const PlanNumbers lower =
                    projectNumbers(p, planFor(p, cellChoice(row.grade - 1'000, row.stopAfterYears, c.plan.retire,
                                                            InsuranceKind::Flexible)));
                QVERIFY(lower.monthly.total < target);
            }
        }
        QVERIFY(reachable > 0);
        // Payment lengths are monotone: more years never need a higher grade.
        Ppm last = 3'000'001;
        for (const GoalRow &row : g.byLength)
            if (row.reachable) {
                QVERIFY(row.grade <= last);
                last = row.grade;
            }
        if (g.yearsAtGrade) {
            QVERIFY(g.monthlyAtYears >= target);
            if (*g.yearsAtGrade > 0) {
                const PlanNumbers fewer = projectNumbers(
                    p, planFor(p, cellChoice(1'500'000, *g.yearsAtGrade - 1, c.plan.retire, InsuranceKind::Flexible)));
                QVERIFY(fewer.monthly.total < target);
            }
        }
    }

    void shortOfTheMinimum_data()
    {
        QTest::addColumn<QString>("firstContribution");
        QTest::addColumn<int>("accountMonths");
        QTest::addColumn<bool>("oneOff");
        // 人社部令第13号: insured before 2011-07-01 and still short after 60 months of paying on.
        QTest::addRow("insured 2005 with 60 months: short 120, one-off allowed for 60") << "2005-03" << 60 << true;
        QTest::addRow("insured 2012 with 60 months: never a one-off") << "2012-03" << 60 << false;
        QTest::addRow("insured 2005 with 150 months: 30 short, paying on is enough") << "2005-03" << 150 << false;
    }

    void shortOfTheMinimum()
    {
        QFETCH(QString, firstContribution);
        QFETCH(int, accountMonths);
        QFETCH(bool, oneOff);
        const std::string text =
            QStringLiteral(
                "{ \"format\": \"pension-case/1\", \"region\": \"hebei\", \"asOf\": \"2025-12\","
                " \"person\": { \"sex\": \"female\", \"birth\": \"1971-06\", \"track\": \"female-55\" },"
                " \"insurance\": { \"kind\": \"flexible\", \"firstContribution\": \"%1\" },"
                " \"record\": { \"accountMonths\": %2, \"averageIndex\": 0.6, \"accountBalance\": 20000.00 },"
                " \"plan\": { \"retire\": \"statutory\", \"contributions\": [] } }")
                .arg(firstContribution)
                .arg(accountMonths)
                .toStdString();
        const Case c = support::caseFromText(text);
        auto prepared = prepare(c, support::library(), ym("2026-11"));
        const auto &p = *std::get<std::shared_ptr<const Prepared>>(prepared);
        const Result r = std::get<Result>(estimate(p, c.plan));
        QVERIFY(!r.eligibility.eligible);
        const Shortfall s = shortfallOptions(p, r);
        QVERIFY(s.shortOfMinimum);
        QCOMPARE(s.shortMonths, r.eligibility.requiredMonths - accountMonths);
        QCOMPARE(s.oneOffAllowed, oneOff);
        if (oneOff)
            QCOMPARE(s.oneOffMonths, s.shortMonths - 60);
        QCOMPARE(s.payOn.size(), p.params.grades.size());
        for (std::size_t i = 1; i < s.payOn.size(); ++i)
            QVERIFY(s.payOn[i].cost > s.payOn[i - 1].cost); // a higher grade costs more
        QCOMPARE(s.accountToResidentScheme, r.figures.accountBalance);
        bool fraudWarning = false;
        for (const Warning &w : r.warnings)
            fraudWarning |= w.code == WarningCode::RetroactiveFraud;
        QVERIFY(fraudWarning);
    }
};

QTEST_APPLESS_MAIN(TestGoal)
#include "test_goal.moc"
