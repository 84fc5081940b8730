// Published benefit sheets (核定表), one case file each: every tests/data/cases/*.pension.json with an `expect` block
// is estimated with the shipped packs and every figure the sheet prints is compared within the block's tolerance.
//
// The `expect` block (docs/parameter-packs.md, "Published sheets") holds the sheet's printed figures and their
// source, never the engine's output. When the sheet was paid on a 预发 base (its pensionBase is the provisional
// base of the result), the provisional figures are compared; `"provisional": true|false` in the block says so
// explicitly.

#include "projection.h"
#include "support.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace pension;

namespace {

QStringList sheetFiles()
{
    QStringList out;
    const QDir dir(support::testData(QStringLiteral("cases")));
    for (const QString &name : dir.entryList({QStringLiteral("*.pension.json")}, QDir::Files, QDir::Name)) {
        const QJsonObject doc = QJsonDocument::fromJson(support::readFile(dir.filePath(name))).object();
        if (doc.contains(QStringLiteral("expect")))
            out << name;
    }
    return out;
}

double yuan(Fen f)
{
    return static_cast<double>(f) / 100.0;
}

} // namespace

class TestSheets : public QObject {
    Q_OBJECT

    ParameterLibrary m_library = support::shippedLibrary();

private slots:
    void everyFileHasASource()
    {
        const QStringList files = sheetFiles();
        QVERIFY2(files.size() >= 5, "the published sheets of Shandong and Hebei at least");
        for (const QString &name : files) {
            const QJsonObject doc =
                QJsonDocument::fromJson(support::readFile(support::testData(QStringLiteral("cases/") + name))).object();
            QVERIFY2(
                !doc.value(QStringLiteral("expect")).toObject().value(QStringLiteral("source")).toString().isEmpty(),
                qPrintable(name + QStringLiteral(": expect.source is missing")));
        }
    }

