// The old-method 过渡性养老金 of 广东 and 深圳 (transitionalFormula guangdong-old-method, shenzhen-old-method), its
// 过渡性养老金调整额 (local-item kind transitional-adjustment) and 深圳's index-years items, each expected figure
// worked out by hand from the rule as docs/parameter-packs.md states it (the arithmetic is in the comments), plus the
// pack and case-file fields they read.
#include "batchrow.h"
#include "benefit.h"
#include "params.h"
#include "support.h"

#include <QTest>

using namespace pension;

class TestOldMethod : public QObject {
    Q_OBJECT

    // B 8000.00, index 0.8000, 366 months (30 whole years), 视同 60 months, none before the account otherwise,
    // c = 1.2%, the adjustment paid at 50%.
    static BenefitInput person(TransitionalFormula rule)
    {
        BenefitInput in;
        in.pensionBase = 800000;
        in.averageIndex = 800000;
        in.contributed = 2 * 366;
        in.deemed = 2 * 60;
        in.transition = 2 * 60;
        in.accountBalance = 10000000;
        in.annuityMonthsTenths = 1390;
        in.transitionRate = 12000;
        in.rules.transitionalFormula = rule;
        in.rules.yearsRounding = YearsRounding::Unrounded;
        in.adjustmentRate = 500000;
        return in;
    }

    static LocalItem item(const char *id, LocalItemKind kind)
    {
        LocalItem li;
        li.id = id;
        li.kind = kind;
        return li;
    }

private slots:
    void guangdongOldMethodAndAdjustment()
    {
        BenefitInput in = person(TransitionalFormula::GuangdongOldMethod);
        in.deemedAccount = 1200000;       // G 12000.00 -> G / 120 = 100.00
        in.deemedIndex = 1000000;         // D 1.0
        in.preAccountIndexSum = 30000000; // N 30.0
        const LocalItem adjustment = item("transitional-adjustment", LocalItemKind::TransitionalAdjustment);
        in.localItems = {{&adjustment, {}}};
        const Benefit b = computeBenefit(in);
        QVERIFY(b.oldMethod);
        // 100.00 + 30 × 4 + 100 = 320.00
        QCOMPARE(b.oldMethod->oldPart, Fen(10000));
        QCOMPARE(b.oldMethod->wholeYears, 30);
        QCOMPARE(b.oldMethod->allowance, Fen(12000));
        QCOMPARE(b.monthly.transitional, Fen(32000));
        // new method 8000 × (1.0 × 60 + 30.0) / 12 × 1.2% = 720.00
        QCOMPARE(b.oldMethod->newMethod, Fen(72000));
        QVERIFY(b.oldMethod->missing.empty());
        // (720.00 − 100.00 − 120.00) × 50% = 250.00, in the total
        QCOMPARE(b.local.size(), std::size_t(1));
        QCOMPARE(b.local[0].amount, Fen(25000));
        QCOMPARE(b.monthly.local, Fen(25000));
        QCOMPARE(b.monthly.total, b.monthly.basic + b.monthly.account + Fen(32000) + Fen(25000));
        // At 30%: 500.00 × 30% = 150.00.
        in.adjustmentRate = 300000;
        QCOMPARE(computeBenefit(in).local[0].amount, Fen(15000));
        // The new method not above old + allowance: G 72000.00 -> 600.00; 720 − 600 − 120 = 0 -> nothing.
        in.deemedAccount = 7200000;
        QCOMPARE(computeBenefit(in).local[0].amount, Fen(0));
        QCOMPARE(computeBenefit(in).monthly.transitional, Fen(60000 + 12000 + 10000));
        // Only whole years count: 371.5 months are 30 years (30 × 4), 372 months 31 (31 × 4).
        in.contributed = 743;
        QCOMPARE(computeBenefit(in).oldMethod->allowance, Fen(12000));
        in.contributed = 2 * 372;
        QCOMPARE(computeBenefit(in).oldMethod->allowance, Fen(12400));
    }

