// engine/lifetime.cpp: the pension after retirement with yearly increases, break-even and lifetime totals.

#include "lifetime.h"
#include "support.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace pension;
using support::ym;

namespace {

std::shared_ptr<const Prepared> prepared(const char *text, YearMonth today)
{
    auto p = prepare(support::caseFromText(text), support::library(), today);
    if (auto *e = std::get_if<InputError>(&p))
        throw std::runtime_error(e->describe());
    return std::get<std::shared_ptr<const Prepared>>(p);
}

// A flexible worker retiring in 2031 (no published increase applies after her retirement) with no increases
// assumed and no further payments: the pension is flat, so break-even and totals follow by hand.
constexpr const char *kFlat = R"({
  "format": "pension-case/1", "region": "shandong", "asOf": "2025-12",
  "person": { "sex": "female", "birth": "1976-01", "track": "female-55" },
  "insurance": { "kind": "flexible" },
  "record": { "deemedMonths": 0, "preAccountMonths": 0, "accountMonths": 240, "averageIndex": 0.6,
              "accountBalance": 40000.00 },
  "plan": { "retire": "statutory", "contributions": [
      { "from": "2026-01", "until": "retirement", "grade": 0.6, "kind": "flexible" } ] },
  "assumptions": { "pensionIncrease": 0, "inflation": 0.02 }
})";

} // namespace

