#include "resultview.h"

#include "colors.h"
#include "format.h"
#include "texts.h"

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace pension::gui {

namespace {

QLabel *label(const char *name = nullptr, bool wrap = false)
{
    auto *l = new QLabel;
    if (name)
        l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(wrap);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QLabel *amount(const char *name)
{
    QLabel *l = label(name);
    l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return l;
}

} // namespace

ResultView::ResultView(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);

    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("planBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    colors::setBackground(m_banner, colors::banner);
    auto *bannerRow = new QHBoxLayout(m_banner);
    m_bannerText = label("planBannerText", true);
    m_backButton = new QPushButton;
    m_backButton->setObjectName(QStringLiteral("backToFormPlanButton"));
    bannerRow->addWidget(m_bannerText, 1);
    bannerRow->addWidget(m_backButton);
    m_banner->hide();
    outer->addWidget(m_banner);
    connect(m_backButton, &QPushButton::clicked, this, &ResultView::backToFormPlan);

    m_messageLabel = label("resultMessage", true);
    colors::setText(m_messageLabel, colors::hint);
    outer->addWidget(m_messageLabel);

    m_body = new QWidget;
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    auto *columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns = columns;
    body->addLayout(columns);

    // Left: the monthly pension and its parts.
    auto *left = new QVBoxLayout;
    m_totalTitle = label("totalTitle");
    m_total = label("totalLabel");
    colors::setText(m_total, colors::money);
    m_baseLine = label("baseLine", true);
    left->addWidget(m_totalTitle);
    left->addWidget(m_total);
    left->addWidget(m_baseLine);
    auto *parts = new QGridLayout;
    parts->setHorizontalSpacing(18);
    m_finalHeader = label("finalHeader");
    m_finalHeader->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_provisionalHeader = label("provisionalHeader");
    m_provisionalHeader->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    parts->addWidget(m_finalHeader, 0, 1);
    parts->addWidget(m_provisionalHeader, 0, 2);
    // Today's money: a column beside the nominal figures, which stay the headline.
    m_todayHeader = label("todaysMoneyHeader");
    m_todayHeader->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    parts->addWidget(m_todayHeader, 0, 3);
    const char *todayNames[] = {"todaysMoneyBasicLabel", "todaysMoneyAccountLabel", "todaysMoneyTransitionalLabel",
                                "todaysMoneyTotalLabel"};
    for (int i = 0; i < 4; ++i) {
        m_todayParts[i] = amount(todayNames[i]);
        colors::setText(m_todayParts[i], colors::hint);
        parts->addWidget(m_todayParts[i], i + 1, 3);
    }
    const char *finalNames[] = {"basicLabel", "accountLabel", "transitionalLabel", "finalTotalLabel"};
    const char *provisionalNames[] = {"provisionalBasicLabel", "provisionalAccountLabel",
                                      "provisionalTransitionalLabel", "provisionalTotalLabel"};
    for (int i = 0; i < 4; ++i) {
        m_partNames[i] = label();
        m_final[i] = amount(finalNames[i]);
        m_provisional[i] = amount(provisionalNames[i]);
        parts->addWidget(m_partNames[i], i + 1, 0);
        parts->addWidget(m_final[i], i + 1, 1);
        parts->addWidget(m_provisional[i], i + 1, 2);
    }
    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    parts->addWidget(line, 4, 0, 1, 4, Qt::AlignTop);
    parts->setColumnStretch(0, 1);
    left->addLayout(parts);
    m_todayCheck = new QCheckBox;
    m_todayCheck->setObjectName(QStringLiteral("todaysMoneyCheck"));
    left->addWidget(m_todayCheck);
    m_todayNote = label("todaysMoneyNote", true);
    colors::setText(m_todayNote, colors::hint);
    left->addWidget(m_todayNote);
    connect(m_todayCheck, &QCheckBox::toggled, this, &ResultView::render);
    m_backPay = label("backPayLabel", true);
    left->addWidget(m_backPay);
    m_localItems = label("localItemsLabel", true);
    left->addWidget(m_localItems);
    left->addStretch();
    columns->addLayout(left, 5);

    // Right: retirement, eligibility and how the figures were reached.
    auto *right = new QVBoxLayout;
    auto *facts = new QGridLayout;
    facts->setHorizontalSpacing(12);
    const char *factNames[] = {"retirementLabel", "windowLabel",         "contributionLabel",
                               "indexLabel",      "accountBalanceLabel", "outOfPocketLabel"};
    for (int i = 0; i < 6; ++i) {
        m_factNames[i] = label();
        m_factNames[i]->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_facts[i] = label(factNames[i], true);
        facts->addWidget(m_factNames[i], i, 0);
        facts->addWidget(m_facts[i], i, 1);
    }
    facts->setColumnStretch(1, 1);
    right->addLayout(facts);
    m_eligibility = label("eligibilityLabel", true);
    right->addWidget(m_eligibility);
    right->addStretch();
    columns->addLayout(right, 6);

    m_warningsTitle = label();
    m_warnings = label("warningsLabel", true);
    m_warnings->setTextFormat(Qt::RichText);
    colors::setText(m_warnings, colors::note);
    // The disclaimer and the pack version right under the figures, where they are always seen; the notes after.
    m_params = label("paramsLabel", true);
    colors::setText(m_params, colors::hint);
    m_disclaimer = label("disclaimerLabel", true);
    body->addWidget(m_disclaimer);
    body->addWidget(m_params);
    body->addWidget(m_warningsTitle);
    body->addWidget(m_warnings);
    outer->addWidget(m_body);
    outer->addStretch();

    applyFonts();
    retranslate();
}

void ResultView::applyFonts()
{
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 2.4);
    big.setBold(true);
    m_total->setFont(big);
    QFont title = font();
    title.setPointSizeF(font().pointSizeF() * 1.15);
    title.setBold(true);
    m_totalTitle->setFont(title);
    m_warningsTitle->setFont(title);
    QFont strong = font();
    strong.setPointSizeF(font().pointSizeF() * 1.15);
    strong.setBold(true);
    m_final[3]->setFont(strong);
    m_provisional[3]->setFont(strong);
    m_todayParts[3]->setFont(strong);
    m_todayHeader->setFont(font());
    m_partNames[3]->setFont(strong);
    QFont bold = font();
    bold.setBold(true);
    m_disclaimer->setFont(bold);
    m_finalHeader->setFont(bold);
    m_provisionalHeader->setFont(bold);
}

void ResultView::resizeEvent(QResizeEvent *event)
{
    // Side by side when there is room (about 110 characters); one above the other in a narrow pane or large font.
    const bool wide = !m_residentMode && width() >= fontMetrics().averageCharWidth() * 110;
    m_columns->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    QWidget::resizeEvent(event);
}

void ResultView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

void ResultView::retranslate()
{
    m_backButton->setText(tr("Back to the form's plan"));
    m_partNames[0]->setText(texts::stepLabel(StepCode::BasicPension));
    m_partNames[1]->setText(texts::stepLabel(StepCode::AccountPension));
    m_partNames[2]->setText(texts::stepLabel(StepCode::TransitionalPension));
    m_partNames[3]->setText(tr("Total"));
    m_factNames[0]->setText(tr("Retirement"));
    m_factNames[1]->setText(tr("Statutory age"));
    m_factNames[2]->setText(tr("Contributions"));
    m_factNames[3]->setText(tr("Index"));
    m_factNames[4]->setText(tr("Account"));
    m_factNames[5]->setText(tr("Out of pocket"));
    m_warningsTitle->setText(tr("Notes"));
    m_todayCheck->setText(tr("Also in &today's money"));
    m_todayCheck->setToolTip(tr("The monthly figures deflated to the calculation date with the inflation assumption; "
                                "the pension itself is paid in the nominal amounts"));
    m_disclaimer->setText(
        tr("An estimate: the social-insurance agency's determination prevails (以经办机构核定为准)."));
    render();
}

void ResultView::showResult(const Result &result, const QString &planTitle, const std::optional<MonthlyToday> &today)
{
    m_result = result;
    m_today = today;
    m_planTitle = planTitle;
    m_message.clear();
    render();
}

void ResultView::showMessage(const QString &message)
{
    m_result.reset();
    m_today.reset();
    m_planTitle.clear();
    m_message = message;
    render();
}

void ResultView::setResidentMode(bool on)
{
    m_residentMode = on;
    if (on) {
        // Whether the pension can be drawn comes first, above the figure, for the resident.
        if (auto *outer = qobject_cast<QVBoxLayout *>(layout()))
            outer->insertWidget(1, m_eligibility);
        m_columns->setDirection(QBoxLayout::TopToBottom);
    }
    render();
}

void ResultView::render()
{
    m_banner->setVisible(m_result && !m_planTitle.isEmpty());
    m_bannerText->setText(tr("Showing a plan from the grid: %1").arg(m_planTitle));
    m_messageLabel->setText(m_message);
    m_messageLabel->setVisible(!m_result);
    m_body->setVisible(m_result.has_value());
    if (!m_result)
        return;
    const Result &r = *m_result;
    const auto money = &Format::money;

    m_totalTitle->setText(r.provisional
                              ? tr("Monthly pension once the %1 base is published").arg(r.figures.pensionBaseYear)
                              : tr("Monthly pension"));
    m_total->setText(tr("%1 yuan").arg(money(r.monthly.total)));
    m_baseLine->setText(tr("a month, on the %1 pension base of %2 yuan (%3); paid from %4")
                            .arg(r.figures.pensionBaseYear)
                            .arg(money(r.figures.pensionBase), texts::statusName(r.figures.pensionBaseStatus),
                                 Format::month(r.retirement.month.plus(1))));

    const Monthly &m = r.monthly;
    const Fen finals[] = {m.basic, m.account, m.transitional, m.total};
    for (int i = 0; i < 4; ++i)
        m_final[i]->setText(money(finals[i]));
    m_finalHeader->setText(r.provisional ? tr("Final\n%1 base").arg(r.figures.pensionBaseYear) : tr("Monthly"));
    const bool provisional = r.provisional.has_value();
    m_provisionalHeader->setVisible(provisional);
    for (QLabel *l : m_provisional)
        l->setVisible(provisional);
    m_backPay->setVisible(provisional);
    if (provisional) {
        const Provisional &pv = *r.provisional;
        const Fen values[] = {pv.monthly.basic, pv.monthly.account, pv.monthly.transitional, pv.monthly.total};
        for (int i = 0; i < 4; ++i)
            m_provisional[i]->setText(money(values[i]));
        m_provisionalHeader->setText(
            tr("Provisional (预发)\n%1 base %2").arg(pv.pensionBaseYear).arg(money(pv.pensionBase)));
        m_backPay->setText(tr("Paid at the provisional rate until the %1 base is published (%2%3); then the "
                              "difference for %4 months is paid back: about %5 yuan.")
                               .arg(r.figures.pensionBaseYear)
                               .arg(Format::month(pv.publishedOn), pv.publicationAssumed ? tr(", expected") : QString())
                               .arg(pv.backPayMonths)
                               .arg(money(pv.backPay)));
    }

    // Today's money: labelled as such beside the nominal figures, never in their place.
    m_todayCheck->setVisible(m_today.has_value());
    const bool today = m_today && m_todayCheck->isChecked();
    m_todayHeader->setVisible(today);
    m_todayNote->setVisible(today);
    for (QLabel *l : m_todayParts)
        l->setVisible(today);
    if (today) {
        const Monthly &t = m_today->monthly;
        const Fen values[] = {t.basic, t.account, t.transitional, t.total};
        for (int i = 0; i < 4; ++i)
            m_todayParts[i]->setText(money(values[i]));
        m_todayHeader->setText(tr("In today's money\n(%1)").arg(Format::month(m_today->today)));
        m_todayNote->setText(tr("Today's money: the figures of %1 deflated to %2 at the assumed inflation of %3% a "
                                "year. What is paid is the nominal amount.")
                                 .arg(Format::month(m_today->paidFrom), Format::month(m_today->today),
                                      Format::text(formatPercent(m_today->inflation))));
    }

    QStringList local;
    for (const LocalPayment &item : r.localItems)
        local << QStringLiteral("%1 %2").arg(texts::localItemName(item),
                                             texts::localItemAmount(item, tr("%1 yuan").arg(money(item.amount))));
    m_localItems->setText(tr("Local items: %1").arg(local.join(QStringLiteral("; "))));
    m_localItems->setVisible(!local.isEmpty());

    m_facts[0]->setText(tr("%1, at %2").arg(Format::month(r.retirement.month), Format::age(r.retirement.ageMonths)));
    m_facts[1]->setText(tr("%1 at %2 (%3 months added by the 2024 decision); flexible window %4 – %5")
                            .arg(Format::month(r.window.statutoryMonth), Format::age(r.window.statutoryAgeMonths))
                            .arg(r.window.delayMonths)
                            .arg(Format::month(r.window.earliestMonth), Format::month(r.window.latestMonth)));
    m_facts[2]->setText(tr("%1 months = %2 years (deemed and before the account: %3 years); minimum %4 months for "
                           "%5")
                            .arg(Format::halves(r.figures.contributedMonths),
                                 Format::years(r.figures.contributionYearsCenti),
                                 Format::years(r.figures.transitionYearsCenti))
                            .arg(r.eligibility.requiredMonths)
                            .arg(r.eligibility.requirementYear));
    m_facts[3]->setText(tr("average index %1; indexed wage %2 yuan")
                            .arg(Format::index(r.figures.averageIndex), money(r.figures.indexedWage)));
    m_facts[4]->setText(
        tr("%1 yuan at retirement ÷ %2 annuity months")
            .arg(money(r.figures.accountBalance), Format::text(formatScaled(r.figures.annuityMonthsTenths, 1))));
    m_facts[5]->setText(tr("%1 yuan from now to retirement (employer or pooled share %2); %3 yuan in the record "
                           "and plan")
                            .arg(money(r.outOfPocketFuture), money(r.employerFuture), money(r.outOfPocketTotal)));
    if (r.eligibility.eligible) {
        m_eligibility->setText(tr("✔ Meets the minimum contribution period."));
        colors::setText(m_eligibility, colors::good);
    } else {
        m_eligibility->setText(tr("✘ Short of the minimum by %1 months. Paying on after the retirement age, the "
                                  "minimum is reached in %2, costing about %3 yuan as a flexible worker.")
                                   .arg(r.eligibility.shortMonths)
                                   .arg(Format::month(r.eligibility.reachedMonth), money(r.eligibility.costToReach)));
        colors::setText(m_eligibility, colors::error);
    }

    QStringList items;
    for (const Warning &w : r.warnings)
        items << QStringLiteral("<li>") + texts::warning(w).toHtmlEscaped() + QStringLiteral("</li>");
    m_warnings->setText(items.isEmpty() ? QString()
                                        : QStringLiteral("<ul style=\"margin-left: -20px;\">") + items.join(QString()) +
                                              QStringLiteral("</ul>"));
    m_warningsTitle->setVisible(!items.isEmpty() && !m_residentMode); // the resident view lists them after the plans
    m_warnings->setVisible(!items.isEmpty() && !m_residentMode);
    for (int i = 1; i < 6; ++i) {
        m_factNames[i]->setVisible(!m_residentMode);
        m_facts[i]->setVisible(!m_residentMode);
    }
    m_params->setVisible(!m_residentMode);
    m_params->setText(tr("Parameters: %1 · calculated as of %2 · %3")
                          .arg(Format::text(r.paramsVersion), Format::month(r.calculatedOn),
                               Format::text(r.regionNameZh) + QStringLiteral(" / ") + Format::text(r.regionNameEn)));
}

} // namespace pension::gui
