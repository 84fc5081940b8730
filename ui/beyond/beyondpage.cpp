#include "beyondpage.h"
#include "beyondparts.h"

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

BeyondPage::BeyondPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("beyondPage"));
    auto *outer = new QVBoxLayout(this);
    m_plan = label("beyondPlanLabel");
    colors::setText(m_plan, colors::hint);
    outer->addWidget(m_plan);
    m_message = label("beyondMessage");
    colors::setText(m_message, colors::hint);
    outer->addWidget(m_message);
    m_sections = new QTabWidget;
    m_sections->setObjectName(QStringLiteral("beyondSections"));
    m_shortfall = new ShortfallPanel;
    m_lifetime = new LifetimePanel;
    m_survivors = new SurvivorPanel;
    m_goal = new GoalPanel;
    connect(m_goal, &GoalPanel::asked, this, &BeyondPage::goalAsked);
    m_path = new PensionPathPanel;
    m_sections->addTab(m_shortfall, QString());
    m_sections->addTab(m_lifetime, QString());
    m_sections->addTab(m_survivors, QString());
    m_sections->addTab(m_goal, QString());
    m_sections->addTab(m_path, QString());
    m_sections->setTabVisible(ShortfallSection, false);
    m_sections->tabBar()->setTabTextColor(ShortfallSection, colors::error);
    m_sections->setCurrentIndex(LifetimeSection);
    outer->addWidget(m_sections, 1);
    m_disclaimer = label("beyondDisclaimer");
    colors::setText(m_disclaimer, colors::hint);
    outer->addWidget(m_disclaimer);
    m_sections->hide();
    retranslate();
}

void BeyondPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BeyondPage::retranslate()
{
    m_sections->setTabText(ShortfallSection, tr("Short of minimum"));
    m_sections->setTabText(LifetimeSection, tr("Break-even"));
    m_sections->setTabText(SurvivorSection, tr("Survivors"));
    m_sections->setTabText(GoalSection, tr("Goal"));
    m_sections->setTabText(PathSection, tr("After retirement"));
    m_plan->setText(m_planTitle.isEmpty() ? tr("For the form's plan.")
                                          : tr("For a plan from the grid: %1").arg(m_planTitle));
    m_disclaimer->setText(tr("Estimates: the social-insurance agency's determination prevails (以经办机构核定为准)."));
}

void BeyondPage::showBeyond(const Outcome &outcome, const Result &shown, const Beyond &beyond, const QString &planTitle)
{
    if (!outcome.prepared || !outcome.result)
        return;
    const Prepared &p = *outcome.prepared;
    m_planTitle = planTitle;
    m_message->hide();
    m_plan->show();
    m_sections->show();
    m_lifetime->setLifetimes(beyond.nominal, beyond.todaysMoney, p.kase.kind, shown.eligibility.eligible);
    m_survivors->setSurvivors(beyond.survivors);
    showGoal(outcome);
    m_shortfall->setShortfall(beyond.shortfall, shown);
    m_path->setPath(beyond.nominal, p.kase.person.birth, shown.paramsVersion);
    const bool wasShort = m_short;
    m_short = beyond.shortfall.shortOfMinimum;
    m_sections->setTabVisible(ShortfallSection, m_short);
    if (m_short && !wasShort)
        m_sections->setCurrentIndex(ShortfallSection);
    retranslate();
}

void BeyondPage::showGoal(const Outcome &outcome)
{
    if (!outcome.prepared || !outcome.result)
        return;
    m_goal->setCase(outcome.prepared->params.grades, outcome.prepared->kase.asOf, outcome.result->retirement.month,
                    outcome.goal);
}

void BeyondPage::showMessage(const QString &message)
{
    m_planTitle.clear();
    m_message->setText(message);
    m_message->show();
    m_plan->hide();
    m_sections->hide();
    m_lifetime->clear();
    m_survivors->setSurvivors({});
    m_goal->clear();
    m_short = false;
    m_sections->setTabVisible(ShortfallSection, false);
}

void BeyondPage::showSection(Section section)
{
    m_sections->setCurrentIndex(section);
}

void BeyondPage::forgetResident()
{
    m_goal->forgetInputs();
}

} // namespace pension::gui
