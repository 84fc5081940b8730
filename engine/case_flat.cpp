// A statement-based case given as text fields (a batch row's columns), read with the checks of a case file.
#include "case.h"
#include "case_check.h"

#include <algorithm>

namespace pension {

using namespace caseio;

CaseOrError caseFromFlat(const FlatCase &f)
{
    try {
        Problems problems; // a batch row reports its first problem
        Case c;
        c.region = regionValue(f.region);
        c.asOf = monthValue(f.asOf, "asOf");
        c.person.name = f.name;
        c.person.idNumber = f.idNumber;
        c.person.sex = sexValue(f.sex, "person.sex");
        c.person.birth = monthValue(f.birth, "person.birth");
        c.person.track = trackValue(f.track, "person.track");
        checkPerson(c, problems);
        problems.throwFirst();
        c.kind = kindValue(f.kind, "insurance.kind");
        if (!f.firstContribution.empty())
            c.firstContribution = monthValue(f.firstContribution, "insurance.firstContribution");
        if (!f.accountStart.empty())
            c.accountStart = monthValue(f.accountStart, "insurance.accountStart");
        checkInsurance(c, problems);
        problems.throwFirst();
        Record rec;
        if (!f.deemedMonths.empty())
            rec.deemed = halvesText(f.deemedMonths, "record.deemedMonths");
        if (!f.preAccountMonths.empty())
            rec.preAccount = halvesText(f.preAccountMonths, "record.preAccountMonths");
        if (f.accountMonths.empty())
            fail("record.accountMonths", InputErrorCode::Missing, kMonths.allowed);
        rec.account = halvesText(f.accountMonths, "record.accountMonths");
        if (!f.averageIndex.empty())
            rec.averageIndex = decimalText(f.averageIndex, "record.averageIndex", kStatementIndexDecimals,
                                           Limit{0, kIndex.hi, kIndex.allowed});
        if (!f.indexedWage.empty())
            rec.indexedWage = decimalText(f.indexedWage, "record.indexedWage", 2, kIndexedWage);
        if (!f.accountBalance.empty())
            rec.accountBalance = decimalText(f.accountBalance, "record.accountBalance", 2, kBalance);
        checkRecord(rec, !f.averageIndex.empty(), !f.accountBalance.empty(), problems);
        problems.throwFirst();
        if (!f.transitionIndex.empty())
            rec.transitionIndex = decimalText(f.transitionIndex, "record.transitionIndex", kStatementIndexDecimals,
                                              Limit{0, kIndex.hi, kIndex.allowed});
        if (!f.transitionMonths.empty())
            rec.transitionMonths = halvesText(f.transitionMonths, "record.transitionMonths");
        checkTransitionMonths(rec, problems);
        problems.throwFirst();
        if (!f.deemedAccount.empty())
            rec.deemedAccount = decimalText(f.deemedAccount, "record.deemedAccount", 2, kBalance);
        if (!f.deemedIndex.empty())
            rec.deemedIndex = decimalText(f.deemedIndex, "record.deemedIndex", 4, kIndex) * 100;
        if (!f.preAccountIndexSum.empty())
            rec.preAccountIndexSum = decimalText(f.preAccountIndexSum, "record.preAccountIndexSum", 4, kIndexSum) * 100;
        if (!f.oldIndexedWage.empty())
            rec.oldIndexedWage = decimalText(f.oldIndexedWage, "record.oldIndexedWage", 2, kLocalItem);
        if (!f.oldMethodShare.empty())
            rec.oldMethodShare = decimalText(f.oldMethodShare, "record.oldMethodShare", 4, kShare) * 100;
        if (!f.oldMethodIndex.empty())
            rec.oldMethodIndex = decimalText(f.oldMethodIndex, "record.oldMethodIndex", kStatementIndexDecimals,
                                             Limit{0, kIndex.hi, kIndex.allowed});
        // localItemClaims: item ids separated by ';' (a CSV field holds no list).
        for (std::size_t at = 0; at <= f.localItemClaims.size() && !f.localItemClaims.empty();) {
            const std::size_t end = std::min(f.localItemClaims.find(';', at), f.localItemClaims.size());
            const std::string id = f.localItemClaims.substr(at, end - at);
            if (!isItemId(id))
                fail("record.localItemClaims", InputErrorCode::BadFormat, Allowed::format(Shape::ItemId), id);
            rec.localItemClaims.push_back(id);
            at = end + 1;
        }
        if (!f.oldMethodTransitional.empty())
            rec.oldMethodTransitional =
                decimalText(f.oldMethodTransitional, "record.oldMethodTransitional", 2, kLocalItem);
        if (!f.notionalCredits.empty())
            rec.notionalCredits = decimalText(f.notionalCredits, "record.notionalCredits", 2, kBalance);
        c.record = rec;
        c.plan.retire = f.retire;
        if (f.grade && (!f.stopAfterYears || *f.stopAfterYears > 0)) {
            PlanPeriod p;
            p.from = c.asOf.plus(1);
            if (f.stopAfterYears)
                p.until = c.asOf.plus(12 * *f.stopAfterYears);
            p.grade = *f.grade;
            p.kind = c.kind;
            c.plan.contributions.push_back(p);
            checkPeriod(c, 0, problems);
            problems.throwFirst();
        }
        if (!f.pensionBase.empty())
            c.overrides.pensionBase = decimalText(f.pensionBase, "overrides.pensionBase", 2, kPensionBase);
        if (!f.localPensionBase.empty())
            c.overrides.localPensionBase =
                decimalText(f.localPensionBase, "overrides.localPensionBase", 2, kPensionBase);
        return c;
    } catch (const Bad &b) {
        return b.error;
    }
}

} // namespace pension
