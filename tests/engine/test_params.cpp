// engine/params.cpp (and the Context of engine/context.cpp built from it): validating and merging parameter packs.
//
// The shipped packs are read from resources/regions/ (support.h). Their figures are checked against
// shared/reference/domain.md (§1.3 annex table, §2.1 minimum months, §3/§4 计发基数 and averages, §5 interest);
// the rejection rules against docs/parameter-packs.md.

#include "context.h"
#include "params.h"
#include "support.h"

#include <QtTest>

using namespace pension;
using support::ym;

namespace {

// A small valid pack; each bad-pack row changes one thing in it.
const char *const kValidPack = R"({
  "format": "pension-params/1",
  "id": "testland",
  "extends": "national",
  "name": { "zh": "测试省", "en": "Testland" },
  "version": "2026.11.1",
  "compiled": "2026-11-24",
  "note": "a test pack",
  "scalars": {
    "accountStart": { "value": "1996-01", "unit": "month", "status": "published", "confidence": "secondary", "source": "test scalar" }
  },
  "series": {
    "pensionBase": {
      "unit": "yuan-per-month",
      "values": [
        { "from": "2023", "value": 7468, "publishedOn": "2023-12", "status": "published", "confidence": "secondary", "source": "first source" },
        { "from": "2024", "value": 7678, "publishedOn": "2024-12", "status": "published", "confidence": "secondary", "source": "second source" }
      ]
    },
    "contributionAverage": {
      "unit": "yuan-per-month",
      "values": [
        { "from": "2019", "value": 5000, "status": "published", "confidence": "secondary", "source": "avg 2019" },
        { "from": "2020", "value": 5200, "status": "published", "confidence": "secondary", "source": "avg 2020" }
      ]
    }
  },
  "cities": {
    "testcity": {
      "name": { "zh": "测试市", "en": "Testcity" },
      "note": "city note",
      "series": {
        "contributionAverage": {
          "unit": "yuan-per-month",
          "values": [
            { "from": "2018", "value": 4000, "status": "published", "confidence": "secondary", "source": "city 2018" },
            { "from": "2019", "value": 4100, "status": "published", "confidence": "secondary", "source": "city 2019" }
          ]
        }
      }
    }
  }
})";

const char *const kTrack =
    R"("tracks": { "male-60": { "baseAge": 60, "startBirth": "1965-01", "stepMonths": 4, "capMonths": 36, "minAge": 60, "status": "published", "confidence": "official", "source": "test track" } },)";

// A rule selection of the "rules" section (docs/parameter-packs.md).
const char *const kRule =
    R"("rules": { "indexAveraging": { "values": [ { "from": "2006-01", "rule": "yearly-hebei", "status": "assumed", "confidence": "secondary", "source": "test rule" } ] } },)";

std::string validPack()
{
    return kValidPack;
}

// The rule selections, local items and approximate note of docs/parameter-packs.md, on the province and its city.
const char *const kRules = R"("rules": {
    "yearsRounding": { "values": [
      { "from": "2006-01", "rule": "half-up-2", "status": "published", "confidence": "secondary", "source": "years source" },
      { "from": "2024-01", "rule": "up-1", "status": "published", "confidence": "secondary", "source": "later years source", "regulation": "测试文〔2024〕1号" } ] },
    "indexDecimals": { "values": [ { "from": "2006-01", "value": 3, "status": "published", "confidence": "secondary", "source": "index source" } ] },
    "transitionalFormula": { "values": [ { "from": "2006-01", "rule": "base-wage-average", "status": "published", "confidence": "secondary", "source": "formula source", "regulation": "测试文〔2006〕2号" } ] }
  },
  "localItems": [
    { "id": "adjustment", "name": { "zh": "调节金", "en": "Adjustment allowance" }, "kind": "fixed", "amount": 50.00, "inTotal": true, "from": "2006-01", "status": "published", "confidence": "secondary", "source": "item source" },
    { "id": "share", "name": { "zh": "加发", "en": "Supplement" }, "kind": "percent-of-basic", "rate": 5, "inTotal": false, "from": "2020-01", "status": "assumed", "confidence": "inferred", "source": "share source" }
  ],
  "approximate": { "zh": "过渡性养老金公式未确认", "en": "the transitional formula is not confirmed" },
  "approximateWhen": [ { "retiringBefore": "2010-01", "zh": "2010年以前的办法未知", "en": "the rule before 2010 is unknown" },
    { "tracks": ["male-60"], "unlessClaimed": ["share"], "zh": "未申领", "en": "not claimed" } ],)";

const char *const kCityRules =
    R"("rules": { "transitionalFormula": { "values": [ { "from": "2010-01", "rule": "indexed-wage", "status": "published", "confidence": "secondary", "source": "city formula" } ] } },
      "localItems": [ { "id": "adjustment", "name": { "zh": "调节金", "en": "Adjustment allowance" }, "kind": "fixed", "amount": 80, "inTotal": true, "from": "2006-01", "status": "published", "confidence": "secondary", "source": "city item" } ],
      "approximateWhen": [ { "unlessClaimed": ["adjustment"], "zh": "城市", "en": "city entry" } ],
      "note": "city note",)";

// Replaces the one occurrence of `from` by `to`; throws when `from` is not in the text exactly once.
std::string mutate(std::string text, const std::string &from, const std::string &to)
{
    const auto at = text.find(from);
    if (at == std::string::npos || text.find(from, at + 1) != std::string::npos)
        throw std::runtime_error("test mutation target not unique: " + from);
    return text.replace(at, from.size(), to);
}

