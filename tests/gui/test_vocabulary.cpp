// One vocabulary: one formatter for money and ages in every view (core/format), and each year-table column defined
// once (core/columns), so the window's ledger, the PDF report and the Excel/CSV export name and write it alike.
#include "columns.h"
#include "format.h"
#include "ledgermodel.h"
#include "report.h"
#include "texts.h"
#include "xlsxexport.h"

#include <QTextDocument>
#include <QtTest>

using namespace pension;

namespace {

YearRow paidYear()
{
    YearRow y;
    y.year = 2015;
    y.origin = Origin::History;
    y.averageWage = 520000;
    y.monthlyBase = 312000;
    y.grade = 600'000;
    y.months = 23; // 11.5 months
    y.index = 0.6;
    y.personal = 1234567; // 12,345.67
    y.employer = 2000000;
    y.accountCredit = 1234567;
    y.interestRate = 52'500; // 5.25%
    y.interest = 4321;
    y.accountBalance = 12409050; // 124,090.50
    return y;
}

YearRow gapYear()
{
    YearRow y;
    y.year = 2016;
    y.origin = Origin::Gap;
    y.interestRate = 50'000;
    y.interestStatus = Status::Assumed;
    y.interest = 620000;
    y.accountBalance = 13029050;
    return y;
}

} // namespace

class TestVocabulary : public QObject {
    Q_OBJECT

private slots:
    void init() { texts::installLanguage(QStringLiteral("en")); }
    void cleanupTestCase() { texts::installLanguage(QStringLiteral("en")); }

