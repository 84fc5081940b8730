#include "caseconvert.h"

#include "case_json.h"
#include "law.h"

#include <QCoreApplication>
#include <QDate>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace pension::gui {

using nlohmann::json;

namespace {

// What the form's own fields may be (the words come from texts::allowedText).
struct Words {
    static Allowed monthFormat() { return Allowed::format(Shape::Month); }
    static Allowed monthsFormat()
    {
        return Allowed::range(Number::whole(0), Number::whole(720), AllowedUnit::HalfMonths);
    }
    static Allowed indexFormat()
    {
        return Allowed::range({kIndexLowest / 10'000, 2}, {30, 1}).withDecimals(kStatementIndexDecimals);
    }
    static Allowed yuanFormat() { return Allowed::format(Shape::Amount).withDecimals(2); }
    static Allowed yearFormat() { return Allowed::format(Shape::Year); }
    static Allowed gradeFormat() { return Allowed::grade(); }
    static Allowed kindFormat() { return Allowed::format(Shape::InsuranceKind); }
    static Allowed required() { return {}; }
};

std::string s(const QString &q)
{
    return q.toStdString();
}

InputError error(std::string field, InputErrorCode code, const Allowed &allowed, const QString &got = {})
{
    QString shown = got;
    if (shown.size() > 40)
        shown = shown.left(37) + QStringLiteral("...");
    return InputError{std::move(field), code, allowed, shown.toStdString()};
}

json halvesJson(HalfMonths h)
{
    if (h % 2 == 0)
        return h / 2;
    return h / 2.0;
}

json scaledJson(std::int64_t v, int scale)
{
    return json::parse(formatScaled(v, scale));
}

// Collects field errors while parsing.
struct Parser {
    FieldErrors errors;

    std::optional<YearMonth> month(const QString &text, const std::string &field, bool required)
    {
        if (text.trimmed().isEmpty()) {
            if (required)
                errors.push_back(error(field, InputErrorCode::Missing, Words::monthFormat()));
            return std::nullopt;
        }
        auto m = parse::month(text);
        if (!m)
            errors.push_back(error(field, InputErrorCode::BadFormat, Words::monthFormat(), text));
        return m;
    }

    std::optional<HalfMonths> halves(const QString &text, const std::string &field, bool required)
    {
        if (text.trimmed().isEmpty()) {
            if (required)
                errors.push_back(error(field, InputErrorCode::Missing, Words::monthsFormat()));
            return std::nullopt;
        }
        auto h = parse::halfMonths(text);
        if (!h)
            errors.push_back(error(field, InputErrorCode::BadFormat, Words::monthsFormat(), text));
        return h;
    }

    std::optional<std::int64_t> decimal(const QString &text, int scale, const Allowed &allowed,
                                        const std::string &field, bool required)
    {
        if (text.trimmed().isEmpty()) {
            if (required)
                errors.push_back(error(field, InputErrorCode::Missing, allowed));
            return std::nullopt;
        }
        auto v = parse::decimal(text, scale);
        if (!v)
            errors.push_back(error(field, InputErrorCode::BadFormat, allowed, text));
        return v;
    }
};

const char *kindKey(InsuranceKind k)
{
    return k == InsuranceKind::Employee ? "employee" : "flexible";
}

std::optional<std::string> kindFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QStringLiteral("employee") || t.contains(QStringLiteral("职工")) || t == QStringLiteral("单位"))
        return "employee";
    if (t == QStringLiteral("flexible") || t.startsWith(QStringLiteral("flexible")) ||
        t.contains(QStringLiteral("灵活")))
        return "flexible";
    return std::nullopt;
}

} // namespace

bool HistoryText::isEmpty() const
{
    return year.trimmed().isEmpty() && months.trimmed().isEmpty() && monthlyBase.trimmed().isEmpty() &&
           baseTotal.trimmed().isEmpty() && accountCredit.trimmed().isEmpty();
}

bool PeriodText::isEmpty() const
{
    return from.trimmed().isEmpty() && until.trimmed().isEmpty() && grade.trimmed().isEmpty();
}

