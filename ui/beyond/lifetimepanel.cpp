#include "lifetimepanel.h"
#include "law.h"
#include "beyondparts.h"
#include "tableviews.h"

#include "beyondcharts.h"
#include "beyondmodels.h"
#include "breakevenchart.h"
#include "breakevenmodel.h"
#include "colors.h"
#include "format.h"
#include "texts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pension::gui {

using namespace beyondparts;

LifetimePanel::LifetimePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lifetimePanel"));
    m_model = new BreakEvenModel(this);
    m_totals = new LifetimeTotalsModel(this);

    auto *outer = scrolledLayout(this);
    m_todayCheck = new QCheckBox;
    m_todayCheck->setObjectName(QStringLiteral("lifetimeTodayCheck"));
    outer->addWidget(m_todayCheck);
    m_shortNote = label("lifetimeShortNote");
    colors::setText(m_shortNote, colors::error);
    m_shortNote->hide();
    outer->addWidget(m_shortNote);
    m_assumptions = label("lifetimeAssumptions");
    colors::setText(m_assumptions, colors::hint);
    outer->addWidget(m_assumptions);

    // Above: the break-even age and what was paid beside the totals by age; below: the chart and its table.
    auto *top = new QHBoxLayout;
    auto *facts = new QVBoxLayout;
    m_breakEvenTitle = label();
    m_breakEven = label("breakEvenAgeLabel");
    colors::setText(m_breakEven, colors::money);
    m_paid = label("lifetimePaidLabel");
    m_employer = label("lifetimeEmployerLabel");
    colors::setText(m_employer, colors::hint);
    facts->addWidget(m_breakEvenTitle);
    facts->addWidget(m_breakEven);
    facts->addSpacing(6);
    facts->addWidget(m_paid);
    facts->addWidget(m_employer);
    facts->addStretch();
    top->addLayout(facts, 1);
    auto *totals = new QVBoxLayout;
    m_totalsTitle = label();
    m_totalsView = displayTable("lifetimeTotalsTable", m_totals, ColumnFit::FitContents);
    m_totalsView->setSelectionMode(QAbstractItemView::NoSelection);
    fitContents(m_totalsView);
    m_note = label("lifetimeNote");
    colors::setText(m_note, colors::hint);
    totals->addWidget(m_totalsTitle);
    totals->addWidget(m_totalsView);
    totals->addWidget(m_note);
    totals->addStretch();
    top->addLayout(totals, 1);
    outer->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal);
    split->setChildrenCollapsible(false);
    m_chart = new BreakEvenChart(m_model);
    m_chart->setObjectName(QStringLiteral("lifetimeChart"));
    m_yearsView = displayTable("lifetimeTable", m_model, ColumnFit::FitContents);
    m_yearsView->horizontalHeader()->setStretchLastSection(false);
    m_yearsView->setMinimumHeight(200);
    split->addWidget(m_chart);
    split->addWidget(m_yearsView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    outer->addWidget(split, 1);

    connect(m_todayCheck, &QCheckBox::toggled, this, &LifetimePanel::render);
    applyFonts();
    retranslate();
}

void LifetimePanel::setLifetimes(const Lifetime &nominal, const Lifetime &todaysMoney, InsuranceKind kind,
                                 bool eligible)
{
    m_nominal = nominal;
    m_todaysMoney = todaysMoney;
    m_kind = kind;
    m_eligible = eligible;
    render();
}

void LifetimePanel::clear()
{
    m_nominal.reset();
    m_todaysMoney.reset();
    render();
}

void LifetimePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

void LifetimePanel::applyFonts()
{
    m_breakEven->setFont(scaled(font(), 1.6, true));
    m_breakEvenTitle->setFont(scaled(font(), 1.0, true));
    m_totalsTitle->setFont(scaled(font(), 1.0, true));
}

void LifetimePanel::retranslate()
{
    m_todayCheck->setText(tr("Amounts in &today's money"));
    m_todayCheck->setToolTip(tr("Divides every amount by the assumed inflation from the calculation date, so "
                                "amounts of different years can be compared"));
    m_breakEvenTitle->setText(tr("Break-even age: the pension received equals what the person paid"));
    m_totalsTitle->setText(tr("Paid and received by each age"));
    m_shortNote->setText(tr("This plan is short of the minimum years: no pension is paid until the minimum is "
                            "reached (see Short of minimum). The figures below assume the pension from the "
                            "retirement month."));
    m_note->setText(tr("Totals at the birthday month. What remains in the personal account at death is inherited "
                       "(see Survivors) and is not counted here."));
    m_model->retranslate();
    m_totals->retranslate();
    render();
}

void LifetimePanel::render()
{
    if (!m_nominal || !m_todaysMoney) {
        m_model->clear();
        m_totals->clear();
        m_breakEven->clear();
        m_paid->clear();
        m_employer->clear();
        m_assumptions->clear();
        m_shortNote->hide();
        return;
    }
    m_shortNote->setVisible(!m_eligible);
    const bool today = m_todayCheck->isChecked();
    const Lifetime &lt = today ? *m_todaysMoney : *m_nominal;
    m_model->setLifetime(lt);
    m_totals->setLifetime(lt);
    m_assumptions->setText(
        today ? tr("In today's money: each amount divided by %1% inflation a year from the calculation date. The "
                   "pension is raised each January by the province's scheme where the pack has it, else by the "
                   "published national rate, then by %2% a year (an assumption).")
                    .arg(percent(lt.inflation), percent(lt.increaseAssumption))
              : tr("Nominal yuan. The pension is raised each January by the province's scheme where the pack has it, "
                   "else by the published national rate, then by %1% a year (an assumption).")
                    .arg(percent(lt.increaseAssumption)));
    if (lt.breakEvenAgeMonths && lt.breakEvenMonth)
        m_breakEven->setText(
            tr("%1, in %2").arg(Format::age(*lt.breakEvenAgeMonths), Format::month(*lt.breakEvenMonth)));
    else
        m_breakEven->setText(tr("not reached by the age of 100"));
    // Everything paid, in the mode's money (the engine deflates the payments from now and the employer's share too).
    const Fen paidAll = lt.curve.empty() ? lt.ownPaid : lt.curve.back().paid;
    const QString nominalMark;
    if (m_kind == InsuranceKind::Flexible) {
        m_paid->setText(tr("Paid by the person: %1 yuan in all; %2 yuan%3 of it from now to retirement. A flexible "
                           "worker pays the whole %4 of the base.")
                            .arg(Format::moneyWhole(paidAll), Format::moneyWhole(lt.ownPaidFuture), nominalMark,
                                 Format::grade(law::kFlexibleRate)));
        m_employer->setText(tr("Of those %3, %4 go to the personal account and %5 to the pooled fund (%1 yuan%2 of "
                               "the payments from now).")
                                .arg(Format::moneyWhole(lt.employerPaid), nominalMark,
                                     Format::grade(law::kFlexibleRate), Format::grade(law::kFlexibleToAccountRate),
                                     Format::grade(law::kFlexibleToPoolRate)));
    } else {
        m_paid->setText(tr("Paid by the person (%4 of the wage): %1 yuan in all; %2 yuan%3 of it from now to "
                           "retirement.")
                            .arg(Format::moneyWhole(paidAll), Format::moneyWhole(lt.ownPaidFuture), nominalMark,
                                 Format::grade(law::kEmployeeRate)));
        m_employer->setText(tr("The employer pays its share besides: %1 yuan%2 from now to retirement. It is not the "
                               "person's money and is not counted here.")
                                .arg(Format::moneyWhole(lt.employerPaid), nominalMark));
    }
}

} // namespace pension::gui
