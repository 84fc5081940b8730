// engine/compare.cpp: the plan grid. Every cell must equal a separate estimate of the plan it stands for (two other
// routes: projectNumbers' month-by-month walk and the full estimate), in the documented order (retire-major, then
// grade, then payment length as requested); a request above kMaxGridPlans is refused whole.

#include "compare.h"
#include "planchoice.h"
#include "projection.h"
#include "support.h"

#include <QtTest>

using namespace pension;
using support::kFlexible1980;
using support::mustEstimate;
using support::mustPrepare;
using support::ym;

namespace {

std::shared_ptr<const Prepared> flexible1980()
{
    return mustPrepare(support::caseFromText(kFlexible1980), ym("2025-06"));
}

QByteArray where(Ppm grade, int stop, const RetireChoice &retire)
{
    return QStringLiteral("grade %1, stop %2, retire kind %3 (%4)")
        .arg(static_cast<double>(grade) / 1e6)
        .arg(stop)
        .arg(static_cast<int>(retire.kind))
        .arg(retire.months)
        .toUtf8();
}

} // namespace

class TestCompare : public QObject {
    Q_OBJECT

private slots:
    // ---- the grid --------------------------------------------------------------------------------------------------

    void gridCellEqualsItsPlan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("today");
        QTest::addRow("Shandong flexible worker born 1980-05, statement of 2025-06")
            << QString::fromUtf8(kFlexible1980) << "2025-06";
        QTest::addRow("Hebei employee born 1975-04 with a year-by-year history to 2025-06") << QStringLiteral(R"({
  "format": "pension-case/1", "region": "hebei", "asOf": "2025-06",
  "person": { "sex": "male", "birth": "1975-04", "track": "male-60" },
  "insurance": { "kind": "employee", "firstContribution": "2009-01" },
  "history": [
    { "year": 2009, "months": 12, "monthlyBase": 2000.00 }, { "year": 2015, "months": 11.5, "monthlyBase": 3800.00 },
    { "year": 2021, "months": 12, "monthlyBase": 5409.17 }, { "year": 2025, "months": 6, "monthlyBase": 6678.00 }
  ],
  "plan": { "retire": "statutory", "contributions": [] }
})") << "2025-06";
        QTest::addRow("Shandong woman (原55) born 1971-09, statement mid-year, retiring within two years")
            << QStringLiteral(R"({
  "format": "pension-case/1", "region": "shandong/weifang", "asOf": "2025-03",
  "person": { "sex": "female", "birth": "1971-09", "track": "female-55" },
  "insurance": { "kind": "flexible" },
  "record": { "deemedMonths": 36, "preAccountMonths": 20, "accountMonths": 250.5, "averageIndex": 0.9, "accountBalance": 80000.00 },
  "plan": { "retire": "statutory", "contributions": [] }
})") << "2025-03";
    }
    void gridCellEqualsItsPlan()
    {
        QFETCH(QString, text);
        QFETCH(QString, today);
        const auto p = mustPrepare(support::caseFromText(text.toStdString()), ym(today.toUtf8().constData()));
        GridRequest req;
        req.grades = {600'000, 1'000'000, 2'350'000};
        req.stopAfterYears = {0, 1, 3, 7, 18, 40};
        req.retires = {RetireChoice{},
                       RetireChoice{RetireKind::Early, {}, 12},
                       RetireChoice{RetireKind::Early, {}, 36},
                       RetireChoice{RetireKind::Late, {}, 12},
                       RetireChoice{RetireKind::Late, {}, 36},
                       RetireChoice{RetireKind::Month, p->window.statutoryMonth.plus(7), 0},
                       RetireChoice{RetireKind::Early, {}, 70}}; // the last one is outside every window
        req.kind = InsuranceKind::Flexible;
        const Grid g = compareGrid(*p, req);
        QCOMPARE(g.cells.size(), req.grades.size() * req.stopAfterYears.size() * req.retires.size());
        std::size_t i = 0;
        int compared = 0;
        for (const RetireChoice &retire : req.retires)
            for (Ppm grade : req.grades)
                for (int stop : req.stopAfterYears) {
                    const GridCell &cell = g.cells[i++];
                    // retire-major, then grade, then stop length
                    QCOMPARE(cell.retire, retire);
                    QCOMPARE(cell.grade, grade);
                    QCOMPARE(cell.stopAfterYears, stop);
                    const Plan plan = planFor(*p, cellChoice(grade, stop, retire, req.kind));
                    const PlanNumbers n = projectNumbers(*p, plan);
                    const QByteArray where = QStringLiteral("grade %1, stop %2, retire kind %3 (%4)")
                                                 .arg(double(grade) / 1e6)
                                                 .arg(stop)
                                                 .arg(int(retire.kind))
                                                 .arg(retire.months)
                                                 .toUtf8();
                    QVERIFY2(cell.numbers.valid == n.valid, where.constData());
                    if (!n.valid) {
                        QVERIFY(std::holds_alternative<InputError>(estimate(*p, plan)));
                        continue;
                    }
                    QVERIFY2(cell.numbers.monthly.total == n.monthly.total, where.constData());
                    QVERIFY2(cell.numbers.accountBalance == n.accountBalance, where.constData());
                    QVERIFY2(cell.numbers.contributed == n.contributed, where.constData());
                    QVERIFY2(cell.numbers.retirementMonth == n.retirementMonth, where.constData());
                    QVERIFY2(cell.numbers.eligible == n.eligible, where.constData());
                    QVERIFY2(cell.numbers.outOfPocket == n.outOfPocket, where.constData());
                    QVERIFY2(cell.numbers.averageIndex == n.averageIndex, where.constData());
                    const Result r = mustEstimate(*p, plan);
                    QVERIFY2(r.monthly.total == n.monthly.total, where.constData());
                    QVERIFY2(r.figures.accountBalance == n.accountBalance, where.constData());
                    QVERIFY2(r.outOfPocketFuture == n.outOfPocket, where.constData());
                    QVERIFY2(r.eligibility.eligible == n.eligible, where.constData());
                    ++compared;
                }
        QVERIFY(compared > 0);
        // stop 0 pays nothing; the out-of-window choice is invalid in every cell
        for (const GridCell &cell : g.cells) {
            if (cell.retire.kind == RetireKind::Early && cell.retire.months == 70)
                QVERIFY(!cell.numbers.valid);
            if (cell.numbers.valid && cell.stopAfterYears == 0) {
                QCOMPARE(cell.numbers.outOfPocket, Fen(0));
                QCOMPARE(cell.numbers.paidMonths, 0);
            }
        }
    }

    void stopsKeepTheRequestedOrder()
    {
        // The grid walks the lengths sorted; the cells still come out in the order asked, each equal to its plan.
        const auto p = flexible1980();
        GridRequest req;
        req.grades = {1'000'000, 600'000};
        req.stopAfterYears = {7, 0, 25, 3};
        req.retires = {RetireChoice{}, RetireChoice{RetireKind::Late, {}, 24}};
        const Grid g = compareGrid(*p, req);
        QVERIFY(!g.refused);
        QCOMPARE(g.cells.size(), std::size_t(16));
        std::size_t i = 0;
        for (const RetireChoice &retire : req.retires)
            for (Ppm grade : req.grades)
                for (int stop : req.stopAfterYears) {
                    const GridCell &cell = g.cells[i++];
                    QCOMPARE(cell.retire, retire);
                    QCOMPARE(cell.grade, grade);
                    QCOMPARE(cell.stopAfterYears, stop);
                    const PlanNumbers n = projectNumbers(*p, planFor(*p, cellChoice(grade, stop, retire, req.kind)));
                    QVERIFY2(n.valid && cell.numbers.valid, where(grade, stop, retire).constData());
                    QVERIFY2(cell.numbers.monthly.total == n.monthly.total, where(grade, stop, retire).constData());
                    QVERIFY2(cell.numbers.accountBalance == n.accountBalance, where(grade, stop, retire).constData());
                    QVERIFY2(cell.numbers.paidMonths == n.paidMonths, where(grade, stop, retire).constData());
                }
        // Paying 3 years is 36 months (72 halves); 7 years 84 months; 25 years runs past the statutory 2043-05
        // and stops there: 2025-07 … 2043-05 = 215 months.
        QCOMPARE(g.cells[3].numbers.paidMonths, 72);
        QCOMPARE(g.cells[0].numbers.paidMonths, 168);
        QCOMPARE(g.cells[2].numbers.paidMonths, 2 * 215);
        QCOMPARE(g.cells[2].numbers.retirementMonth, ym("2043-05"));
        // two years late: 2045-05, and 25 years is still cut there (2025-07 … 2045-05 = 239 months)
        QCOMPARE(g.cells[8 + 2].numbers.retirementMonth, ym("2045-05"));
        QCOMPARE(g.cells[8 + 2].numbers.paidMonths, 2 * 239);
    }

    void aCellsPlanIsTheChoiceSpelledOut()
    {
        const auto p = flexible1980();
        const RetireChoice statutory{};
        // stop 0: no contributions at all
        QVERIFY(planFor(*p, cellChoice(1'000'000, 0, statutory, InsuranceKind::Flexible)).contributions.empty());
        // 5 years from the statement month 2025-06: 2025-07 … 2030-06 at the grade
        const Plan five = planFor(*p, cellChoice(1'500'000, 5, statutory, InsuranceKind::Employee));
        QCOMPARE(five.contributions.size(), std::size_t(1));
        QCOMPARE(five.contributions[0].from, ym("2025-07"));
        QCOMPARE(five.contributions[0].until, std::optional<YearMonth>(ym("2030-06")));
        QCOMPARE(five.contributions[0].grade, Ppm(1'500'000));
        QCOMPARE(five.contributions[0].kind, InsuranceKind::Employee);
        QCOMPARE(five.retire, statutory);
        // past the retirement month (2043-05): until retirement
        const Plan long_ = planFor(*p, cellChoice(600'000, 30, statutory, InsuranceKind::Flexible));
        QCOMPARE(long_.contributions.size(), std::size_t(1));
        QVERIFY(!long_.contributions[0].until);
    }

    void marginalsAreAgainstTheNextLowerGradeAndShorterLength()
    {
        // How much more a month each 10,000 yuan buys: (total − neighbour's total) × 1,000,000 fen / (paid −
        // neighbour's paid), the neighbours taken from separate estimates.
        const auto p = flexible1980();
        GridRequest req;
        req.grades = {2'000'000, 600'000, 1'000'000}; // unsorted: the neighbour is by value, not by position
        req.stopAfterYears = {10, 0, 5};
        req.retires = {RetireChoice{}};
        const Grid g = compareGrid(*p, req);
        QCOMPARE(g.cells.size(), std::size_t(9));
        const auto numbers = [&](Ppm grade, int stop) {
            return projectNumbers(*p, planFor(*p, cellChoice(grade, stop, RetireChoice{}, req.kind)));
        };
        const auto expected = [](const PlanNumbers &more, const PlanNumbers &less) -> std::optional<Fen> {
            const Fen extra = more.outOfPocket - less.outOfPocket;
            if (extra <= 0)
                return std::nullopt;
            return divRound(static_cast<Wide>(more.monthly.total - less.monthly.total) * 1'000'000, extra);
        };
        for (const GridCell &cell : g.cells) {
            const PlanNumbers self = numbers(cell.grade, cell.stopAfterYears);
            const std::optional<Ppm> lower = cell.grade == 2'000'000   ? std::optional<Ppm>(1'000'000)
                                             : cell.grade == 1'000'000 ? std::optional<Ppm>(600'000)
                                                                       : std::nullopt;
            const int shorter = cell.stopAfterYears == 10 ? 5 : cell.stopAfterYears == 5 ? 0 : -1; // -1: none
            const QByteArray at = where(cell.grade, cell.stopAfterYears, cell.retire);
            if (lower && cell.stopAfterYears > 0) {
                QVERIFY2(cell.numbers.marginalPerTenThousandGrade, at.constData());
                QVERIFY2(*cell.numbers.marginalPerTenThousandGrade ==
                             *expected(self, numbers(*lower, cell.stopAfterYears)),
                         at.constData());
                QVERIFY2(*cell.numbers.marginalPerTenThousandGrade > 0, at.constData());
            } else {
                // the lowest grade has no lower neighbour; paying nothing pays nothing extra
                QVERIFY2(!cell.numbers.marginalPerTenThousandGrade, at.constData());
            }
            if (shorter >= 0) {
                QVERIFY2(cell.numbers.marginalPerTenThousandLength, at.constData());
                QVERIFY2(*cell.numbers.marginalPerTenThousandLength == *expected(self, numbers(cell.grade, shorter)),
                         at.constData());
            } else {
                QVERIFY2(!cell.numbers.marginalPerTenThousandLength, at.constData());
            }
            // A plan that pays breaks even at or after its retirement age.
            if (cell.numbers.outOfPocket > 0 && cell.numbers.breakEvenAgeMonths)
                QVERIFY2(*cell.numbers.breakEvenAgeMonths >= cell.numbers.ageMonths, at.constData());
        }
    }

    void requestAboveTheLimitIsRefusedWhole()
    {
        QCOMPARE(kMaxGridPlans, std::size_t(20'000));
        GridRequest req;
        req.retires = {RetireChoice{}};
        req.grades.assign(20, 1'000'000);
        req.stopAfterYears.assign(1000, 1);
        // 20 × 1000 × 1 = 20,000: allowed
        QVERIFY(!checkGridRequest(req));
        // 21 × 1000 × 1 = 21,000: refused, the error on "grid" with the count
        req.grades.push_back(1'000'000);
        const auto e = checkGridRequest(req);
        QVERIFY(e);
        QCOMPARE(QByteArray::fromStdString(e->field), QByteArray("grid"));
        QCOMPARE(e->code, InputErrorCode::OutOfRange);
        QCOMPARE(QByteArray::fromStdString(e->got), QByteArray("21 × 1000 × 1"));
        const Grid g = compareGrid(*flexible1980(), req);
        QVERIFY(g.refused);
        QVERIFY(g.cells.empty());
        // a product that would overflow when multiplied naively is refused, not wrapped round
        GridRequest huge;
        huge.grades.assign(5000, 1'000'000);
        huge.stopAfterYears.assign(5000, 1);
        huge.retires.assign(5000, RetireChoice{});
        QVERIFY(checkGridRequest(huge));
        // an empty request is no plans, not refused
        QVERIFY(!checkGridRequest(GridRequest{}));
        QVERIFY(!compareGrid(*flexible1980(), GridRequest{}).refused);
    }

    void defaultRequestCoversTheWindow()
    {
        const auto p = flexible1980();
        const GridRequest r = defaultGridRequest(*p);
        QCOMPARE(r.grades, p->params.grades);
        // 2025-06 to the latest retirement 2046-05 is 251 months: 0 … 21 years
        QCOMPARE(p->window.latestMonth, ym("2046-05"));
        QCOMPARE(r.stopAfterYears.size(), std::size_t(22));
        QCOMPARE(r.stopAfterYears.front(), 0);
        QCOMPARE(r.stopAfterYears.back(), 21);
        const std::vector<RetireChoice> retires = {
            RetireChoice{},
            RetireChoice{RetireKind::Early, {}, 12},
            RetireChoice{RetireKind::Late, {}, 12},
            RetireChoice{RetireKind::Early, {}, 24},
            RetireChoice{RetireKind::Late, {}, 24},
            RetireChoice{RetireKind::Early, {}, 36},
            RetireChoice{RetireKind::Late, {}, 36},
        };
        QVERIFY(r.retires == retires);
        QCOMPARE(r.kind, InsuranceKind::Flexible); // the plan's first period
        QVERIFY(!checkGridRequest(r));
    }
};

QTEST_APPLESS_MAIN(TestCompare)
#include "test_compare.moc"
