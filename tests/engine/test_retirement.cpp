// engine/retirement.cpp: statutory retirement month under the 2024 NPC decision, the 弹性 window, the minimum
// contribution months and decideRetirement.
//
// Expected values: shared/reference/domain.md §2.1 (the official-table test vectors, the "more checks" list and the
// minimum-contribution table) and shared/reference/params.json national.retirement_age_rules.test_vectors; the
// rest is worked by hand from the algorithm quoted in §2.1 and the articles of the 办法 quoted in §2.

#include "retirement.h"
#include "support.h"

#include <QtTest>

using namespace pension;
using support::ym;

Q_DECLARE_METATYPE(pension::RetireChoice)

namespace {

const char *trackId(const QString &category)
{
    if (category == QLatin1String("M60"))
        return "male-60";
    if (category == QLatin1String("F55"))
        return "female-55";
    return "female-50";
}

Person person(Sex sex, const char *birth, const char *track)
{
    Person p;
    p.sex = sex;
    p.birth = ym(birth);
    p.track = track;
    return p;
}

RetireChoice statutory()
{
    return RetireChoice{};
}
RetireChoice early(int months)
{
    return RetireChoice{RetireKind::Early, {}, months};
}
RetireChoice late(int months)
{
    return RetireChoice{RetireKind::Late, {}, months};
}
RetireChoice at(const char *month)
{
    return RetireChoice{RetireKind::Month, ym(month), 0};
}

} // namespace

class TestRetirement : public QObject {
    Q_OBJECT

    ParameterSet m_params;

    const Track &track(const char *id)
    {
        const Track *t = m_params.track(id);
        if (!t)
            throw std::runtime_error(std::string("no track ") + id);
        return *t;
    }

private slots:
    void initTestCase()
    {
        m_params = support::region("shandong");
        QVERIFY(m_params.track("male-60"));
        QVERIFY(m_params.track("female-55"));
        QVERIFY(m_params.track("female-50"));
    }

