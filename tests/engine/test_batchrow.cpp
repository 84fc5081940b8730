// engine/batchrow.cpp: CSV records, the batch header, plans, and rows read with the case file's checks.

#include "batchrow.h"
#include "support.h"

#include <QTest>

using namespace pension;

namespace {

const char *kHeader = "id,name,region,asOf,sex,birth,track,kind,deemedMonths,preAccountMonths,accountMonths,"
                      "averageIndex,accountBalance,retire,grade";

std::vector<std::string> fields(const char *line)
{
    return *splitCsv(line);
}

} // namespace

class TestBatchRow : public QObject {
    Q_OBJECT

private slots:
    void splitsCsvAsExcelWritesIt()
    {
        QCOMPARE(fields("a,b,,c").size(), std::size_t(4));
        QCOMPARE(fields("\"王,某\",\"say \"\"hi\"\"\",x")[0], std::string("王,某"));
        QCOMPARE(fields("\"王,某\",\"say \"\"hi\"\"\",x")[1], std::string("say \"hi\""));
        QCOMPARE(fields("a,b\r")[1], std::string("b"));
        QVERIFY(!splitCsv("a,\"unterminated").has_value());
        QCOMPARE(QString::fromStdString(csvField("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(QString::fromStdString(csvField("say \"x\"")), QStringLiteral("\"say \"\"x\"\"\""));
        QCOMPARE(QString::fromStdString(csvField("plain")), QStringLiteral("plain"));
    }