namespace parse {

QString normalizeNumber(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            out += QChar(u - 0xFF10 + '0');
        else if (u == 0xFF0E || u == 0x3002) // ． 。
            out += QLatin1Char('.');
        else if (u == 0xFF0D || u == 0x2212) // － −
            out += QLatin1Char('-');
        else if (u == 0xFF05)
            out += QLatin1Char('%');
        else if (u == 0xFF0C || c == QLatin1Char(',') || c.isSpace() || u == 0x00A5 || u == 0xFFE5 ||
                 c == QChar(0x5143)) // ， , ¥ ￥ 元
            continue;
        else
            out += c;
    }
    return out;
}

std::optional<std::int64_t> decimal(const QString &text, int scale)
{
    const QString t = normalizeNumber(text);
    if (t.isEmpty() || t.size() > 24)
        return std::nullopt;
    return parseScaled(t.toStdString(), scale);
}

std::optional<HalfMonths> halfMonths(const QString &text)
{
    QString t = normalizeNumber(text);
    if (t.endsWith(QStringLiteral("个月")))
        t.chop(2);
    else if (t.endsWith(QChar(0x6708))) // 月
        t.chop(1);
    auto tenths = parseScaled(t.toStdString(), 1);
    if (!tenths || *tenths < 0 || *tenths % 5 != 0 || *tenths > 100000)
        return std::nullopt;
    return static_cast<HalfMonths>(*tenths / 5);
}

std::optional<YearMonth> month(const QString &text)
{
    QString t = normalizeNumber(text);
    // 2024年2月, 2024/02, 2024.02, 202402 are all read as 2024-02.
    t.replace(QChar(0x5E74), QLatin1Char('-')); // 年
    t.remove(QChar(0x6708));                    // 月
    t.replace(QLatin1Char('/'), QLatin1Char('-'));
    t.replace(QLatin1Char('.'), QLatin1Char('-'));
    if (t.size() == 6 && !t.contains(QLatin1Char('-')))
        t.insert(4, QLatin1Char('-'));
    if (t.size() == 6 && t[4] == QLatin1Char('-'))
        t.insert(5, QLatin1Char('0'));
    if (t.size() != 7)
        return std::nullopt;
    return YearMonth::parse(t.toStdString());
}

std::optional<Ppm> grade(const QString &text)
{
    QString t = normalizeNumber(text);
    const bool percent = t.endsWith(QLatin1Char('%'));
    if (percent)
        t.chop(1);
    if (t.isEmpty())
        return std::nullopt;
    if (!percent) {
        // A bare number up to 3 is a fraction (0.6, 1.5, 3); larger ones are percentages (60, 150).
        auto asFraction = parseScaled(t.toStdString(), 6);
        if (asFraction && *asFraction <= law::kMaxGrade && *asFraction >= 0)
            return *asFraction;
    }
    auto v = parseScaled(t.toStdString(), 4); // percent with 4 decimals -> ppm
    if (!v)
        return std::nullopt;
    return *v;
}

QString idNumber(const QString &text)
{
    QString t = normalizeNumber(text).toUpper();
    t.replace(QChar(0xFF38), QLatin1Char('X')); // Ｘ
    if (const QString converted = idNumberFrom15(t); !converted.isEmpty())
        return converted;
    return t;
}

QString idNumberFrom15(const QString &digits)
{
    if (digits.size() != 15)
        return {};
    for (QChar c : digits)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
    const QString first17 = digits.left(6) + QStringLiteral("19") + digits.mid(6);
    const int year = first17.mid(6, 4).toInt(), month = first17.mid(10, 2).toInt(), day = first17.mid(12, 2).toInt();
    if (month < 1 || month > 12 || day < 1 || day > QDate(year, month, 1).daysInMonth())
        return {};
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17[i].digitValue() * weights[i];
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}

} // namespace parse

std::optional<Ppm> formGrade(const FormValues &values)
{
    auto g = parse::grade(values.grade);
    if (!g || *g < law::kMinGrade || *g > law::kMaxGrade)
        return std::nullopt;
    return g;
}

