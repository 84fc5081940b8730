#include "survivorpanel.h"
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

SurvivorPanel::SurvivorPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("survivorPanel"));
    m_model = new SurvivorModel(this);
    auto *outer = new QVBoxLayout(this);
    m_note = label("survivorNote");
    outer->addWidget(m_note);
    m_incomeNote = label("survivorIncomeNote");
    colors::setText(m_incomeNote, colors::note);
    outer->addWidget(m_incomeNote);
    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    m_chart = new SurvivorChart(m_model);
    m_table = displayTable("survivorTable", m_model, ColumnFit::FitContents);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    outer->addWidget(split, 1);
    retranslate();
}

void SurvivorPanel::setSurvivors(const std::vector<SurvivorAt> &survivors)
{
    m_model->setSurvivors(survivors);
    render();
}

void SurvivorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SurvivorPanel::retranslate()
{
    m_note->setText(tr("If the person dies, the family receives a funeral grant (丧葬补助金, 2 months) and a survivor "
                       "pension (抚恤金: 3 to 24 months by contribution years; after retirement one month fewer per "
                       "year drawn, at least 9) of the province's monthly urban per-capita disposable income of the "
                       "year before death (人社部发〔2021〕18号), and inherits what remains in the personal account "
                       "(国发〔2005〕38号). Nominal yuan, for a death in the birthday month."));
    m_model->retranslate();
    render();
}

void SurvivorPanel::render()
{
    const auto &rows = m_model->survivors();
    std::optional<int> lastPublished, firstAssumed;
    for (const SurvivorAt &s : rows) {
        if (s.incomeStatus == Status::Published)
            lastPublished = s.incomeYear;
        else if (!firstAssumed)
            firstAssumed = s.incomeYear;
    }
    if (rows.empty())
        m_incomeNote->clear();
    else if (!rows.front().incomeKnown)
        m_incomeNote->setText(tr("The region's parameter pack has no urban per-capita disposable income, the base of "
                                 "the funeral grant and the survivor pension: they are not computed (unknown). "
                                 "Enter the figure in the parameter editor."));
    else if (!firstAssumed)
        m_incomeNote->setText(tr("The income base of every year shown is published."));
    else if (!lastPublished)
        m_incomeNote->setText(tr("The income base of every year shown is assumed: the last published figure grown "
                                 "by the wage-growth assumption (in brown)."));
    else
        m_incomeNote->setText(tr("The income base is published up to %1; from %2 on it is assumed: the last "
                                 "published figure grown by the wage-growth assumption (in brown).")
                                  .arg(*lastPublished)
                                  .arg(*firstAssumed));
}

} // namespace pension::gui
