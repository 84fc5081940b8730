#include "texts.h"

#include "format.h"

#include <QLocale>
#include <QTranslator>

namespace pension::texts {

namespace {

QString arg(const Warning &w, std::size_t i)
{
    return i < w.args.size() ? QString::fromStdString(w.args[i]) : QString();
}

// A money argument of a warning in the view's grouping; the engine's text as it is when it is not an amount.
QString money(const Warning &w, std::size_t i, Grouping grouping)
{
    const QString plain = arg(w, i);
    if (grouping == Grouping::Plain || i >= w.args.size())
        return plain;
    const auto fen = parseScaled(w.args[i], 2);
    return fen ? Format::money(*fen, grouping) : plain;
}

// "2027" or "2027–2030": the first two arguments of a warning as a range of years.
QString yearRange(const Warning &w)
{
    return arg(w, 0) == arg(w, 1) ? arg(w, 0) : arg(w, 0) + QStringLiteral("–") + arg(w, 1);
}

const char *kContext = "pension::texts"; // the context lupdate files these strings under

QString tr(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

// A parameter pack's series, by id ("indexDenominator").
QString seriesName(const QString &id)
{
    static const std::pair<const char *, const char *> names[] = {
        {"indexDenominator", QT_TRANSLATE_NOOP("pension::texts", "the average wage contribution indices divide by")},
        {"pensionBase", QT_TRANSLATE_NOOP("pension::texts", "pension base")},
        {"contributionAverage", QT_TRANSLATE_NOOP("pension::texts", "average wage for contribution bases")},
    };
    for (const auto &[key, name] : names)
        if (id == QLatin1String(key))
            return tr(name);
    return id;
}

} // namespace

QString &languageSlot()
{
    static QString language = QStringLiteral("en");
    return language;
}

QString currentLanguage()
{
    return languageSlot();
}

bool installLanguage(const QString &language)
{
    static QTranslator *installed = nullptr;
    if (installed) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
        installed = nullptr;
    }
    languageSlot() = QStringLiteral("en");
    if (language == QStringLiteral("en"))
        return true;
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/pension_zh_CN.qm"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed = translator;
    languageSlot() = QStringLiteral("zh");
    return true;
}

std::string warningField(const Warning &w)
{
    auto at = [&](std::size_t i) { return i < w.args.size() ? w.args[i] : std::string(); };
    switch (w.code) {
    case WarningCode::StaleRecord: return "asOf";
    case WarningCode::RetirementPassed: return "plan.retire";
    case WarningCode::PlanInPast: return at(3);
    case WarningCode::MonthsBeforeWorkingAge: return at(3);
    case WarningCode::BaseAboveCeiling: return at(5);
    case WarningCode::BaseLooksYearly: return at(4);
    case WarningCode::IndexAboveCeiling: return "record.averageIndex";
    case WarningCode::OldMethodFigureMissing: return at(0);
    case WarningCode::OldMethodNotComputed: return "record.oldMethodIndex";
    case WarningCode::PhaseInOldMethodMissing: return "record.oldMethodTransitional";
    case WarningCode::NotionalCreditsMissing: return "record.notionalCredits";
    default: return {};
    }
}

QString warning(const Warning &w, Grouping grouping)
{
    const auto m = [&w, grouping](std::size_t i) { return money(w, i, grouping); };
    switch (w.code) {
    case WarningCode::ProvisionalBase:
        return tr("The %1 pension base (%2) is used provisionally (预发) until the retirement year's base is "
                  "published (%3); the difference is paid back then: about %4 yuan.")
            .arg(arg(w, 0), m(1), arg(w, 2), m(3));
    case WarningCode::AssumedPensionBase:
        return tr("The %1 pension base is not published: %2 is projected from the %4 base with %3% yearly wage "
                  "growth (an assumption).")
            .arg(arg(w, 0), m(1), arg(w, 2), arg(w, 3));
    case WarningCode::PensionBaseFromAverage:
        return tr("No pension base is known for %1 or earlier: the %3 average wage, %2, stands in (the base's "
                  "definition; an assumption).")
            .arg(arg(w, 0), m(1), arg(w, 2));
    case WarningCode::ProvisionalAboveFinal:
        return tr("The projected final pension (%3) is below the provisional one on the %1 base (%2): no back pay "
                  "is shown; this comes from the growth assumption.")
            .arg(arg(w, 0), m(1), m(2));
    case WarningCode::AssumedAverageWage:
        return tr("Average wages for %1 are not published: projected with %2% yearly growth (an assumption).")
            .arg(yearRange(w), arg(w, 2));
    case WarningCode::AssumedInterest:
        return tr("Account interest for %1 uses rates of the parameter pack that are assumptions (no published rate "
                  "was found).")
            .arg(yearRange(w));
    case WarningCode::ProjectedInterest:
        return tr("Account interest for %1 is projected at %2% a year (an assumption).").arg(yearRange(w), arg(w, 2));
    case WarningCode::InterestCreditedProvisionally:
        return tr("The account interest rate for %1 is not yet published on the calculation date: credited at the "
                  "%2 rate of %3%, as the agency does until the rate is out, and corrected then.")
            .arg(yearRange(w), arg(w, 2), arg(w, 3));
    case WarningCode::InterestEffect:
        return tr("Interest at assumed rates adds %1 yuan to the account (%2 a month of pension); interest at "
                  "provisional rates adds %3 yuan (%4 a month).")
            .arg(m(0), m(1), m(2), m(3));
    case WarningCode::ProvisionalInterest:
        return tr("The %1 account interest rate is provisional, not yet officially published.").arg(arg(w, 0));
    case WarningCode::AssumedParameter:
        return tr("Some figures of the parameter pack used here are assumptions (%1); see the year table.")
            .arg(seriesName(arg(w, 0)));
    case WarningCode::NotEligible:
        return tr("Short of the minimum contribution period by %1 months: paying on, the minimum is reached in %2, "
                  "costing about %3 yuan at the plan's grade.")
            .arg(arg(w, 0), arg(w, 1), m(2));
    case WarningCode::EarlyNeedsMinimum:
        return tr("Early retirement needs the minimum of %1 contribution months at the chosen date.").arg(arg(w, 0));
    case WarningCode::LateNeedsConsent:
        // 《实施弹性退休制度暂行办法》 (人社部发〔2024〕94号) and the 2024 decision (第三条) make 弹性延迟退休 a matter
        // of agreement between the employee and the employer (协商一致, in writing). No rule was found for people
        // who contribute without an employer (灵活就业): they are told to apply at the agency, and the employer's
        // agreement is named only for those with one.
        if (arg(w, 1) == QStringLiteral("flexible"))
            return tr("Retiring after the statutory month (%1): apply at the social insurance agency; with an "
                      "employer, its written agreement is needed.")
                .arg(arg(w, 0));
        return tr("Retiring after the statutory month (%1) needs the employer's written agreement.").arg(arg(w, 0));
    case WarningCode::SpecialReason:
        return tr("Retirement in %1 relies on special-type work or illness; the rule after 2025 was not found, "
                  "check with the agency.")
            .arg(arg(w, 0));
    case WarningCode::RegionNote:
        return tr("Region data note: %1").arg(arg(w, currentLanguage() == QStringLiteral("zh") ? 0 : 1));
    case WarningCode::OverrideUsed:
        return tr("%1 is fixed by the case at %2.")
            .arg(arg(w, 0), arg(w, 0).endsWith(QStringLiteral("Base")) ? m(1) : arg(w, 1));
    case WarningCode::StatementInterest:
        return tr("The statement balance of %1 is treated as the year's opening balance for interest.").arg(arg(w, 0));
    case WarningCode::NoTransitional: return tr("No deemed or pre-account years: no transitional pension.");
    case WarningCode::LocalFigures:
        return tr("This result uses figures edited on this computer (%1); the parameter editor shows which.")
            .arg(arg(w, 0));
    case WarningCode::PastPaymentsEstimated:
        return tr("The statement does not list past payments: about %1 yuan is estimated from its index and months.")
            .arg(m(0));
    case WarningCode::ProjectedLocalBase:
        return tr("The city's pension base is known to %1 (%2); for %3 it is grown with the province's projected base "
                  "to %4 (assumed).")
            .arg(arg(w, 0), m(1), arg(w, 2), m(3));
    case WarningCode::LocalItemNotKnown:
        return tr("%1 is printed on the benefit sheet and not known before it: it is left out of the total.")
            .arg(arg(w, currentLanguage() == QStringLiteral("zh") ? 0 : 1));
    case WarningCode::ApproximateRegion:
        return tr("This region's rules are not fully established, so the figures are approximate: %1")
            .arg(arg(w, currentLanguage() == QStringLiteral("zh") ? 0 : 1));
    case WarningCode::StaleRecord:
        return tr("The record is dated %1, %3 months before the calculation date %2: what was paid since is not in it; "
                  "a newer statement gives a surer figure.")
            .arg(arg(w, 0), arg(w, 1), arg(w, 2));
    case WarningCode::RetirementPassed:
        return tr("The retirement month %1 lies before the calculation date %2, after the record: the figures assume "
                  "the plan was followed until then.")
            .arg(arg(w, 0), arg(w, 1));
    case WarningCode::PlanInPast:
        return tr("The plan pays %3 months from %1 to %2, already gone and not in the record (%4): whether they were "
                  "paid is not known.")
            .arg(arg(w, 0), arg(w, 1), arg(w, 2), arg(w, 3));
    case WarningCode::MonthsBeforeWorkingAge:
        return tr("%1 contribution months, but only %2 months lie between the 16th birthday and the record's date "
                  "(age %3): check the months and the birth month.")
            .arg(arg(w, 0), arg(w, 1), arg(w, 2));
    case WarningCode::BaseAboveCeiling:
        return tr("%1: a monthly base of %2 yuan is index %4 of the average %3 yuan, above the ceiling of %5 yuan "
                  "(300%) (%6).")
            .arg(arg(w, 0), arg(w, 1), arg(w, 2), arg(w, 3), arg(w, 4), arg(w, 5));
    case WarningCode::BaseLooksYearly:
        return tr("%1: the monthly base of %2 yuan reads like the year's total of %3 months (%4 yuan a month); "
                  "if so, enter it as the year's total (%5).")
            .arg(arg(w, 0), arg(w, 1), arg(w, 2), arg(w, 3), arg(w, 4));
    case WarningCode::IndexAboveCeiling:
        return tr("An average index of %1 is above 3.0: possible only for years paid in a province with higher wages "
                  "than the retirement place (accepted up to %2); check the statement.")
            .arg(arg(w, 0), arg(w, 1));
    case WarningCode::OldMethodFigureMissing:
        return tr("%1 is not given (the benefit sheet prints it): %2 is used instead, so the transitional pension and "
                  "its adjustment are approximate for this person.")
            .arg(arg(w, 0), arg(w, 1));
    case WarningCode::OldMethodNotComputed:
        return tr("This person began work before the personal account: the region pays the higher of the new method "
                  "and its old method (%1), which needs the old method's average index from the benefit sheet "
                  "(record.oldMethodIndex). Without it only the new method is shown; the pension may be higher.")
            .arg(arg(w, 0));
    case WarningCode::PhaseInOldMethodMissing:
        return tr("This person has years before the personal account: the region pays the old method's transitional "
                  "pension plus what the new method adds, rounded up to the jiao (%1), which needs the old-method "
                  "amount from the benefit sheet (record.oldMethodTransitional). Without it the new method is shown; "
                  "the transitional pension may be up to 0.09 yuan higher (more only where the old method is the "
                  "higher, which no sheet seen shows).")
            .arg(arg(w, 0));
    case WarningCode::NotionalCreditsMissing:
        return tr("This person paid before 1998: the region's transitional pension adds the 1993–1997 notional "
                  "credits (虚账实记) / 120 (%1), a figure of the benefit sheet or the account statement "
                  "(record.notionalCredits). Without it that part is 0; the pension may be higher.")
            .arg(arg(w, 0));
    case WarningCode::RetroactiveFraud:
        return tr("Offers to pay all missing years at once later to add contribution years are fraud: years cannot "
                  "be bought afterwards. Only people insured before 2011-07-01 who are still short after five years "
                  "of paying on may pay the rest at once (人社部令第13号).");
    }
    return {};
}

QString stepLabel(StepCode code)
{
    switch (code) {
    case StepCode::RetirementAge: return tr("Retirement month and age");
    case StepCode::MinimumMonths: return tr("Minimum contribution months");
    case StepCode::ContributionMonths: return tr("Contribution months (deemed + pre-account + account)");
    case StepCode::ContributionYears: return tr("Contribution years");
    case StepCode::TransitionYears: return tr("Deemed and pre-account years");
    case StepCode::AverageIndex: return tr("Average contribution index");
    case StepCode::PensionBase: return tr("Pension base");
    case StepCode::IndexedWage: return tr("Indexed average wage");
    case StepCode::BasicPension: return tr("Basic pension");
    case StepCode::AccountBalance: return tr("Personal account balance at retirement");
    case StepCode::AnnuityMonths: return tr("Annuity months");
    case StepCode::AccountPension: return tr("Personal account pension");
    case StepCode::TransitionalPension: return tr("Transitional pension");
    case StepCode::Total: return tr("Monthly pension");
    case StepCode::ProvisionalTotal: return tr("Provisional monthly pension");
    case StepCode::BackPay: return tr("Back pay after publication");
    case StepCode::OwnPayments: return tr("Paid by the person (before the record, in it, from now)");
    case StepCode::BreakEven: return tr("Break-even: the pension received covers what was paid");
    case StepCode::LifetimeTotal: return tr("Pension received to life expectancy");
    case StepCode::FuneralGrant: return tr("Funeral grant");
    case StepCode::SurvivorPension: return tr("Survivor pension (months by contribution years)");
    case StepCode::AccountRemainder: return tr("Inheritable account remainder");
    case StepCode::PayOnCost: return tr("Cost of paying on to the minimum");
    case StepCode::PayOnPension: return tr("The pension after paying on to the minimum");
    case StepCode::LocalPensionBase: return tr("City pension base (two-base rule)");
    case StepCode::LocalItem: return tr("Local item");
    case StepCode::NewMethodTransitional: return tr("New-method transitional pension (compared for the adjustment)");
    case StepCode::TotalRounding: return tr("Round-up of the total");
    case StepCode::OldMethodPension: return tr("Old-method pension (原办法)");
    case StepCode::MethodComparison: return tr("New and old method compared: the higher, at most the indexed wage");
    case StepCode::TransitionalPhaseIn: return tr("Transitional pension paid (old method + share of the new)");
    }
    return {};
}

QString ruleText(const std::string &rules)
{
    // "yearsRounding:up-1, moneyRounding:fen-half-up" → the words of each named rule, joined.
    static const std::pair<const char *, const char *> words[] = {
        {"transitionalFormula:indexed-wage",
         QT_TRANSLATE_NOOP("pension::texts", "transitional: indexed wage × years × rate")},
        {"transitionalFormula:base-wage-average",
         QT_TRANSLATE_NOOP("pension::texts", "transitional: (base + indexed wage) / 2 × years × rate")},
        {"transitionalFormula:transition-index",
         QT_TRANSLATE_NOOP("pension::texts", "transitional: base × transition index × years × rate")},
        {"transitionalFormula:index-floor-one",
         QT_TRANSLATE_NOOP("pension::texts", "transitional: base × max(index, 1) × years × rate")},
        {"transitionalFormula:beijing-two-part",
         QT_TRANSLATE_NOOP("pension::texts",
                           "transitional: base × deemed years × rate + indexed wage × paid years to 1998-06 × rate")},
        {"transitionalFormula:guangdong-old-method",
         QT_TRANSLATE_NOOP("pension::texts",
                           "transitional (Guangdong): deemed account / 120 + 4 yuan a whole year + 100; new method "
                           "base × (deemed index × deemed months + index sum to 1998-06) / 12 × rate")},
        {"transitionalFormula:shenzhen-old-method",
         QT_TRANSLATE_NOOP("pension::texts",
                           "transitional (Shenzhen): old indexed wage × share + 4 yuan a whole year + 100; new method "
                           "base × index to 1998-06 × years × rate")},
        {"transitionMonths:deemed-and-pre-account",
         QT_TRANSLATE_NOOP("pension::texts", "years counted: deemed and before the account")},
        {"transitionMonths:deemed-only", QT_TRANSLATE_NOOP("pension::texts", "years counted: deemed only")},
        {"transitionMonths:statement",
         QT_TRANSLATE_NOOP("pension::texts", "years counted: as printed on the statement")},
        {"yearsRounding:half-up-2", QT_TRANSLATE_NOOP("pension::texts", "years to 2 decimals, half up")},
        {"yearsRounding:half-up-4", QT_TRANSLATE_NOOP("pension::texts", "years to 4 decimals, half up")},
        {"yearsRounding:unrounded", QT_TRANSLATE_NOOP("pension::texts", "years not rounded")},
        {"yearsRounding:up-1", QT_TRANSLATE_NOOP("pension::texts", "years rounded up to 1 decimal")},
        {"yearsRounding:up-2", QT_TRANSLATE_NOOP("pension::texts", "years rounded up to 2 decimals")},
        {"yearsRounding:up-half-year", QT_TRANSLATE_NOOP("pension::texts", "years rounded up to the half year")},
        {"yearsRounding:truncate-2", QT_TRANSLATE_NOOP("pension::texts", "years cut to 2 decimals")},
        {"indexDecimals:2", QT_TRANSLATE_NOOP("pension::texts", "index to 2 decimals, half up")},
        {"indexDecimals:3", QT_TRANSLATE_NOOP("pension::texts", "index to 3 decimals, half up")},
        {"indexDecimals:4", QT_TRANSLATE_NOOP("pension::texts", "index to 4 decimals, half up")},
        {"indexDecimals:5", QT_TRANSLATE_NOOP("pension::texts", "index to 5 decimals, half up")},
        {"indexedWageRounding:fen", QT_TRANSLATE_NOOP("pension::texts", "indexed wage to the fen")},
        {"indexedWageRounding:unrounded", QT_TRANSLATE_NOOP("pension::texts", "indexed wage not rounded")},
        {"moneyRounding:fen-half-up", QT_TRANSLATE_NOOP("pension::texts", "amount to the fen, half up")},
        {"moneyRounding:jiao-up", QT_TRANSLATE_NOOP("pension::texts", "amount rounded up to the jiao")},
        {"moneyRounding:jiao-half-up", QT_TRANSLATE_NOOP("pension::texts", "amount to the jiao, half up")},
        {"basicFormula:standard", QT_TRANSLATE_NOOP("pension::texts", "basic: (base + indexed wage) / 2 × years × 1%")},
        {"basicFormula:two-base",
         QT_TRANSLATE_NOOP("pension::texts", "basic: (provincial base + city base × index) / 2 × years × 1%")},
        {"basicFormula:two-base-province-indexed",
         QT_TRANSLATE_NOOP("pension::texts", "basic: (city base + provincial base × index) / 2 × years × 1%")},
        {"basicFormula:low-index-scaled",
         QT_TRANSLATE_NOOP("pension::texts",
                           "basic: (base × index / 0.6 + indexed wage) / 2 × years × 1% below an index of 0.6")},
        {"basicFormula:shanghai-years-months",
         QT_TRANSLATE_NOOP("pension::texts",
                           "basic: (base + indexed wage) / 2 × (whole years × 1% + remaining months × 0.083%)")},
        {"transitionalFormula:shanghai-notional",
         QT_TRANSLATE_NOOP(
             "pension::texts",
             "transitional: base × 1.0 × service to 1992 × coefficient + 1993–1997 notional credits / 120")},
        {"indexAveraging:monthly", QT_TRANSLATE_NOOP("pension::texts", "index: the mean over the months paid")},
        {"indexAveraging:yearly-hebei",
         QT_TRANSLATE_NOOP(
             "pension::texts",
             "index: the mean of the yearly indices (before the account 1.0, or at least 1.2 in 1993–1995)")},
        {"localItem:fixed", QT_TRANSLATE_NOOP("pension::texts", "a fixed amount")},
        {"localItem:percent-of-basic", QT_TRANSLATE_NOOP("pension::texts", "a share of the basic pension")},
        {"localItem:percent-of-indexed-wage-per-year",
         QT_TRANSLATE_NOOP("pension::texts", "a share of the indexed wage per contribution year")},
        {"localItem:statement", QT_TRANSLATE_NOOP("pension::texts", "the amount printed on the sheet")},
        {"localItem:transitional-adjustment",
         QT_TRANSLATE_NOOP("pension::texts",
                           "(new method − old method − year allowance) × the share paid in the retirement year")},
        {"localItem:index-years",
         QT_TRANSLATE_NOOP("pension::texts", "years of the item × average index × amount + fixed part")},
        {"localItem:percent-of-pension",
         QT_TRANSLATE_NOOP("pension::texts", "a share of the basic, account and transitional pensions together")},
        {"localItem:tiered-percent-of-indexed-wage",
         QT_TRANSLATE_NOOP("pension::texts", "a share of the indexed wage by the years counted")},
        {"localItem:fixed-per-year", QT_TRANSLATE_NOOP("pension::texts", "a fixed amount per year counted")},
        {"localItem:old-method-top-up",
         QT_TRANSLATE_NOOP("pension::texts", "the old method's amount above the new method (or the cap's cut)")},
        {"oldMethodComparison:none", QT_TRANSLATE_NOOP("pension::texts", "no old-method comparison")},
        {"oldMethodComparison:chongqing-2010",
         QT_TRANSLATE_NOOP("pension::texts",
                           "the higher of the new method and the old method of 2010, at most the indexed wage")},
        {"localItem:base-plus-index-years",
         QT_TRANSLATE_NOOP("pension::texts", "a fixed part plus an amount per index point and contribution year")},
        {"localItem:fen-up", QT_TRANSLATE_NOOP("pension::texts", "rounded up to the fen")},
        {"inTotal", QT_TRANSLATE_NOOP("pension::texts", "counted in the total")},
        {"statement:indexedWage", QT_TRANSLATE_NOOP("pension::texts", "indexed wage from the statement")},
        {"statement:indexDerived",
         QT_TRANSLATE_NOOP("pension::texts", "index derived: the statement's indexed wage / base")},
        {"yearsRounding:truncate-0", QT_TRANSLATE_NOOP("pension::texts", "whole years, the part year cut")},
        {"transitionRateChoice:single", QT_TRANSLATE_NOOP("pension::texts", "one transition rate for everyone")},
        {"transitionRateChoice:alt-below-20-actual-years",
         QT_TRANSLATE_NOOP("pension::texts", "the second transition rate below 20 actual contribution years")},
        {"localItem:basic-wage-year-bands",
         QT_TRANSLATE_NOOP("pension::texts",
                           "(base + indexed wage) / 2 × a rate per contribution year in each band of years")},
        {"totalRounding:fen", QT_TRANSLATE_NOOP("pension::texts", "total: the sum of the parts to the fen")},
        {"totalRounding:jiao-up",
         QT_TRANSLATE_NOOP("pension::texts", "total: any fen rounded up to the next jiao (见分进角)")},
        {"totalRounding:yuan-up", QT_TRANSLATE_NOOP("pension::texts", "total: rounded up to the whole yuan")},
        {"transitionalPhaseIn:none", QT_TRANSLATE_NOOP("pension::texts", "transitional: no phase-in")},
        {"transitionalPhaseIn:old-plus-share",
         QT_TRANSLATE_NOOP("pension::texts", "transitional: old method + share of (new − old), old method if higher")},
        {"transitionalPhaseIn:old-plus-share-jiao-up",
         QT_TRANSLATE_NOOP(
             "pension::texts",
             "transitional: old method + share of (new − old) rounded up to the jiao, old method if higher")},
    };
    QStringList out;
    const QStringList parts = QString::fromStdString(rules).split(QStringLiteral(", "), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        QString text = part;
        for (const auto &[key, word] : words)
            if (part == QLatin1String(key))
                text = tr(word);
        out << text;
    }
    return out.join(QStringLiteral("; "));
}

QString fieldLabel(const QString &leaf)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"format", QT_TRANSLATE_NOOP("pension::texts", "format")},
        {"region", QT_TRANSLATE_NOOP("pension::texts", "region")},
        {"asOf", QT_TRANSLATE_NOOP("pension::texts", "record as of")},
        {"calculatedOn", QT_TRANSLATE_NOOP("pension::texts", "calculation date")},
        {"name", QT_TRANSLATE_NOOP("pension::texts", "name")},
        {"idNumber", QT_TRANSLATE_NOOP("pension::texts", "ID number")},
        {"sex", QT_TRANSLATE_NOOP("pension::texts", "sex")},
        {"birth", QT_TRANSLATE_NOOP("pension::texts", "birth month")},
        {"track", QT_TRANSLATE_NOOP("pension::texts", "retirement-age track")},
        {"kind", QT_TRANSLATE_NOOP("pension::texts", "insurance kind")},
        {"firstContribution", QT_TRANSLATE_NOOP("pension::texts", "first contribution")},
        {"accountStart", QT_TRANSLATE_NOOP("pension::texts", "account start")},
        {"deemedMonths", QT_TRANSLATE_NOOP("pension::texts", "deemed months")},
        {"preAccountMonths", QT_TRANSLATE_NOOP("pension::texts", "months before the account")},
        {"accountMonths", QT_TRANSLATE_NOOP("pension::texts", "months since the account began")},
        {"averageIndex", QT_TRANSLATE_NOOP("pension::texts", "average contribution index")},
        {"accountBalance", QT_TRANSLATE_NOOP("pension::texts", "account balance")},
        {"year", QT_TRANSLATE_NOOP("pension::texts", "year")},
        {"months", QT_TRANSLATE_NOOP("pension::texts", "months")},
        {"monthlyBase", QT_TRANSLATE_NOOP("pension::texts", "monthly base")},
        {"baseTotal", QT_TRANSLATE_NOOP("pension::texts", "year total of bases")},
        {"averageWage", QT_TRANSLATE_NOOP("pension::texts", "average wage")},
        {"accountCredit", QT_TRANSLATE_NOOP("pension::texts", "credited to the account")},
        {"retire", QT_TRANSLATE_NOOP("pension::texts", "retirement")},
        {"retireReason", QT_TRANSLATE_NOOP("pension::texts", "retirement reason")},
        {"from", QT_TRANSLATE_NOOP("pension::texts", "from")},
        {"until", QT_TRANSLATE_NOOP("pension::texts", "until")},
        {"grade", QT_TRANSLATE_NOOP("pension::texts", "contribution grade")},
        {"pensionBase", QT_TRANSLATE_NOOP("pension::texts", "pension base")},
        {"annuityMonths", QT_TRANSLATE_NOOP("pension::texts", "annuity months")},
        {"transitionRate", QT_TRANSLATE_NOOP("pension::texts", "transition rate")},
        {"wageGrowth", QT_TRANSLATE_NOOP("pension::texts", "wage growth")},
        {"accountInterest", QT_TRANSLATE_NOOP("pension::texts", "account interest")},
        {"pensionIncrease", QT_TRANSLATE_NOOP("pension::texts", "pension increase")},
        {"inflation", QT_TRANSLATE_NOOP("pension::texts", "inflation")},
        {"earlyMonths", QT_TRANSLATE_NOOP("pension::texts", "months early")},
        {"lateMonths", QT_TRANSLATE_NOOP("pension::texts", "months late")},
        {"stopAfterYears", QT_TRANSLATE_NOOP("pension::texts", "years to keep paying")},
        {"transitionIndex", QT_TRANSLATE_NOOP("pension::texts", "transition index")},
        {"transitionMonths", QT_TRANSLATE_NOOP("pension::texts", "transition months")},
        {"transitionPaidMonths", QT_TRANSLATE_NOOP("pension::texts", "paid months to 1998-06")},
        {"localPensionBase", QT_TRANSLATE_NOOP("pension::texts", "city pension base")},
        {"indexedWage", QT_TRANSLATE_NOOP("pension::texts", "indexed monthly wage")},
        {"deemedAccount", QT_TRANSLATE_NOOP("pension::texts", "deemed account")},
        {"deemedIndex", QT_TRANSLATE_NOOP("pension::texts", "deemed index")},
        {"preAccountIndexSum", QT_TRANSLATE_NOOP("pension::texts", "index sum 1994-01 to 1998-06")},
        {"oldIndexedWage", QT_TRANSLATE_NOOP("pension::texts", "old indexed wage")},
        {"oldMethodShare", QT_TRANSLATE_NOOP("pension::texts", "old-method share")},
        {"oldMethodIndex", QT_TRANSLATE_NOOP("pension::texts", "old method's average index")},
        {"localItemClaims", QT_TRANSLATE_NOOP("pension::texts", "claimed local items")},
        {"oldMethodTransitional", QT_TRANSLATE_NOOP("pension::texts", "old-method transitional pension")},
        {"notionalCredits", QT_TRANSLATE_NOOP("pension::texts", "1993–1997 notional credits")},
    };
    for (const auto &[key, label] : labels)
        if (leaf == QLatin1String(key))
            return tr(label);
    return {};
}