    // Without the statement's figures the old part is 0, the index stands in for D and N, and each is named.
    void guangdongMissingFiguresAreNamed()
    {
        BenefitInput in = person(TransitionalFormula::GuangdongOldMethod);
        in.transition = 2 * (60 + 24); // 24 months before the account besides the 60 deemed
        const Benefit b = computeBenefit(in);
        QVERIFY(b.oldMethod);
        QCOMPARE(b.oldMethod->missing.size(), std::size_t(3));
        QCOMPARE(QString::fromStdString(b.oldMethod->missing[0].field), QStringLiteral("record.deemedAccount"));
        QCOMPARE(QString::fromStdString(b.oldMethod->missing[1].field), QStringLiteral("record.deemedIndex"));
        QCOMPARE(QString::fromStdString(b.oldMethod->missing[1].substitute), QStringLiteral("0.8000"));
        QCOMPARE(QString::fromStdString(b.oldMethod->missing[2].field), QStringLiteral("record.preAccountIndexSum"));
        QCOMPARE(QString::fromStdString(b.oldMethod->missing[2].substitute), QStringLiteral("19.2000")); // 24 × 0.8
        QCOMPARE(b.monthly.transitional, Fen(12000 + 10000));
        // 8000 × (0.8 × 60 + 19.2) / 12 × 1.2% = 8000 × 67.2 / 12 × 1.2% = 537.60
        QCOMPARE(b.oldMethod->newMethod, Fen(53760));
        // Nobody with service before the account: nothing is missing.
        BenefitInput none = person(TransitionalFormula::GuangdongOldMethod);
        none.deemed = 0;
        none.transition = 0;
        const Benefit nb = computeBenefit(none);
        QVERIFY(nb.oldMethod->missing.empty());
        QCOMPARE(nb.monthly.transitional, Fen(12000 + 10000));
        QCOMPARE(nb.oldMethod->newMethod, Fen(0));
    }

    void shenzhenOldMethodAndAdjustment()
    {
        BenefitInput in = person(TransitionalFormula::ShenzhenOldMethod);
        in.pensionBase = 1000000; // 10000.00
        in.contributed = 2 * 410; // 34 whole years
        in.deemed = 2 * 120;
        in.transition = 2 * 180;      // 15 years
        in.oldIndexedWage = 800000;   // 8000.00
        in.oldMethodShare = 100000;   // 0.1
        in.transitionIndex = 1200000; // 1.2
        in.adjustmentRate = 700000;
        const LocalItem adjustment = item("transitional-adjustment", LocalItemKind::TransitionalAdjustment);
        in.localItems = {{&adjustment, {}}};
        const Benefit b = computeBenefit(in);
        // 8000 × 0.1 + 34 × 4 + 100 = 1036.00
        QCOMPARE(b.monthly.transitional, Fen(103600));
        // new method 10000 × 1.2 × 15 × 1.2% = 2160.00; (2160 − 800 − 136) × 70% = 856.80
        QCOMPARE(b.oldMethod->newMethod, Fen(216000));
        QCOMPARE(b.local[0].amount, Fen(85680));
        QVERIFY(b.oldMethod->missing.empty());
        in.oldIndexedWage.reset();
        in.transitionIndex.reset();
        const Benefit m = computeBenefit(in);
        QCOMPARE(m.oldMethod->missing.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(m.oldMethod->missing[0].field), QStringLiteral("record.oldIndexedWage"));
        QCOMPARE(QString::fromStdString(m.oldMethod->missing[1].field), QStringLiteral("record.transitionIndex"));
        QCOMPARE(m.monthly.transitional, Fen(13600 + 10000));
    }

