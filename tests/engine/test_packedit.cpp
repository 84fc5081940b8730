// engine/packedit.cpp: staff enter a newly published figure; the edited pack is validated and versioned.

#include "context.h"
#include "packedit.h"
#include "projection.h"
#include "support.h"

#include <QTest>

using namespace pension;

namespace {

std::string shandongText()
{
    return support::readFile(support::regionsDir() + QStringLiteral("/shandong.json")).toStdString();
}

} // namespace

class TestPackEdit : public QObject {
    Q_OBJECT

private slots:
    void aNewYearsPensionBase()
    {
        PackEdit edit;
        edit.series = "pensionBase";
        edit.from = "2026";
        edit.value = "8012";
        edit.publishedOn = "2026-12";
        edit.source = "鲁人社字〔2026〕101号 (test)";
        auto result = applyPackEdit("shandong.json", shandongText(), edit);
        QVERIFY2(std::holds_alternative<PackEditResult>(result),
                 std::holds_alternative<PackError>(result) ? std::get<PackError>(result).message().c_str() : "");
        const PackEditResult &r = std::get<PackEditResult>(result);
        QVERIFY(r.oldValue.empty());
        QCOMPARE(QString::fromStdString(r.newVersion), QStringLiteral("2026.11.1-local.1"));
        // A library with the edited pack: results name the new version and use the figure once it is published.
        ParameterLibrary lib = support::shippedLibrary();
        QVERIFY(!lib.add("shandong.json", r.text));
        const ParameterSet set = std::get<ParameterSet>(lib.resolve("shandong/weifang"));
        QVERIFY(QString::fromStdString(set.versionLabel()).contains(QStringLiteral("shandong@2026.11.1-local.1")));
        const Context after(set, Assumptions{}, support::ym("2027-01"), 2030);
        QCOMPARE(after.pensionBase(2026).value, Fen(801200));
        QCOMPARE(after.pensionBase(2026).status, Status::Published);
        const Context before(set, Assumptions{}, support::ym("2026-11"), 2030);
        QCOMPARE(before.pensionBase(2026).status, Status::Assumed); // not yet published on that date
        // Every result computed with the edited pack says so.
        const Case c = support::caseFromFile(support::testData(QStringLiteral("cases/sd-3.pension.json")));
        auto p = prepare(c, lib, support::ym("2027-01"));
        const auto &prepared = *std::get<std::shared_ptr<const Prepared>>(p);
        const bool flagged = std::any_of(prepared.warnings.begin(), prepared.warnings.end(), [](const Warning &w) {
            return w.code == WarningCode::LocalFigures && w.args.front() == "shandong@2026.11.1-local.1";
        });
        QVERIFY(flagged);
        // Editing the same entry again replaces it and reports the old value.
        edit.value = "8020.5";
        auto again = applyPackEdit("shandong.json", r.text, edit);
        QVERIFY(std::holds_alternative<PackEditResult>(again));
        QCOMPARE(QString::fromStdString(std::get<PackEditResult>(again).oldValue), QStringLiteral("8012"));
        QCOMPARE(QString::fromStdString(std::get<PackEditResult>(again).newVersion),
                 QStringLiteral("2026.11.1-local.2"));
    }