QString fieldName(const QString &field)
{
    if (field.isEmpty())
        return tr("case file");
    // "person.birth" → "birth month (person.birth)": the words for the person, the path for whoever edits the file.
    const QString leaf = field.section(QLatin1Char('.'), -1).section(QLatin1Char('['), 0, 0);
    const QString label = fieldLabel(leaf);
    if (label.isEmpty() || label == field)
        return field;
    return label + QStringLiteral(" (") + field + QLatin1Char(')');
}

namespace {

// A bound as the screen shows it: money grouped in yuan, months as YYYY-MM, other numbers as written.
QString bound(const Number &n, AllowedUnit unit)
{
    if (unit == AllowedUnit::Yuan || unit == AllowedUnit::YuanMonthly) {
        Fen fen = n.value;
        for (int s = n.scale; s < 2; ++s)
            fen *= 10;
        return fen % 100 == 0 ? gui::Format::moneyWhole(fen) : gui::Format::money(fen);
    }
    if (unit == AllowedUnit::Month)
        return QString::fromStdString(YearMonth{static_cast<int>(n.value)}.toString());
    return QString::fromStdString(n.text());
}

// 0.6 -> "60%"
QString percentOf(const Number &fraction)
{
    std::int64_t v = fraction.value;
    int scale = fraction.scale - 2;
    for (; scale < 0; ++scale)
        v *= 10;
    return QString::fromStdString(Number{v, scale}.text()) + QStringLiteral("%");
}

QString listed(const std::vector<std::string> &names, const QString &separator)
{
    QStringList out;
    for (const auto &n : names)
        out << QString::fromStdString(n);
    return out.join(separator);
}

QString rangeText(const Allowed &a)
{
    const QString lo = bound(a.lo, a.unit), hi = bound(a.hi, a.unit);
    switch (a.unit) {
    case AllowedUnit::Yuan: return tr("%1–%2 yuan").arg(lo, hi);
    case AllowedUnit::YuanMonthly: return tr("%1–%2 yuan a month").arg(lo, hi);
    case AllowedUnit::HalfMonths: return tr("%1–%2 in whole or half months").arg(lo, hi);
    case AllowedUnit::Months: return tr("%1–%2 months").arg(lo, hi);
    case AllowedUnit::Years: return tr("%1–%2 years").arg(lo, hi);
    case AllowedUnit::Month: return QStringLiteral("%1…%2").arg(lo, hi);
    case AllowedUnit::Grade:
        return tr("%1–%2 (%3–%4 of the average wage)").arg(lo, hi, percentOf(a.lo), percentOf(a.hi));
    case AllowedUnit::YearlyRate: return tr("%1–%2 (a yearly fraction, 0.03 = 3%)").arg(lo, hi);
    case AllowedUnit::Rate: return tr("%1–%2 (a fraction, 0.013 = 1.3%)").arg(lo, hi);
    default: return QStringLiteral("%1–%2").arg(lo, hi);
    }
}

QString atMostText(const Allowed &a)
{
    const QString n = bound(a.hi, a.unit);
    switch (a.unit) {
    case AllowedUnit::Bytes: return tr("at most %1 bytes").arg(n);
    case AllowedUnit::HalfMonths:
    case AllowedUnit::Months: return tr("at most %1 months").arg(n);
    case AllowedUnit::Rows: return tr("at most %1 rows").arg(n);
    case AllowedUnit::Periods: return tr("at most %1 periods").arg(n);
    case AllowedUnit::Plans: return tr("at most %1 plans (grades × payment lengths × retirement choices)").arg(n);
    case AllowedUnit::Levels: return tr("at most %1 levels").arg(n);
    default: return tr("at most %1").arg(n);
    }
}

QString shapeText(Shape shape)
{
    switch (shape) {
    case Shape::Month: return tr("YYYY-MM");
    case Shape::MonthOrRetirement: return tr("YYYY-MM or \"retirement\"");
    case Shape::RegionId: return tr("a region id such as shandong or hebei/leting");
    case Shape::ItemId: return tr("an item id of the region's pack (a-z, 0-9, -)");
    case Shape::RetireChoice: return tr("\"statutory\", a month YYYY-MM, {\"earlyMonths\": N} or {\"lateMonths\": N}");
    case Shape::RetireColumn: return tr("statutory, earlyN, lateN (N ≤ 36) or YYYY-MM");
    case Shape::PlansOption: return tr("grade[:years[:retire]] separated by commas, e.g. 0.6,1.0:10,3.0::late12");
    case Shape::IdDigits: return tr("17 digits and a check digit 0–9 or X");
    case Shape::IdBirthDate: return tr("a valid birth date in characters 7–14");
    case Shape::Object: return tr("an object");
    case Shape::String: return tr("a string");
    case Shape::WholeNumber: return tr("a whole number");
    case Shape::HistoryRows: return tr("an array of {year, months, monthlyBase}");
    case Shape::HistoryRow: return tr("an object {year, months, monthlyBase}");
    case Shape::Periods: return tr("an array of {from, until, grade, kind}");
    case Shape::Period: return tr("an object {from, until, grade, kind}");
    case Shape::CsvHeader: return tr("a CSV header line");
    case Shape::HeaderLine: return tr("a first line naming the columns (docs/batch.md)");
    case Shape::Encoding: return tr("UTF-8 or GBK text");
    case Shape::NumberOutOfRange: return tr("a number out of range");
    case Shape::Amount: return tr("an amount in yuan");
    case Shape::Year: return tr("a year YYYY");
    case Shape::InsuranceKind: return tr("employee or flexible worker");
    case Shape::ComparePlans: return tr("an array of at most 4 plans {grade, stopAfterYears, retire}");
    case Shape::ComparePlan: return tr("an object {grade, stopAfterYears, retire}");
    }
    return {};
}

QString relationText(const Allowed &a)
{
    const QString field = a.names.empty() ? QString() : QString::fromStdString(a.names.front());
    const QString value = QString::fromStdString(a.value);
    if (value.isEmpty()) {
        switch (a.relation) {
        case Relation::Before: return tr("before %1").arg(field);
        case Relation::After: return tr("after %1").arg(field);
        case Relation::OnOrBefore: return tr("on or before %1").arg(field);
        case Relation::OnOrAfter: return tr("on or after %1").arg(field);
        }
    }
    switch (a.relation) {
    case Relation::Before: return tr("before %1 (%2)").arg(field, value);
    case Relation::After: return tr("after %1 (%2)").arg(field, value);
    case Relation::OnOrBefore: return tr("on or before %1 (%2)").arg(field, value);
    case Relation::OnOrAfter: return tr("on or after %1 (%2)").arg(field, value);
    }
    return {};
}

} // namespace

