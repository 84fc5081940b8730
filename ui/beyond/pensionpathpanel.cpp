#include "pensionpathpanel.h"
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

PensionPathPanel::PensionPathPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pensionPathPanel"));
    m_model = new PensionPathModel(this);
    auto *outer = new QVBoxLayout(this);
    m_note = label("pensionPathNote");
    colors::setText(m_note, colors::hint);
    outer->addWidget(m_note);
    auto *row = new QHBoxLayout;
    m_chart = new PensionPathChart(m_model);
    m_table = displayTable("pensionPathTable", m_model, ColumnFit::FitContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    row->addWidget(m_chart, 3);
    row->addWidget(m_table, 2);
    outer->addLayout(row, 1);
    retranslate();
}

void PensionPathPanel::setPath(const Lifetime &lifetime, YearMonth birth, const std::string &paramsVersion)
{
    m_assumption = lifetime.increaseAssumption;
    m_version = Format::text(paramsVersion);
    m_model->setPath(lifetime.path, birth.year());
    retranslate();
}

void PensionPathPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PensionPathPanel::retranslate()
{
    m_note->setText(tr("The pension from retirement, raised each January by the province's scheme (fixed, per-year, "
                       "percent and age amounts) in the years the parameter pack %1 has it, else by the national "
                       "overall adjustment level, then the assumption of %2% a year (in brown). Nominal yuan.")
                        .arg(m_version, percent(m_assumption)));
    m_model->retranslate();
}

} // namespace pension::gui