    void headerErrorsNameTheColumn_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        QTest::addRow("an unknown column")
            << QStringLiteral("id,region,colour") << "colour" << int(InputErrorCode::UnknownField);
        QTest::addRow("a column twice") << QStringLiteral("id,id") << "id" << int(InputErrorCode::Inconsistent);
        QTest::addRow("no birth column") << QStringLiteral("id,region,asOf,sex,track,kind,accountMonths,accountBalance")
                                         << "birth" << int(InputErrorCode::Missing);
    }

    void headerErrorsNameTheColumn()
    {
        QFETCH(QString, line);
        QFETCH(QString, field);
        QFETCH(int, code);
        auto h = readBatchHeader(line.toStdString());
        QVERIFY(std::holds_alternative<InputError>(h));
        QCOMPARE(QString::fromStdString(std::get<InputError>(h).field), field);
        QCOMPARE(int(std::get<InputError>(h).code), code);
    }

    void aRowIsTheSameCaseAsTheFile()
    {
        const auto header = std::get<BatchHeader>(readBatchHeader(std::string("\xEF\xBB\xBF") + kHeader));
        const auto row = fields("P1,王某,shandong,2025-06,female,1970-11,female-55,flexible,6,24,300,0.64,90000,"
                                "statutory,0.6");
        const Case fromRow = std::get<Case>(caseFromBatchRow(header, row, BatchPlan{}));
        const Case fromFile = support::caseFromText(R"({
  "format": "pension-case/1", "region": "shandong", "asOf": "2025-06",
  "person": { "name": "王某", "sex": "female", "birth": "1970-11", "track": "female-55" },
  "insurance": { "kind": "flexible" },
  "record": { "deemedMonths": 6, "preAccountMonths": 24, "accountMonths": 300, "averageIndex": 0.64,
              "accountBalance": 90000.00 },
  "plan": { "retire": "statutory", "contributions": [
      { "from": "2025-07", "until": "retirement", "grade": 0.6, "kind": "flexible" } ] }
})");
        QCOMPARE(writeCase(fromRow), writeCase(fromFile));
    }

    void plansOverrideTheRow()
    {
        const auto header = std::get<BatchHeader>(readBatchHeader(kHeader));
        const auto row = fields("P1,,hebei,2025-12,male,1970-05,male-60,employee,0,0,200,0.9,50000,statutory,0.6");
        auto plans = std::get<std::vector<BatchPlan>>(readBatchPlans("1.5:5:late12"));
        const Case c = std::get<Case>(caseFromBatchRow(header, row, plans.front()));
        QCOMPARE(c.plan.contributions.size(), std::size_t(1));
        QCOMPARE(c.plan.contributions[0].grade, Ppm(1'500'000));
        QCOMPARE(QString::fromStdString(c.plan.contributions[0].until->toString()), QStringLiteral("2030-12"));
        QCOMPARE(c.plan.retire.kind, RetireKind::Late);
        QCOMPARE(c.plan.retire.months, 12);
        QVERIFY(std::holds_alternative<InputError>(readBatchPlans("0.5")));
        QVERIFY(std::holds_alternative<InputError>(readBatchPlans("1.0:99")));
        QVERIFY(std::holds_alternative<InputError>(readBatchPlans("1.0:5:later")));
    }

    // The statement figures of the province rules (docs/batch.md): the same case as the file's fields, per row's
    // region.
    void provinceColumnsAreTheCaseFields()
    {
        const auto header = std::get<BatchHeader>(
            readBatchHeader(std::string(kHeader) + ",transitionIndex,transitionMonths,localPensionBase"));
        const auto row = fields("P1,,henan,2025-12,male,1965-10,male-60,employee,60,0,300,0.9,50000,statutory,,1.1,"
                                "60.5,7933");
        const Case fromRow = std::get<Case>(caseFromBatchRow(header, row, BatchPlan{}));
        const Case fromFile = support::caseFromText(R"({
  "format": "pension-case/1", "region": "henan", "asOf": "2025-12",
  "person": { "sex": "male", "birth": "1965-10", "track": "male-60" },
  "insurance": { "kind": "employee" },
  "record": { "deemedMonths": 60, "preAccountMonths": 0, "accountMonths": 300, "averageIndex": 0.9,
              "accountBalance": 50000.00, "transitionIndex": 1.1, "transitionMonths": 60.5 },
  "plan": { "retire": "statutory", "contributions": [] },
  "overrides": { "localPensionBase": 7933 }
})");
        QCOMPARE(writeCase(fromRow), writeCase(fromFile));
        QCOMPARE(fromRow.record->transitionIndex, std::optional<Ppm>(1'100'000));
        QCOMPARE(fromRow.record->transitionMonths, std::optional<HalfMonths>(121));
        QCOMPARE(fromRow.overrides.localPensionBase, std::optional<Fen>(793300));
        // Errors name the column.
        auto bad = [&](const char *text) {
            const auto c = caseFromBatchRow(header, fields(text), BatchPlan{});
            return std::holds_alternative<InputError>(c) ? std::get<InputError>(c).field : std::string("accepted");
        };
        QCOMPARE(bad("P1,,henan,2025-12,male,1965-10,male-60,employee,60,0,300,0.9,50000,statutory,,7,60,7933"),
                 std::string("transitionIndex"));
        QCOMPARE(bad("P1,,henan,2025-12,male,1965-10,male-60,employee,60,0,300,0.9,50000,statutory,,1.1,999,7933"),
                 std::string("transitionMonths"));
        QCOMPARE(bad("P1,,henan,2025-12,male,1965-10,male-60,employee,60,0,300,0.9,50000,statutory,,1.1,60,7.5"),
                 std::string("localPensionBase"));
    }

    // 重庆's old-method index and the claimed local items (ids separated by ';') as batch columns.
    void oldMethodAndClaimColumns()
    {
        const auto header =
            std::get<BatchHeader>(readBatchHeader(std::string(kHeader) + ",oldMethodIndex,localItemClaims"));
        const auto row = fields("P1,,chongqing,2023-08,male,1963-08,male-60,employee,0,161,332,1.0806,136432.34,"
                                "statutory,,1.1369,chongqing-one-child;other-item");
        const Case c = std::get<Case>(caseFromBatchRow(header, row, BatchPlan{}));
        QCOMPARE(c.record->oldMethodIndex, std::optional<Ppm>(1'136'900));
        QCOMPARE(c.record->localItemClaims, (std::vector<std::string>{"chongqing-one-child", "other-item"}));
        auto bad = [&](const char *text) {
            const auto r = caseFromBatchRow(header, fields(text), BatchPlan{});
            return std::holds_alternative<InputError>(r) ? std::get<InputError>(r).field : std::string("accepted");
        };
        QCOMPARE(bad("P1,,chongqing,2023-08,male,1963-08,male-60,employee,0,161,332,1.0806,136432.34,statutory,,9,"),
                 std::string("oldMethodIndex"));
        QCOMPARE(bad("P1,,chongqing,2023-08,male,1963-08,male-60,employee,0,161,332,1.0806,136432.34,statutory,,,"
                     "One Child"),
                 std::string("localItemClaims"));
    }

    void rowErrorsNameTheColumn_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        const QString ok =
            QStringLiteral("P1,,hebei,2025-12,male,1970-05,male-60,employee,0,0,200,0.9,50000,statutory,0.6");
        auto with = [&](int column, const QString &value) {
            QStringList parts = ok.split(QLatin1Char(','));
            parts[column] = value;
            return parts.join(QLatin1Char(','));
        };
        QTest::addRow("birth month 13") << with(5, QStringLiteral("1970-13")) << "birth"
                                        << int(InputErrorCode::BadFormat);
        QTest::addRow("sex unknown") << with(4, QStringLiteral("m")) << "sex" << int(InputErrorCode::NotOneOf);
        QTest::addRow("index 6.5") << with(11, QStringLiteral("6.5")) << "averageIndex"
                                   << int(InputErrorCode::OutOfRange);
        QTest::addRow("index seven decimals")
            << with(11, QStringLiteral("0.6269501")) << "averageIndex" << int(InputErrorCode::BadFormat);
        QTest::addRow("index below 0.01")
            << with(11, QStringLiteral("0.009")) << "averageIndex" << int(InputErrorCode::OutOfRange);
        QTest::addRow("balance text") << with(12, QStringLiteral("abc")) << "accountBalance"
                                      << int(InputErrorCode::WrongType);
        QTest::addRow("balance negative")
            << with(12, QStringLiteral("-1")) << "accountBalance" << int(InputErrorCode::OutOfRange);
        QTest::addRow("months not a half")
            << with(10, QStringLiteral("10.3")) << "accountMonths" << int(InputErrorCode::BadFormat);
        QTest::addRow("grade 10") << with(14, QStringLiteral("10")) << "grade" << int(InputErrorCode::OutOfRange);
        QTest::addRow("retire later") << with(13, QStringLiteral("later")) << "retire"
                                      << int(InputErrorCode::BadFormat);
        QTest::addRow("a woman's track for a man")
            << with(6, QStringLiteral("female-55")) << "track" << int(InputErrorCode::Inconsistent);
        QTest::addRow("too few fields") << QStringLiteral("P1,,hebei") << "row" << int(InputErrorCode::Inconsistent);
    }

    void rowErrorsNameTheColumn()
    {
        QFETCH(QString, row);
        QFETCH(QString, field);
        QFETCH(int, code);
        const auto header = std::get<BatchHeader>(readBatchHeader(kHeader));
        auto c = caseFromBatchRow(header, *splitCsv(row.toStdString()), BatchPlan{});
        QVERIFY(std::holds_alternative<InputError>(c));
        QCOMPARE(QString::fromStdString(std::get<InputError>(c).field), field);
        QCOMPARE(int(std::get<InputError>(c).code), code);
    }
};

QTEST_APPLESS_MAIN(TestBatchRow)
#include "test_batchrow.moc"
