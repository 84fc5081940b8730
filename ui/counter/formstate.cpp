#include "formstate.h"

#include "casecompare.h"
#include "evaluate.h"
#include "format.h"
#include "retirement.h"
#include "texts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pension::gui::formstate {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

const char *retireModeKey(RetireMode m)
{
    switch (m) {
    case RetireMode::Statutory: return "statutory";
    case RetireMode::Early: return "early";
    case RetireMode::Late: return "late";
    case RetireMode::Month: return "month";
    }
    return "statutory";
}

RetireMode retireModeFrom(const QString &key)
{
    if (key == QStringLiteral("early"))
        return RetireMode::Early;
    if (key == QStringLiteral("late"))
        return RetireMode::Late;
    if (key == QStringLiteral("month"))
        return RetireMode::Month;
    return RetireMode::Statutory;
}

QString kindKey(InsuranceKind k)
{
    return k == InsuranceKind::Employee ? QStringLiteral("employee") : QStringLiteral("flexible");
}

QJsonArray rowsJson(const QList<QStringList> &rows)
{
    QJsonArray out;
    for (const QStringList &r : rows)
        out.append(QJsonArray::fromStringList(r));
    return out;
}

QStringList cells(const QJsonValue &v, int count)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (int i = 0; i < count; ++i)
        out << (i < a.size() ? a.at(i).toString() : QString());
    return out;
}

QJsonObject formJson(const FormValues &v)
{
    QJsonObject o;
    o[QStringLiteral("name")] = v.name;
    o[QStringLiteral("idNumber")] = v.idNumber;
    o[QStringLiteral("sex")] = v.sex == Sex::Female ? QStringLiteral("female") : QStringLiteral("male");
    o[QStringLiteral("birth")] = v.birth;
    o[QStringLiteral("track")] = v.track;
    o[QStringLiteral("kind")] = kindKey(v.kind);
    o[QStringLiteral("region")] = v.region;
    o[QStringLiteral("asOf")] = v.asOf;
    o[QStringLiteral("useHistory")] = v.useHistory;
    o[QStringLiteral("deemed")] = v.deemed;
    o[QStringLiteral("preAccount")] = v.preAccount;
    o[QStringLiteral("accountMonths")] = v.accountMonths;
    o[QStringLiteral("averageIndex")] = v.averageIndex;
    o[QStringLiteral("accountBalance")] = v.accountBalance;
    o[QStringLiteral("transitionIndex")] = v.transitionIndex;
    o[QStringLiteral("transitionMonths")] = v.transitionMonths;
    o[QStringLiteral("transitionPaidMonths")] = v.transitionPaidMonths;
    o[QStringLiteral("localPensionBase")] = v.localPensionBase;
    o[QStringLiteral("indexedWage")] = v.indexedWage;
    o[QStringLiteral("oldMethodTransitional")] = v.oldMethodTransitional;
    o[QStringLiteral("oldMethodIndex")] = v.oldMethodIndex;
    o[QStringLiteral("notionalCredits")] = v.notionalCredits;
    o[QStringLiteral("localItemClaims")] = QJsonArray::fromStringList(v.localItemClaims);
    QJsonObject itemMonths;
    for (auto it = v.localItemMonths.begin(); it != v.localItemMonths.end(); ++it)
        itemMonths[it.key()] = it.value();
    o[QStringLiteral("localItemMonths")] = itemMonths;
    o[QStringLiteral("historyDeemed")] = v.historyDeemed;
    o[QStringLiteral("accountStart")] = v.accountStart;
    QList<QStringList> history;
    for (const HistoryText &h : v.history)
        history << QStringList{h.year, h.months, h.monthlyBase, h.baseTotal, h.accountCredit};
    o[QStringLiteral("history")] = rowsJson(history);
    o[QStringLiteral("grade")] = v.grade;
    o[QStringLiteral("stopAtYears")] = v.stopAtYears;
    o[QStringLiteral("stopYears")] = v.stopYears;
    QList<QStringList> periods;
    for (const PeriodText &p : v.periods)
        periods << QStringList{p.from, p.until, p.grade, p.kind};
    o[QStringLiteral("periods")] = rowsJson(periods);
    o[QStringLiteral("retireMode")] = QString::fromLatin1(retireModeKey(v.retireMode));
    o[QStringLiteral("retireMonths")] = v.retireMonths;
    o[QStringLiteral("retireMonth")] = v.retireMonth;
    return o;
}

