// engine/result_json.cpp: results as the JSON of the command-line contract (shared/spec/case-format.md, "Command
// line"). The field names checked here are the ones the contract names; every amount is compared with the Result it
// was written from (money as yuan, exact to the fen), and the grid's hand-written JSON against nlohmann's own layout.

#include "compare.h"
#include "projection.h"
#include "result_json.h"
#include "support.h"

#include <QRegularExpression>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <set>

using namespace pension;
using nlohmann::ordered_json;
using support::kFlexible1980;
using support::mustPrepare;
using support::ym;

namespace {

Result mustEstimate(const Case &c, YearMonth today)
{
    auto r = estimate(c, support::library(), today);
    if (auto *e = std::get_if<InputError>(&r))
        throw std::runtime_error("estimate: " + e->describe());
    return std::get<Result>(std::move(r));
}

// Words that say which code they stand for, so the test sees they came from the caller.
struct EchoWords : Wording {
    std::string warning(const Warning &w) const override { return std::string("W:") + warningCodeName(w.code); }
    std::string stepLabel(StepCode code) const override { return std::string("S:") + stepCodeName(code); }
    // The steps' formulas go through the words layer too (it expands their age and term tokens).
    std::string stepText(const std::string &text) const override { return "T:" + text; }
};

// A JSON amount in yuan: a number with no part below the fen, compared as whole fen.
bool isFen(const ordered_json &v, Fen expected)
{
    if (!v.is_number())
        return false;
    const double hundredths = v.get<double>() * 100.0;
    return std::fabs(hundredths - std::round(hundredths)) < 1e-6 &&
           static_cast<Fen>(std::llround(hundredths)) == expected;
}

bool hasKeys(const ordered_json &o, std::initializer_list<const char *> keys, QByteArray *missing)
{
    for (const char *k : keys)
        if (!o.is_object() || !o.contains(k)) {
            *missing = k;
            return false;
        }
    return true;
}

} // namespace

class TestResultJson : public QObject {
    Q_OBJECT

private slots:
    void codeNamesAreDistinctKebabCase()
    {
        std::set<std::string> warnings;
        for (int i = 0; i <= static_cast<int>(WarningCode::NotionalCreditsMissing); ++i) {
            const std::string name = warningCodeName(static_cast<WarningCode>(i));
            QVERIFY2(name != "unknown", qPrintable(QString::number(i)));
            QVERIFY2(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string::npos, name.c_str());
            QVERIFY2(warnings.insert(name).second, name.c_str());
        }
        std::set<std::string> steps;
        for (int i = 0; i <= static_cast<int>(StepCode::TransitionalPhaseIn); ++i) {
            const std::string name = stepCodeName(static_cast<StepCode>(i));
            QVERIFY2(name != "unknown", qPrintable(QString::number(i)));
            QVERIFY2(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string::npos, name.c_str());
            QVERIFY2(steps.insert(name).second, name.c_str());
        }
        // the contract's example names
        QCOMPARE(QByteArray(warningCodeName(WarningCode::ProvisionalBase)), QByteArray("provisional-base"));
        QCOMPARE(QByteArray(stepCodeName(StepCode::BasicPension)), QByteArray("basic-pension"));
    }