class TestLifetime : public QObject {
    Q_OBJECT

private slots:
    // The Leting leaflet (shared/reference/seeds/004): 蒋某, retired 2004-12 on 670.58 a month, drew 3845.02 in June
    // 2024 (tests/data/history/leting-after-retirement.json). Hebei's own schemes are in the pack for 2022
    // (冀人社字〔2022〕182号: 46 + 1.22 per full year + 1.09%, 20/30/40 at 70/75/80) and 2023 (40 + 1 per year + 1.4%,
    // the same tilts); the other years were not found and apply the national overall level (2005–2015 10%, then 6.5,
    // 5.5, 5, 5, 5, 4.5, 2024 3%) as a percentage. The leaflet does not give 蒋某's years or birth, so the per-year
    // and age parts are left out and flagged.
    void leafletPensionAfterRetirement()
    {
        const QJsonObject leaflet =
            QJsonDocument::fromJson(
                support::readFile(support::testData(QStringLiteral("history/leting-after-retirement.json"))))
                .object();
        const Fen start = std::llround(leaflet.value(QStringLiteral("monthly")).toDouble() * 100);
        const Fen published = std::llround(leaflet.value(QStringLiteral("published")).toDouble() * 100);
        QCOMPARE(start, Fen(67058));
        const ParameterSet params = support::region(leaflet.value(QStringLiteral("region")).toString().toStdString());
        const Context ctx(params, Assumptions{}, ym("2026-11"), 2030);
        const auto path =
            pensionPath(ctx, start, ym(leaflet.value(QStringLiteral("retired")).toString().toUtf8().constData()),
                        leaflet.value(QStringLiteral("year")).toInt());
        QCOMPARE(path.front().year, 2004);
        QCOMPARE(path.front().monthly, Fen(67058));
        QCOMPARE(path[1].year, 2005);
        QCOMPARE(path[1].monthly, Fen(73764)); // 670.58 × 1.10 = 737.638
        QCOMPARE(path[2].monthly, Fen(81140)); // 737.64 × 1.10 = 811.404
        double expected = 670.58;
        for (double rate : {10., 10., 10., 10., 10., 10., 10., 10., 10., 10., 10., 6.5, 5.5, 5., 5., 5., 4.5})
            expected *= 1 + rate / 100;
        QCOMPARE(path[17].year, 2021);
        QVERIFY(!path[17].scheme);
        QVERIFY2(std::fabs(path[17].monthly / 100.0 - expected) < 1.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(path[17].monthly).arg(expected)));
        // 2022: 46 + 1.09% of December 2021's pension (per-year and age parts need inputs the leaflet lacks).
        const Fen dec2021 = path[17].monthly;
        QCOMPARE(path[18].year, 2022);
        QVERIFY(path[18].scheme);
        QVERIFY(path[18].yearsUnknown);
        QVERIFY(path[18].ageUnknown);
        QCOMPARE(path[18].fixed, Fen(4600));
        QCOMPARE(path[18].percent, Fen(std::llround(dec2021 * 0.0109)));
        QCOMPARE(path[18].monthly, dec2021 + 4600 + Fen(std::llround(dec2021 * 0.0109)));
        const Fen dec2022 = path[18].monthly;
        QCOMPARE(path[19].monthly, dec2022 + 4000 + Fen(std::llround(dec2022 * 0.014)));
        QCOMPARE(path[20].year, 2024);
        QVERIFY(!path[20].scheme);
        QCOMPARE(path[20].monthly, path[19].monthly + Fen(std::llround(path[19].monthly * 0.03)));
        QCOMPARE(path.back().status, Status::Published); // 2024: 3%, published
        QCOMPARE(path[5].status, Status::Assumed);       // 2009: recalled 10%, shipped as assumed
        // The measured gap: about −26% against 3845.02. The schemes of 2005–2021 (fixed amounts that lift a low
        // pension far above the average percentage) were not found; that is where the gap comes from.
        const double gap = static_cast<double>(path.back().monthly - published) / static_cast<double>(published);
        QVERIFY2(gap < -0.20 && gap > -0.30, qPrintable(QString::number(gap)));
    }

    // With the person's years and birth, the linked and tilted parts are paid: 30 full years and born 1944-06
    // (77 on 31 December 2021: the 75–79 tier, +30 in 2022 and 2023).
    void provinceSchemeWithYearsAndAge()
    {
        const ParameterSet params = support::region("hebei");
        const Context ctx(params, Assumptions{}, ym("2026-11"), 2030);
        const auto path = pensionPath(ctx, 300000, ym("2021-06"), 2023, AdjustmentPerson{30 * 24 + 10, ym("1944-06")});
        QCOMPARE(path.size(), std::size_t(3));
        const IncreaseYear &y2022 = path[1];
        QVERIFY(y2022.scheme && !y2022.yearsUnknown && !y2022.ageUnknown);
        QCOMPARE(y2022.fixed, Fen(4600));
        QCOMPARE(y2022.perYear, Fen(3660)); // 1.22 × 30 full years (30y5m)
        QCOMPARE(y2022.percent, Fen(3270)); // 1.09% of 3000.00
        QCOMPARE(y2022.tilt, Fen(3000));
        QCOMPARE(y2022.monthly, Fen(300000 + 4600 + 3660 + 3270 + 3000));
        QCOMPARE(y2022.rate, Ppm(divRound(Wide(4600 + 3660 + 3270 + 3000) * kPpmOne, 300000)));
        const IncreaseYear &y2023 = path[2];
        QCOMPARE(y2023.perYear, Fen(3000)); // 1.00 × 30
        QCOMPARE(y2023.percent, Fen(std::llround(y2022.monthly * 0.014)));
        QCOMPARE(y2023.tilt, Fen(3000));
        // Someone of 69 at the end of 2021 gets no tilt.
        const auto young = pensionPath(ctx, 300000, ym("2021-06"), 2022, AdjustmentPerson{30 * 24, ym("1952-01")});
        QCOMPARE(young[1].tilt, Fen(0));
    }

    void yearsWithoutANoticeTakeTheAssumption()
    {
        const ParameterSet params = support::region("shandong");
        Assumptions a;
        a.pensionIncrease = 15'000; // 1.5%
        const Context ctx(params, a, ym("2026-11"), 2040);
        const auto path = pensionPath(ctx, 100000, ym("2030-06"), 2032);
        QCOMPARE(path.size(), std::size_t(3));
        QCOMPARE(path[1].rate, Ppm(15'000));
        QCOMPARE(path[1].monthly, Fen(101500));
        QCOMPARE(path[2].monthly, Fen(103023)); // 1015.00 × 1.015 = 1030.2225
    }

    void breakEvenAndTotalsWithAFlatPension()
    {
        const auto p = prepared(kFlat, ym("2026-11"));
        const Result r = std::get<Result>(estimate(*p, p->kase.plan));
        const Lifetime lt = lifetimeValue(*p, r, false);
        const Fen monthly = r.monthly.total;
        QVERIFY(monthly > 0);
        for (const auto &y : lt.path)
            QCOMPARE(y.monthly, monthly); // no increases
        // Break-even: the first month the pension received covers everything paid.
        const Fen paid = r.outOfPocketTotal;
        QCOMPARE(lt.ownPaid, paid);
        const int monthsNeeded = static_cast<int>((paid + monthly - 1) / monthly);
        QVERIFY(lt.breakEvenAgeMonths.has_value());
        QCOMPARE(*lt.breakEvenAgeMonths, r.retirement.ageMonths + monthsNeeded);
        // The same from the grid's fast path.
        QCOMPARE(breakEvenAgeMonths(*p->context, paid, monthly, r.retirement.month, r.retirement.ageMonths),
                 lt.breakEvenAgeMonths);
        // At 70: every month from the one after retirement to the 70th birthday.
        const int monthsTo70 = 70 * 12 - r.retirement.ageMonths;
        bool found = false;
        for (const AgeTotal &t : lt.totals)
            if (t.ageYears == 70 && !t.lifeExpectancy) {
                QCOMPARE(t.received, monthly * monthsTo70);
                QCOMPARE(t.net, monthly * monthsTo70 - paid);
                found = true;
            }
        QVERIFY(found);
        QCOMPARE(lt.totals.size(), std::size_t(6)); // 70, 75, 79 (life expectancy), 80, 85, 90
        // Every figure has its explanation step with the same number.
        QCOMPARE(lt.steps.size(), std::size_t(3));
        QCOMPARE(lt.steps[0].code, StepCode::OwnPayments);
        QCOMPARE(QString::fromStdString(lt.steps[0].value), QString::fromStdString(formatFen(paid)));
        QCOMPARE(lt.steps[1].code, StepCode::BreakEven);
        QCOMPARE(QString::fromStdString(plainStepText(lt.steps[1].value)),
                 QStringLiteral("%1y%2m").arg(*lt.breakEvenAgeMonths / 12).arg(*lt.breakEvenAgeMonths % 12));
        QCOMPARE(lt.steps[2].code, StepCode::LifetimeTotal);
    }

    void todaysMoneyIsSmallerThanNominalForFutureAmounts()
    {
        const auto p = prepared(kFlat, ym("2026-11"));
        const Result r = std::get<Result>(estimate(*p, p->kase.plan));
        const Lifetime nominal = lifetimeValue(*p, r, false);
        const Lifetime real = lifetimeValue(*p, r, true);
        QVERIFY(real.todaysMoney);
        QCOMPARE(real.totals.size(), nominal.totals.size());
        for (std::size_t i = 0; i < real.totals.size(); ++i)
            QVERIFY(real.totals[i].received < nominal.totals[i].received);
        // Money at 2% inflation halves in about 35 years: received at 90 is well under nominal.
        QVERIFY(real.totals.back().received < nominal.totals.back().received * 7 / 10);
        // Payments from now are deflated too (they lie in the future), and the total equals the curve's end.
        QVERIFY(real.ownPaidFuture < nominal.ownPaidFuture);
        QVERIFY(real.ownPaidFuture > nominal.ownPaidFuture * 8 / 10);
        QCOMPARE(real.ownPaid, real.curve.back().paid);
    }
};

QTEST_APPLESS_MAIN(TestLifetime)
#include "test_lifetime.moc"
