// engine/rules.cpp: the names of the rule variants a pack selects (docs/parameter-packs.md, "rules") and the rule set
// of one retirement month. The expected names are the ones the pack format documents, written out here.

#include "rules.h"
#include "support.h"

#include <QTest>

using namespace pension;

namespace {

struct Documented {
    RuleKey key;
    const char *keyName;
    std::vector<const char *> names; // by enum value
};

// docs/parameter-packs.md, "rules", and the enum comments of rules.h.
const std::vector<Documented> &documented()
{
    static const std::vector<Documented> list = {
        {RuleKey::TransitionalFormula,
         "transitionalFormula",
         {"indexed-wage", "base-wage-average", "transition-index", "index-floor-one", "beijing-two-part",
          "guangdong-old-method", "shenzhen-old-method", "shanghai-notional"}},
        {RuleKey::TransitionMonths, "transitionMonths", {"deemed-and-pre-account", "deemed-only", "statement"}},
        {RuleKey::YearsRounding,
         "yearsRounding",
         {"half-up-2", "half-up-4", "unrounded", "up-1", "up-2", "up-half-year", "truncate-2", "truncate-0"}},
        {RuleKey::IndexDecimals, "indexDecimals", {}},
        {RuleKey::IndexedWageRounding, "indexedWageRounding", {"fen", "unrounded"}},
        {RuleKey::MoneyRounding, "moneyRounding", {"fen-half-up", "jiao-up", "jiao-half-up"}},
        {RuleKey::BasicFormula,
         "basicFormula",
         {"standard", "two-base", "two-base-province-indexed", "low-index-scaled", "shanghai-years-months"}},
        {RuleKey::IndexAveraging, "indexAveraging", {"monthly", "yearly-hebei"}},
        {RuleKey::TransitionRateChoice, "transitionRateChoice", {"single", "alt-below-20-actual-years"}},
        {RuleKey::TotalRounding, "totalRounding", {"fen", "jiao-up", "yuan-up"}},
        {RuleKey::OldMethodComparison, "oldMethodComparison", {"none", "chongqing-2010"}},
        {RuleKey::TransitionalPhaseIn, "transitionalPhaseIn", {"none", "old-plus-share", "old-plus-share-jiao-up"}},
    };
    return list;
}

} // namespace

class TestRules : public QObject {
    Q_OBJECT

private slots:
    void everyKeyIsListedOnce()
    {
        QCOMPARE(kRuleKeyCount, static_cast<int>(documented().size()));
        for (int i = 0; i < kRuleKeyCount; ++i)
            QCOMPARE(static_cast<int>(kRuleKeys[i]), static_cast<int>(documented()[static_cast<std::size_t>(i)].key));
    }

    void keyNamesRoundTrip()
    {
        for (const Documented &d : documented()) {
            QCOMPARE(QByteArray(ruleKeyName(d.key)), QByteArray(d.keyName));
            const auto back = ruleKeyFromName(d.keyName);
            QVERIFY2(back && *back == d.key, d.keyName);
        }
        QVERIFY(!ruleKeyFromName("TransitionalFormula")); // names are case-sensitive
        QVERIFY(!ruleKeyFromName(""));
        QVERIFY(!ruleKeyFromName("rounding"));
    }

    void ruleNamesAreTheDocumentedOnesInEnumOrder()
    {
        // The enum values the benefit formula switches on must match the names: e.g. "jiao-up" is
        // MoneyRounding::JiaoUp.
        QCOMPARE(ruleFromName(RuleKey::MoneyRounding, "jiao-up"), std::optional<int>(int(MoneyRounding::JiaoUp)));
        QCOMPARE(ruleFromName(RuleKey::YearsRounding, "up-half-year"),
                 std::optional<int>(int(YearsRounding::UpHalfYear)));
        QCOMPARE(ruleFromName(RuleKey::TransitionalFormula, "beijing-two-part"),
                 std::optional<int>(int(TransitionalFormula::BeijingTwoPart)));
        QCOMPARE(ruleFromName(RuleKey::BasicFormula, "low-index-scaled"),
                 std::optional<int>(int(BasicFormula::LowIndexScaled)));
        QCOMPARE(ruleFromName(RuleKey::IndexAveraging, "yearly-hebei"),
                 std::optional<int>(int(IndexAveraging::YearlyHebei)));
        QCOMPARE(ruleFromName(RuleKey::TotalRounding, "yuan-up"), std::optional<int>(int(TotalRounding::YuanUp)));
        for (const Documented &d : documented()) {
            for (std::size_t v = 0; v < d.names.size(); ++v) {
                QCOMPARE(ruleFromName(d.key, d.names[v]), std::optional<int>(static_cast<int>(v)));
                QCOMPARE(QByteArray::fromStdString(ruleName(d.key, static_cast<int>(v))), QByteArray(d.names[v]));
            }
            // one past the last, and negative: no name
            if (d.key != RuleKey::IndexDecimals) {
                QVERIFY(ruleName(d.key, static_cast<int>(d.names.size())).empty());
                QVERIFY(ruleName(d.key, -1).empty());
            }
            QVERIFY(!ruleFromName(d.key, "no-such-rule"));
        }
    }