    // The adjustment item under another transitional rule pays nothing.
    void adjustmentOnlyUnderTheOldMethod()
    {
        BenefitInput in = person(TransitionalFormula::IndexedWage);
        const LocalItem adjustment = item("transitional-adjustment", LocalItemKind::TransitionalAdjustment);
        in.localItems = {{&adjustment, {}}};
        const Benefit b = computeBenefit(in);
        QVERIFY(!b.oldMethod);
        QCOMPARE(b.local[0].amount, Fen(0));
    }

    void indexYearsItems()
    {
        BenefitInput in = person(TransitionalFormula::ShenzhenOldMethod);
        in.averageIndex = 1200000;
        LocalItem supplement = item("local-supplement", LocalItemKind::IndexYears);
        supplement.amount = 1850; // 18.5
        supplement.plus = 2000;   // 20
        in.localItems = {{&supplement, {}}};
        // Not given: left out of the total and marked unknown.
        Benefit b = computeBenefit(in);
        QVERIFY(!b.local[0].known);
        QVERIFY(!b.local[0].inTotal);
        QCOMPARE(b.monthly.local, Fen(0));
        // 60 months: 5 × 1.2 × 18.5 + 20 = 131.00
        in.localItemMonths["local-supplement"] = 2 * 60;
        b = computeBenefit(in);
        QCOMPARE(b.local[0].amount, Fen(13100));
        QCOMPARE(b.monthly.local, Fen(13100));
        // 7 months: 7/12 × 1.2 × 18.5 = 12.95 + 20 = 32.95
        in.localItemMonths["local-supplement"] = 2 * 7;
        QCOMPARE(computeBenefit(in).local[0].amount, Fen(3295));
        // No such years: nothing, not the fixed part.
        in.localItemMonths["local-supplement"] = 0;
        QCOMPARE(computeBenefit(in).local[0].amount, Fen(0));
    }

