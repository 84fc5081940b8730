// engine/case_*.cpp: reading and writing `pension-case/1` files (shared/spec/case-format.md) and the ID number check
// (GB 11643, ISO 7064 MOD 11-2). The malformed cases made from the baselines below are in the bad-input catalogue
// (tests/data/bad-inputs/catalogue.tsv, tests/cli/test_catalogue.cpp: the field and InputErrorCode of each).

#include "case.h"
#include "projection.h"
#include "support.h"

#include <QtTest>

using namespace pension;
using support::ym;

namespace {

// ISO 7064 MOD 11-2 as GB 11643 applies it, written out independently of the engine: weights 2^(17−i) mod 11,
// check value (12 − S mod 11) mod 11, 10 written X.
char checkCharacter(const std::string &body17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        int weight = 1;
        for (int k = 0; k < 17 - i; ++k)
            weight = weight * 2 % 11;
        sum += (body17[static_cast<std::size_t>(i)] - '0') * weight;
    }
    const int c = (12 - sum % 11) % 11;
    return c == 10 ? 'X' : static_cast<char>('0' + c);
}

std::string withCheck(const std::string &body17)
{
    return body17 + checkCharacter(body17);
}

// The valid baselines the bad cases are made from (tests/data/bad-inputs/cases/NN-*.pension.json: each file changes
// one thing in one of these).
const char *const kRecordBaseline = R"({
  "format": "pension-case/1",
  "region": "shandong",
  "asOf": "2025-06",
  "person": { "name": "王某", "idNumber": "370702197201150029", "sex": "female", "birth": "1972-01", "track": "female-55" },
  "insurance": { "kind": "flexible", "firstContribution": "1995-03" },
  "record": { "deemedMonths": 0, "preAccountMonths": 10, "accountMonths": 300, "averageIndex": 0.64, "accountBalance": 90000.00 },
  "plan": {
    "retire": "statutory",
    "contributions": [
      { "from": "2025-07", "until": "2026-12", "grade": 0.6, "kind": "flexible" },
      { "from": "2027-01", "until": "retirement", "grade": 1.0, "kind": "flexible" }
    ]
  }
}
)";

const char *const kHistoryBaseline = R"({
  "format": "pension-case/1",
  "region": "hebei",
  "asOf": "2025-06",
  "person": { "sex": "male", "birth": "1975-04", "track": "male-60" },
  "insurance": { "kind": "employee", "firstContribution": "2019-01" },
  "history": [
    { "year": 2019, "months": 12, "monthlyBase": 3600.00 },
    { "year": 2020, "months": 11.5, "monthlyBase": 3800.00 },
    { "year": 2021, "months": 12, "monthlyBase": 4000.00 }
  ],
  "plan": { "retire": "statutory", "contributions": [] }
}
)";

// A case using every field of the format.
QString richCase()
{
    return QStringLiteral(R"({
  "format": "pension-case/1",
  "region": "hebei/leting",
  "asOf": "2025-06",
  "calculatedOn": "2025-07",
  "person": { "name": "李某", "idNumber": "%1", "sex": "male", "birth": "1968-03", "track": "male-60" },
  "insurance": { "kind": "employee", "firstContribution": "1988-07", "accountStart": "1996-01" },
  "record": { "deemedMonths": 90.5, "preAccountMonths": 12, "accountMonths": 313, "averageIndex": 0.8123, "accountBalance": 123456.78 },
  "plan": {
    "retire": { "lateMonths": 6 },
    "retireReason": "illness",
    "contributions": [
      { "from": "2025-07", "until": "2026-06", "grade": 1.25, "kind": "employee" },
      { "from": "2027-01", "until": "retirement", "grade": 3, "kind": "flexible" }
    ]
  },
  "assumptions": { "wageGrowth": 0.025, "accountInterest": 0.02, "pensionIncrease": 0.015, "inflation": -0.005 },
  "overrides": { "pensionBase": 7265.5, "annuityMonths": 136.7, "transitionRate": 0.013 }
}
)")
        .arg(QString::fromStdString(withCheck("13020319680315123")));
}