    void sheet_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &name : sheetFiles()) {
            const QJsonObject doc =
                QJsonDocument::fromJson(support::readFile(support::testData(QStringLiteral("cases/") + name))).object();
            const QJsonObject expect = doc.value(QStringLiteral("expect")).toObject();
            QString label = doc.value(QStringLiteral("note")).toString();
            if (label.isEmpty())
                label = expect.value(QStringLiteral("source")).toString();
            QTest::addRow("%s — %s", qPrintable(name.section(QLatin1Char('.'), 0, 0)), qPrintable(label.left(160)))
                << name;
        }
    }
    void sheet()
    {
        QFETCH(QString, file);
        const QByteArray text = support::readFile(support::testData(QStringLiteral("cases/") + file));
        const QJsonObject expect = QJsonDocument::fromJson(text).object().value(QStringLiteral("expect")).toObject();
        static const QStringList known = {
            QStringLiteral("source"),          QStringLiteral("tolerance"),        QStringLiteral("provisional"),
            QStringLiteral("pensionBase"),     QStringLiteral("localPensionBase"), QStringLiteral("averageIndex"),
            QStringLiteral("transitionIndex"), QStringLiteral("indexedWage"),      QStringLiteral("contributionYears"),
            QStringLiteral("transitionYears"), QStringLiteral("annuityMonths"),    QStringLiteral("accountBalance"),
            QStringLiteral("monthly"),         QStringLiteral("localItems"),       QStringLiteral("note")};
        for (const QString &key : expect.keys())
            QVERIFY2(known.contains(key), qPrintable(QStringLiteral("unknown key expect.") + key));

        const CaseOrError read = readCase(support::view(text));
        QVERIFY2(std::holds_alternative<Case>(read),
                 std::get_if<InputError>(&read) ? std::get<InputError>(read).describe().c_str() : "");
        const Case &c = std::get<Case>(read);
        const ResultOrError estimated = estimate(c, m_library, c.calculatedOn.value_or(c.asOf));
        QVERIFY2(std::holds_alternative<Result>(estimated),
                 std::get_if<InputError>(&estimated) ? std::get<InputError>(estimated).describe().c_str() : "");
        const Result &r = std::get<Result>(estimated);

        const double tolerance = expect.value(QStringLiteral("tolerance")).toDouble(0.01);
        QVERIFY(tolerance >= 0 && tolerance <= 1);
        // The sheet's base tells which of the two payments it shows: the 预发 one or the final one.
        bool provisional = r.provisional && expect.contains(QStringLiteral("pensionBase")) &&
                           std::fabs(expect.value(QStringLiteral("pensionBase")).toDouble() -
                                     yuan(r.provisional->pensionBase)) <= tolerance;
        if (expect.contains(QStringLiteral("provisional")))
            provisional = expect.value(QStringLiteral("provisional")).toBool();
        QVERIFY2(!provisional || r.provisional, "the sheet is marked provisional but the result has no 预发 figures");
        const Monthly &m = provisional ? r.provisional->monthly : r.monthly;

        QStringList wrong;
        auto check = [&](const QString &key, const QJsonValue &want, double got) {
            if (want.isUndefined())
                return;
            if (!want.isDouble()) {
                wrong << key + QStringLiteral(": not a number in expect");
                return;
            }
            if (std::fabs(want.toDouble() - got) > tolerance + 1e-9)
                wrong << QStringLiteral("%1: sheet %2, computed %3")
                             .arg(key)
                             .arg(want.toDouble(), 0, 'f', 5)
                             .arg(got, 0, 'f', 5);
        };
        const Figures &f = r.figures;
        check(QStringLiteral("pensionBase"), expect.value(QStringLiteral("pensionBase")),
              yuan(provisional ? r.provisional->pensionBase : f.pensionBase));
        if (expect.contains(QStringLiteral("localPensionBase"))) {
            const std::optional<Fen> local = provisional ? r.provisional->localPensionBase : f.localPensionBase;
            check(QStringLiteral("localPensionBase"), expect.value(QStringLiteral("localPensionBase")),
                  local ? yuan(*local) : -1.0);
        }
        check(QStringLiteral("averageIndex"), expect.value(QStringLiteral("averageIndex")),
              static_cast<double>(f.averageIndex) / kPpmOne);
        if (expect.contains(QStringLiteral("transitionIndex")))
            check(QStringLiteral("transitionIndex"), expect.value(QStringLiteral("transitionIndex")),
                  f.transitionIndex ? static_cast<double>(*f.transitionIndex) / kPpmOne : -1.0);
        check(QStringLiteral("indexedWage"), expect.value(QStringLiteral("indexedWage")),
              yuan(provisional ? r.provisional->indexedWage : f.indexedWage));
        check(QStringLiteral("contributionYears"), expect.value(QStringLiteral("contributionYears")),
              static_cast<double>(f.contributionYearsNum) / static_cast<double>(f.contributionYearsDen));
        check(QStringLiteral("transitionYears"), expect.value(QStringLiteral("transitionYears")),
              static_cast<double>(f.transitionYearsNum) / static_cast<double>(f.transitionYearsDen));
        check(QStringLiteral("annuityMonths"), expect.value(QStringLiteral("annuityMonths")),
              f.annuityMonthsTenths / 10.0);
        check(QStringLiteral("accountBalance"), expect.value(QStringLiteral("accountBalance")), yuan(f.accountBalance));
        const QJsonObject monthly = expect.value(QStringLiteral("monthly")).toObject();
        for (const QString &key : monthly.keys())
            if (!QStringList{QStringLiteral("basic"), QStringLiteral("account"), QStringLiteral("transitional"),
                             QStringLiteral("local"), QStringLiteral("total")}
                     .contains(key))
                wrong << QStringLiteral("unknown key expect.monthly.") + key;
        check(QStringLiteral("monthly.basic"), monthly.value(QStringLiteral("basic")), yuan(m.basic));
        check(QStringLiteral("monthly.account"), monthly.value(QStringLiteral("account")), yuan(m.account));
        check(QStringLiteral("monthly.transitional"), monthly.value(QStringLiteral("transitional")),
              yuan(m.transitional));
        check(QStringLiteral("monthly.local"), monthly.value(QStringLiteral("local")), yuan(m.local));
        check(QStringLiteral("monthly.total"), monthly.value(QStringLiteral("total")), yuan(m.total));
        const QJsonObject items = expect.value(QStringLiteral("localItems")).toObject();
        const std::vector<LocalPayment> &paid = provisional ? r.provisional->localItems : r.localItems;
        for (const QString &id : items.keys()) {
            const auto it = std::find_if(paid.begin(), paid.end(),
                                         [&](const LocalPayment &p) { return QString::fromStdString(p.id) == id; });
            if (it == paid.end())
                wrong << QStringLiteral("localItems.%1: not paid in this region").arg(id);
            else
                check(QStringLiteral("localItems.") + id, items.value(id), yuan(it->amount));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
    }
};

QTEST_APPLESS_MAIN(TestSheets)
#include "test_sheets.moc"