    void packFields()
    {
        const QByteArray national = support::readFile(support::regionsDir() + QStringLiteral("/national.json"));
        auto pack = [](const std::string &items, const std::string &rules) {
            return std::string(
                       "{\"format\": \"pension-params/1\", \"id\": \"testland\", \"extends\": \"national\", "
                       "\"name\": {\"zh\": \"测试\", \"en\": \"Testland\"}, \"version\": \"1\", \"compiled\": "
                       "\"2026-12-01\", "
                       "\"series\": {\"transitionAdjustmentRate\": {\"unit\": \"percent\", \"values\": [ "
                       "{\"from\": \"2021\", \"value\": 30, \"status\": \"published\", \"confidence\": \"secondary\", "
                       "\"source\": \"s\"}, "
                       "{\"from\": \"2025\", \"value\": 100, \"status\": \"published\", \"confidence\": \"secondary\", "
                       "\"source\": \"s\"}]}}, "
                       "\"rules\": {\"transitionalFormula\": {\"values\": [{\"from\": \"1998-07\", \"rule\": \"") +
                   rules +
                   "\", \"status\": \"published\", \"confidence\": \"secondary\", \"source\": \"s\"}]}}, "
                   "\"localItems\": [" +
                   items + "]}";
        };
        const std::string good =
            "{\"id\": \"a\", \"name\": {\"zh\": \"调整额\", \"en\": \"Adjustment\"}, \"kind\": "
            "\"transitional-adjustment\", \"inTotal\": true, \"from\": "
            "\"2021-01\", "
            "\"status\": \"published\", \"confidence\": \"secondary\", \"source\": \"s\"}, "
            "{\"id\": \"b\", \"name\": {\"zh\": \"地方补助\", \"en\": \"Local supplement\"}, \"kind\": "
            "\"index-years\", \"amount\": 18.5, \"plus\": 20, "
            "\"inTotal\": true, "
            "\"from\": \"2021-01\", \"status\": \"published\", \"confidence\": \"secondary\", \"source\": \"s\"}";
        ParameterLibrary lib;
        QVERIFY(!lib.add("national.json", support::view(national)));
        const auto added = lib.add("testland.json", pack(good, "guangdong-old-method"));
        QVERIFY2(!added, added ? added->message().c_str() : "");
        const auto set = std::get<ParameterSet>(lib.resolve("testland"));
        QCOMPARE(set.rulesAt(support::ym("2024-01")).transitionalFormula, TransitionalFormula::GuangdongOldMethod);
        QCOMPARE(set.localItems.size(), std::size_t(2));
        QCOMPARE(set.localItems[1].amount, Fen(1850));
        QCOMPARE(set.localItems[1].plus, Fen(2000));
        QCOMPARE(set.find("transitionAdjustmentRate")->at(support::ym("2023-05"))->value, Ppm(300000));
        // Errors name the key.
        auto error = [&](const std::string &items, const std::string &rule) {
            const auto e = validatePack("testland.json", pack(items, rule));
            return e ? QString::fromStdString(e->key) : QString();
        };
        QCOMPARE(error(good, "guangdong-new-method"), QStringLiteral("rules.transitionalFormula.values[0].rule"));
        QCOMPARE(
            error("{\"id\": \"a\", \"name\": {\"zh\": \"x\", \"en\": \"x\"}, \"kind\": \"fixed\", \"amount\": 1, "
                  "\"plus\": 2, \"inTotal\": true, "
                  "\"from\": \"2021\", \"status\": \"published\", \"confidence\": \"secondary\", \"source\": \"s\"}",
                  "shenzhen-old-method"),
            QStringLiteral("localItems[0].plus"));
        QCOMPARE(
            error("{\"id\": \"a\", \"name\": {\"zh\": \"x\", \"en\": \"x\"}, \"kind\": \"index-years\", \"inTotal\": "
                  "true, "
                  "\"from\": \"2021\", \"status\": \"published\", \"confidence\": \"secondary\", \"source\": \"s\"}",
                  "shenzhen-old-method"),
            QStringLiteral("localItems[0].amount"));
        QCOMPARE(
            error("{\"id\": \"a\", \"name\": {\"zh\": \"x\", \"en\": \"x\"}, \"kind\": \"transitional-adjustment\", "
                  "\"rate\": 30, \"inTotal\": "
                  "true, "
                  "\"from\": \"2021\", \"status\": \"published\", \"confidence\": \"secondary\", \"source\": \"s\"}",
                  "shenzhen-old-method"),
            QStringLiteral("localItems[0].rate"));
    }

    // The statement figures are read, checked and written back.
    void caseFields()
    {
        const QByteArray text = support::readFile(support::testData(QStringLiteral("cases/guangdong-2.pension.json")));
        const Case c = support::caseFromText(support::view(text));
        QVERIFY(c.record);
        QCOMPARE(*c.record->oldIndexedWage, Fen(830675));
        QCOMPARE(*c.record->oldMethodShare, Ppm(109000));
        QCOMPARE(c.record->localItemMonths.at("local-supplement"), HalfMonths(2 * 94));
        const Case back = support::caseFromText(writeCase(c));
        QCOMPARE(*back.record->oldIndexedWage, Fen(830675));
        QCOMPARE(*back.record->oldMethodShare, Ppm(109000));
        QCOMPARE(back.record->localItemMonths, c.record->localItemMonths);
        const QByteArray gd = support::readFile(support::testData(QStringLiteral("cases/guangdong-6.pension.json")));
        const Case h = support::caseFromText(support::view(gd));
        const Case hb = support::caseFromText(writeCase(h));
        QCOMPARE(*hb.record->deemedAccount, Fen(1361508));
        QCOMPARE(*hb.record->deemedIndex, Ppm(1101000));
        QCOMPARE(*hb.record->preAccountIndexSum, Ppm(43112400));
        // Bad values name the field.
        auto fieldOf = [](std::string t) {
            auto r = readCase(t);
            auto *e = std::get_if<InputError>(&r);
            return e ? QString::fromStdString(e->field) : QString();
        };
        std::string s(text.constData(), static_cast<std::size_t>(text.size()));
        auto replaced = [&](const std::string &from, const std::string &to) {
            std::string t = s;
            t.replace(t.find(from), from.size(), to);
            return t;
        };
        QCOMPARE(fieldOf(replaced("\"oldMethodShare\": 0.109", "\"oldMethodShare\": 1.5")),
                 QStringLiteral("record.oldMethodShare"));
        QCOMPARE(fieldOf(replaced("\"oldIndexedWage\": 8306.75", "\"oldIndexedWage\": -1")),
                 QStringLiteral("record.oldIndexedWage"));
        QCOMPARE(fieldOf(replaced("\"local-supplement\": 94", "\"local-supplement\": 800")),
                 QStringLiteral("record.localItemMonths.local-supplement"));
    }