std::string rulesPack()
{
    std::string t =
        mutate(kValidPack, "\"compiled\": \"2026-11-24\",", std::string("\"compiled\": \"2026-11-24\", ") + kRules);
    return mutate(t, "\"note\": \"city note\",", kCityRules);
}

std::int64_t valueAt(const ParameterSet &set, const char *series, const char *month)
{
    const Series *s = set.find(series);
    if (!s)
        throw std::runtime_error(std::string("no series ") + series);
    const SeriesEntry *e = s->at(ym(month));
    if (!e)
        throw std::runtime_error(std::string("no entry ") + series + " at " + month);
    return e->value;
}

} // namespace

class TestParams : public QObject {
    Q_OBJECT

private slots:
    // ---- the shipped packs -------------------------------------------------------------------------------------

    void shippedPackLoads_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = support::shippedPackFiles();
        QVERIFY(files.contains(QStringLiteral("national.json")));
        QVERIFY(files.contains(QStringLiteral("shandong.json")));
        QVERIFY(files.contains(QStringLiteral("hebei.json")));
        for (const QString &f : files)
            QTest::addRow("%s validates and loads", qPrintable(f)) << f;
    }
    void shippedPackLoads()
    {
        QFETCH(QString, file);
        const QByteArray text = support::readFile(support::regionsDir() + QLatin1Char('/') + file);
        const auto checked = validatePack(file.toStdString(), support::view(text));
        QVERIFY2(!checked, checked ? checked->message().c_str() : "");
        ParameterLibrary lib;
        const auto added = lib.add(file.toStdString(), support::view(text));
        QVERIFY2(!added, added ? added->message().c_str() : "");
    }

    void regionIds()
    {
        const auto ids = support::library().regionIds();
        for (const char *id :
             {"shandong", "hebei", "shandong/weifang", "shandong/binzhou", "hebei/leting", "hebei/tangshan"})
            QVERIFY2(std::find(ids.begin(), ids.end(), id) != ids.end(), id);
        // the national pack is not a region of its own
        QVERIFY(std::find(ids.begin(), ids.end(), "national") == ids.end());
        QVERIFY(support::library().has("national"));
    }

    // Every region resolves and gives sane figures for every year a projection may read (docs/parameter-packs.md,
    // plausible ranges).
    void everyRegionBuildsAContext_data()
    {
        QTest::addColumn<QString>("id");
        for (const std::string &id : support::library().regionIds())
            QTest::addRow("%s resolves and gives positive figures 1996–2045", id.c_str()) << QString::fromStdString(id);
    }
    void everyRegionBuildsAContext()
    {
        QFETCH(QString, id);
        const ParameterSet set = support::region(id.toStdString());
        QCOMPARE(QString::fromStdString(set.regionId), id);
        QVERIFY(!set.packs.empty());
        QCOMPARE(QString::fromStdString(set.packs.front().id), QStringLiteral("national"));
        QVERIFY(!set.nameZh.empty());
        QVERIFY(!set.nameEn.empty());
        QVERIFY(set.track("male-60") && set.track("female-55") && set.track("female-50"));
        for (YearMonth today : {YearMonth::of(2026, 11), YearMonth::of(2022, 1)}) {
            const Context ctx(set, Assumptions{}, today, 2045);
            QVERIFY(ctx.lastYear() >= 2045);
            for (int y = 1996; y <= 2045; ++y) {
                const YearFigures &f = ctx.year(y);
                const QByteArray where =
                    (id + QStringLiteral(" %1 (today %2)").arg(y).arg(QString::fromStdString(today.toString())))
                        .toUtf8();
                QCOMPARE(f.year, y);
                QVERIFY2(f.average > 0, where.constData());
                QVERIFY2(f.denominator > 0, where.constData());
                QVERIFY2(f.floor > 0, where.constData());
                QVERIFY2(f.floor <= f.ceiling, where.constData());
                QVERIFY2(f.interest >= -50'000 && f.interest <= 200'000, where.constData());
                QVERIFY2(f.accountRate > 0 && f.accountRate <= 200'000, where.constData());
                QVERIFY2(f.flexibleRate > f.accountRate, where.constData());
                const BaseFigure b = ctx.pensionBase(y);
                QVERIFY2(b.value > 0, where.constData());
                QCOMPARE(b.year, y);
            }
            // 过渡系数: 1.3% in Shandong and Hebei (domain §3/§4); every province within the plausible range 0.5–2%.
            const Ppm rate = ctx.transitionRate(YearMonth::of(2025, 1));
            if (id.startsWith(QStringLiteral("shandong")) || id.startsWith(QStringLiteral("hebei")))
                QCOMPARE(rate, Ppm(13'000));
            QVERIFY2(rate >= 5'000 && rate <= 20'000, qPrintable(id));
        }
    }

    // The pack figures are those of the reference (domain §3, §4).
    void pensionBaseMatchesTheReference_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("year");
        QTest::addColumn<qint64>("fen");
        const int years[] = {2020, 2021, 2022, 2023, 2024, 2025};
        const qint64 sd[] = {657300, 689300, 718250, 746800, 767800, 783100};
        const qint64 hb[] = {629100, 657500, 684900, 712200, 726500, 741000};
        for (int i = 0; i < 6; ++i) {
            QTest::addRow("Shandong 计发基数 %d is %s (domain §3)", years[i], qPrintable(support::yuan(sd[i])))
                << "shandong" << years[i] << sd[i];
            QTest::addRow("Hebei 计发基数 %d is %s (domain §4)", years[i], qPrintable(support::yuan(hb[i])))
                << "hebei" << years[i] << hb[i];
        }
    }
    void pensionBaseMatchesTheReference()
    {
        QFETCH(QString, region);
        QFETCH(int, year);
        QFETCH(qint64, fen);
        const ParameterSet set = support::region(region.toStdString());
        const Series *s = set.find("pensionBase");
        QVERIFY(s);
        const SeriesEntry *e = s->inYear(year);
        QVERIFY(e);
        QCOMPARE(e->value, fen);
        QCOMPARE(e->provenance.status, Status::Published);
        // Known once published (December of the year at the latest, domain §1.5), not before the year began.
        const Context later(set, Assumptions{}, YearMonth::of(year + 1, 1), 2045);
        QCOMPARE(later.pensionBase(year).value, fen);
        QCOMPARE(later.pensionBase(year).status, Status::Published);
        const Context before(set, Assumptions{}, YearMonth::of(year, 1), 2045);
        QVERIFY(before.pensionBase(year).status != Status::Published);
    }

    void averagesAndBoundsMatchTheReference()
    {
        const ParameterSet sd = support::region("shandong");
        // domain §3: provincial 全口径 averages 2019–2026 and the published 2025/2026 bounds
        QCOMPARE(valueAt(sd, "contributionAverage", "2019-06"), 544858);
        QCOMPARE(valueAt(sd, "contributionAverage", "2021-06"), 624217);
        QCOMPARE(valueAt(sd, "contributionAverage", "2025-06"), 750600);
        QCOMPARE(valueAt(sd, "contributionAverage", "2026-06"), 762100);
        QCOMPARE(valueAt(sd, "contributionFloor", "2025-06"), 450400);
        QCOMPARE(valueAt(sd, "contributionCeiling", "2025-06"), 2251800);
        QCOMPARE(valueAt(sd, "contributionFloor", "2026-06"), 457300);
        QCOMPARE(valueAt(sd, "contributionCeiling", "2026-06"), 2286300);
        // Before 2019 the averages are unverified (§3): never marked published.
        for (const SeriesEntry &e : sd.find("contributionAverage")->entries)
            if (e.from.year() < 2019)
                QVERIFY(e.provenance.status != Status::Published);
        const ParameterSet hb = support::region("hebei");
        QCOMPARE(valueAt(hb, "contributionAverage", "2020-06"), 507808);
        QCOMPARE(valueAt(hb, "contributionAverage", "2025-06"), 667800);
        QCOMPARE(valueAt(hb, "contributionAverage", "2026-06"), 679400);
        QCOMPARE(valueAt(hb, "contributionFloor", "2025-06"), 400700);
        QCOMPARE(valueAt(hb, "contributionCeiling", "2025-06"), 2003400);
        QCOMPARE(valueAt(hb, "contributionFloor", "2026-06"), 407600);
        QCOMPARE(valueAt(hb, "contributionCeiling", "2026-06"), 2038200);
        // Binzhou's city denominators of the SD-1 sheet (domain §1.2): 356 (1996) … 5395.75 (2018), then provincial.
        const ParameterSet bz = support::region("shandong/binzhou");
        QCOMPARE(valueAt(bz, "indexDenominator", "1996-06"), 35600);
        QCOMPARE(valueAt(bz, "indexDenominator", "2018-06"), 539575);
        QCOMPARE(valueAt(bz, "indexDenominator", "2019-06"), 544858);
        QCOMPARE(valueAt(bz, "indexDenominator", "2021-06"), 624217);
        // The published 2025 bounds reach the Context unchanged.
        const Context ctx(sd, Assumptions{}, YearMonth::of(2026, 11), 2045);
        QCOMPARE(ctx.year(2025).average, Fen(750600));
        QCOMPARE(ctx.year(2025).floor, Fen(450400));
        QCOMPARE(ctx.year(2025).ceiling, Fen(2251800));
    }

    // domain §5: the national 记账利率 2016–2025, and 2026's 2.60% only provisional.
    void interestMatchesTheReference()
    {
        const ParameterSet set = support::region("shandong");
        const int years[] = {2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025};
        const Ppm rates[] = {83'100, 71'200, 82'900, 76'100, 60'400, 66'900, 61'200, 39'700, 26'200, 15'000};
        const Series *s = set.find("accountInterestRate");
        QVERIFY(s);
        for (int i = 0; i < 10; ++i) {
            const SeriesEntry *e = s->inYear(years[i]);
            QVERIFY(e);
            QCOMPARE(e->value, rates[i]);
            QCOMPARE(e->provenance.status, Status::Published);
        }
        const SeriesEntry *e2026 = s->inYear(2026);
        QVERIFY(e2026);
        QCOMPARE(e2026->value, Ppm(26'000));
        QVERIFY(e2026->provenance.status != Status::Published); // back-solved, explicitly not official
        for (const SeriesEntry &e : s->entries)
            if (e.from.year() < 2016)
                QVERIFY(e.provenance.status != Status::Published); // provincial pre-2016 rates: placeholders
    }

    void nationalTablesMatchTheReference()
    {
        const ParameterSet set = support::region("hebei");
        const Series *annuity = set.find("annuityMonthsByAge");
        QVERIFY(annuity);
        QCOMPARE(annuity->entries.size(), std::size_t(31));
        const int table[31] = {233, 230, 226, 223, 220, 216, 212, 208, 204, 199, 195, 190, 185, 180, 175, 170,
                               164, 158, 152, 145, 139, 132, 125, 117, 109, 101, 93,  84,  75,  65,  56};
        for (int age = 40; age <= 70; ++age)
            QCOMPARE(annuity->at(YearMonth{age})->value, std::int64_t(table[age - 40]));
        // Recalled figures are never published (domain §0, §7: pension increases 2016–2023 are recall).
        for (const auto &[name, series] : set.series)
            for (const SeriesEntry &e : series.entries)
                QVERIFY2(!(e.provenance.status == Status::Published && e.provenance.confidence == Confidence::Recall),
                         name.c_str());
        QCOMPARE(QString::fromStdString(YearMonth{static_cast<int>(set.scalar("accountStart")->value)}.toString()),
                 QStringLiteral("1996-01"));
        QCOMPARE(set.grades.front(), Ppm(600'000));
        QCOMPARE(set.grades.back(), Ppm(3'000'000));
        QVERIFY(set.gradesProvenance.status != Status::Published); // no official grade list was found (domain §6)
    }

    // ---- merging and lookup ---------------------------------------------------------------------------------------

    void cityRefinesItsProvince()
    {
        ParameterLibrary lib = support::library();
        QVERIFY(!lib.add("testland.json", validPack()));
        auto r = lib.resolve("testland/testcity");
        QVERIFY(std::holds_alternative<ParameterSet>(r));
        const ParameterSet &set = std::get<ParameterSet>(r);
        const Series *avg = set.find("contributionAverage");
        QVERIFY(avg);
        // city 2018 added, city 2019 replaces the province's, province 2020 kept
        QCOMPARE(avg->entries.size(), std::size_t(3));
        QCOMPARE(avg->at(ym("2018-03"))->value, 400000);
        QCOMPARE(avg->at(ym("2019-03"))->value, 410000);
        QCOMPARE(avg->at(ym("2020-03"))->value, 520000);
        QCOMPARE(QString::fromStdString(avg->at(ym("2019-03"))->provenance.source), QStringLiteral("city 2019"));
        QCOMPARE(avg->at(ym("2017-12")), nullptr); // before the first entry
        // the province alone is untouched by its city
        const ParameterSet province = std::get<ParameterSet>(lib.resolve("testland"));
        QCOMPARE(province.find("contributionAverage")->at(ym("2019-03"))->value, 500000);
        QCOMPARE(province.find("contributionAverage")->at(ym("2018-03")), nullptr);
        // national figures come along, the national pack first
        QVERIFY(set.find("annuityMonthsByAge"));
        QCOMPARE(set.versionLabel().rfind("national@", 0), std::size_t(0));
        QVERIFY(set.versionLabel().find("testland@2026.11.1") != std::string::npos);
        QVERIFY(std::any_of(set.notes.begin(), set.notes.end(),
                            [](const LocalText &n) { return n.en == "city note" && n.zh == "city note"; }));
        // the new region is listed
        const auto ids = lib.regionIds();
        QVERIFY(std::find(ids.begin(), ids.end(), "testland/testcity") != ids.end());
    }

    void lookupIsTheNewestEntryOnOrBefore()
    {
        const ParameterSet set = support::region("shandong");
        const Series *base = set.find("pensionBase");
        QVERIFY(base);
        QCOMPARE(base->at(ym("2023-01"))->value, 746800);
        QCOMPARE(base->at(ym("2023-12"))->value, 746800);
        QCOMPARE(base->at(ym("2024-01"))->value, 767800);
        QCOMPARE(base->at(ym("2040-01"))->value, base->last()->value);
        QCOMPARE(base->at(ym("1999-01")), nullptr);
        QCOMPARE(base->inYear(1999), nullptr);
        // Shandong's employer rate changes in May (domain §3: 16% from 2019-05)
        const Series *employer = set.find("employerRate");
        QVERIFY(employer);
        QCOMPARE(employer->at(ym("2019-05"))->value, Ppm(160'000));
        QVERIFY(employer->at(ym("2019-04"))->value != Ppm(160'000));
    }

    void resolveErrors()
    {
        ParameterLibrary lib = support::library();
        auto unknown = lib.resolve("atlantis");
        QVERIFY(std::holds_alternative<PackError>(unknown));
        QCOMPARE(QString::fromStdString(std::get<PackError>(unknown).key), QStringLiteral("region"));
        auto city = lib.resolve("shandong/atlantis");
        QVERIFY(std::holds_alternative<PackError>(city));
        QCOMPARE(QString::fromStdString(std::get<PackError>(city).key), QStringLiteral("cities"));
        QVERIFY(
            !lib.add("orphan.json", mutate(mutate(validPack(), "\"extends\": \"national\"", "\"extends\": \"nowhere\""),
                                           "\"id\": \"testland\"", "\"id\": \"orphan\"")));
        auto orphan = lib.resolve("orphan");
        QVERIFY(std::holds_alternative<PackError>(orphan));
        QCOMPARE(QString::fromStdString(std::get<PackError>(orphan).key), QStringLiteral("extends"));
        QCOMPARE(QString::fromStdString(std::get<PackError>(orphan).file), QStringLiteral("orphan.json"));
    }

    // ---- bad packs --------------------------------------------------------------------------------------------------

    // A rule selection is dated: the newest entry on or before the month asked for; none before the first.
    void rulesAreDated()
    {
        ParameterLibrary lib;
        const std::string text =
            mutate(validPack(), "\"compiled\": \"2026-11-24\",", std::string("\"compiled\": \"2026-11-24\", ") + kRule);
        const QByteArray national = support::readFile(support::regionsDir() + QStringLiteral("/national.json"));
        QVERIFY(!lib.add("national.json", support::view(national)));
        QVERIFY(!lib.add("testland.json", text));
        const auto set = std::get<ParameterSet>(lib.resolve("testland"));
        const RuleList &list = set.rules.at(RuleKey::IndexAveraging);
        QVERIFY(list.at(ym("2005-12")) == nullptr);
        QCOMPARE(set.rulesAt(ym("2005-12")).indexAveraging, IndexAveraging::Monthly);
        const RuleEntry *r = list.at(ym("2024-01"));
        QVERIFY(r != nullptr);
        QCOMPARE(QString::fromStdString(ruleName(RuleKey::IndexAveraging, r->value)), QStringLiteral("yearly-hebei"));
        QCOMPARE(set.rulesAt(ym("2024-01")).indexAveraging, IndexAveraging::YearlyHebei);
        QCOMPARE(r->provenance.status, Status::Assumed);
        // The shipped Hebei pack selects it; Shandong keeps the monthly default.
        QCOMPARE(support::region("hebei").rulesAt(ym("2024-01")).indexAveraging, IndexAveraging::YearlyHebei);
        QCOMPARE(support::region("shandong").rulesAt(ym("2024-01")).indexAveraging, IndexAveraging::Monthly);
    }

    // publishedOn dates every series: the shipped national rates of 2016–2025 carry the month they became known.
    void everyPublishedRateHasItsPublicationMonth()
    {
        const ParameterSet set = support::region("shandong");
        const Series *rates = set.find("accountInterestRate");
        QVERIFY(rates);
        for (const SeriesEntry &e : rates->entries)
            if (e.provenance.status == Status::Published) {
                QVERIFY2(e.publishedOn.has_value(), qPrintable(QString::fromStdString(e.from.toString())));
                QCOMPARE(e.publishedOn->year(), e.from.year() + 1);
            }
    }

    void validBaselineIsAccepted()
    {
        QVERIFY(!validatePack("testland.json", validPack()));
        QVERIFY(!validatePack("testland.json", mutate(validPack(), "\"compiled\": \"2026-11-24\",",
                                                      std::string("\"compiled\": \"2026-11-24\", ") + kTrack)));
    }

    void badPackIsRejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("reason");
        auto row = [](const char *name, const std::string &text, const char *key, const char *reason) {
            QTest::newRow(name) << QString::fromStdString(text) << QString::fromUtf8(key) << QString::fromUtf8(reason);
        };
        const std::string v = validPack();
        row("a pack that is not JSON", "{ \"format\": \"pension-params/1\", ", "", "not valid JSON");
        row("a pack that is a JSON array", "[1, 2]", "", "JSON object");
        row("the wrong format string", mutate(v, "\"pension-params/1\"", "\"pension-params/2\""), "format",
            "pension-params/1");
        row("an unknown top-level key",
            mutate(v, "\"compiled\": \"2026-11-24\",", "\"compiled\": \"2026-11-24\", \"colour\": \"red\","), "colour",
            "unknown key");
        row("a misspelt key in a series entry", mutate(v, "\"value\": 7468,", "\"value\": 7468, \"vaule\": 1,"),
            "series.pensionBase.values[0].vaule", "unknown key");
        row("an unknown series", mutate(v, "\"pensionBase\": {", "\"pensionBse\": {"), "series.pensionBse",
            "unknown series");
        row("dates not in order", mutate(v, "\"from\": \"2024\"", "\"from\": \"2022\""),
            "series.pensionBase.values[1].from", "dates not in order");
        row("a duplicate date (a year and its January)", mutate(v, "\"from\": \"2024\"", "\"from\": \"2023-01\""),
            "series.pensionBase.values[1].from", "duplicate date");
        row("a value out of the plausible range", mutate(v, "\"value\": 7468,", "\"value\": 746800,"),
            "series.pensionBase.values[0].value", "plausible range");
        row("a negative 计发基数", mutate(v, "\"value\": 7468,", "\"value\": -7468,"),
            "series.pensionBase.values[0].value", "plausible range");
        row("more decimals than the unit has", mutate(v, "\"value\": 7468,", "\"value\": 7468.123,"),
            "series.pensionBase.values[0].value", "decimals");
        row("a value given as text", mutate(v, "\"value\": 7468,", "\"value\": \"7468\","),
            "series.pensionBase.values[0].value", "number");
        row("the wrong unit",
            mutate(v, "\"unit\": \"yuan-per-month\",\n      \"values\": [\n        { \"from\": \"2023\"",
                   "\"unit\": \"yuan-per-year\",\n      \"values\": [\n        { \"from\": \"2023\""),
            "series.pensionBase.unit", "yuan-per-month");
        row("a recalled figure marked published",
            mutate(v, "\"confidence\": \"secondary\", \"source\": \"first source\"",
                   "\"confidence\": \"recall\", \"source\": \"first source\""),
            "series.pensionBase.values[0].status", "recalled");
        row("an unknown status",
            mutate(v, "\"status\": \"published\", \"confidence\": \"secondary\", \"source\": \"first source\"",
                   "\"status\": \"final\", \"confidence\": \"secondary\", \"source\": \"first source\""),
            "series.pensionBase.values[0].status", "published, provisional or assumed");
        row("an unknown confidence",
            mutate(v, "\"confidence\": \"secondary\", \"source\": \"first source\"",
                   "\"confidence\": \"certain\", \"source\": \"first source\""),
            "series.pensionBase.values[0].confidence", "official, secondary, inferred or recall");
        row("a missing source", mutate(v, ", \"source\": \"first source\"", ""), "series.pensionBase.values[0].source",
            "missing");
        row("an empty source", mutate(v, "\"source\": \"first source\"", "\"source\": \"\""),
            "series.pensionBase.values[0].source", "non-empty");
        row("a publishedOn that is not a month",
            mutate(v, "\"publishedOn\": \"2023-12\"", "\"publishedOn\": \"2023-13\""),
            "series.pensionBase.values[0].publishedOn", "YYYY-MM");
        row("a publishedOn before the figure applies",
            mutate(v, "\"publishedOn\": \"2023-12\"", "\"publishedOn\": \"2022-12\""),
            "series.pensionBase.values[0].publishedOn", "before");
        row("a from that is not a year or a month", mutate(v, "\"from\": \"2023\"", "\"from\": \"23\""),
            "series.pensionBase.values[0].from", "YYYY");
        row("an unknown scalar", mutate(v, "\"accountStart\": {", "\"acountStart\": {"), "scalars.acountStart",
            "unknown scalar");
        row("a scalar month that is not YYYY-MM", mutate(v, "\"value\": \"1996-01\"", "\"value\": \"1996-1\""),
            "scalars.accountStart.value", "YYYY-MM");
        row("an id with capitals and spaces", mutate(v, "\"id\": \"testland\"", "\"id\": \"Test Land\""), "id",
            "lower-case");
        row("an unknown key in a city",
            mutate(v, "\"note\": \"city note\",", "\"note\": \"city note\", \"population\": 1,"),
            "cities.testcity.population", "unknown key");
        row("an unknown series in a city",
            mutate(v, "\"series\": {\n        \"contributionAverage\"", "\"series\": {\n        \"cityAverage\""),
            "cities.testcity.series.cityAverage", "unknown series");
        // A province's own track is named for the sex it is for (西藏 male-55, female-45); anything else is unknown.
        row("an unknown track",
            mutate(v, "\"compiled\": \"2026-11-24\",",
                   "\"compiled\": \"2026-11-24\", \"tracks\": { \"worker-65\": {} },"),
            "tracks.worker-65", "unknown track");
        row("a track age outside 40–70",
            mutate(v, "\"compiled\": \"2026-11-24\",",
                   std::string("\"compiled\": \"2026-11-24\", ") +
                       mutate(kTrack, "\"baseAge\": 60", "\"baseAge\": 600")),
            "tracks.male-60.baseAge", "whole number");
        row("a track age of 2^32 + 60 (wraps to 60 in an int)",
            mutate(v, "\"compiled\": \"2026-11-24\",",
                   std::string("\"compiled\": \"2026-11-24\", ") +
                       mutate(kTrack, "\"baseAge\": 60", "\"baseAge\": 4294967356")),
            "tracks.male-60.baseAge", "whole number");
        row("grades not increasing",
            mutate(v, "\"compiled\": \"2026-11-24\",",
                   "\"compiled\": \"2026-11-24\", \"grades\": { \"values\": [60, 100, 100], \"unit\": \"percent\", "
                   "\"status\": \"assumed\", \"confidence\": \"inferred\", \"source\": \"x\" },"),
            "grades.values[2]", "increasing");
        row("a missing version", mutate(v, "\"version\": \"2026.11.1\",", ""), "version", "missing");
        row("an unknown rule key",
            mutate(v, "\"compiled\": \"2026-11-24\",",
                   std::string("\"compiled\": \"2026-11-24\", ") + mutate(kRule, "indexAveraging", "indexAverage")),
            "rules.indexAverage", "unknown rule");
        row("a rule name the engine does not implement",
            mutate(v, "\"compiled\": \"2026-11-24\",",
                   std::string("\"compiled\": \"2026-11-24\", ") + mutate(kRule, "\"yearly-hebei\"", "\"yearly\"")),
            "rules.indexAveraging.values[0].rule", "monthly, yearly-hebei");
        row("a rule without a source",
            mutate(v, "\"compiled\": \"2026-11-24\",",
                   std::string("\"compiled\": \"2026-11-24\", ") + mutate(kRule, ", \"source\": \"test rule\"", "")),
            "rules.indexAveraging.values[0].source", "missing");
        row("a missing id", mutate(v, "\"id\": \"testland\",", ""), "id", "missing");
        const std::string r = rulesPack();
        row("an unknown rule key", mutate(r, "\"yearsRounding\": {", "\"yearRounding\": {"), "rules.yearRounding",
            "unknown rule");
        row("an unknown rule name", mutate(r, "\"rule\": \"up-1\"", "\"rule\": \"up-3\""),
            "rules.yearsRounding.values[1].rule",
            "half-up-2, half-up-4, unrounded, up-1, up-2, up-half-year, truncate-2, truncate-0");
        row("index decimals of 6", mutate(r, "\"value\": 3,", "\"value\": 6,"), "rules.indexDecimals.values[0].value",
            "2, 3, 4 or 5");
        row("a rule without a source", mutate(r, ", \"source\": \"index source\"", ""),
            "rules.indexDecimals.values[0].source", "missing");
        row("rule dates not in order", mutate(r, "\"from\": \"2024-01\", \"rule\"", "\"from\": \"2005-01\", \"rule\""),
            "rules.yearsRounding.values[1].from", "dates not in order");
        row("an unknown rule name in a city", mutate(r, "\"rule\": \"indexed-wage\"", "\"rule\": \"indexed\""),
            "cities.testcity.rules.transitionalFormula.values[0].rule", "indexed-wage, base-wage-average");
        row("an unknown local item kind", mutate(r, "\"kind\": \"percent-of-basic\"", "\"kind\": \"percent\""),
            "localItems[1].kind", "must be fixed");
        row("a local item without inTotal", mutate(r, "\"rate\": 5, \"inTotal\": false,", "\"rate\": 5,"),
            "localItems[1].inTotal", "true or false");
        row("a fixed local item without an amount", mutate(r, "\"amount\": 50.00, ", ""), "localItems[0].amount",
            "missing");
        row("a local item amount with 3 decimals", mutate(r, "\"amount\": 50.00,", "\"amount\": 50.001,"),
            "localItems[0].amount", "decimals");
        const std::string bands = "\"kind\": \"basic-wage-year-bands\", \"bands\": [ { \"over\": 20, \"rate\": 0.15 }, "
                                  "{ \"over\": 25, \"rate\": 0.2 } ], \"minActualYears\": 20,";
        row("a banded local item without bands",
            mutate(r, "\"kind\": \"percent-of-basic\", \"rate\": 5,", "\"kind\": \"basic-wage-year-bands\","),
            "localItems[1].bands", "non-empty array");
        row("bands not increasing",
            mutate(r, "\"kind\": \"percent-of-basic\", \"rate\": 5,", mutate(bands, "\"over\": 25", "\"over\": 20")),
            "localItems[1].bands[1].over", "above the band before");
        row("a band rate of 20 percent",
            mutate(r, "\"kind\": \"percent-of-basic\", \"rate\": 5,", mutate(bands, "\"rate\": 0.2", "\"rate\": 20")),
            "localItems[1].bands[1].rate", "out of the plausible range");
        row("half a year in minActualYears",
            mutate(r, "\"kind\": \"percent-of-basic\", \"rate\": 5,",
                   mutate(bands, "\"minActualYears\": 20", "\"minActualYears\": 19.5")),
            "localItems[1].minActualYears", "whole years");
        row("bands on a fixed item", mutate(r, "\"amount\": 50.00, ", "\"amount\": 50.00, \"minActualYears\": 20, "),
            "localItems[0].minActualYears", "only for basic-wage-year-bands");
        row("a total-rounding rule the engine does not implement",
            mutate(r, "\"indexDecimals\": {",
                   "\"totalRounding\": { \"values\": [ { \"from\": \"2006-01\", \"rule\": \"jiao-half-up\", "
                   "\"status\": \"published\", \"confidence\": \"secondary\", \"source\": \"total source\" } ] }, "
                   "\"indexDecimals\": {"),
            "rules.totalRounding.values[0].rule", "fen, jiao-up, yuan-up");
        row("a base-plus-index-years item without perIndexYear",
            mutate(r, "\"kind\": \"fixed\", \"amount\": 50.00,",
                   "\"kind\": \"base-plus-index-years\", \"amount\": 480,"),
            "localItems[0].perIndexYear", "missing");
        row("perIndexYear on a fixed item", mutate(r, "\"amount\": 50.00,", "\"amount\": 50.00, \"perIndexYear\": 3,"),
            "localItems[0].perIndexYear", "only for kind base-plus-index-years");
        row("an unknown local item rounding", mutate(r, "\"rate\": 5,", "\"rate\": 5, \"rounding\": \"up\","),
            "localItems[1].rounding", "fen-up");
        row("a rounding on a fixed item",
            mutate(r, "\"amount\": 50.00,", "\"amount\": 50.00, \"rounding\": \"fen-up\","), "localItems[0].rounding",
            "only for the computed kinds");
        row("a local item with the id of the total's rounding line",
            mutate(r, "\"id\": \"share\"", "\"id\": \"total-rounding\""), "localItems[1].id", "totalRounding");
        row("an approximate note without English",
            mutate(r, ", \"en\": \"the transitional formula is not confirmed\"", ""), "approximate.en", "missing");
        row("an approximateWhen entry without a condition", mutate(r, "\"retiringBefore\": \"2010-01\", ", ""),
            "approximateWhen[0]", "needs a condition");
        row("an approximateWhen month that is none",
            mutate(r, "\"retiringBefore\": \"2010-01\"", "\"retiringBefore\": \"2010-13\""),
            "approximateWhen[0].retiringBefore", "YYYY-MM");
        row("an empty approximateWhen track list", mutate(r, "\"tracks\": [\"male-60\"]", "\"tracks\": []"),
            "approximateWhen[1].tracks", "non-empty list of ids");
        row("an approximateWhen entry without Chinese", mutate(r, "\"zh\": \"未申领\", ", ""), "approximateWhen[1].zh",
            "missing");
        row("an unknown approximateWhen condition",
            mutate(r, "\"unlessClaimed\": [\"share\"]", "\"unlessPaid\": [\"share\"]"), "approximateWhen[1].unlessPaid",
            "unknown key");
    }

    // Rules are dated like series: the newest entry on or before the retirement month, a city's merged over its
    // province's; local items of the same id are replaced by the city's; approximate passes to the city.
    void rulesAndLocalItemsMerge()
    {
        ParameterLibrary lib = support::shippedLibrary();
        QVERIFY(!lib.add("testland.json", rulesPack()));
        const auto province = std::get<ParameterSet>(lib.resolve("testland"));
        RuleSet at2023 = province.rulesAt(ym("2023-12"));
        QCOMPARE(at2023.yearsRounding, YearsRounding::HalfUp2);
        QCOMPARE(at2023.indexDecimals, 3);
        QCOMPARE(at2023.transitionalFormula, TransitionalFormula::BaseWageAverage);
        QCOMPARE(at2023.citation(RuleKey::TransitionalFormula), std::string("测试文〔2006〕2号"));
        QCOMPARE(at2023.citation(RuleKey::YearsRounding), std::string("years source"));
        QCOMPARE(at2023.moneyRounding, MoneyRounding::FenHalfUp); // no entry: the default
        QCOMPARE(province.rulesAt(ym("2024-01")).yearsRounding, YearsRounding::Up1);
        QCOMPARE(province.rulesAt(ym("2024-01")).citation(RuleKey::YearsRounding), std::string("测试文〔2024〕1号"));
        QCOMPARE(province.rulesAt(ym("2005-12")).transitionalFormula, TransitionalFormula::IndexedWage);
        QVERIFY(province.approximate);
        QCOMPARE(province.approximate->en, std::string("the transitional formula is not confirmed"));
        QCOMPARE(province.localItemsAt(ym("2019-12")).size(), std::size_t(1));
        QCOMPARE(province.localItemsAt(ym("2020-01")).size(), std::size_t(2));
        QCOMPARE(province.localItemsAt(ym("2020-01"))[0]->amount, Fen(5000));
        QCOMPARE(province.localItemsAt(ym("2020-01"))[1]->rate, Ppm(50'000));

        const auto city = std::get<ParameterSet>(lib.resolve("testland/testcity"));
        QCOMPARE(city.rulesAt(ym("2009-12")).transitionalFormula, TransitionalFormula::BaseWageAverage);
        QCOMPARE(city.rulesAt(ym("2010-01")).transitionalFormula, TransitionalFormula::IndexedWage);
        QCOMPARE(city.rulesAt(ym("2024-06")).yearsRounding, YearsRounding::Up1); // the province's
        QCOMPARE(city.localItemsAt(ym("2020-01")).size(), std::size_t(2));
        QCOMPARE(city.localItemsAt(ym("2020-01"))[0]->amount, Fen(8000)); // the city's adjustment
        QVERIFY(city.approximate);
        // The scoped notes: the province's, then the city's, each with its conditions.
        QCOMPARE(province.approximateWhen.size(), std::size_t(2));
        QCOMPARE(*province.approximateWhen[0].retiringBefore, ym("2010-01"));
        QCOMPARE(province.approximateWhen[1].tracks, std::vector<std::string>{"male-60"});
        QCOMPARE(province.approximateWhen[1].unlessClaimed, std::vector<std::string>{"share"});
        QCOMPARE(city.approximateWhen.size(), std::size_t(3));
        QCOMPARE(city.approximateWhen[2].text.en, std::string("city entry"));
        // The shipped packs select no rule: the defaults (Shandong, Hebei) apply.
        const auto shandong = std::get<ParameterSet>(lib.resolve("shandong"));
        QCOMPARE(shandong.rulesAt(ym("2025-01")).yearsRounding, YearsRounding::HalfUp2);
        QVERIFY(!shandong.approximate);
        QVERIFY(shandong.approximateWhen.empty());
    }
    void badPackIsRejected()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, reason);
        const std::string t = text.toStdString();
        ParameterLibrary lib;
        std::optional<PackError> e;
        try {
            e = lib.add("testland.json", t);
        } catch (const std::exception &ex) {
            QFAIL(qPrintable(QStringLiteral("add() threw: %1").arg(QString::fromUtf8(ex.what()))));
        }
        QVERIFY2(e.has_value(), "the pack was accepted");
        QCOMPARE(QString::fromStdString(e->file), QStringLiteral("testland.json"));
        QCOMPARE(QString::fromStdString(e->key), key);
        QVERIFY2(
            QString::fromStdString(e->text()).contains(reason),
            qPrintable(QStringLiteral("reason \"%1\" lacks \"%2\"").arg(QString::fromStdString(e->text()), reason)));
        // message() names the file, the key and the reason
        const QString message = QString::fromStdString(e->message());
        QVERIFY(message.startsWith(QStringLiteral("testland.json: ")));
        QVERIFY(message.endsWith(QString::fromStdString(e->text())));
        // a rejected pack is not added, and validatePack says the same thing
        QVERIFY(!lib.has("testland"));
        const auto again = validatePack("testland.json", t);
        QVERIFY(again.has_value());
        QCOMPARE(again->key, e->key);
        QCOMPARE(again->text(), e->text());
    }

    // A number beyond double range (1e400) must be rejected like any other bad value, not thrown out of add().
    void hugeNumberIsRejectedNotThrown()
    {
        const std::string text = mutate(validPack(), "\"value\": 7468,", "\"value\": 1e400,");
        ParameterLibrary lib;
        bool threw = false;
        std::string what;
        std::optional<PackError> e;
        try {
            e = lib.add("testland.json", text);
        } catch (const std::exception &ex) {
            threw = true;
            what = ex.what();
        }
        QVERIFY2(!threw, what.c_str());
        QVERIFY(e.has_value());
        QCOMPARE(QString::fromStdString(e->file), QStringLiteral("testland.json"));
        QVERIFY(!lib.has("testland"));
    }

    // A bad pack does not replace a good one of the same id.
    void badPackKeepsThePreviousOne()
    {
        ParameterLibrary lib = support::library();
        QVERIFY(!lib.add("testland.json", validPack()));
        QVERIFY(lib.add("testland.json", mutate(validPack(), "\"value\": 7468,", "\"value\": 746800,")));
        auto r = lib.resolve("testland");
        QVERIFY(std::holds_alternative<ParameterSet>(r));
        QCOMPARE(std::get<ParameterSet>(r).find("pensionBase")->at(ym("2023-06"))->value, 746800);
        // a good pack with the same id replaces it
        QVERIFY(!lib.add("testland.json", mutate(validPack(), "\"value\": 7468,", "\"value\": 7500,")));
        QCOMPARE(std::get<ParameterSet>(lib.resolve("testland")).find("pensionBase")->at(ym("2023-06"))->value, 750000);
    }
};

QTEST_APPLESS_MAIN(TestParams)
#include "test_params.moc"