void compareCases(const Case &a, const Case &b)
{
    QCOMPARE(a.region, b.region);
    QCOMPARE(a.asOf, b.asOf);
    QCOMPARE(a.calculatedOn, b.calculatedOn);
    QCOMPARE(a.person.name, b.person.name);
    QCOMPARE(a.person.idNumber, b.person.idNumber);
    QCOMPARE(a.person.sex, b.person.sex);
    QCOMPARE(a.person.birth, b.person.birth);
    QCOMPARE(a.person.track, b.person.track);
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.firstContribution, b.firstContribution);
    QCOMPARE(a.accountStart, b.accountStart);
    QCOMPARE(a.historyDeemed, b.historyDeemed);
    QCOMPARE(a.record.has_value(), b.record.has_value());
    if (a.record) {
        QCOMPARE(a.record->deemed, b.record->deemed);
        QCOMPARE(a.record->preAccount, b.record->preAccount);
        QCOMPARE(a.record->account, b.record->account);
        QCOMPARE(a.record->averageIndex, b.record->averageIndex);
        QCOMPARE(a.record->accountBalance, b.record->accountBalance);
        QCOMPARE(a.record->transitionIndex, b.record->transitionIndex);
        QCOMPARE(a.record->transitionMonths, b.record->transitionMonths);
        QCOMPARE(a.record->transitionPaidMonths, b.record->transitionPaidMonths);
        QVERIFY(a.record->localItems == b.record->localItems);
    }
    QCOMPARE(a.overrides.localPensionBase, b.overrides.localPensionBase);
    QCOMPARE(a.history.size(), b.history.size());
    for (std::size_t i = 0; i < a.history.size(); ++i) {
        QCOMPARE(a.history[i].year, b.history[i].year);
        QCOMPARE(a.history[i].months, b.history[i].months);
        QCOMPARE(a.history[i].monthlyBase, b.history[i].monthlyBase);
        QCOMPARE(a.history[i].averageWage, b.history[i].averageWage);
        QCOMPARE(a.history[i].accountCredit, b.history[i].accountCredit);
        QCOMPARE(a.history[i].firstMonth, b.history[i].firstMonth);
    }
    QCOMPARE(a.plan.retire.kind, b.plan.retire.kind);
    QCOMPARE(a.plan.retire.months, b.plan.retire.months);
    if (a.plan.retire.kind == RetireKind::Month)
        QCOMPARE(a.plan.retire.month, b.plan.retire.month);
    QCOMPARE(a.plan.reason, b.plan.reason);
    QCOMPARE(a.plan.contributions.size(), b.plan.contributions.size());
    for (std::size_t i = 0; i < a.plan.contributions.size(); ++i) {
        QCOMPARE(a.plan.contributions[i].from, b.plan.contributions[i].from);
        QCOMPARE(a.plan.contributions[i].until, b.plan.contributions[i].until);
        QCOMPARE(a.plan.contributions[i].grade, b.plan.contributions[i].grade);
        QCOMPARE(a.plan.contributions[i].kind, b.plan.contributions[i].kind);
    }
    QCOMPARE(a.assumptions.wageGrowth, b.assumptions.wageGrowth);
    QCOMPARE(a.assumptions.accountInterest, b.assumptions.accountInterest);
    QCOMPARE(a.assumptions.pensionIncrease, b.assumptions.pensionIncrease);
    QCOMPARE(a.assumptions.inflation, b.assumptions.inflation);
    QCOMPARE(a.overrides.pensionBase, b.overrides.pensionBase);
    QCOMPARE(a.overrides.annuityMonthsTenths, b.overrides.annuityMonthsTenths);
    QCOMPARE(a.overrides.transitionRate, b.overrides.transitionRate);
}

} // namespace

namespace QTest {
// Readable comparisons of the engine's enums and months in failure messages.
template <> inline char *toString(const YearMonth &m)
{
    return qstrdup(m.toString().c_str());
}
template <> inline char *toString(const std::optional<YearMonth> &m)
{
    return qstrdup(m ? m->toString().c_str() : "(none)");
}
template <> inline char *toString(const std::string &s)
{
    return qstrdup(s.c_str());
}
} // namespace QTest

