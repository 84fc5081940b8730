// The checks every source of a case shares (case files, batch rows), and the English line of an input error.
#include "case_check.h"

#include <algorithm>

namespace pension {

namespace caseio {

std::string shortened(std::string got)
{
    if (got.size() <= 40)
        return got;
    std::size_t cut = 37;
    while (cut > 0 && (static_cast<unsigned char>(got[cut]) & 0xC0) == 0x80)
        --cut;
    return got.substr(0, cut) + "...";
}

void fail(std::string field, InputErrorCode code, Allowed allowed, std::string got)
{
    got = shortened(std::move(got));
    throw Bad{InputError{std::move(field), code, std::move(allowed), std::move(got)}};
}

void Problems::fail(std::string field, InputErrorCode code, Allowed allowed, std::string got)
{
    add(InputError{std::move(field), code, std::move(allowed), shortened(std::move(got))});
}

void Problems::add(InputError e)
{
    if (std::none_of(m_list.begin(), m_list.end(), [&](const InputError &x) { return x.field == e.field; }))
        m_list.push_back(std::move(e));
}

void Problems::throwFirst() const
{
    if (!m_list.empty())
        throw Bad{m_list.front()};
}

YearMonth monthValue(const std::string &text, const std::string &field)
{
    auto ym = YearMonth::parse(text);
    if (!ym)
        fail(field, InputErrorCode::BadFormat, Allowed::format(Shape::Month), text);
    return *ym;
}

std::string regionValue(const std::string &text)
{
    if (text.empty() || text.size() > 64 || !std::all_of(text.begin(), text.end(), [](char ch) {
            return (ch >= 'a' && ch <= 'z') || ch == '-' || ch == '/';
        }))
        fail("region", InputErrorCode::BadFormat, Allowed::format(Shape::RegionId), text);
    return text;
}

InsuranceKind kindValue(const std::string &s, const std::string &field)
{
    if (s == "employee")
        return InsuranceKind::Employee;
    if (s == "flexible")
        return InsuranceKind::Flexible;
    fail(field, InputErrorCode::NotOneOf, Allowed::oneOf({"employee", "flexible"}), s);
}

Sex sexValue(const std::string &s, const std::string &field)
{
    if (s == "male")
        return Sex::Male;
    if (s == "female")
        return Sex::Female;
    fail(field, InputErrorCode::NotOneOf, Allowed::oneOf({"male", "female"}), s);
}

Allowed tracks()
{
    return Allowed::oneOf({"male-60", "female-55", "female-50"});
}

bool isItemId(const std::string &id)
{
    return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-';
    });
}

std::string trackValue(const std::string &s, const std::string &field)
{
    if (s == "male-60" || s == "female-55" || s == "female-50")
        return s;
    // A region's own track (xizang: male-55-flexible, female-45-flexible) starts with the sex it is for; whether the
    // case's region has it is checked when the region is resolved.
    const bool regionTrack = (s.rfind("male-", 0) == 0 || s.rfind("female-", 0) == 0) && s.size() <= 48 &&
                             std::all_of(s.begin(), s.end(), [](char ch) {
                                 return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-';
                             });
    if (!regionTrack)
        fail(field, InputErrorCode::NotOneOf, tracks(), s);
    return s;
}

void checkPerson(const Case &c, Problems &p)
{
    if (c.person.name.size() > 200)
        p.fail("person.name", InputErrorCode::OutOfRange, Allowed::atMost(Number::whole(200), AllowedUnit::Bytes));
    if (c.person.birth.year() < 1920)
        p.fail("person.birth", InputErrorCode::OutOfRange,
               Allowed::atLeast(Number::month(YearMonth::of(1920, 1)), AllowedUnit::Month), c.person.birth.toString());
    if (c.person.birth.plus(16 * 12) > c.asOf.plus(60 * 12) || !(c.person.birth < c.asOf))
        p.fail("person.birth", InputErrorCode::Inconsistent, Allowed::related(Relation::Before, "asOf"),
               c.person.birth.toString());
    if ((c.person.track.rfind("male-", 0) == 0) != (c.person.sex == Sex::Male))
        p.fail("person.track", InputErrorCode::Inconsistent,
               c.person.sex == Sex::Male
                   ? Allowed::of(Allowed::Kind::TrackForSex, {"male-60"}, "male")
                   : Allowed::of(Allowed::Kind::TrackForSex, {"female-55", "female-50"}, "female"),
               c.person.track);
    if (!c.person.idNumber.empty())
        if (auto e = checkIdNumber(c.person.idNumber, c.person.birth, "person.idNumber"))
            p.add(*e);
}

void checkInsurance(const Case &c, Problems &p)
{
    if (c.firstContribution && *c.firstContribution < c.person.birth.plus(14 * 12))
        p.fail("insurance.firstContribution", InputErrorCode::Inconsistent, Allowed::count(Allowed::Kind::MinAge, 14),
               c.firstContribution->toString());
    if (c.firstContribution && c.asOf < *c.firstContribution)
        p.fail("insurance.firstContribution", InputErrorCode::Inconsistent,
               Allowed::related(Relation::OnOrBefore, "asOf", c.asOf.toString()), c.firstContribution->toString());
    if (c.accountStart && c.accountStart->year() < 1990)
        p.fail("insurance.accountStart", InputErrorCode::OutOfRange,
               Allowed::atLeast(Number::month(YearMonth::of(1990, 1)), AllowedUnit::Month), c.accountStart->toString());
}