QString allowedText(const Allowed &a)
{
    const QString first = a.names.empty() ? QString() : QString::fromStdString(a.names.front());
    QString text;
    switch (a.kind) {
    case Allowed::Kind::None: return {};
    case Allowed::Kind::Range: text = rangeText(a); break;
    case Allowed::Kind::AtMost: text = atMostText(a); break;
    case Allowed::Kind::AtLeast:
        if (a.unit == AllowedUnit::Month || a.unit == AllowedUnit::Year)
            text = tr("%1 or later").arg(bound(a.lo, a.unit));
        else if (a.unit == AllowedUnit::Rows)
            text = tr("at least one row");
        else if (a.unit == AllowedUnit::Plans)
            text = tr("at least one plan");
        else
            text = tr("at least %1").arg(bound(a.lo, a.unit));
        break;
    case Allowed::Kind::OneOf: text = listed(a.names, tr(", ")); break;
    case Allowed::Kind::Format: text = shapeText(a.shape); break;
    case Allowed::Kind::Relation: text = relationText(a); break;
    case Allowed::Kind::ExactlyOneOf: text = tr("exactly one of %1").arg(listed(a.names, tr(", "))); break;
    case Allowed::Kind::OnlyOneOf: text = tr("only one of %1").arg(listed(a.names, tr(", "))); break;
    case Allowed::Kind::AtMostSum: text = tr("at most %1").arg(listed(a.names, QStringLiteral(" + "))); break;
    case Allowed::Kind::TrackForSex:
        text = (a.value == "male" ? tr("%1 for a man") : tr("%1 for a woman")).arg(listed(a.names, tr(" or ")));
        break;
    case Allowed::Kind::MinAge: text = tr("at age %1 or later").arg(QString::fromStdString(a.lo.text())); break;
    case Allowed::Kind::Position:
        text = tr("line %1, column %2").arg(QString::fromStdString(a.lo.text()), QString::fromStdString(a.hi.text()));
        break;
    case Allowed::Kind::Rule: {
        const QString rule = a.names.size() > 1 ? ruleText(a.names[0] + ":" + a.names[1]) : QString();
        const QString cited = a.names.size() > 2 ? QString::fromStdString(a.names[2]) : QString();
        text = cited.isEmpty() ? tr("as the region's rule needs (%1)").arg(rule)
                               : tr("as the region's rule needs (%1; %2)").arg(rule, cited);
        break;
    }
    case Allowed::Kind::CheckCharacter: return {}; // never shown off the window's own field
    case Allowed::Kind::Column: text = tr("a column named %1").arg(first); break;
    case Allowed::Kind::EachOnce: text = tr("each column once"); break;
    case Allowed::Kind::FieldCount:
        text = tr("%1 fields like the header").arg(QString::fromStdString(a.lo.text()));
        break;
    case Allowed::Kind::Increasing: text = tr("years in increasing order, each once"); break;
    case Allowed::Kind::FitsInYear: text = tr("months must fit in the year"); break;
    case Allowed::Kind::GivenIn: text = tr("given in %1 with a record").arg(first); break;
    case Allowed::Kind::NationalTrack:
        text = tr("the tracks of the case's region (male-60, female-55, female-50 and the region's own)");
        break;
    case Allowed::Kind::Birth: text = QStringLiteral("%1 (%2)").arg(first, QString::fromStdString(a.value)); break;
    case Allowed::Kind::ProductOf:
        text = tr("%1 × the pension base within rounding (%2)").arg(first, QString::fromStdString(a.value));
        break;
    }
    if (a.decimals == 0)
        text = tr("%1 in whole numbers").arg(text);
    else if (a.decimals == 1)
        text = tr("%1 with at most one decimal").arg(text);
    else if (a.decimals >= 0)
        text = tr("%1 with at most %2 decimals").arg(text).arg(a.decimals);
    return text;
}