class TestCase : public QObject {
    Q_OBJECT

private slots:
    // ---- the baselines of the bad-input catalogue's numbered case files
    // ----------------------------------------------

    void baselinesAreValid()
    {
        for (const char *text : {kRecordBaseline, kHistoryBaseline}) {
            auto r = readCase(text);
            QVERIFY2(std::holds_alternative<Case>(r),
                     std::holds_alternative<InputError>(r) ? std::get<InputError>(r).describe().c_str() : "");
            // and they run: the errors of the bad cases come from the one change, not from the baseline
            auto e = estimate(std::get<Case>(r), support::library(), YearMonth::of(2025, 6));
            QVERIFY2(std::holds_alternative<Result>(e),
                     std::holds_alternative<InputError>(e) ? std::get<InputError>(e).describe().c_str() : "");
        }
    }

    // ---- reading and writing ----------------------------------------------------------------------------------------

    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *name : {"sd-1", "sd-3", "sd-5", "hb-1", "hb-3", "hb-a"}) {
            const QByteArray t =
                support::readFile(support::testData(QStringLiteral("cases/%1.pension.json").arg(QLatin1String(name))));
            QTest::addRow("the %s sheet case survives writeCase then readCase", name) << QString::fromUtf8(t);
        }
        const QString rich = richCase();
        QTest::addRow("a case with every field survives the round trip") << rich;
        QTest::addRow("earlyMonths survives the round trip") << QString(rich).replace(
            QStringLiteral("{ \"lateMonths\": 6 }"), QStringLiteral("{ \"earlyMonths\": 12 }"));
        QTest::addRow("a retirement month survives the round trip")
            << QString(rich).replace(QStringLiteral("{ \"lateMonths\": 6 }"), QStringLiteral("\"2029-01\""));
        QTest::addRow("a special-type reason survives the round trip")
            << QString(rich).replace(QStringLiteral("\"illness\""), QStringLiteral("\"special-type\""));
        QTest::addRow("the province statement fields survive the round trip")
            << QString(rich)
                   .replace(QStringLiteral("\"accountBalance\": 123456.78 }"),
                            QStringLiteral("\"accountBalance\": 123456.78, \"transitionIndex\": 1.0606, "
                                           "\"transitionMonths\": 60.5, \"transitionPaidMonths\": 69, "
                                           "\"localItems\": { \"zhengzhou-subsidy\": 643.86, \"adjustment\": 0 } }"))
                   .replace(QStringLiteral("\"transitionRate\": 0.013 }"),
                            QStringLiteral("\"transitionRate\": 0.013, \"localPensionBase\": 7933 }"));
        QTest::addRow("the record baseline of the bad cases survives the round trip")
            << QString::fromUtf8(kRecordBaseline);
        QTest::addRow("the history baseline (half months) survives the round trip")
            << QString::fromUtf8(kHistoryBaseline);
        QTest::addRow("history rows with averageWage, accountCredit and firstMonth survive the round trip")
            << QString::fromUtf8(kHistoryBaseline)
                   .replace(QStringLiteral("{ \"year\": 2019, \"months\": 12, \"monthlyBase\": 3600.00 }"),
                            QStringLiteral(
                                "{ \"year\": 2019, \"months\": 6, \"monthlyBase\": 3600.00, \"averageWage\": 5969.42, "
                                "\"accountCredit\": 1728.00, \"firstMonth\": 7 }"))
                   .replace(QStringLiteral("\"firstContribution\": \"2019-01\""),
                            QStringLiteral("\"firstContribution\": \"2019-07\", \"deemedMonths\": 24.5"));
    }
    void roundTrip()
    {
        QFETCH(QString, text);
        const Case first = support::caseFromText(text.toStdString());
        const std::string written = writeCase(first);
        const Case second = support::caseFromText(written);
        compareCases(first, second);
        if (QTest::currentTestFailed())
            return;
        // writing is stable: the second write is the same text
        QCOMPARE(writeCase(second), written);
    }

    // What the file says is what the engine holds: exact halves, ppm, fen, tenths.
    void fieldsAreReadExactly()
    {
        const Case c = support::caseFromText(richCase().toStdString());
        QCOMPARE(c.region, std::string("hebei/leting"));
        QCOMPARE(c.calculatedOn, std::optional<YearMonth>(ym("2025-07")));
        QCOMPARE(c.person.name, std::string("李某"));
        QCOMPARE(c.person.sex, Sex::Male);
        QCOMPARE(c.kind, InsuranceKind::Employee);
        QCOMPARE(c.record->deemed, 181); // 90.5 months in halves
        QCOMPARE(c.record->preAccount, 24);
        QCOMPARE(c.record->account, 626);
        QCOMPARE(c.record->averageIndex, Ppm(812'300));
        QCOMPARE(c.record->accountBalance, Fen(12'345'678));
        QCOMPARE(c.plan.retire.kind, RetireKind::Late);
        QCOMPARE(c.plan.retire.months, 6);
        QCOMPARE(c.plan.reason, RetireReason::Illness);
        QCOMPARE(c.plan.contributions.size(), std::size_t(2));
        QCOMPARE(c.plan.contributions[0].grade, Ppm(1'250'000));
        QCOMPARE(c.plan.contributions[0].until, std::optional<YearMonth>(ym("2026-06")));
        QCOMPARE(c.plan.contributions[0].kind, InsuranceKind::Employee);
        QCOMPARE(c.plan.contributions[1].grade, Ppm(3'000'000));
        QVERIFY(!c.plan.contributions[1].until.has_value()); // "retirement"
        QCOMPARE(c.assumptions.wageGrowth, std::optional<Ppm>(25'000));
        QCOMPARE(c.assumptions.inflation, std::optional<Ppm>(-5'000));
        QCOMPARE(c.overrides.pensionBase, std::optional<Fen>(726'550));
        QCOMPARE(c.overrides.annuityMonthsTenths, std::optional<int>(1367));
        QCOMPARE(c.overrides.transitionRate, std::optional<Ppm>(13'000));

        // A Hebei statement's 515.5 months stay exact (case-format.md).
        QString hebei = richCase();
        hebei.replace(QStringLiteral("\"accountMonths\": 313"), QStringLiteral("\"accountMonths\": 413"));
        QCOMPARE(support::caseFromText(hebei.toStdString()).record->account, 826);
        QCOMPARE(support::caseFromText(hebei.toStdString()).record->deemed + 24 + 826, 1031); // 515.5 months

        // The Leting leaflet's yearly base totals become monthly bases (HB-A: 15610.65 over 11 months = 1419.15).
        const Case hba = support::caseFromFile(support::testData(QStringLiteral("cases/hb-a.pension.json")));
        QCOMPARE(hba.history.size(), std::size_t(16));
        QCOMPARE(hba.history.front().months, 22);
        QCOMPARE(hba.history.front().monthlyBase, Fen(141'915));
        QCOMPARE(hba.history.front().accountCredit, std::optional<Fen>(124'885));
        QCOMPARE(hba.history.back().monthlyBase, Fen(372'665));
    }

    // The statement fields of the province rules: exact, and bad values named by field.
    void provinceFieldsAreChecked()
    {
        const QString rich = richCase();
        auto with = [&](const QString &extra) {
            return QString(rich).replace(QStringLiteral("\"accountBalance\": 123456.78 }"),
                                         QStringLiteral("\"accountBalance\": 123456.78, ") + extra +
                                             QStringLiteral(" }"));
        };
        const Case c = support::caseFromText(
            with(
                QStringLiteral("\"transitionIndex\": 1.0606, \"transitionMonths\": 60.5, \"transitionPaidMonths\": 69, "
                               "\"localItems\": { \"zhengzhou-subsidy\": 643.86 }"))
                .toStdString());
        QCOMPARE(c.record->transitionIndex, std::optional<Ppm>(1'060'600));
        QCOMPARE(c.record->transitionMonths, std::optional<HalfMonths>(121));
        QCOMPARE(c.record->transitionPaidMonths, std::optional<HalfMonths>(138));
        QCOMPARE(c.record->localItems.at("zhengzhou-subsidy"), Fen(64386));
        // Indices with up to 6 decimals (山西 sheets compute with 5) and from 0.01 (北京's diluted Z实 0.0513).
        const auto six = support::caseFromText(with(QStringLiteral("\"transitionIndex\": 0.703969"))
                                                   .replace(QStringLiteral("0.8123"), QStringLiteral("0.76035"))
                                                   .toStdString());
        QCOMPARE(six.record->averageIndex, Ppm(760'350));
        QCOMPARE(six.record->transitionIndex, std::optional<Ppm>(703'969));
        QCOMPARE(
            support::caseFromText(QString(rich).replace(QStringLiteral("0.8123"), QStringLiteral("0.01")).toStdString())
                .record->averageIndex,
            Ppm(10'000));
        for (const char *index : {"0.0099", "0.6269501", "6.01"}) {
            const CaseOrError r =
                readCase(QString(rich).replace(QStringLiteral("0.8123"), QLatin1String(index)).toStdString());
            QVERIFY2(std::holds_alternative<InputError>(r), index);
            QCOMPARE(std::get<InputError>(r).field, std::string("record.averageIndex"));
        }
        // 新疆's sheet prints the indexed wage and no index: W alone is a complete record.
        QString wageOnly = with(QStringLiteral("\"indexedWage\": 4636.42"));
        wageOnly.replace(QStringLiteral("\"averageIndex\": 0.8123, "), QString());
        const Case w = support::caseFromText(wageOnly.toStdString());
        QCOMPARE(w.record->indexedWage, std::optional<Fen>(463'642));
        QCOMPARE(w.record->averageIndex, Ppm(0));
        QVERIFY(writeCase(w).find("averageIndex") == std::string::npos);
        QCOMPARE(support::caseFromText(writeCase(w)).record->indexedWage, std::optional<Fen>(463'642));
        // without W the index is still required
        QString neither = rich;
        neither.replace(QStringLiteral("\"averageIndex\": 0.8123, "), QString());
        QVERIFY(std::holds_alternative<InputError>(readCase(neither.toStdString())));
        QCOMPARE(std::get<InputError>(readCase(neither.toStdString())).field, std::string("record.averageIndex"));
        const std::pair<QString, const char *> bad[] = {
            {with(QStringLiteral("\"transitionIndex\": 1.0606101")), "record.transitionIndex"}, // 7 decimals
            {with(QStringLiteral("\"indexedWage\": -0.01")), "record.indexedWage"},
            {with(QStringLiteral("\"indexedWage\": 4636.421")), "record.indexedWage"},
            {with(QStringLiteral("\"indexedWage\": \"4636.42\"")), "record.indexedWage"},
            {with(QStringLiteral("\"indexedWage\": 600000.01")), "record.indexedWage"},
            {with(QStringLiteral("\"transitionIndex\": \"1.06\"")), "record.transitionIndex"},
            {with(QStringLiteral("\"transitionMonths\": 10.3")), "record.transitionMonths"},
            {with(QStringLiteral("\"transitionMonths\": 700")),
             "record.transitionMonths"}, // more than the record's months
            {with(QStringLiteral("\"transitionPaidMonths\": -1")), "record.transitionPaidMonths"},
            {with(QStringLiteral("\"localItems\": [1]")), "record.localItems"},
            {with(QStringLiteral("\"localItems\": { \"Bad Id\": 1 }")), "record.localItems.Bad Id"},
            {with(QStringLiteral("\"localItems\": { \"a\": 1.005 }")), "record.localItems.a"},
            {with(QStringLiteral("\"localItems\": { \"a\": -1 }")), "record.localItems.a"},
            {with(QStringLiteral("\"transitionIndx\": 1")), "record.transitionIndx"},
            {QString(rich).replace(QStringLiteral("\"transitionRate\": 0.013 }"),
                                   QStringLiteral("\"transitionRate\": 0.013, \"localPensionBase\": 50 }")),
             "overrides.localPensionBase"},
        };
        for (const auto &[text, field] : bad) {
            const CaseOrError r = readCase(text.toStdString());
            QVERIFY2(std::holds_alternative<InputError>(r), field);
            QCOMPARE(std::get<InputError>(r).field, std::string(field));
        }
    }

    // A form shows every problem at once (issue 11, item 5): the reader goes on after a bad field and reports each
    // field once, in document order; a check relating fields runs only when they were read, so a bad birth month does
    // not also make the age checks fail.
    void everyProblemIsReportedAtOnce()
    {
        QString text = QString::fromUtf8(kRecordBaseline);
        auto change = [&](const char *from, const char *to) {
            QVERIFY2(text.contains(QString::fromUtf8(from)), from);
            text.replace(QString::fromUtf8(from), QString::fromUtf8(to));
        };
        change("\"format\": \"pension-case/1\",", "\"format\": \"pension-case/1\", \"colour\": 1,");
        change("\"birth\": \"1972-01\"", "\"birth\": \"1972-13\"");
        change("\"accountBalance\": 90000.00", "\"accountBalance\": -5");
        change("\"grade\": 0.6,", "\"grade\": 0.5,");
        change("\n  \"plan\": {", "\n  \"assumptions\": { \"inflation\": 0.9 },\n  \"plan\": {");
        const CaseReading all = readCaseAll(text.toStdString());
        QVERIFY(!all.kase);
        std::vector<std::string> fields;
        for (const InputError &e : all.errors)
            fields.push_back(e.field);
        const std::vector<std::string> expected{"colour", "person.birth", "record.accountBalance",
                                                "plan.contributions[0].grade", "assumptions.inflation"};
        QCOMPARE(fields, expected);
        QCOMPARE(all.errors[1].code, InputErrorCode::BadFormat);
        QCOMPARE(all.errors[2].code, InputErrorCode::OutOfRange);
        // readCase keeps its contract: the first problem.
        const CaseOrError first = readCase(text.toStdString());
        QVERIFY(std::holds_alternative<InputError>(first));
        QCOMPARE(std::get<InputError>(first).field, std::string("colour"));

        // A check across fields is reported beside an unrelated field's problem.
        QString mixed =
            QString::fromUtf8(kRecordBaseline)
                .replace(QStringLiteral("\"track\": \"female-55\""), QStringLiteral("\"track\": \"male-60\""))
                .replace(QStringLiteral("\"preAccountMonths\": 10"), QStringLiteral("\"preAccountMonths\": 10.3"));
        const CaseReading two = readCaseAll(mixed.toStdString());
        QCOMPARE(two.errors.size(), std::size_t(2));
        QCOMPARE(two.errors[0].field, std::string("person.track"));
        QCOMPARE(two.errors[0].code, InputErrorCode::Inconsistent);
        QCOMPARE(two.errors[1].field, std::string("record.preAccountMonths"));

        // A valid case reads with no problems.
        const CaseReading fine = readCaseAll(kRecordBaseline);
        QVERIFY(fine.kase);
        QVERIFY(fine.errors.empty());
    }

    // ---- ID numbers
    // ---------------------------------------------------------------------------------------------------

    void idNumberValid_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("birth");
        for (const char *body : {"11010519491231002", "37070219700101001", "13020319680315123", "44030620001130456",
                                 "37010219690228789", "62010219750601000", "11010519800101999"}) {
            const std::string id = withCheck(body);
            const std::string birth = std::string(body).substr(6, 4) + "-" + std::string(body).substr(10, 2);
            QTest::addRow("%s (check character %c) is valid for %s", id.c_str(), id.back(), birth.c_str())
                << QString::fromStdString(id) << QString::fromStdString(birth);
        }
    }
    void idNumberValid()
    {
        QFETCH(QString, id);
        QFETCH(QString, birth);
        const std::string s = id.toStdString();
        const auto e = checkIdNumber(s, ym(birth.toUtf8().constData()), "person.idNumber");
        QVERIFY2(!e, e ? e->describe().c_str() : "");
        QVERIFY(!checkIdNumber(s, std::nullopt, "person.idNumber"));
        QCOMPARE(birthFromIdNumber(s), std::optional<YearMonth>(ym(birth.toUtf8().constData())));
    }

    // The published sample number of GB 11643 ends in X.
    void idNumberWithX()
    {
        QCOMPARE(checkCharacter("11010519491231002"), 'X');
        QVERIFY(!checkIdNumber("11010519491231002X", ym("1949-12"), "person.idNumber"));
    }

    // Every wrong check character is caught, and the error says which one is right.
    void idNumberWrongCheckDigit()
    {
        for (const char *body : {"11010519491231002", "37070219700101001", "13020319680315123"}) {
            const char right = checkCharacter(body);
            for (char wrong : std::string("0123456789X")) {
                if (wrong == right)
                    continue;
                const std::string id = std::string(body) + wrong;
                const auto e = checkIdNumber(id, std::nullopt, "person.idNumber");
                QVERIFY2(e.has_value(), id.c_str());
                QCOMPARE(e->code, InputErrorCode::IdCheckDigit);
                QCOMPARE(e->field, std::string("person.idNumber"));
                QCOMPARE(e->allowed.value, std::string(1, right));
            }
        }
    }

    void idNumberBad_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("birth");
        QTest::addColumn<int>("code");
        const std::string valid = withCheck("37070219700101001");
        QTest::addRow("17 characters is the wrong length")
            << QString::fromStdString(valid.substr(0, 17)) << "1970-01" << int(InputErrorCode::IdLength);
        QTest::addRow("19 characters is the wrong length")
            << QString::fromStdString(valid + "1") << "1970-01" << int(InputErrorCode::IdLength);
        QTest::addRow("an old 15-digit number is the wrong length") << "370702700101001"
                                                                    << "1970-01" << int(InputErrorCode::IdLength);
        QTest::addRow("the empty text is the wrong length") << ""
                                                            << "1970-01" << int(InputErrorCode::IdLength);
        QTest::addRow("a valid number born 1970-01 disagrees with a birth of 1970-02")
            << QString::fromStdString(valid) << "1970-02" << int(InputErrorCode::IdBirth);
        QTest::addRow("a valid number born 1970-01 disagrees with a birth of 1971-01")
            << QString::fromStdString(valid) << "1971-01" << int(InputErrorCode::IdBirth);
        QTest::addRow("a letter among the first 17 characters is a bad format")
            << QString::fromStdString("37070219700101A01" + std::string(1, '5')) << "1970-01"
            << int(InputErrorCode::BadFormat);
        QTest::addRow("a birth month 13 in the number is a bad format")
            << QString::fromStdString(withCheck("37070219701301001")) << "1970-01" << int(InputErrorCode::BadFormat);
        QTest::addRow("a birth day 32 in the number is a bad format")
            << QString::fromStdString(withCheck("37070219700132001")) << "1970-01" << int(InputErrorCode::BadFormat);
    }
    void idNumberBad()
    {
        QFETCH(QString, id);
        QFETCH(QString, birth);
        QFETCH(int, code);
        const auto e = checkIdNumber(id.toStdString(), ym(birth.toUtf8().constData()), "person.idNumber");
        QVERIFY(e.has_value());
        QCOMPARE(int(e->code), code);
        QCOMPARE(e->field, std::string("person.idNumber"));
    }

    // Through readCase: a valid number is kept, a bad one is reported on person.idNumber.
    void idNumberInACase()
    {
        const Case c = support::caseFromText(richCase().toStdString());
        QCOMPARE(c.person.idNumber, withCheck("13020319680315123"));
        QString wrongBirth = richCase();
        wrongBirth.replace(QStringLiteral("\"birth\": \"1968-03\""), QStringLiteral("\"birth\": \"1968-04\""));
        auto r = readCase(wrongBirth.toStdString());
        QVERIFY(std::holds_alternative<InputError>(r));
        QCOMPARE(std::get<InputError>(r).field, std::string("person.idNumber"));
        QCOMPARE(std::get<InputError>(r).code, InputErrorCode::IdBirth);
    }
};

QTEST_APPLESS_MAIN(TestCase)
#include "test_case.moc"
