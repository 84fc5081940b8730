#include "format.h"

namespace pension {

namespace {

QString group(const QString &digits)
{
    QString out;
    const int n = static_cast<int>(digits.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += QLatin1Char(',');
        out += digits[i];
    }
    return out;
}

} // namespace

QString Format::money(Fen fen, Grouping grouping)
{
    QString s = text(formatFen(fen));
    if (grouping == Grouping::Plain)
        return s;
    QString sign;
    if (s.startsWith(QLatin1Char('-'))) {
        sign = QStringLiteral("-");
        s.remove(0, 1);
    }
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? s : s.left(dot);
    const QString frac = dot < 0 ? QString() : s.mid(dot);
    return sign + group(whole) + frac;
}

QString Format::moneyWhole(Fen fen)
{
    const Fen yuan = divRound(fen, 100);
    const QString digits = QString::number(yuan < 0 ? -yuan : yuan);
    return (yuan < 0 ? QStringLiteral("-") : QString()) + group(digits);
}

QString Format::percent(Ppm p)
{
    return text(formatPercent(p)) + QLatin1Char('%');
}

QString Format::index(Ppm index)
{
    return text(formatIndex(index));
}

QString Format::yearIndex(double index)
{
    return QString::number(index, 'f', 4);
}

QString Format::halves(HalfMonths h)
{
    return h % 2 ? QString::number(h / 2) + QStringLiteral(".5") : QString::number(h / 2);
}

QString Format::age(int months)
{
    return tr("%1 y %2 m").arg(months / 12).arg(months % 12);
}

QString Format::years(int centiYears)
{
    return text(formatScaled(centiYears, 2));
}

QString Format::tenths(int tenths)
{
    return text(formatScaled(tenths, 1));
}

QString Format::retireChoice(const RetireChoice &choice)
{
    switch (choice.kind) {
    case RetireKind::Statutory: return tr("statutory age");
    case RetireKind::Early: return tr("%1 months early").arg(choice.months);
    case RetireKind::Late: return tr("%1 months late").arg(choice.months);
    case RetireKind::Month: return tr("in %1").arg(month(choice.month));
    }
    return {};
}

QString Format::kind(InsuranceKind kind)
{
    return kind == InsuranceKind::Employee ? tr("employee") : tr("flexible worker");
}

QString Format::sex(Sex sex)
{
    return sex == Sex::Male ? tr("male") : tr("female");
}

QString Format::track(const QString &trackId)
{
    if (trackId == QStringLiteral("male-60"))
        return tr("man, 60");
    if (trackId == QStringLiteral("female-55"))
        return tr("woman, 55 (cadre / flexible)");
    if (trackId == QStringLiteral("female-50"))
        return tr("woman, 50 (worker post)");
    if (trackId == QStringLiteral("male-55"))
        return tr("man, 55 (Tibet, flexible)");
    if (trackId == QStringLiteral("female-45"))
        return tr("woman, 45 (Tibet, flexible)");
    return trackId;
}

QString Format::stopAfter(int years)
{
    if (years <= 0)
        return tr("stop now");
    return tr("%1 more years").arg(years);
}

QString Format::stopAfter(int years, YearMonth asOf, YearMonth retirement)
{
    if (years > 0 && !(asOf.plus(12 * years) < retirement))
        return tr("until retirement");
    return stopAfter(years);
}

} // namespace pension