QString packReason(const PackError &e)
{
    const QString key = QCoreApplication::translate("PackError", e.reason.c_str());
    QString out;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key[i];
        if (c == QLatin1Char('%') && i + 1 < key.size() && key[i + 1] >= QLatin1Char('1') &&
            key[i + 1] <= QLatin1Char('9')) {
            const auto n = static_cast<std::size_t>(key[i + 1].unicode() - u'1');
            if (n < e.args.size())
                out += QString::fromStdString(e.args[n]);
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString packError(const PackError &e)
{
    const QString file = QString::fromStdString(e.file);
    if (e.key.empty())
        return tr("%1: %2").arg(file, packReason(e));
    //: a refused parameter pack: file, key path in the pack, reason
    return tr("%1: %2: %3").arg(file, QString::fromStdString(e.key), packReason(e));
}

QString inputError(const InputError &e)
{
    const QString field = fieldName(QString::fromStdString(e.field));
    const QString allowed = allowedText(e.allowed);
    const QString got = QString::fromStdString(e.got);
    QString what;
    switch (e.code) {
    case InputErrorCode::Missing:
        what = allowed.isEmpty() ? tr("missing") : tr("missing; expected %1").arg(allowed);
        break;
    case InputErrorCode::WrongType:
        what = allowed.isEmpty()                        ? tr("wrong type")
               : e.allowed.kind == Allowed::Kind::Range ? tr("wrong type; expected a number %1").arg(allowed)
                                                        : tr("wrong type; expected %1").arg(allowed);
        break;
    case InputErrorCode::BadFormat: what = tr("bad format; expected %1").arg(allowed); break;
    case InputErrorCode::OutOfRange: what = tr("out of range; allowed %1").arg(allowed); break;
    case InputErrorCode::NotOneOf: what = tr("not allowed; one of %1").arg(allowed); break;
    case InputErrorCode::Inconsistent: what = tr("inconsistent; must be %1").arg(allowed); break;
    case InputErrorCode::UnknownField: what = tr("unknown field"); break;
    case InputErrorCode::NotJson: what = tr("not valid JSON (%1)").arg(allowed); break;
    case InputErrorCode::IdLength: what = tr("an ID number has 18 characters"); break;
    case InputErrorCode::IdCheckDigit: what = tr("wrong check digit"); break;
    case InputErrorCode::DuplicateKey: what = tr("given more than once; each field may appear only once"); break;
    case InputErrorCode::TooDeep: what = tr("nested too deep; %1").arg(allowed); break;
    case InputErrorCode::IdBirth: what = tr("birth date disagrees with %1").arg(allowed); break;
    }
    QString line = field + QStringLiteral(": ") + what;
    if (!got.isEmpty())
        line += tr(" (got \"%1\")").arg(got);
    return line;
}

QString inputErrorOnScreen(const InputError &e)
{
    if (e.code != InputErrorCode::IdCheckDigit || e.allowed.value.empty())
        return inputError(e);
    const QString field = fieldName(QString::fromStdString(e.field));
    QString line = field + QStringLiteral(": ") +
                   tr("wrong check digit; it should be %1").arg(QString::fromStdString(e.allowed.value));
    if (!e.got.empty())
        line += tr(" (got \"%1\")").arg(QString::fromStdString(e.got));
    return line;
}

QString localItemName(const LocalPayment &item)
{
    if (item.kind == LocalItemKind::TotalRounding)
        return item.rounding == TotalRounding::YuanUp ? tr("Round-up to the yuan")
                                                      : tr("Round-up to the jiao (见分进角补足)");
    return QString::fromStdString(currentLanguage() == QStringLiteral("zh") ? item.name.zh : item.name.en);
}

QString localItemAmount(const LocalPayment &item, const QString &amount)
{
    if (!item.known)
        return tr("not known before the benefit sheet (left out of the total)");
    return QStringLiteral("%1 (%2)").arg(amount, item.inTotal ? tr("in the total") : tr("shown apart"));
}

QString statusName(Status s)
{
    switch (s) {
    case Status::Published: return tr("published");
    case Status::Provisional: return tr("provisional");
    case Status::Assumed: return tr("assumed");
    }
    return {};
}

QString originName(Origin o)
{
    switch (o) {
    case Origin::Statement: return tr("statement");
    case Origin::History: return tr("history");
    case Origin::Plan: return tr("plan");
    case Origin::Gap: return tr("gap");
    }
    return {};
}

QString stepText(const std::string &text)
{
    return QString::fromStdString(expandStepTokens(
        text, [](int months) { return gui::Format::age(months).toStdString(); },
        [](std::string_view id) {
            if (id == "yearly-index-sum")
                return tr("Σ(yearly index)").toStdString();
            if (id == "base-average-sum")
                return tr("Σ(base / average)").toStdString();
            if (id == "local-pension-base")
                return tr("city pension base").toStdString();
            if (id == "actual-years")
                return tr("actual contribution years").toStdString();
            return std::string(id);
        }));
}

std::string QtWording::stepText(const std::string &text) const
{
    return texts::stepText(text).toStdString();
}

std::string QtWording::warning(const Warning &w) const
{
    return texts::warning(w).toStdString();
}
std::string QtWording::stepLabel(StepCode code) const
{
    return texts::stepLabel(code).toStdString();
}

} // namespace pension::texts