CaseBuild buildCase(const FormValues &v)
{
    Parser p;
    CaseBuild out;

    const auto birth = p.month(v.birth, "person.birth", true);
    const QString id = parse::idNumber(v.idNumber);
    if (!id.isEmpty()) {
        if (auto e = checkIdNumber(id.toStdString(), birth, "person.idNumber"))
            p.errors.push_back(*e);
    }
    const auto asOf = p.month(v.asOf, "asOf", true);
    if (v.region.isEmpty())
        p.errors.push_back(error("region", InputErrorCode::Missing, Words::required()));

    json doc = json::object();
    doc["format"] = "pension-case/1";
    doc["region"] = s(v.region);
    if (asOf)
        doc["asOf"] = asOf->toString();
    json person = json::object();
    if (!v.name.trimmed().isEmpty())
        person["name"] = s(v.name.trimmed());
    if (!id.isEmpty())
        person["idNumber"] = s(id);
    person["sex"] = v.sex == Sex::Male ? "male" : "female";
    if (birth)
        person["birth"] = birth->toString();
    person["track"] = s(v.track);
    doc["person"] = person;

    json ins = json::object();
    ins["kind"] = kindKey(v.kind);
    if (!v.useHistory) {
        json r = json::object();
        if (auto h = p.halves(v.deemed, "record.deemedMonths", false))
            r["deemedMonths"] = halvesJson(*h);
        if (auto h = p.halves(v.preAccount, "record.preAccountMonths", false))
            r["preAccountMonths"] = halvesJson(*h);
        if (auto h = p.halves(v.accountMonths, "record.accountMonths", true))
            r["accountMonths"] = halvesJson(*h);
        if (auto x =
                p.decimal(v.averageIndex, kStatementIndexDecimals, Words::indexFormat(), "record.averageIndex", false))
            r["averageIndex"] = scaledJson(*x, kStatementIndexDecimals);
        if (auto x = p.decimal(v.accountBalance, 2, Words::yuanFormat(), "record.accountBalance", true))
            r["accountBalance"] = scaledJson(*x, 2);
        if (auto x = p.decimal(v.transitionIndex, kStatementIndexDecimals, Words::indexFormat(),
                               "record.transitionIndex", false))
            r["transitionIndex"] = scaledJson(*x, kStatementIndexDecimals);
        if (auto h = p.halves(v.transitionMonths, "record.transitionMonths", false))
            r["transitionMonths"] = halvesJson(*h);
        if (auto h = p.halves(v.transitionPaidMonths, "record.transitionPaidMonths", false))
            r["transitionPaidMonths"] = halvesJson(*h);
        if (auto x = p.decimal(v.indexedWage, 2, Words::yuanFormat(), "record.indexedWage", false))
            r["indexedWage"] = scaledJson(*x, 2);
        if (auto x = p.decimal(v.oldMethodTransitional, 2, Words::yuanFormat(), "record.oldMethodTransitional", false))
            r["oldMethodTransitional"] = scaledJson(*x, 2);
        if (auto x = p.decimal(v.oldMethodIndex, kStatementIndexDecimals, Words::indexFormat(), "record.oldMethodIndex",
                               false))
            r["oldMethodIndex"] = scaledJson(*x, kStatementIndexDecimals);
        if (auto x = p.decimal(v.notionalCredits, 2, Words::yuanFormat(), "record.notionalCredits", false))
            r["notionalCredits"] = scaledJson(*x, 2);
        json itemMonths = json::object();
        for (auto it = v.localItemMonths.begin(); it != v.localItemMonths.end(); ++it)
            if (auto h = p.halves(it.value(), "record.localItemMonths." + it.key().toStdString(), false))
                itemMonths[it.key().toStdString()] = halvesJson(*h);
        if (!itemMonths.empty())
            r["localItemMonths"] = itemMonths;
        if (!v.localItemClaims.isEmpty()) {
            json claims = json::array();
            for (const QString &id : v.localItemClaims)
                claims.push_back(s(id));
            r["localItemClaims"] = claims;
        }
        doc["record"] = r;
    } else {
        if (auto h = p.halves(v.historyDeemed, "insurance.deemedMonths", false))
            ins["deemedMonths"] = halvesJson(*h);
        if (auto m = p.month(v.accountStart, "insurance.accountStart", false))
            ins["accountStart"] = m->toString();
        json rows = json::array();
        int index = 0;
        for (const HistoryText &h : v.history) {
            if (h.isEmpty())
                continue;
            const std::string at = "history[" + std::to_string(index++) + "]";
            json row = json::object();
            if (auto y = p.decimal(QString(h.year).remove(QChar(0x5E74)), 0, Words::yearFormat(), at + ".year", true))
                row["year"] = *y;
            if (auto m = p.halves(h.months, at + ".months", true))
                row["months"] = halvesJson(*m);
            if (auto x = p.decimal(h.monthlyBase, 2, Words::yuanFormat(), at + ".monthlyBase", false))
                row["monthlyBase"] = scaledJson(*x, 2);
            if (auto x = p.decimal(h.baseTotal, 2, Words::yuanFormat(), at + ".baseTotal", false))
                row["baseTotal"] = scaledJson(*x, 2);
            if (auto x = p.decimal(h.accountCredit, 2, Words::yuanFormat(), at + ".accountCredit", false))
                row["accountCredit"] = scaledJson(*x, 2);
            rows.push_back(row);
        }
        doc["history"] = rows;
    }
    doc["insurance"] = ins;

    // Plan: the form's own grade (the engine checks the typed periods' grades when it reads them).
    if (v.grade.trimmed().isEmpty())
        p.errors.push_back(error("plan.grade", InputErrorCode::Missing, Words::gradeFormat()));
    else if (auto g = parse::grade(v.grade); !g)
        p.errors.push_back(error("plan.grade", InputErrorCode::BadFormat, Words::gradeFormat(), v.grade));
    else if (*g < law::kMinGrade || *g > law::kMaxGrade)
        p.errors.push_back(error("plan.grade", InputErrorCode::OutOfRange, Words::gradeFormat(), v.grade));

    json plan = json::object();
    switch (v.retireMode) {
    case RetireMode::Statutory: plan["retire"] = "statutory"; break;
    case RetireMode::Early: plan["retire"] = json{{"earlyMonths", v.retireMonths}}; break;
    case RetireMode::Late: plan["retire"] = json{{"lateMonths", v.retireMonths}}; break;
    case RetireMode::Month:
        if (auto m = p.month(v.retireMonth, "plan.retire", true))
            plan["retire"] = m->toString();
        break;
    }
    json periods = json::array();
    int index = 0;
    for (const PeriodText &period : v.periods) {
        if (period.isEmpty())
            continue;
        const std::string at = "plan.contributions[" + std::to_string(index++) + "]";
        json row = json::object();
        if (auto m = p.month(period.from, at + ".from", true))
            row["from"] = m->toString();
        if (period.until.trimmed().isEmpty())
            row["until"] = "retirement";
        else if (auto m = p.month(period.until, at + ".until", false))
            row["until"] = m->toString();
        const QString gradeText = period.grade.trimmed().isEmpty() ? v.grade : period.grade;
        if (auto g = parse::grade(gradeText))
            row["grade"] = scaledJson(*g, 6);
        else
            p.errors.push_back(error(at + ".grade", InputErrorCode::BadFormat, Words::gradeFormat(), period.grade));
        const QString kindText = period.kind.trimmed().isEmpty() ? QString::fromLatin1(kindKey(v.kind)) : period.kind;
        if (auto k = kindFromText(kindText))
            row["kind"] = *k;
        else
            p.errors.push_back(error(at + ".kind", InputErrorCode::NotOneOf, Words::kindFormat(), period.kind));
        periods.push_back(row);
    }
    plan["contributions"] = periods;
    doc["plan"] = plan;
    if (!v.useHistory)
        if (auto x = p.decimal(v.localPensionBase, 2, Words::yuanFormat(), "overrides.localPensionBase", false))
            doc["overrides"] = json{{"localPensionBase", scaledJson(*x, 2)}};

    // The engine reads what parsed and reports every problem it finds, so the form shows them all at once; a field
    // that did not parse is left out of the document and keeps the form's own message.
    CaseReading read = readCaseJsonAll(doc);
    if (p.errors.empty() && read.kase) {
        out.kase = std::move(read.kase);
        return out;
    }
    out.errors = std::move(p.errors);
    for (InputError &e : read.errors) {
        const bool known =
            std::any_of(out.errors.begin(), out.errors.end(), [&](const InputError &x) { return x.field == e.field; });
        if (!known)
            out.errors.push_back(std::move(e));
    }
    return out;
}

} // namespace pension::gui
