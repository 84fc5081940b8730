#include "shortfallpanel.h"
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

ShortfallPanel::ShortfallPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("shortfallPanel"));
    m_model = new ShortfallModel(this);
    auto *outer = scrolledLayout(this);
    m_headline = label("shortfallHeadline");
    colors::setText(m_headline, colors::error);
    outer->addWidget(m_headline);
    // Left: paying on, grade by grade; right: the alternatives and the fraud warning, always in sight.
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_payOnIntro = label("shortfallPayOnLabel");
    left->addWidget(m_payOnIntro);
    m_table = displayTable("shortfallTable", m_model, ColumnFit::FitContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // Every option pays the same months until the same month (said above the table): grade and cost only.
    m_table->setColumnHidden(ShortfallModel::Months, true);
    m_table->setColumnHidden(ShortfallModel::Reached, true);
    m_table->setMinimumHeight(160);
    left->addWidget(m_table, 1);
    columns->addLayout(left, 2);
    auto *right = new QVBoxLayout;
    m_transfer = label("shortfallTransferLabel");
    right->addWidget(m_transfer);
    m_oneOff = label("shortfallOneOffLabel");
    right->addWidget(m_oneOff);
    m_fraudFrame = new QFrame;
    m_fraudFrame->setObjectName(QStringLiteral("fraudWarningFrame"));
    m_fraudFrame->setFrameShape(QFrame::StyledPanel);
    colors::setBackground(m_fraudFrame, colors::banner);
    auto *fraudLayout = new QVBoxLayout(m_fraudFrame);
    m_fraud = label("fraudWarningLabel");
    colors::setText(m_fraud, colors::error);
    fraudLayout->addWidget(m_fraud);
    right->addWidget(m_fraudFrame);
    right->addStretch();
    columns->addLayout(right, 3);
    outer->addLayout(columns, 1);
    applyFonts();
    retranslate();
}

void ShortfallPanel::setShortfall(const Shortfall &shortfall, const Result &result)
{
    m_shortfall = shortfall;
    m_result = result;
    render();
}

void ShortfallPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

void ShortfallPanel::applyFonts()
{
    m_headline->setFont(scaled(font(), 1.15, true));
    m_fraud->setFont(scaled(font(), 1.0, true));
}

void ShortfallPanel::retranslate()
{
    m_model->retranslate();
    render();
}

void ShortfallPanel::render()
{
    if (!m_shortfall || !m_result || !m_shortfall->shortOfMinimum) {
        m_model->setOptions({});
        return;
    }
    const Shortfall &s = *m_shortfall;
    const Result &r = *m_result;
    m_headline->setText(tr("Short of the minimum by %1 months: %2 months are needed to draw a pension on retiring "
                           "in %3; the record and the plan reach %4 months.")
                            .arg(s.shortMonths)
                            .arg(r.eligibility.requiredMonths)
                            .arg(Format::month(r.retirement.month), Format::halves(r.eligibility.contributed)));
    m_model->setOptions(s.payOn);
    if (s.payOn.empty())
        m_payOnIntro->clear();
    else
        m_payOnIntro->setText(tr("Paying on after the retirement age as a flexible worker (社会保险法 第十六条; "
                                 "人社部令第13号) for %1 months, until %2. What it costs the person at each standard "
                                 "grade:")
                                  .arg(s.payOn.front().months)
                                  .arg(Format::month(s.payOn.front().reachedMonth)));
    m_transfer->setText(tr("Or transfer to the urban and rural residents' basic pension (城乡居民基本养老保险): the "
                           "personal account of %1 yuan moves whole and the contribution years count there "
                           "(人社部发〔2014〕17号).")
                            .arg(Format::money(s.accountToResidentScheme)));
    m_oneOff->setText(s.oneOffAllowed
                          ? tr("Insured before 2011-07-01: if still short after five years of paying on, the "
                               "remaining %1 months may be paid at once (人社部令第13号 第二条).")
                                .arg(s.oneOffMonths)
                          : tr("No one-off payment for this person: paying missing years at once is allowed only to "
                               "people insured before 2011-07-01 who are still short after five years of paying on "
                               "(人社部令第13号 第二条)."));
    Warning fraud{WarningCode::RetroactiveFraud, {}};
    for (const Warning &w : r.warnings)
        if (w.code == WarningCode::RetroactiveFraud)
            fraud = w;
    m_fraud->setText(QStringLiteral("⚠ ") + texts::warning(fraud));
}

} // namespace pension::gui