    void estimateHasTheContractsFields()
    {
        const Result r = mustEstimate(support::caseFromText(kFlexible1980), ym("2025-06"));
        const std::string text = estimateJson(r, EchoWords{});
        const ordered_json j = ordered_json::parse(text);
        QByteArray missing;
        QVERIFY2(hasKeys(j, {"retirement", "eligibility", "figures", "monthly", "warnings", "steps"}, &missing),
                 missing.constData());
        const ordered_json &ret = j["retirement"];
        QVERIFY2(hasKeys(ret, {"month", "age", "statutoryMonth", "earliestMonth", "latestMonth"}, &missing),
                 missing.constData());
        QVERIFY2(hasKeys(ret["age"], {"years", "months"}, &missing), missing.constData());
        QVERIFY2(hasKeys(j["eligibility"], {"requiredMonths", "contributedMonths", "eligible"}, &missing),
                 missing.constData());
        QVERIFY2(hasKeys(j["figures"],
                         {"pensionBase", "averageIndex", "indexedWage", "contributionYears", "transitionYears",
                          "annuityMonths", "accountBalance"},
                         &missing),
                 missing.constData());
        QVERIFY2(hasKeys(j["monthly"], {"basic", "account", "transitional", "total"}, &missing), missing.constData());

        // The values are the result's: months as YYYY-MM, the age split into years and months.
        QCOMPARE(QByteArray::fromStdString(ret["month"].get<std::string>()), QByteArray("2043-05"));
        QCOMPARE(ret["month"].get<std::string>(), r.retirement.month.toString());
        QCOMPARE(ret["statutoryMonth"].get<std::string>(), r.window.statutoryMonth.toString());
        QCOMPARE(ret["earliestMonth"].get<std::string>(), r.window.earliestMonth.toString());
        QCOMPARE(ret["latestMonth"].get<std::string>(), r.window.latestMonth.toString());
        QCOMPARE(ret["age"]["years"].get<int>(), 63); // born 1980-05, retiring 2043-05
        QCOMPARE(ret["age"]["months"].get<int>(), 0);
        QCOMPARE(j["eligibility"]["requiredMonths"].get<int>(), r.eligibility.requiredMonths);
        QCOMPARE(j["eligibility"]["contributedMonths"].get<double>(), r.eligibility.contributed / 2.0);
        QCOMPARE(j["eligibility"]["eligible"].get<bool>(), r.eligibility.eligible);

        // Money in yuan, exact to the fen.
        QVERIFY(isFen(j["monthly"]["basic"], r.monthly.basic));
        QVERIFY(isFen(j["monthly"]["account"], r.monthly.account));
        QVERIFY(isFen(j["monthly"]["transitional"], r.monthly.transitional));
        QVERIFY(isFen(j["monthly"]["total"], r.monthly.total));
        QVERIFY(isFen(j["figures"]["pensionBase"], r.figures.pensionBase));
        QVERIFY(isFen(j["figures"]["indexedWage"], r.figures.indexedWage));
        QVERIFY(isFen(j["figures"]["accountBalance"], r.figures.accountBalance));
        QVERIFY(isFen(j["outOfPocket"]["future"], r.outOfPocketFuture));
        // the parts add up to the total in the JSON too
        QVERIFY(isFen(j["monthly"]["total"],
                      r.monthly.basic + r.monthly.account + r.monthly.transitional + r.monthly.local));
        // the index with 4 decimals (ppm / 100)
        QVERIFY(std::fabs(j["figures"]["averageIndex"].get<double>() * 1e6 -
                          static_cast<double>(r.figures.averageIndex)) < 0.5);
        QCOMPARE(j["figures"]["annuityMonths"].get<double>(), r.figures.annuityMonthsTenths / 10.0);

        // Each year row in yuan as well.
        QCOMPARE(j["years"].size(), r.years.size());
        for (std::size_t i = 0; i < r.years.size(); ++i) {
            QCOMPARE(j["years"][i]["year"].get<int>(), r.years[i].year);
            QVERIFY(isFen(j["years"][i]["balance"], r.years[i].accountBalance));
            QVERIFY(isFen(j["years"][i]["interest"], r.years[i].interest));
        }

        // Warnings and steps carry the code and the caller's words for it.
        QCOMPARE(j["warnings"].size(), r.warnings.size());
        QVERIFY(!r.warnings.empty()); // a 2043 retirement uses assumed figures
        for (std::size_t i = 0; i < r.warnings.size(); ++i) {
            const std::string code = warningCodeName(r.warnings[i].code);
            QCOMPARE(j["warnings"][i]["code"].get<std::string>(), code);
            QCOMPARE(j["warnings"][i]["message"].get<std::string>(), "W:" + code);
        }
        QCOMPARE(j["steps"].size(), r.steps.size());
        for (std::size_t i = 0; i < r.steps.size(); ++i) {
            QByteArray stepMissing;
            QVERIFY2(hasKeys(j["steps"][i], {"label", "formula", "value"}, &stepMissing), stepMissing.constData());
            QCOMPARE(j["steps"][i]["label"].get<std::string>(), std::string("S:") + stepCodeName(r.steps[i].code));
            QCOMPARE(j["steps"][i]["formula"].get<std::string>(), "T:" + r.steps[i].formula);
        }
    }