FormValues formFromJson(const QJsonObject &o)
{
    FormValues v;
    auto str = [&](const char *key, QString &into) {
        if (o.contains(QLatin1String(key)))
            into = o.value(QLatin1String(key)).toString();
    };
    str("name", v.name);
    str("idNumber", v.idNumber);
    v.sex = o.value(QStringLiteral("sex")).toString() == QStringLiteral("female") ? Sex::Female : Sex::Male;
    str("birth", v.birth);
    str("track", v.track);
    v.kind = o.value(QStringLiteral("kind")).toString() == QStringLiteral("employee") ? InsuranceKind::Employee
                                                                                      : InsuranceKind::Flexible;
    str("region", v.region);
    str("asOf", v.asOf);
    v.useHistory = o.value(QStringLiteral("useHistory")).toBool();
    str("deemed", v.deemed);
    str("preAccount", v.preAccount);
    str("accountMonths", v.accountMonths);
    str("averageIndex", v.averageIndex);
    str("accountBalance", v.accountBalance);
    str("transitionIndex", v.transitionIndex);
    str("transitionMonths", v.transitionMonths);
    str("transitionPaidMonths", v.transitionPaidMonths);
    str("localPensionBase", v.localPensionBase);
    str("indexedWage", v.indexedWage);
    str("oldMethodTransitional", v.oldMethodTransitional);
    str("oldMethodIndex", v.oldMethodIndex);
    str("notionalCredits", v.notionalCredits);
    const QJsonObject itemMonths = o.value(QStringLiteral("localItemMonths")).toObject();
    for (auto it = itemMonths.begin(); it != itemMonths.end(); ++it)
        if (it.value().isString())
            v.localItemMonths.insert(it.key(), it.value().toString());
    for (const QJsonValue &id : o.value(QStringLiteral("localItemClaims")).toArray())
        if (id.isString())
            v.localItemClaims << id.toString();
    str("historyDeemed", v.historyDeemed);
    str("accountStart", v.accountStart);
    for (const QJsonValue &row : o.value(QStringLiteral("history")).toArray()) {
        const QStringList c = cells(row, 5);
        v.history << HistoryText{c[0], c[1], c[2], c[3], c[4]};
    }
    str("grade", v.grade);
    v.stopAtYears = o.value(QStringLiteral("stopAtYears")).toBool();
    v.stopYears = o.value(QStringLiteral("stopYears")).toInt(v.stopYears);
    for (const QJsonValue &row : o.value(QStringLiteral("periods")).toArray()) {
        const QStringList c = cells(row, 4);
        v.periods << PeriodText{c[0], c[1], c[2], c[3]};
    }
    v.retireMode = retireModeFrom(o.value(QStringLiteral("retireMode")).toString());
    v.retireMonths = o.value(QStringLiteral("retireMonths")).toInt(v.retireMonths);
    str("retireMonth", v.retireMonth);
    return v;
}

} // namespace