    void moneyIsGroupedOnScreenAndPlainElsewhere()
    {
        QCOMPARE(Format::money(12409050), QStringLiteral("124,090.50"));
        QCOMPARE(Format::money(12409050, Grouping::Plain), QStringLiteral("124090.50"));
        QCOMPARE(Format::money(-123456789), QStringLiteral("-1,234,567.89"));
        QCOMPARE(Format::money(5, Grouping::Plain), QStringLiteral("0.05"));
        QCOMPARE(Format::percent(52'500), QStringLiteral("5.25%"));
        QCOMPARE(Format::grade(600'000), QStringLiteral("60%"));
        QCOMPARE(Format::halves(1031), QStringLiteral("515.5"));
    }

    void anAgeReadsTheSameInEveryView()
    {
        QCOMPARE(Format::age(723), QStringLiteral("60 y 3 m"));
        QCOMPARE(Format::age(std::optional<int>()), QString());
        QVERIFY(texts::installLanguage(QStringLiteral("zh")));
        QCOMPARE(Format::age(723), QStringLiteral("60岁3个月"));
    }

    // The notes on screen group their amounts as the figures above them do; the report, the command line and the
    // JSON messages keep the engine's plain text.
    void notesGroupTheirAmountsLikeTheView()
    {
        const Warning effect{WarningCode::InterestEffect, {"124090.50", "730.00", "0.00", "1.25"}};
        const QString screen = texts::warning(effect, Grouping::Thousands);
        QVERIFY2(screen.contains(QStringLiteral("124,090.50")), qPrintable(screen));
        QVERIFY2(!screen.contains(QStringLiteral("124090.50")), qPrintable(screen));
        QVERIFY(texts::warning(effect).contains(QStringLiteral("124090.50")));
        QCOMPARE(QString::fromStdString(texts::QtWording{}.warning(effect)), texts::warning(effect));

        const Warning base{WarningCode::OverrideUsed, {"overrides.pensionBase", "7678.00"}};
        QVERIFY(texts::warning(base, Grouping::Thousands).contains(QStringLiteral("7,678.00")));
        // A rate is not an amount: it stays as the engine wrote it.
        const Warning rate{WarningCode::OverrideUsed, {"overrides.transitionRate", "1.2"}};
        QVERIFY2(texts::warning(rate, Grouping::Thousands).contains(QStringLiteral("at 1.2.")),
                 qPrintable(texts::warning(rate, Grouping::Thousands)));
    }

    // The Chinese headers are the statement's terms, the same in every view.
    void headersAreTheStatementsTerms()
    {
        QVERIFY(texts::installLanguage(QStringLiteral("zh")));
        QCOMPARE(columns::header(columns::Year::Credit), QStringLiteral("计入个人账户"));
        QCOMPARE(columns::header(columns::Year::Balance), QStringLiteral("年末余额"));
        QCOMPARE(columns::header(columns::Year::Index), QStringLiteral("缴费指数"));
        QCOMPARE(columns::header(columns::Year::Grade), QStringLiteral("缴费档次"));
        QCOMPARE(columns::header(columns::Year::MonthlyBase), QStringLiteral("缴费基数"));
    }

    void cellsFollowOneRule()
    {
        const YearRow paid = paidYear();
        const YearRow gap = gapYear();
        QCOMPARE(columns::text(columns::Year::Balance, paid, Grouping::Thousands), QStringLiteral("124,090.50"));
        QCOMPARE(columns::text(columns::Year::Balance, paid, Grouping::Plain), QStringLiteral("124090.50"));
        QCOMPARE(*columns::number(columns::Year::Balance, paid), 124090.5);
        QCOMPARE(columns::text(columns::Year::Months, paid, Grouping::Plain), QStringLiteral("11.5"));
        QCOMPARE(columns::text(columns::Year::Index, paid, Grouping::Plain), QStringLiteral("0.6000"));
        QCOMPARE(columns::text(columns::Year::Rate, paid, Grouping::Plain), QStringLiteral("5.25%"));
        QCOMPARE(*columns::number(columns::Year::Rate, paid), 0.0525);
        // A year without payments: nothing paid, no base, no index; the interest and the balance still show.
        for (columns::Year id : {columns::Year::MonthlyBase, columns::Year::Months, columns::Year::Index,
                                 columns::Year::Personal, columns::Year::Credit}) {
            QVERIFY(columns::text(id, gap, Grouping::Plain).isEmpty());
            QVERIFY(!columns::number(id, gap));
        }
        QCOMPARE(columns::text(columns::Year::Interest, gap, Grouping::Plain), QStringLiteral("6200.00"));
        QCOMPARE(columns::text(columns::Year::Figures, gap, Grouping::Plain), texts::statusName(Status::Assumed));
        // Months paid before the account began: no index that counts.
        YearRow before = paid;
        before.indexCounts = false;
        QVERIFY(columns::text(columns::Year::Index, before, Grouping::Plain).isEmpty());
    }

    void theLedgerShowsTheSharedColumns()
    {
        for (const char *lang : {"en", "zh"}) {
            QVERIFY(texts::installLanguage(QString::fromLatin1(lang)));
            gui::LedgerModel model;
            model.setYears({paidYear(), gapYear()});
            QCOMPARE(model.columnCount(), static_cast<int>(columns::screenYears().size()));
            for (int c = 0; c < model.columnCount(); ++c) {
                const columns::Year id = columns::screenYears()[static_cast<std::size_t>(c)];
                QCOMPARE(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), columns::header(id));
                if (id != columns::Year::Year)
                    QCOMPARE(model.index(0, c).data().toString(), columns::text(id, paidYear(), Grouping::Thousands));
            }
        }
        // The chart reads the year and the balance by the model's own column names.
        QCOMPARE(gui::LedgerModel::column(gui::LedgerModel::Year), columns::Year::Year);
        QCOMPARE(gui::LedgerModel::column(gui::LedgerModel::Balance), columns::Year::Balance);
        QCOMPARE(gui::LedgerModel::column(gui::LedgerModel::Credit), columns::Year::Credit);
        gui::LedgerModel model;
        model.setYears({paidYear()});
        QCOMPARE(model.index(0, gui::LedgerModel::Balance).data(gui::LedgerModel::ValueRole).toDouble(), 124090.5);
    }

    void theExportAndTheReportShowTheSameColumns()
    {
        QVERIFY(texts::installLanguage(QStringLiteral("zh")));
        Result r;
        r.years = {paidYear(), gapYear()};
        const QString csv = QString::fromUtf8(exporting::yearsCsv(r)).remove(QChar(0xFEFF));
        const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList headers;
        for (columns::Year id : columns::sheetYears())
            headers << columns::header(id);
        QCOMPARE(lines.value(0), headers.join(QLatin1Char(',')));
        QVERIFY2(lines.value(1).contains(QStringLiteral(",124090.50,")), qPrintable(lines.value(1)));

        report::ReportInput in;
        in.result = r;
        std::unique_ptr<QTextDocument> doc(report::buildDocument(in));
        const QString text = doc->toPlainText();
        for (columns::Year id : columns::printYears())
            QVERIFY2(text.contains(columns::header(id)), qPrintable(columns::header(id)));
        QVERIFY(text.contains(QStringLiteral("124090.50")));
        QVERIFY(!text.contains(QStringLiteral("计入账户")));
    }
};

QTEST_MAIN(TestVocabulary)
#include "test_vocabulary.moc"
