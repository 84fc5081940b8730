// Writing a case back to `pension-case/1` JSON.
#include "case.h"
#include "casecompare.h"

#include <nlohmann/json.hpp>

namespace pension {

using nlohmann::json;

namespace {

json fractionJson(Ppm p)
{
    return json::parse(formatFraction(p));
}

json halfJson(HalfMonths h)
{
    if (h % 2 == 0)
        return h / 2;
    return h / 2.0;
}

json fenJson(Fen f)
{
    return json::parse(formatFen(f));
}

const char *kindName(InsuranceKind k)
{
    return k == InsuranceKind::Employee ? "employee" : "flexible";
}

} // namespace

std::string writeCase(const Case &c)
{
    json doc = json::object();
    doc["format"] = "pension-case/1";
    doc["region"] = c.region;
    doc["asOf"] = c.asOf.toString();
    if (c.calculatedOn)
        doc["calculatedOn"] = c.calculatedOn->toString();
    json person = json::object();
    if (!c.person.name.empty())
        person["name"] = c.person.name;
    if (!c.person.idNumber.empty())
        person["idNumber"] = c.person.idNumber;
    person["sex"] = c.person.sex == Sex::Male ? "male" : "female";
    person["birth"] = c.person.birth.toString();
    person["track"] = c.person.track;
    doc["person"] = person;
    json ins = json::object();
    ins["kind"] = kindName(c.kind);
    if (c.firstContribution)
        ins["firstContribution"] = c.firstContribution->toString();
    if (c.accountStart)
        ins["accountStart"] = c.accountStart->toString();
    if (c.historyDeemed)
        ins["deemedMonths"] = halfJson(c.historyDeemed);
    doc["insurance"] = ins;
    if (c.record) {
        json r = json::object();
        r["deemedMonths"] = halfJson(c.record->deemed);
        r["preAccountMonths"] = halfJson(c.record->preAccount);
        r["accountMonths"] = halfJson(c.record->account);
        if (c.record->averageIndex != 0 || !c.record->indexedWage) // a sheet printing only W has no index
            r["averageIndex"] = fractionJson(c.record->averageIndex);
        r["accountBalance"] = fenJson(c.record->accountBalance);
        if (c.record->transitionIndex)
            r["transitionIndex"] = fractionJson(*c.record->transitionIndex);
        if (c.record->transitionMonths)
            r["transitionMonths"] = halfJson(*c.record->transitionMonths);
        if (c.record->transitionPaidMonths)
            r["transitionPaidMonths"] = halfJson(*c.record->transitionPaidMonths);
        if (c.record->indexedWage)
            r["indexedWage"] = fenJson(*c.record->indexedWage);
        if (c.record->oldMethodTransitional)
            r["oldMethodTransitional"] = fenJson(*c.record->oldMethodTransitional);
        if (c.record->notionalCredits)
            r["notionalCredits"] = fenJson(*c.record->notionalCredits);
        if (!c.record->localItems.empty()) {
            json items = json::object();
            for (const auto &[id, amount] : c.record->localItems)
                items[id] = fenJson(amount);
            r["localItems"] = items;
        }
        const Record &rec = *c.record;
        if (rec.deemedAccount)
            r["deemedAccount"] = fenJson(*rec.deemedAccount);
        if (rec.deemedIndex)
            r["deemedIndex"] = fractionJson(*rec.deemedIndex);
        if (rec.preAccountIndexSum)
            r["preAccountIndexSum"] = fractionJson(*rec.preAccountIndexSum);
        if (rec.oldIndexedWage)
            r["oldIndexedWage"] = fenJson(*rec.oldIndexedWage);
        if (rec.oldMethodShare)
            r["oldMethodShare"] = fractionJson(*rec.oldMethodShare);
        if (!rec.localItemClaims.empty()) {
            json claims = json::array();
            for (const std::string &id : rec.localItemClaims)
                claims.push_back(id);
            r["localItemClaims"] = claims;
        }
        if (!rec.localItemMonths.empty()) {
            json months = json::object();
            for (const auto &[id, halves] : rec.localItemMonths)
                months[id] = halfJson(halves);
            r["localItemMonths"] = months;
        }
        if (rec.oldMethodIndex)
            r["oldMethodIndex"] = fractionJson(*rec.oldMethodIndex);
        doc["record"] = r;
    } else {
        json rows = json::array();
        for (const auto &h : c.history) {
            json row = json::object();
            row["year"] = h.year;
            row["months"] = halfJson(h.months);
            if (h.baseTotal)
                row["baseTotal"] = fenJson(*h.baseTotal);
            else
                row["monthlyBase"] = fenJson(h.monthlyBase);
            if (h.averageWage)
                row["averageWage"] = fenJson(*h.averageWage);
            if (h.accountCredit)
                row["accountCredit"] = fenJson(*h.accountCredit);
            if (h.firstMonth)
                row["firstMonth"] = *h.firstMonth;
            rows.push_back(row);
        }
        doc["history"] = rows;
    }
    json plan = json::object();
    switch (c.plan.retire.kind) {
    case RetireKind::Statutory: plan["retire"] = "statutory"; break;
    case RetireKind::Month: plan["retire"] = c.plan.retire.month.toString(); break;
    case RetireKind::Early: plan["retire"] = json{{"earlyMonths", c.plan.retire.months}}; break;
    case RetireKind::Late: plan["retire"] = json{{"lateMonths", c.plan.retire.months}}; break;
    }
    if (c.plan.reason != RetireReason::Normal)
        plan["retireReason"] = c.plan.reason == RetireReason::SpecialType ? "special-type" : "illness";
    json periods = json::array();
    for (const auto &p : c.plan.contributions)
        periods.push_back({{"from", p.from.toString()},
                           {"until", p.until ? p.until->toString() : std::string("retirement")},
                           {"grade", fractionJson(p.grade)},
                           {"kind", kindName(p.kind)}});
    plan["contributions"] = periods;
    doc["plan"] = plan;
    json as = json::object();
    if (c.assumptions.wageGrowth)
        as["wageGrowth"] = fractionJson(*c.assumptions.wageGrowth);
    if (c.assumptions.accountInterest)
        as["accountInterest"] = fractionJson(*c.assumptions.accountInterest);
    if (c.assumptions.pensionIncrease)
        as["pensionIncrease"] = fractionJson(*c.assumptions.pensionIncrease);
    if (c.assumptions.inflation)
        as["inflation"] = fractionJson(*c.assumptions.inflation);
    if (!as.empty())
        doc["assumptions"] = as;
    json ov = json::object();
    if (c.overrides.pensionBase)
        ov["pensionBase"] = fenJson(*c.overrides.pensionBase);
    if (c.overrides.annuityMonthsTenths)
        ov["annuityMonths"] = json::parse(formatScaled(*c.overrides.annuityMonthsTenths, 1));
    if (c.overrides.transitionRate)
        ov["transitionRate"] = fractionJson(*c.overrides.transitionRate);
    if (c.overrides.localPensionBase)
        ov["localPensionBase"] = fenJson(*c.overrides.localPensionBase);
    if (!ov.empty())
        doc["overrides"] = ov;
    writeCompare(c.compare, doc);
    return doc.dump(2) + "\n";
}

} // namespace pension