QByteArray toJson(const FormValues &values, const std::vector<ComparePlan> &compare)
{
    QJsonObject doc;
    doc[QStringLiteral("format")] = QString::fromLatin1(kFormat);
    if (!compare.empty()) {
        nlohmann::json plans = nlohmann::json::object();
        writeCompare(compare, plans);
        const QJsonDocument list = QJsonDocument::fromJson(QByteArray::fromStdString(plans.dump()));
        doc[QStringLiteral("compare")] = list.object().value(QStringLiteral("compare"));
    }
    doc[QStringLiteral("form")] = formJson(values);
    CaseBuild built = buildCase(values);
    if (built.kase) {
        const std::string text = writeCase(*built.kase);
        const QJsonDocument kase = QJsonDocument::fromJson(QByteArray::fromStdString(text));
        if (kase.isObject())
            doc[QStringLiteral("case")] = kase.object();
    }
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

std::variant<Loaded, QString> fromJson(const QByteArray &text, const ParameterLibrary *library, YearMonth today)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (doc.isObject() && doc.object().value(QStringLiteral("format")).toString() == QLatin1String(kFormat)) {
        Loaded out;
        out.values = formFromJson(doc.object().value(QStringLiteral("form")).toObject());
        if (const QJsonValue plans = doc.object().value(QStringLiteral("compare")); plans.isArray()) {
            // The program's own state: pins it cannot read are left out, the form is kept.
            QJsonObject wrapped;
            wrapped[QStringLiteral("compare")] = plans;
            const QByteArray text = QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
            const auto parsed = nlohmann::json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
            if (parsed.is_discarded() || readCompare(parsed, out.compare))
                out.compare.clear();
        }
        return out;
    }
    CaseOrError read = readCase(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (auto *e = std::get_if<InputError>(&read))
        return texts::inputError(*e);
    Loaded out;
    out.wasCase = true;
    out.values = fromCase(std::get<Case>(read), &out.dropped, library, today);
    out.compare = std::get<Case>(read).compare;
    return out;
}

FormValues fromCase(const Case &c, QStringList *dropped, const ParameterLibrary *library, YearMonth today)
{
    QStringList lost;
    FormValues v;
    v.name = q(c.person.name);
    v.idNumber = q(c.person.idNumber);
    v.sex = c.person.sex;
    v.birth = q(c.person.birth.toString());
    v.track = q(c.person.track);
    v.kind = c.kind;
    v.region = q(c.region);
    v.asOf = q(c.asOf.toString());
    if (c.firstContribution)
        lost << QStringLiteral("insurance.firstContribution");
    if (c.record) {
        v.useHistory = false;
        v.deemed = Format::halves(c.record->deemed);
        v.preAccount = Format::halves(c.record->preAccount);
        v.accountMonths = Format::halves(c.record->account);
        // a sheet that prints only the indexed wage has no index to show
        if (c.record->averageIndex != 0 || !c.record->indexedWage)
            v.averageIndex = Format::index(c.record->averageIndex);
        if (c.record->indexedWage)
            v.indexedWage = q(formatFen(*c.record->indexedWage));
        v.accountBalance = q(formatFen(c.record->accountBalance));
        if (c.record->transitionIndex)
            v.transitionIndex = Format::index(*c.record->transitionIndex);
        if (c.record->transitionMonths)
            v.transitionMonths = Format::halves(*c.record->transitionMonths);
        if (c.record->transitionPaidMonths)
            v.transitionPaidMonths = Format::halves(*c.record->transitionPaidMonths);
        if (c.overrides.localPensionBase)
            v.localPensionBase = q(formatFen(*c.overrides.localPensionBase));
        if (!c.record->localItems.empty())
            lost << QStringLiteral("record.localItems");
        for (const std::string &id : c.record->localItemClaims)
            v.localItemClaims << q(id);
        for (const auto &[id, months] : c.record->localItemMonths)
            v.localItemMonths.insert(q(id), Format::halves(months));
        if (c.record->oldMethodIndex)
            v.oldMethodIndex = Format::index(*c.record->oldMethodIndex);
        if (c.record->oldMethodTransitional)
            v.oldMethodTransitional = q(formatFen(*c.record->oldMethodTransitional));
        if (c.record->notionalCredits)
            v.notionalCredits = q(formatFen(*c.record->notionalCredits));
        if (c.accountStart)
            lost << QStringLiteral("insurance.accountStart");
        if (c.historyDeemed)
            lost << QStringLiteral("insurance.deemedMonths");
    } else {
        v.useHistory = true;
        if (c.historyDeemed)
            v.historyDeemed = Format::halves(c.historyDeemed);
        if (c.accountStart)
            v.accountStart = q(c.accountStart->toString());
        int index = 0;
        for (const HistoryRow &h : c.history) {
            HistoryText t;
            t.year = QString::number(h.year);
            t.months = Format::halves(h.months);
            if (h.baseTotal)
                t.baseTotal = q(formatFen(*h.baseTotal));
            else
                t.monthlyBase = q(formatFen(h.monthlyBase));
            if (h.accountCredit)
                t.accountCredit = q(formatFen(*h.accountCredit));
            const QString at = QStringLiteral("history[%1].").arg(index++);
            if (h.averageWage)
                lost << at + QStringLiteral("averageWage");
            if (h.firstMonth)
                lost << at + QStringLiteral("firstMonth");
            v.history << t;
        }
    }

    switch (c.plan.retire.kind) {
    case RetireKind::Statutory: v.retireMode = RetireMode::Statutory; break;
    case RetireKind::Early:
        v.retireMode = RetireMode::Early;
        v.retireMonths = c.plan.retire.months;
        break;
    case RetireKind::Late:
        v.retireMode = RetireMode::Late;
        v.retireMonths = c.plan.retire.months;
        break;
    case RetireKind::Month:
        v.retireMode = RetireMode::Month;
        v.retireMonth = q(c.plan.retire.month.toString());
        break;
    }
    if (c.plan.reason != RetireReason::Normal)
        lost << QStringLiteral("plan.retireReason");

    const auto &periods = c.plan.contributions;
    if (periods.size() == 1 && periods[0].from == c.asOf.plus(1) && !periods[0].until && periods[0].kind == c.kind) {
        v.grade = Format::grade(periods[0].grade); // the form's own plan
    } else if (!periods.empty()) {
        v.grade = Format::grade(periods.front().grade);
        for (const PlanPeriod &p : periods)
            v.periods << PeriodText{q(p.from.toString()), p.until ? q(p.until->toString()) : QString(),
                                    Format::grade(p.grade), kindKey(p.kind)};
    } else if (library) {
        // No more contributions. The form pays at its grade until retirement unless told to stop: "stop once I
        // reach 1 year" stops now for anyone with a year on record.
        const Evaluation ev = evaluate(c, *library, today, Request{});
        if (ev.prepared) {
            const Prepared &p = *ev.prepared;
            const RetirementDecision d = decideRetirement(p.params, *p.track, c.person, c.plan.retire, c.plan.reason);
            if (!(d.month < c.asOf.plus(1))) {
                v.stopAtYears = true;
                v.stopYears = 1;
                if (p.start.contributed() < 24)
                    lost << QStringLiteral("plan.contributions");
            }
        }
    }

    if (c.assumptions.wageGrowth || c.assumptions.accountInterest || c.assumptions.pensionIncrease ||
        c.assumptions.inflation)
        lost << QStringLiteral("assumptions");
    if (c.overrides.pensionBase || c.overrides.annuityMonthsTenths || c.overrides.transitionRate)
        lost << QStringLiteral("overrides");
    if (dropped)
        *dropped = lost;
    return v;
}

bool hasTypedContent(const FormValues &v)
{
    for (const QString *s : {&v.name, &v.idNumber, &v.birth, &v.deemed, &v.preAccount, &v.accountMonths,
                             &v.averageIndex, &v.accountBalance, &v.transitionIndex, &v.transitionMonths,
                             &v.transitionPaidMonths, &v.localPensionBase, &v.indexedWage, &v.oldMethodTransitional,
                             &v.oldMethodIndex, &v.notionalCredits, &v.historyDeemed, &v.accountStart})
        if (!s->trimmed().isEmpty())
            return true;
    return !v.localItemClaims.isEmpty() ||
           std::any_of(v.localItemMonths.begin(), v.localItemMonths.end(),
                       [](const QString &m) { return !m.trimmed().isEmpty(); }) ||
           std::any_of(v.history.begin(), v.history.end(), [](const HistoryText &h) { return !h.isEmpty(); }) ||
           std::any_of(v.periods.begin(), v.periods.end(), [](const PeriodText &p) { return !p.isEmpty(); });
}

std::optional<Case> effectiveCase(const Outcome &outcome)
{
    if (!outcome.prepared)
        return std::nullopt;
    Case c = outcome.prepared->kase;
    c.plan = outcome.plan;
    return c;
}

} // namespace pension::gui::formstate