    // The batch columns are the case fields (docs/batch.md), errors naming the column.
    void batchColumns()
    {
        const std::string header = "id,name,region,asOf,sex,birth,track,kind,deemedMonths,preAccountMonths,"
                                   "accountMonths,averageIndex,accountBalance,retire,deemedAccount,deemedIndex,"
                                   "preAccountIndexSum,oldIndexedWage,oldMethodShare";
        const auto h = std::get<BatchHeader>(readBatchHeader(header));
        auto row = [&](const char *line) { return caseFromBatchRow(h, *splitCsv(line), BatchPlan{}); };
        const auto ok = row("P1,,guangdong,2025-10,male,1965-10,male-60,employee,9,0,326,0.5938,84112.74,2025-10,"
                            "13615.08,1.101,43.1124,3894.34,0.065");
        QVERIFY(std::holds_alternative<Case>(ok));
        const Record &r = *std::get<Case>(ok).record;
        QCOMPARE(r.deemedAccount, std::optional<Fen>(1361508));
        QCOMPARE(r.deemedIndex, std::optional<Ppm>(1101000));
        QCOMPARE(r.preAccountIndexSum, std::optional<Ppm>(43112400));
        QCOMPARE(r.oldIndexedWage, std::optional<Fen>(389434));
        QCOMPARE(r.oldMethodShare, std::optional<Ppm>(65000));
        const auto bad = row("P1,,guangdong,2025-10,male,1965-10,male-60,employee,9,0,326,0.5938,84112.74,2025-10,"
                             "13615.08,1.101,43.1124,3894.34,2");
        QVERIFY(std::holds_alternative<InputError>(bad));
        QCOMPARE(QString::fromStdString(std::get<InputError>(bad).field), QStringLiteral("oldMethodShare"));
    }

    // A projection without the figures says which are missing; with them it says nothing.
    void projectionWarns()
    {
        const QByteArray text = support::readFile(support::testData(QStringLiteral("cases/guangdong-6.pension.json")));
        Case c = support::caseFromText(support::view(text));
        auto missingFields = [](const Result &r) {
            QStringList out;
            for (const Warning &w : r.warnings)
                if (w.code == WarningCode::OldMethodFigureMissing)
                    out << QString::fromStdString(w.args.at(0));
            return out;
        };
        const auto full = support::mustPrepare(c, support::ym("2025-10"));
        QVERIFY(missingFields(support::mustEstimate(*full, c.plan)).isEmpty());
        c.record->deemedAccount.reset();
        c.record->deemedIndex.reset();
        const auto part = support::mustPrepare(c, support::ym("2025-10"));
        const Result r = support::mustEstimate(*part, c.plan);
        QCOMPARE(missingFields(r),
                 (QStringList{QStringLiteral("record.deemedAccount"), QStringLiteral("record.deemedIndex")}));
        bool stepShown = false;
        for (const Step &s : r.steps)
            stepShown = stepShown || s.code == StepCode::NewMethodTransitional;
        QVERIFY(stepShown);
    }
};

QTEST_APPLESS_MAIN(TestOldMethod)
#include "test_oldmethod.moc"