    // The tracks of the national pack are the categories of domain §2.1 (CAT).
    void tracksAreTheDecisionsCategories_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("baseAge");
        QTest::addColumn<QString>("startBirth");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("minAge");
        QTest::addRow("men: base 60, from births of 1965-01, a month per 4, at most 36")
            << "male-60" << 60 << "1965-01" << 4 << 36 << 60;
        QTest::addRow("原55 women: base 55, from 1970-01, a month per 4, at most 36")
            << "female-55" << 55 << "1970-01" << 4 << 36 << 55;
        QTest::addRow("原50 women: base 50, from 1975-01, a month per 2, at most 60")
            << "female-50" << 50 << "1975-01" << 2 << 60 << 50;
    }
    void tracksAreTheDecisionsCategories()
    {
        QFETCH(QString, id);
        QFETCH(int, baseAge);
        QFETCH(QString, startBirth);
        QFETCH(int, step);
        QFETCH(int, cap);
        QFETCH(int, minAge);
        const Track &t = track(id.toUtf8().constData());
        QCOMPARE(t.baseAge, baseAge);
        QCOMPARE(QString::fromStdString(t.startBirth.toString()), startBirth);
        QCOMPARE(t.stepMonths, step);
        QCOMPARE(t.capMonths, cap);
        QCOMPARE(t.minAge, minAge);
    }

    void statutoryVectors_data()
    {
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("month");
        QTest::addColumn<int>("ageMonths");
        QTest::addColumn<int>("delay");
        // domain §2.1 test vectors (official 对照表, course test set)
        QTest::addRow("man born 1963-12 retires 2023-12 at 60") << "1963-12"
                                                                << "M60"
                                                                << "2023-12" << 720 << 0;
        QTest::addRow("man born 1964-02 retires 2024-02 at 60") << "1964-02"
                                                                << "M60"
                                                                << "2024-02" << 720 << 0;
        QTest::addRow("man born 1965-01 retires 2025-02 at 60y1m") << "1965-01"
                                                                   << "M60"
                                                                   << "2025-02" << 721 << 1;
        QTest::addRow("man born 1965-12 retires 2026-03 at 60y3m") << "1965-12"
                                                                   << "M60"
                                                                   << "2026-03" << 723 << 3;
        QTest::addRow("man born 1995-12 retires 2058-12 at 63") << "1995-12"
                                                                << "M60"
                                                                << "2058-12" << 756 << 36;
        QTest::addRow("man born 2000-12 retires 2063-12 at 63") << "2000-12"
                                                                << "M60"
                                                                << "2063-12" << 756 << 36;
        QTest::addRow("原55 woman born 1963-04 retires 2018-04 at 55") << "1963-04"
                                                                       << "F55"
                                                                       << "2018-04" << 660 << 0;
        QTest::addRow("原55 woman born 1971-04 retires 2026-08 at 55y4m") << "1971-04"
                                                                          << "F55"
                                                                          << "2026-08" << 664 << 4;
        QTest::addRow("原55 woman born 2000-12 retires 2058-12 at 58") << "2000-12"
                                                                       << "F55"
                                                                       << "2058-12" << 696 << 36;
        QTest::addRow("原50 woman born 1995-12 retires 2050-12 at 55") << "1995-12"
                                                                       << "F50"
                                                                       << "2050-12" << 660 << 60;
        // domain §2.1 "more checks from repos"
        QTest::addRow("原50 woman born 1975-01 retires 2025-02 at 50y1m") << "1975-01"
                                                                          << "F50"
                                                                          << "2025-02" << 601 << 1;
        QTest::addRow("原55 woman born 1981-12 retires 2039-12 at 58") << "1981-12"
                                                                       << "F55"
                                                                       << "2039-12" << 696 << 36;
        QTest::addRow("原50 woman born 1984-12 retires 2039-12 at 55") << "1984-12"
                                                                       << "F50"
                                                                       << "2039-12" << 660 << 60;
        QTest::addRow("man born 1967-05 retires 2028-01 at 60y8m") << "1967-05"
                                                                   << "M60"
                                                                   << "2028-01" << 728 << 8;
        QTest::addRow("原55 woman born 1974-10 retires 2031-01 at 56y3m") << "1974-10"
                                                                          << "F55"
                                                                          << "2031-01" << 675 << 15;
        // params.json national.retirement_age_rules.test_vectors (13 rows; columns birth, category, month, age, delay)
        QTest::addRow("[params.json] 1963-12 M60 -> 2023-12, 720, 0") << "1963-12"
                                                                      << "M60"
                                                                      << "2023-12" << 720 << 0;
        QTest::addRow("[params.json] 1964-02 M60 -> 2024-02, 720, 0") << "1964-02"
                                                                      << "M60"
                                                                      << "2024-02" << 720 << 0;
        QTest::addRow("[params.json] 1965-01 M60 -> 2025-02, 721, 1") << "1965-01"
                                                                      << "M60"
                                                                      << "2025-02" << 721 << 1;
        QTest::addRow("[params.json] 1965-12 M60 -> 2026-03, 723, 3") << "1965-12"
                                                                      << "M60"
                                                                      << "2026-03" << 723 << 3;
        QTest::addRow("[params.json] 1995-12 M60 -> 2058-12, 756, 36") << "1995-12"
                                                                       << "M60"
                                                                       << "2058-12" << 756 << 36;
        QTest::addRow("[params.json] 2000-12 M60 -> 2063-12, 756, 36") << "2000-12"
                                                                       << "M60"
                                                                       << "2063-12" << 756 << 36;
        QTest::addRow("[params.json] 1963-04 F55 -> 2018-04, 660, 0") << "1963-04"
                                                                      << "F55"
                                                                      << "2018-04" << 660 << 0;
        QTest::addRow("[params.json] 1971-04 F55 -> 2026-08, 664, 4") << "1971-04"
                                                                      << "F55"
                                                                      << "2026-08" << 664 << 4;
        QTest::addRow("[params.json] 2000-12 F55 -> 2058-12, 696, 36") << "2000-12"
                                                                       << "F55"
                                                                       << "2058-12" << 696 << 36;
        QTest::addRow("[params.json] 1995-12 F50 -> 2050-12, 660, 60") << "1995-12"
                                                                       << "F50"
                                                                       << "2050-12" << 660 << 60;
        QTest::addRow("[params.json] 1975-01 F50 -> 2025-02, 601, 1") << "1975-01"
                                                                      << "F50"
                                                                      << "2025-02" << 601 << 1;
        QTest::addRow("[params.json] 1967-05 M60 -> 2028-01, 728, 8") << "1967-05"
                                                                      << "M60"
                                                                      << "2028-01" << 728 << 8;
        QTest::addRow("[params.json] 1974-10 F55 -> 2031-01, 675, 15") << "1974-10"
                                                                       << "F55"
                                                                       << "2031-01" << 675 << 15;
        // Hand-worked boundaries of the §2.1 algorithm: the month before the start, the step edges, the cap.
        QTest::addRow("man born 1964-12 (before the start) retires 2024-12 at 60") << "1964-12"
                                                                                   << "M60"
                                                                                   << "2024-12" << 720 << 0;
        QTest::addRow("man born 1965-04 (last of the first step) retires 2025-05 at 60y1m") << "1965-04"
                                                                                            << "M60"
                                                                                            << "2025-05" << 721 << 1;
        QTest::addRow("man born 1965-05 (first of the second step) retires 2025-07 at 60y2m") << "1965-05"
                                                                                              << "M60"
                                                                                              << "2025-07" << 722 << 2;
        QTest::addRow("man born 1976-08 (k = 139, delay 35) retires 2039-07 at 62y11m") << "1976-08"
                                                                                        << "M60"
                                                                                        << "2039-07" << 755 << 35;
        QTest::addRow("man born 1976-09 (k = 140, delay 36) retires 2039-09 at 63") << "1976-09"
                                                                                    << "M60"
                                                                                    << "2039-09" << 756 << 36;
        QTest::addRow("原50 woman born 1975-02 retires 2025-03 at 50y1m") << "1975-02"
                                                                          << "F50"
                                                                          << "2025-03" << 601 << 1;
        QTest::addRow("原50 woman born 1975-03 retires 2025-05 at 50y2m") << "1975-03"
                                                                          << "F50"
                                                                          << "2025-05" << 602 << 2;
        QTest::addRow("原50 woman born 1974-12 (before the start) retires 2024-12 at 50") << "1974-12"
                                                                                          << "F50"
                                                                                          << "2024-12" << 600 << 0;
        QTest::addRow("原50 woman born 1985-01 (cap) retires 2040-01 at 55") << "1985-01"
                                                                             << "F50"
                                                                             << "2040-01" << 660 << 60;
        QTest::addRow("原55 woman born 1969-12 (before the start) retires 2024-12 at 55") << "1969-12"
                                                                                          << "F55"
                                                                                          << "2024-12" << 660 << 0;
        QTest::addRow("原55 woman born 1970-01 retires 2025-02 at 55y1m") << "1970-01"
                                                                          << "F55"
                                                                          << "2025-02" << 661 << 1;
    }
    void statutoryVectors()
    {
        QFETCH(QString, birth);
        QFETCH(QString, category);
        QFETCH(QString, month);
        QFETCH(int, ageMonths);
        QFETCH(int, delay);
        const RetirementWindow w = statutoryRetirement(track(trackId(category)), ym(birth.toUtf8().constData()));
        QCOMPARE(QString::fromStdString(w.statutoryMonth.toString()), month);
        QCOMPARE(w.statutoryAgeMonths, ageMonths);
        QCOMPARE(w.delayMonths, delay);
    }

    // 办法 第三条 / domain §2.1: earliest = birth + max(original age, statutory − 36), latest = statutory + 36.
    void flexibleWindow_data()
    {
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("earliest");
        QTest::addColumn<QString>("latest");
        // 723 months: earliest max(720, 687) = 720 -> 2025-12; latest 759 -> 2029-03
        QTest::addRow("man born 1965-12: window 2025-12 (60) to 2029-03 (63y3m)") << "1965-12"
                                                                                  << "M60"
                                                                                  << "2025-12"
                                                                                  << "2029-03";
        // 720: earliest 720 -> 2023-12; latest 756 -> 2026-12
        QTest::addRow("man born 1963-12: window 2023-12 to 2026-12") << "1963-12"
                                                                     << "M60"
                                                                     << "2023-12"
                                                                     << "2026-12";
        // 756: earliest max(720, 720) -> 2055-12; latest 792 -> 2061-12
        QTest::addRow("man born 1995-12 (63): window 2055-12 to 2061-12") << "1995-12"
                                                                          << "M60"
                                                                          << "2055-12"
                                                                          << "2061-12";
        // 660 (60 months of delay): earliest max(600, 624) = 52y -> 2047-12, latest 696 = 58y -> 2053-12
        QTest::addRow("原50 woman born 1995-12 (55): window 2047-12 (52) to 2053-12 (58)") << "1995-12"
                                                                                           << "F50"
                                                                                           << "2047-12"
                                                                                           << "2053-12";
        // 675: earliest max(660, 639) = 55y -> 2029-10, latest 711 = 59y3m -> 2034-01
        QTest::addRow("原55 woman born 1974-10 (56y3m): window 2029-10 to 2034-01") << "1974-10"
                                                                                    << "F55"
                                                                                    << "2029-10"
                                                                                    << "2034-01";
        // 696: earliest max(660, 660) -> 2055-12, latest 732 = 61y -> 2061-12
        QTest::addRow("原55 woman born 2000-12 (58): window 2055-12 to 2061-12") << "2000-12"
                                                                                 << "F55"
                                                                                 << "2055-12"
                                                                                 << "2061-12";
        // F50 born 1980-01: k = 60, delay 31, 52y7m = 631; earliest max(600, 595) -> 2030-01; latest 667 -> 2035-08
        QTest::addRow("原50 woman born 1980-01 (52y7m): window 2030-01 (50) to 2035-08 (55y7m)") << "1980-01"
                                                                                                 << "F50"
                                                                                                 << "2030-01"
                                                                                                 << "2035-08";
    }
    void flexibleWindow()
    {
        QFETCH(QString, birth);
        QFETCH(QString, category);
        QFETCH(QString, earliest);
        QFETCH(QString, latest);
        const YearMonth b = ym(birth.toUtf8().constData());
        const Track &t = track(trackId(category));
        const RetirementWindow w = statutoryRetirement(t, b);
        QCOMPARE(QString::fromStdString(w.earliestMonth.toString()), earliest);
        QCOMPARE(QString::fromStdString(w.latestMonth.toString()), latest);
        // The rule itself, as a property of every window.
        QCOMPARE(monthsBetween(b, w.earliestMonth), std::max(t.baseAge * 12, w.statutoryAgeMonths - 36));
        QCOMPARE(monthsBetween(b, w.latestMonth), w.statutoryAgeMonths + 36);
        QVERIFY(w.earliestMonth <= w.statutoryMonth);
        QVERIFY(w.statutoryMonth < w.latestMonth);
    }

    // Properties over every birth month 1950..2010 of every track: the delay grows by at most one month per birth
    // month, never shrinks, stays within the cap, and the window always holds the statutory month.
    void statutoryAgeIsMonotoneAndCapped_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addRow("male-60") << "male-60";
        QTest::addRow("female-55") << "female-55";
        QTest::addRow("female-50") << "female-50";
    }
    void statutoryAgeIsMonotoneAndCapped()
    {
        QFETCH(QString, id);
        const Track &t = track(id.toUtf8().constData());
        RetirementWindow prev = statutoryRetirement(t, YearMonth::of(1950, 1));
        for (YearMonth b = YearMonth::of(1950, 2); b <= YearMonth::of(2010, 12); b = b.plus(1)) {
            const RetirementWindow w = statutoryRetirement(t, b);
            QVERIFY2(w.delayMonths >= prev.delayMonths && w.delayMonths <= prev.delayMonths + 1, b.toString().c_str());
            QVERIFY(w.delayMonths >= 0 && w.delayMonths <= t.capMonths);
            QCOMPARE(w.statutoryAgeMonths, t.baseAge * 12 + w.delayMonths);
            QVERIFY2(prev.statutoryMonth < w.statutoryMonth, b.toString().c_str()); // one retiree cohort per month
            QCOMPARE(monthsBetween(b, w.statutoryMonth), w.statutoryAgeMonths);
            prev = w;
        }
        QCOMPARE(prev.delayMonths, t.capMonths); // births of 2010 are fully delayed
    }

    // 办法 第二条; table of domain §2.1.
    void minContributionMonths_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("months");
        QTest::addRow("retiring in 2020 needs 180 months (15 years)") << 2020 << 180;
        QTest::addRow("retiring in 2025 needs 180 months") << 2025 << 180;
        QTest::addRow("retiring in 2026 needs 180 months") << 2026 << 180;
        QTest::addRow("retiring in 2027 needs 180 months") << 2027 << 180;
        QTest::addRow("retiring in 2028 needs 180 months") << 2028 << 180;
        QTest::addRow("retiring in 2029 needs 180 months") << 2029 << 180;
        QTest::addRow("retiring in 2030 needs 186 months (15y6m)") << 2030 << 186;
        QTest::addRow("retiring in 2031 needs 192 months (16y)") << 2031 << 192;
        QTest::addRow("retiring in 2032 needs 198 months (16y6m)") << 2032 << 198;
        QTest::addRow("retiring in 2033 needs 204 months (17y)") << 2033 << 204;
        QTest::addRow("retiring in 2034 needs 210 months (17y6m)") << 2034 << 210;
        QTest::addRow("retiring in 2035 needs 216 months (18y)") << 2035 << 216;
        QTest::addRow("retiring in 2036 needs 222 months (18y6m)") << 2036 << 222;
        QTest::addRow("retiring in 2037 needs 228 months (19y)") << 2037 << 228;
        QTest::addRow("retiring in 2038 needs 234 months (19y6m)") << 2038 << 234;
        QTest::addRow("retiring in 2039 needs 240 months (20y)") << 2039 << 240;
        QTest::addRow("retiring in 2040 needs 240 months") << 2040 << 240;
        QTest::addRow("retiring in 2063 needs 240 months") << 2063 << 240;
    }
    void minContributionMonths()
    {
        QFETCH(int, year);
        QFETCH(int, months);
        QCOMPARE(pension::minContributionMonths(m_params, year), months);
        // the same table in every shipped region
        QCOMPARE(pension::minContributionMonths(support::region("hebei"), year), months);
    }

    // Legal minimum ages of the special reasons (retirement.h: 特殊工种 men 55 / women 45, 病退 men 50 / women 45).
    void specialReasonMinimumAges()
    {
        QCOMPARE(specialReasonMinAgeMonths(Sex::Male, RetireReason::SpecialType), 55 * 12);
        QCOMPARE(specialReasonMinAgeMonths(Sex::Female, RetireReason::SpecialType), 45 * 12);
        QCOMPARE(specialReasonMinAgeMonths(Sex::Male, RetireReason::Illness), 50 * 12);
        QCOMPARE(specialReasonMinAgeMonths(Sex::Female, RetireReason::Illness), 45 * 12);
    }

    void decide_data()
    {
        QTest::addColumn<int>("sex");
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("trackName");
        QTest::addColumn<RetireChoice>("choice");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("month");
        QTest::addColumn<int>("ageMonths");
        QTest::addColumn<bool>("early");
        QTest::addColumn<bool>("late");
        QTest::addColumn<bool>("special");
        QTest::addColumn<int>("requirementYear");
        QTest::addColumn<int>("requiredMonths");
        QTest::addColumn<int>("problem");

        const int M = int(Sex::Male), F = int(Sex::Female);
        const int normal = int(RetireReason::Normal), specialType = int(RetireReason::SpecialType),
                  illness = int(RetireReason::Illness);
        const int none = int(RetireProblem::None), before = int(RetireProblem::BeforeWindow),
                  after = int(RetireProblem::AfterWindow), beforeSpecial = int(RetireProblem::BeforeSpecialMinimum);

        // Man born 1970-01: k = 60, delay 16, statutory 61y4m = 2031-05 (192 months for 2031); window 2030-01 (60)
        // … 2034-05 (64y4m).
        QTest::addRow("man born 1970-01 retires at the statutory 2031-05: neither early nor late, 192 months for 2031")
            << M << "1970-01"
            << "male-60" << statutory() << normal << "2031-05" << 736 << false << false << false << 2031 << 192 << none;
        QTest::addRow("man born 1970-01 retires 16 months early at 60 (2030-01): early, in the window, 186 for 2030")
            << M << "1970-01"
            << "male-60" << early(16) << normal << "2030-01" << 720 << true << false << false << 2030 << 186 << none;
        QTest::addRow("man born 1970-01 retires 17 months early (2029-12): before the window (original age 60)")
            << M << "1970-01"
            << "male-60" << early(17) << normal << "2029-12" << 719 << true << false << false << 2029 << 180 << before;
        QTest::addRow(
            "man born 1970-01 retires 36 months late (2034-05): the last month of the window, statutory year 2031")
            << M << "1970-01"
            << "male-60" << late(36) << normal << "2034-05" << 772 << false << true << false << 2031 << 192 << none;
        QTest::addRow("man born 1970-01 asks for 2034-06: after the window")
            << M << "1970-01"
            << "male-60" << at("2034-06") << normal << "2034-06" << 773 << false << true << false << 2031 << 192
            << after;
        QTest::addRow("man born 1970-01 asks for 2032-02 (a month in the window): late, statutory year 2031")
            << M << "1970-01"
            << "male-60" << at("2032-02") << normal << "2032-02" << 745 << false << true << false << 2031 << 192
            << none;
        // 94号 第七条: late retirement keeps the statutory year's minimum. Man born 1968-09: k = 44, delay 12,
        // statutory 61y = 2029-09 (180 months); 12 months late is 2030-09, still 180 (not 186).
        QTest::addRow("man born 1968-09 retires 12 months late in 2030-09: minimum of his statutory year 2029 (180)")
            << M << "1968-09"
            << "male-60" << late(12) << normal << "2030-09" << 744 << false << true << false << 2029 << 180 << none;
        // Early retirement uses the actual year. 原55 woman born 1974-10: statutory 2031-01 (192); 3 months early
        // is 2030-10: 186.
        QTest::addRow(
            "原55 woman born 1974-10 retires 3 months early in 2030-10: minimum of the actual year 2030 (186)")
            << F << "1974-10"
            << "female-55" << early(3) << normal << "2030-10" << 672 << true << false << false << 2030 << 186 << none;
        QTest::addRow("原55 woman born 1974-10 retires at the statutory 2031-01: 192 months")
            << F << "1974-10"
            << "female-55" << statutory() << normal << "2031-01" << 675 << false << false << false << 2031 << 192
            << none;
        QTest::addRow("原55 woman born 1974-10 retires at 55 (2029-10): the earliest month, 180 months for 2029")
            << F << "1974-10"
            << "female-55" << at("2029-10") << normal << "2029-10" << 660 << true << false << false << 2029 << 180
            << none;
        QTest::addRow("原55 woman born 1974-10 asks for 2029-09: before the window")
            << F << "1974-10"
            << "female-55" << at("2029-09") << normal << "2029-09" << 659 << true << false << false << 2029 << 180
            << before;
        // 原50 woman born 1980-01: statutory 50y + 31 months = 52y7m = 2032-08 (198); earliest 50y = 2030-01 (36 months
        // early would be 49y7m, below the original age).
        QTest::addRow("原50 woman born 1980-01 retires 31 months early at 50 (2030-01): allowed, 186 for 2030")
            << F << "1980-01"
            << "female-50" << early(31) << normal << "2030-01" << 600 << true << false << false << 2030 << 186 << none;
        QTest::addRow("原50 woman born 1980-01 retires 32 months early (49y11m): before the window")
            << F << "1980-01"
            << "female-50" << early(32) << normal << "2029-12" << 599 << true << false << false << 2029 << 180
            << before;
        // Special reasons: 特殊工种 man at 55y4m (the Jinan 2026-01 sheet of domain §1.2 / §2.1 open points).
        QTest::addRow(
            "special-type man born 1970-09 retires at 55y4m (2026-01): accepted before the window, flagged special")
            << M << "1970-09"
            << "male-60" << at("2026-01") << specialType << "2026-01" << 664 << true << false << true << 2026 << 180
            << none;
        QTest::addRow("special-type man born 1970-09 at 54y11m (2025-08): below the special minimum 55")
            << M << "1970-09"
            << "male-60" << at("2025-08") << specialType << "2025-08" << 659 << true << false << false << 2025 << 180
            << beforeSpecial;
        QTest::addRow("special-type man born 1970-09 at exactly 55 (2025-09): accepted")
            << M << "1970-09"
            << "male-60" << at("2025-09") << specialType << "2025-09" << 660 << true << false << true << 2025 << 180
            << none;
        QTest::addRow("illness: man born 1975-03 retires at 50 (2025-03): accepted, special")
            << M << "1975-03"
            << "male-60" << at("2025-03") << illness << "2025-03" << 600 << true << false << true << 2025 << 180
            << none;
        QTest::addRow("illness: man born 1975-03 at 49y11m (2025-02): below the illness minimum 50")
            << M << "1975-03"
            << "male-60" << at("2025-02") << illness << "2025-02" << 599 << true << false << false << 2025 << 180
            << beforeSpecial;
        QTest::addRow("special-type woman (原50) born 1980-06 retires at 45 (2025-06): accepted, special")
            << F << "1980-06"
            << "female-50" << at("2025-06") << specialType << "2025-06" << 540 << true << false << true << 2025 << 180
            << none;
        QTest::addRow("special-type woman born 1980-06 at 44y11m: below the special minimum 45")
            << F << "1980-06"
            << "female-50" << at("2025-05") << specialType << "2025-05" << 539 << true << false << false << 2025 << 180
            << beforeSpecial;
        QTest::addRow("illness: woman (原55) born 1980-06 retires at 45 (2025-06): accepted, special")
            << F << "1980-06"
            << "female-55" << at("2025-06") << illness << "2025-06" << 540 << true << false << true << 2025 << 180
            << none;
        QTest::addRow("illness: woman born 1980-06 at 44y11m: below the illness minimum 45")
            << F << "1980-06"
            << "female-55" << at("2025-05") << illness << "2025-05" << 539 << true << false << false << 2025 << 180
            << beforeSpecial;
        QTest::addRow("a special reason inside the window is an ordinary early retirement (not flagged special)")
            << M << "1970-01"
            << "male-60" << early(16) << specialType << "2030-01" << 720 << true << false << false << 2030 << 186
            << none;
        QTest::addRow("a special reason does not extend the window upwards: 37 months late is after the window")
            << M << "1970-01"
            << "male-60" << at("2034-06") << illness << "2034-06" << 773 << false << true << false << 2031 << 192
            << after;
    }
    void decide()
    {
        QFETCH(int, sex);
        QFETCH(QString, birth);
        QFETCH(QString, trackName);
        QFETCH(RetireChoice, choice);
        QFETCH(int, reason);
        QFETCH(QString, month);
        QFETCH(int, ageMonths);
        QFETCH(bool, early);
        QFETCH(bool, late);
        QFETCH(bool, special);
        QFETCH(int, requirementYear);
        QFETCH(int, requiredMonths);
        QFETCH(int, problem);
        const QByteArray trackUtf8 = trackName.toUtf8();
        const QByteArray birthUtf8 = birth.toUtf8();
        const Person p = person(Sex(sex), birthUtf8.constData(), trackUtf8.constData());
        const RetirementDecision d =
            decideRetirement(m_params, track(trackUtf8.constData()), p, choice, RetireReason(reason));
        QCOMPARE(QString::fromStdString(d.month.toString()), month);
        QCOMPARE(d.ageMonths, ageMonths);
        QCOMPARE(d.early, early);
        QCOMPARE(d.late, late);
        QCOMPARE(int(d.problem), problem);
        if (d.problem == RetireProblem::None)
            QCOMPARE(d.special, special);
        QCOMPARE(d.requirementYear, requirementYear);
        QCOMPARE(d.requiredMonths, requiredMonths);
    }

    // Every month of the window is accepted, the months just outside are not: for every track and a spread of births.
    void windowEdgesAreExact()
    {
        for (const char *id : {"male-60", "female-55", "female-50"}) {
            const Track &t = track(id);
            const Sex sex = QByteArray(id).startsWith("male") ? Sex::Male : Sex::Female;
            for (YearMonth b = YearMonth::of(1960, 1); b <= YearMonth::of(1990, 12); b = b.plus(7)) {
                const Person p = person(sex, b.toString().c_str(), id);
                const RetirementWindow w = statutoryRetirement(t, b);
                auto problemAt = [&](YearMonth m) {
                    return decideRetirement(m_params, t, p, RetireChoice{RetireKind::Month, m, 0}, RetireReason::Normal)
                        .problem;
                };
                QCOMPARE(problemAt(w.earliestMonth), RetireProblem::None);
                QCOMPARE(problemAt(w.latestMonth), RetireProblem::None);
                QCOMPARE(problemAt(w.statutoryMonth), RetireProblem::None);
                QCOMPARE(problemAt(w.earliestMonth.plus(-1)), RetireProblem::BeforeWindow);
                QCOMPARE(problemAt(w.latestMonth.plus(1)), RetireProblem::AfterWindow);
                // Early N and late N land where the month arithmetic says.
                const RetirementDecision e =
                    decideRetirement(m_params, t, p, RetireChoice{RetireKind::Early, {}, 3}, RetireReason::Normal);
                QCOMPARE(e.month, w.statutoryMonth.plus(-3));
                const RetirementDecision l =
                    decideRetirement(m_params, t, p, RetireChoice{RetireKind::Late, {}, 3}, RetireReason::Normal);
                QCOMPARE(l.month, w.statutoryMonth.plus(3));
                QCOMPARE(l.requirementYear, w.statutoryMonth.year());
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestRetirement)
#include "test_retirement.moc"