void checkRecord(const Record &rec, bool hasIndex, bool hasBalance, Problems &p)
{
    if (rec.deemed + rec.preAccount + rec.account > 2 * 720)
        p.fail("record.accountMonths", InputErrorCode::OutOfRange,
               Allowed::atMost(Number::whole(720), AllowedUnit::HalfMonths));
    if (rec.account > 0 && !hasIndex && !rec.indexedWage)
        p.fail("record.averageIndex", InputErrorCode::Missing, kIndex.allowed.withDecimals(kStatementIndexDecimals));
    if (rec.account > 0 && hasIndex && (rec.averageIndex < kIndexLowest || rec.averageIndex > kIndexPlausible))
        p.fail("record.averageIndex", InputErrorCode::OutOfRange, kIndex.allowed, formatIndex(rec.averageIndex));
    if (!hasBalance)
        p.fail("record.accountBalance", InputErrorCode::Missing, kBalance.allowed);
    if (rec.accountBalance < 0 || rec.accountBalance > static_cast<Fen>(kBalance.hi * 100))
        p.fail("record.accountBalance", InputErrorCode::OutOfRange, kBalance.allowed, formatFen(rec.accountBalance));
}

// The transitional months are part of the record's months: 视同 + 建账前 at most, N实98 within the account's.
void checkTransitionMonths(const Record &rec, Problems &p)
{
    if (rec.transitionMonths && *rec.transitionMonths > rec.deemed + rec.preAccount + rec.account)
        p.fail("record.transitionMonths", InputErrorCode::Inconsistent,
               Allowed::of(Allowed::Kind::AtMostSum, {"deemedMonths", "preAccountMonths", "accountMonths"}),
               std::to_string(*rec.transitionMonths / 2));
    if (rec.transitionPaidMonths && *rec.transitionPaidMonths > rec.preAccount + rec.account)
        p.fail("record.transitionPaidMonths", InputErrorCode::Inconsistent,
               Allowed::of(Allowed::Kind::AtMostSum, {"preAccountMonths", "accountMonths"}),
               std::to_string(*rec.transitionPaidMonths / 2));
}

// A plan period against asOf and the period before it.
void checkPeriod(const Case &c, std::size_t i, Problems &p)
{
    const std::string at = "plan.contributions[" + std::to_string(i) + "]";
    const PlanPeriod &pp = c.plan.contributions[i];
    if (!(c.asOf < pp.from))
        p.fail(at + ".from", InputErrorCode::Inconsistent, Allowed::related(Relation::After, "asOf", c.asOf.toString()),
               pp.from.toString());
    if (pp.until && *pp.until < pp.from)
        p.fail(at + ".until", InputErrorCode::Inconsistent,
               Allowed::related(Relation::OnOrAfter, "from", pp.from.toString()), pp.until->toString());
    if (pp.grade < law::kMinGrade || pp.grade > law::kMaxGrade)
        p.fail(at + ".grade", InputErrorCode::OutOfRange, kGrade.allowed, formatFraction(pp.grade));
    if (i > 0) {
        const PlanPeriod &prev = c.plan.contributions[i - 1];
        if (!prev.until || !(*prev.until < pp.from))
            p.fail(at + ".from", InputErrorCode::Inconsistent,
                   Allowed::related(Relation::After, "plan.contributions[" + std::to_string(i - 1) + "].until",
                                    prev.until ? prev.until->toString() : std::string("retirement")),
                   pp.from.toString());
    }
}

std::int64_t decimalText(const std::string &text, const std::string &field, int scale, const Limit &limit)
{
    auto wide = parseScaled(text, 9);
    if (!wide)
        fail(field, InputErrorCode::WrongType, limit.allowed, text);
    const double v = static_cast<double>(*wide) / 1e9;
    if (v < limit.lo || v > limit.hi)
        fail(field, InputErrorCode::OutOfRange, limit.allowed, text);
    auto scaled = parseScaled(text, scale);
    if (!scaled)
        fail(field, InputErrorCode::BadFormat, limit.allowed.withDecimals(scale), text);
    return *scaled;
}

HalfMonths halvesText(const std::string &text, const std::string &field)
{
    const std::int64_t tenths = decimalText(text, field, 1, kMonths);
    if (tenths % 5 != 0)
        fail(field, InputErrorCode::BadFormat, kMonths.allowed, text);
    return static_cast<HalfMonths>(tenths / 5);
}

} // namespace caseio

std::string InputError::describe() const
{
    const std::string allowed = this->allowed.describe();
    std::string what;
    switch (code) {
    case InputErrorCode::Missing: what = "missing; expected " + allowed; break;
    case InputErrorCode::WrongType:
        what = allowed.empty()
                   ? std::string("wrong type")
                   : "wrong type; expected " +
                         std::string(this->allowed.kind == Allowed::Kind::Range ? "a number " : "") + allowed;
        break;
    case InputErrorCode::BadFormat: what = "bad format; expected " + allowed; break;
    case InputErrorCode::OutOfRange: what = "out of range; allowed " + allowed; break;
    case InputErrorCode::NotOneOf: what = "not allowed; one of " + allowed; break;
    case InputErrorCode::Inconsistent: what = "inconsistent; must be " + allowed; break;
    case InputErrorCode::UnknownField: what = "unknown field"; break;
    case InputErrorCode::NotJson: what = "not valid JSON (" + allowed + ")"; break;
    case InputErrorCode::IdLength: what = "an ID number has 18 characters"; break;
    case InputErrorCode::IdCheckDigit: what = "wrong check digit"; break;
    case InputErrorCode::DuplicateKey: what = "given more than once"; break;
    case InputErrorCode::TooDeep: what = "nested too deep; " + allowed; break;
    case InputErrorCode::IdBirth: what = "birth date disagrees with " + allowed; break;
    }
    std::string line = (field.empty() ? std::string("case") : field) + ": " + what;
    if (!got.empty())
        line += " (got \"" + got + "\")";
    return line;
}

} // namespace pension