    // Any province pack can be edited: its rules, local items and approximate note pass through unchanged.
    void aProvincePackWithRules()
    {
        std::string text = shandongText();
        const std::string rules = R"("rules": { "yearsRounding": { "values": [ { "from": "2006-01", "rule": "up-1",
            "status": "published", "confidence": "secondary", "source": "test" } ] } },
          "localItems": [ { "id": "adjustment", "name": { "zh": "调节金", "en": "Adjustment" }, "kind": "fixed",
            "amount": 50, "inTotal": true, "from": "2006-01", "status": "assumed", "confidence": "inferred", "source": "test" } ],
          "approximate": { "zh": "测试", "en": "test" },
          "scalars": {)";
        const auto at = text.find("\"scalars\": {");
        QVERIFY(at != std::string::npos);
        text.replace(at, std::string("\"scalars\": {").size(), rules);
        QVERIFY(!validatePack("shandong.json", text));
        PackEdit edit;
        edit.series = "pensionBase";
        edit.from = "2026";
        edit.value = "8012";
        edit.source = "test";
        auto result = applyPackEdit("shandong.json", text, edit);
        QVERIFY2(std::holds_alternative<PackEditResult>(result),
                 std::holds_alternative<PackError>(result) ? std::get<PackError>(result).message().c_str() : "");
        ParameterLibrary lib = support::shippedLibrary();
        QVERIFY(!lib.add("shandong.json", std::get<PackEditResult>(result).text));
        const ParameterSet set = std::get<ParameterSet>(lib.resolve("shandong/weifang"));
        QCOMPARE(set.rulesAt(support::ym("2025-01")).yearsRounding, YearsRounding::Up1);
        QCOMPARE(set.localItems.size(), std::size_t(1));
        QVERIFY(set.approximate.has_value());
    }

    // Every shipped province pack takes an edit of its 2027 计发基数 (a figure no pack has yet), and the edited pack
    // resolves with its rules, local items and approximate notes (region-wide and scoped) as before.
    void everyShippedProvinceCanBeEdited()
    {
        int provinces = 0;
        for (const QString &file : support::shippedPackFiles()) {
            if (file == QStringLiteral("national.json"))
                continue;
            const QByteArray text = support::readFile(support::regionsDir() + QLatin1Char('/') + file);
            PackEdit edit;
            edit.series = "pensionBase";
            edit.from = "2027";
            edit.value = "9999";
            edit.source = "test";
            auto result = applyPackEdit(file.toStdString(), support::view(text), edit);
            QVERIFY2(std::holds_alternative<PackEditResult>(result),
                     (file.toStdString() + ": " +
                      (std::holds_alternative<PackError>(result) ? std::get<PackError>(result).message() : ""))
                         .c_str());
            ParameterLibrary lib = support::shippedLibrary();
            QVERIFY2(!lib.add(file.toStdString(), std::get<PackEditResult>(result).text), qPrintable(file));
            const std::string id = file.chopped(5).toStdString();
            const ParameterSet before = support::region(id);
            const ParameterSet after = std::get<ParameterSet>(lib.resolve(id));
            QCOMPARE(after.approximate.has_value(), before.approximate.has_value());
            QCOMPARE(after.approximateWhen.size(), before.approximateWhen.size());
            QCOMPARE(after.localItems.size(), before.localItems.size());
            QCOMPARE(after.rules.size(), before.rules.size());
            QCOMPARE(after.find("pensionBase")->at(support::ym("2027-12"))->value, Fen(999900));
            ++provinces;
        }
        QCOMPARE(provinces, 31);
    }

    void aCityFigure()
    {
        PackEdit edit;
        edit.city = "binzhou";
        edit.series = "indexDenominator";
        edit.from = "2022";
        edit.value = "6633.08";
        edit.source = "滨州 核定表 (test)";
        auto result = applyPackEdit("shandong.json", shandongText(), edit);
        QVERIFY(std::holds_alternative<PackEditResult>(result));
    }

    void rejectedEdits_data()
    {
        QTest::addColumn<QString>("series");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("key");
        QTest::addRow("no source") << "pensionBase"
                                   << "2026"
                                   << "8012"
                                   << ""
                                   << "source";
        QTest::addRow("not a number") << "pensionBase"
                                      << "2026"
                                      << "八千"
                                      << "x"
                                      << "value";
        // The new entry follows the pack's 14 pensionBase entries (2010–2017 and 2020–2025).
        QTest::addRow("implausible base") << "pensionBase"
                                          << "2026"
                                          << "80"
                                          << "x"
                                          << "series.pensionBase.values[14].value";
        QTest::addRow("a bad date") << "pensionBase"
                                    << "2026-13"
                                    << "8012"
                                    << "x"
                                    << "series.pensionBase.values[14].from";
        QTest::addRow("an unknown series") << "pensionBas"
                                           << "2026"
                                           << "8012"
                                           << "x"
                                           << "series.pensionBas";
    }

    void rejectedEdits()
    {
        QFETCH(QString, series);
        QFETCH(QString, from);
        QFETCH(QString, value);
        QFETCH(QString, source);
        QFETCH(QString, key);
        PackEdit edit;
        edit.series = series.toStdString();
        edit.from = from.toStdString();
        edit.value = value.toStdString();
        edit.source = source.toStdString();
        auto result = applyPackEdit("shandong.json", shandongText(), edit);
        QVERIFY(std::holds_alternative<PackError>(result));
        QCOMPARE(QString::fromStdString(std::get<PackError>(result).key), key);
    }
};

QTEST_APPLESS_MAIN(TestPackEdit)
#include "test_packedit.moc"