    void namesOfAKeyAreListedForMessages()
    {
        QCOMPARE(QByteArray::fromStdString(ruleNamesOf(RuleKey::MoneyRounding)),
                 QByteArray("fen-half-up, jiao-up, jiao-half-up"));
        QCOMPARE(QByteArray::fromStdString(ruleNamesOf(RuleKey::IndexAveraging)), QByteArray("monthly, yearly-hebei"));
        QVERIFY(ruleNamesOf(RuleKey::IndexDecimals).empty()); // a number, not a name
    }

    void indexDecimalsIsANumber()
    {
        QCOMPARE(QByteArray::fromStdString(ruleName(RuleKey::IndexDecimals, 3)), QByteArray("3"));
        QVERIFY(!ruleFromName(RuleKey::IndexDecimals, "4"));
    }

    void defaultsAreTheNationalFormula()
    {
        // domain.md: standard basic pension, W = B × I, T = 视同 + 建账前, years half up to 2 decimals, fen half up.
        const RuleSet r;
        QCOMPARE(r.value(RuleKey::TransitionalFormula), int(TransitionalFormula::IndexedWage));
        QCOMPARE(r.value(RuleKey::TransitionMonths), int(TransitionMonths::DeemedAndPreAccount));
        QCOMPARE(r.value(RuleKey::YearsRounding), int(YearsRounding::HalfUp2));
        QCOMPARE(r.value(RuleKey::IndexDecimals), 4);
        QCOMPARE(r.value(RuleKey::MoneyRounding), int(MoneyRounding::FenHalfUp));
        QCOMPARE(r.value(RuleKey::BasicFormula), int(BasicFormula::Standard));
        QCOMPARE(r.value(RuleKey::IndexAveraging), int(IndexAveraging::Monthly));
        QCOMPARE(r.value(RuleKey::TransitionRateChoice), int(TransitionRateChoice::Single));
        QCOMPARE(r.value(RuleKey::TotalRounding), int(TotalRounding::Fen));
        for (RuleKey k : kRuleKeys)
            QVERIFY(r.citation(k).empty());
    }

    void setAndValueRoundTripOnEachKey()
    {
        RuleSet r;
        for (const Documented &d : documented()) {
            const int last = d.key == RuleKey::IndexDecimals ? 2 : static_cast<int>(d.names.size()) - 1;
            r.set(d.key, last);
            QCOMPARE(r.value(d.key), last);
        }
        // each key set its own field
        QCOMPARE(r.transitionalFormula, TransitionalFormula::ShanghaiNotional);
        QCOMPARE(r.transitionMonths, TransitionMonths::Statement);
        QCOMPARE(r.yearsRounding, YearsRounding::Truncate0);
        QCOMPARE(r.indexDecimals, 2);
        QCOMPARE(r.indexedWageRounding, IndexedWageRounding::Unrounded);
        QCOMPARE(r.moneyRounding, MoneyRounding::JiaoHalfUp);
        QCOMPARE(r.basicFormula, BasicFormula::ShanghaiYearsMonths);
        QCOMPARE(r.indexAveraging, IndexAveraging::YearlyHebei);
        QCOMPARE(r.transitionRateChoice, TransitionRateChoice::AltBelow20ActualYears);
        QCOMPARE(r.totalRounding, TotalRounding::YuanUp);
        QCOMPARE(r.transitionalPhaseIn, TransitionalPhaseIn::OldPlusShareJiaoUp);
        r.regulation[static_cast<int>(RuleKey::MoneyRounding)] = "a test citation";
        QCOMPARE(QByteArray::fromStdString(r.citation(RuleKey::MoneyRounding)), QByteArray("a test citation"));
        QVERIFY(r.citation(RuleKey::BasicFormula).empty());
    }
};

QTEST_APPLESS_MAIN(TestRules)
#include "test_rules.moc"