    void moneyTextHasAtMostTwoDecimals()
    {
        // Written out, no amount carries a third decimal (nlohmann may drop a trailing zero: 50.0 for 50.00).
        const Result r = mustEstimate(support::caseFromText(kFlexible1980), ym("2025-06"));
        const QString text = QString::fromStdString(estimateJson(r, EchoWords{}));
        for (const char *key : {"basic", "account", "transitional", "total", "pensionBase", "indexedWage",
                                "accountBalance", "balance", "interest", "personal", "accountCredit"}) {
            const QRegularExpression re(QStringLiteral("\"%1\": (-?[0-9]+(\\.[0-9]+)?)").arg(QLatin1String(key)));
            auto it = re.globalMatch(text);
            int seen = 0;
            while (it.hasNext()) {
                const QString number = it.next().captured(1);
                const qsizetype dot = number.indexOf(QLatin1Char('.'));
                QVERIFY2(dot < 0 || number.size() - dot - 1 <= 2,
                         qPrintable(QLatin1String(key) + QLatin1String(": ") + number));
                ++seen;
            }
            QVERIFY2(seen > 0, key);
        }
    }

    void gridJsonIsNlohmannsLayoutOfTheCells()
    {
        // Round trip: the hand-written text parses, and nlohmann prints the parsed value back to the same text.
        const auto p = mustPrepare(support::caseFromText(kFlexible1980), ym("2025-06"));
        GridRequest req;
        req.grades = {600'000, 1'234'500, 3'000'000};
        req.stopAfterYears = {0, 4, 30};
        req.retires = {RetireChoice{}, RetireChoice{RetireKind::Early, {}, 24}, RetireChoice{RetireKind::Late, {}, 36},
                       RetireChoice{RetireKind::Month, ym("2044-02"), 0}, RetireChoice{RetireKind::Early, {}, 70}};
        const Grid g = compareGrid(*p, req);
        const std::string text = gridJson(g);
        const ordered_json j = ordered_json::parse(text);
        QCOMPARE(QByteArray::fromStdString(j.dump(2) + "\n"), QByteArray::fromStdString(text));

        // The contract's fields, cell for cell.
        QCOMPARE(j["plans"].size(), g.cells.size());
        int invalid = 0;
        for (std::size_t i = 0; i < g.cells.size(); ++i) {
            const GridCell &c = g.cells[i];
            const ordered_json &plan = j["plans"][i];
            QByteArray missing;
            QVERIFY2(hasKeys(plan, {"grade", "stopAfterYears", "retire", "valid"}, &missing), missing.constData());
            QVERIFY(std::fabs(plan["grade"].get<double>() * 1e6 - static_cast<double>(c.grade)) < 1e-3);
            QCOMPARE(plan["stopAfterYears"].get<int>(), c.stopAfterYears);
            switch (c.retire.kind) {
            case RetireKind::Statutory: QCOMPARE(plan["retire"].get<std::string>(), std::string("statutory")); break;
            case RetireKind::Month: QCOMPARE(plan["retire"].get<std::string>(), std::string("2044-02")); break;
            case RetireKind::Early: QCOMPARE(plan["retire"]["earlyMonths"].get<int>(), c.retire.months); break;
            case RetireKind::Late: QCOMPARE(plan["retire"]["lateMonths"].get<int>(), c.retire.months); break;
            }
            QCOMPARE(plan["valid"].get<bool>(), c.numbers.valid);
            if (!c.numbers.valid) {
                QVERIFY(!plan.contains("monthly"));
                ++invalid;
                continue;
            }
            QVERIFY2(hasKeys(plan["monthly"], {"basic", "account", "transitional", "total"}, &missing),
                     missing.constData());
            QVERIFY(isFen(plan["monthly"]["total"], c.numbers.monthly.total));
            QVERIFY(isFen(plan["monthly"]["basic"], c.numbers.monthly.basic));
            QVERIFY(isFen(plan["outOfPocket"], c.numbers.outOfPocket));
            QVERIFY(isFen(plan["accountBalance"], c.numbers.accountBalance));
            QCOMPARE(plan["retirementMonth"].get<std::string>(), c.numbers.retirementMonth.toString());
            QCOMPARE(plan["paidMonths"].get<double>(), c.numbers.paidMonths / 2.0);
        }
        QCOMPARE(invalid, 9); // early by 70 months is outside the window for every grade and length

        // Streamed in chunks, the same text.
        std::string streamed;
        int chunks = 0;
        writeGridJson(g, [&](std::string_view s) {
            streamed.append(s);
            ++chunks;
        });
        QCOMPARE(QByteArray::fromStdString(streamed), QByteArray::fromStdString(text));
        QVERIFY(chunks >= 1);
    }

    void emptyOrRefusedGridHasNoPlans()
    {
        Grid refused;
        refused.refused = true;
        const ordered_json j = ordered_json::parse(gridJson(refused));
        QVERIFY(j["plans"].is_array());
        QVERIFY(j["plans"].empty());
        QCOMPARE(QByteArray::fromStdString(j.dump(2) + "\n"), QByteArray::fromStdString(gridJson(refused)));
    }

    void retirementJsonIsTheStatutoryMonth()
    {
        const auto p = mustPrepare(support::caseFromText(kFlexible1980), ym("2025-06"));
        const ordered_json j = ordered_json::parse(retirementJson(p->window, ym("1980-05"), 180));
        QCOMPARE(j["requiredMonths"].get<int>(), 180);
        // male-60 track, born 1980-05: 63 years, 2043-05; the 弹性 window 36 months either side
        QCOMPARE(j["retirement"]["month"].get<std::string>(), std::string("2043-05"));
        QCOMPARE(j["retirement"]["statutoryMonth"].get<std::string>(), std::string("2043-05"));
        QCOMPARE(j["retirement"]["age"]["years"].get<int>(), 63);
        QCOMPARE(j["retirement"]["age"]["months"].get<int>(), 0);
        QCOMPARE(j["retirement"]["earliestMonth"].get<std::string>(), std::string("2040-05"));
        QCOMPARE(j["retirement"]["latestMonth"].get<std::string>(), std::string("2046-05"));
    }

    void pathComparesWithAPublishedFigure()
    {
        std::vector<IncreaseYear> path(2);
        path[0].year = 2025;
        path[0].rate = 20'000;
        path[0].status = Status::Published;
        path[0].monthly = 290000;
        path[1].year = 2026;
        path[1].rate = 34'483;
        path[1].monthly = 300000;
        // 3,000.00 against a published 2,900.00: 100.00 more, 100 / 2,900 = 0.0344827… → 0.034483
        const ordered_json j = ordered_json::parse(pathJson(path, Fen(290000)));
        QCOMPARE(j["path"].size(), std::size_t(2));
        QCOMPARE(j["path"][0]["year"].get<int>(), 2025);
        QCOMPARE(j["path"][0]["increaseStatus"].get<std::string>(), std::string("published"));
        QVERIFY(isFen(j["path"][1]["monthly"], 300000));
        QCOMPARE(j["compare"]["year"].get<int>(), 2026);
        QVERIFY(isFen(j["compare"]["amount"], 290000));
        QVERIFY(isFen(j["compare"]["monthly"], 300000));
        QVERIFY(isFen(j["compare"]["difference"], 10000));
        QCOMPARE(j["compare"]["relative"].get<double>(), 0.034483);
        QVERIFY(!ordered_json::parse(pathJson(path)).contains("compare"));
    }

    void goalRowsShowAGradeOnlyWhenReachable()
    {
        GoalAnswer g;
        g.target = 300000;
        g.byLength = {GoalRow{0, false, 0, 0, 0, true}, GoalRow{10, true, 1'250'000, 301234, 15000000, true}};
        g.grade = 1'500'000;
        g.yearsAtGrade = 12;
        g.monthlyAtYears = 305000;
        g.costAtYears = 20000000;
        const ordered_json j = ordered_json::parse(goalJson(g));
        QVERIFY(isFen(j["target"], 300000));
        QCOMPARE(j["lowestGradeByLength"].size(), std::size_t(2));
        QVERIFY(!j["lowestGradeByLength"][0]["reachable"].get<bool>());
        QVERIFY(!j["lowestGradeByLength"][0].contains("grade"));
        QCOMPARE(j["lowestGradeByLength"][1]["grade"].get<double>(), 1.25);
        QVERIFY(isFen(j["lowestGradeByLength"][1]["monthly"], 301234));
        QVERIFY(isFen(j["lowestGradeByLength"][1]["outOfPocket"], 15000000));
        QCOMPARE(j["atGrade"]["grade"].get<double>(), 1.5);
        QCOMPARE(j["atGrade"]["years"].get<int>(), 12);
        QVERIFY(isFen(j["atGrade"]["outOfPocket"], 20000000));
    }
};

QTEST_APPLESS_MAIN(TestResultJson)
#include "test_result_json.moc"
