#include "beyondpage.h"
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

namespace {

// A table as large as its few rows and columns: the panel around it scrolls instead.
void fitContents(QTableView *view)
{
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->horizontalHeader()->setStretchLastSection(false);
    view->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QLabel *label(const char *name = nullptr, bool wrap = true)
{
    auto *l = new QLabel;
    if (name)
        l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(wrap);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString percent(Ppm p)
{
    return Format::text(formatPercent(p));
}

// A panel's contents in a frameless scroll area, so large-font mode scrolls instead of growing the window.
QVBoxLayout *scrolledLayout(QWidget *panel)
{
    auto *content = new QWidget;
    auto *scroll = new QScrollArea;
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(scroll);
    return new QVBoxLayout(content);
}

QFont scaled(const QFont &base, double factor, bool bold)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

} // namespace

// ---- LifetimePanel

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
                           "worker pays the whole 20% of the base.")
                            .arg(Format::moneyWhole(paidAll), Format::moneyWhole(lt.ownPaidFuture), nominalMark));
        m_employer->setText(tr("Of those 20%, 8% go to the personal account and 12% to the pooled fund (%1 yuan%2 of "
                               "the payments from now).")
                                .arg(Format::moneyWhole(lt.employerPaid), nominalMark));
    } else {
        m_paid->setText(tr("Paid by the person (8% of the wage): %1 yuan in all; %2 yuan%3 of it from now to "
                           "retirement.")
                            .arg(Format::moneyWhole(paidAll), Format::moneyWhole(lt.ownPaidFuture), nominalMark));
        m_employer->setText(tr("The employer pays its share besides: %1 yuan%2 from now to retirement. It is not the "
                               "person's money and is not counted here.")
                                .arg(Format::moneyWhole(lt.employerPaid), nominalMark));
    }
}

// ---- SurvivorPanel

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

// ---- GoalPanel

GoalPanel::GoalPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("goalPanel"));
    m_model = new GoalModel(this);
    auto *outer = scrolledLayout(this);
    m_intro = label("goalIntro");
    colors::setText(m_intro, colors::hint);
    outer->addWidget(m_intro);

    auto *bar = new QHBoxLayout;
    m_targetLabel = new QLabel;
    m_target = new QLineEdit;
    m_target->setObjectName(QStringLiteral("goalTargetEdit"));
    m_target->setPlaceholderText(QStringLiteral("3000"));
    m_target->setMaxLength(20);
    m_targetLabel->setBuddy(m_target);
    m_gradeLabel = new QLabel;
    m_grade = new QComboBox;
    m_grade->setObjectName(QStringLiteral("goalGradeCombo"));
    m_grade->setEditable(true);
    m_grade->setInsertPolicy(QComboBox::NoInsert);
    m_grade->setMinimumContentsLength(6);
    m_grade->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_gradeLabel->setBuddy(m_grade);
    m_find = new QPushButton;
    m_find->setObjectName(QStringLiteral("goalButton"));
    bar->addWidget(m_targetLabel);
    bar->addWidget(m_target);
    bar->addSpacing(12);
    bar->addWidget(m_gradeLabel);
    bar->addWidget(m_grade);
    bar->addSpacing(12);
    bar->addWidget(m_find);
    bar->addStretch();
    outer->addLayout(bar);
    m_error = label("goalError");
    colors::setText(m_error, colors::error);
    m_error->hide();
    outer->addWidget(m_error);
    m_atGrade = label("goalAtGradeLabel");
    outer->addWidget(m_atGrade);
    m_table = displayTable("goalTable", m_model, ColumnFit::FitContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setMinimumHeight(160);
    outer->addWidget(m_table, 1);

    // Back-solving a benefit sheet (核定表): the figures it shows give back the statement's.
    m_solveBox = new QGroupBox;
    m_solveBox->setObjectName(QStringLiteral("solveBox"));
    auto *solve = new QGridLayout(m_solveBox);
    m_solveIntro = label();
    colors::setText(m_solveIntro, colors::hint);
    solve->addWidget(m_solveIntro, 0, 0, 1, 6);
    auto edit = [](const char *name, const QString &placeholder) {
        auto *e = new QLineEdit;
        e->setObjectName(QString::fromLatin1(name));
        e->setPlaceholderText(placeholder);
        e->setMaxLength(20);
        return e;
    };
    m_base = edit("solveBaseEdit", QStringLiteral("7468"));
    m_years = edit("solveYearsEdit", QStringLiteral("34.67"));
    m_basic = edit("solveBasicEdit", QStringLiteral("3366.16"));
    m_account = edit("solveAccountEdit", QStringLiteral("1370.63"));
    m_months = edit("solveMonthsEdit", QStringLiteral("170"));
    m_baseLabel = new QLabel;
    m_yearsLabel = new QLabel;
    m_basicLabel = new QLabel;
    m_accountLabel = new QLabel;
    m_monthsLabel = new QLabel;
    m_baseLabel->setBuddy(m_base);
    m_yearsLabel->setBuddy(m_years);
    m_basicLabel->setBuddy(m_basic);
    m_accountLabel->setBuddy(m_account);
    m_monthsLabel->setBuddy(m_months);
    m_indexResult = label("solveIndexLabel");
    m_balanceResult = label("solveBalanceLabel");
    colors::setText(m_indexResult, colors::money);
    colors::setText(m_balanceResult, colors::money);
    solve->addWidget(m_baseLabel, 1, 0);
    solve->addWidget(m_base, 1, 1);
    solve->addWidget(m_yearsLabel, 1, 2);
    solve->addWidget(m_years, 1, 3);
    solve->addWidget(m_basicLabel, 1, 4);
    solve->addWidget(m_basic, 1, 5);
    solve->addWidget(m_indexResult, 2, 0, 1, 6);
    solve->addWidget(m_accountLabel, 3, 0);
    solve->addWidget(m_account, 3, 1);
    solve->addWidget(m_monthsLabel, 3, 2);
    solve->addWidget(m_months, 3, 3);
    solve->addWidget(m_balanceResult, 4, 0, 1, 6);
    for (int c : {1, 3, 5})
        solve->setColumnStretch(c, 1);
    outer->addWidget(m_solveBox);

    connect(m_find, &QPushButton::clicked, this, &GoalPanel::seek);
    connect(m_target, &QLineEdit::returnPressed, this, &GoalPanel::seek);
    connect(m_grade->lineEdit(), &QLineEdit::returnPressed, this, &GoalPanel::seek);
    for (QLineEdit *e : {m_base, m_years, m_basic, m_account, m_months})
        connect(e, &QLineEdit::textChanged, this, &GoalPanel::solveSheet);
    retranslate();
}

void GoalPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GoalPanel::retranslate()
{
    m_intro->setText(tr("The lowest contribution grade that reaches a monthly pension, for each number of years "
                        "paid from now, under the form's retirement choice; and how many years it takes at one "
                        "grade. Grades to 0.1%; * short of the minimum years."));
    m_targetLabel->setText(tr("&Target (yuan a month):"));
    m_gradeLabel->setText(tr("Years needed &at grade:"));
    m_find->setText(tr("&Find"));
    m_solveBox->setTitle(tr("Back-solve a benefit sheet (核定表)"));
    m_solveIntro->setText(tr("Type the figures printed on a sheet to get back the average index and the account "
                             "balance that give them."));
    m_baseLabel->setText(tr("Pension base:"));
    m_yearsLabel->setText(tr("Contribution years:"));
    m_basicLabel->setText(tr("Basic pension:"));
    m_accountLabel->setText(tr("Account pension:"));
    m_monthsLabel->setText(tr("Annuity months:"));
    m_model->retranslate();
    renderGoal();
    solveSheet();
}

void GoalPanel::fillGrades()
{
    const QString current = m_grade->currentText();
    std::vector<Ppm> grades = m_grades;
    if (grades.empty())
        grades = {600'000, 1'000'000, 3'000'000};
    const QSignalBlocker block(m_grade);
    m_grade->clear();
    for (Ppm g : grades)
        m_grade->addItem(Format::grade(g));
    m_grade->setCurrentText(current.isEmpty() ? QStringLiteral("100%") : current);
}

void GoalPanel::setCase(const std::vector<Ppm> &grades, YearMonth asOf, YearMonth retirement,
                        const std::optional<GoalAnswer> &answer)
{
    const bool gradesChanged = !m_hasCase || m_grades != grades;
    m_hasCase = true;
    m_grades = grades;
    m_asOf = asOf;
    m_retirement = retirement;
    if (gradesChanged || m_grade->count() == 0)
        fillGrades();
    // The answer is computed with every outcome, so it follows the case.
    m_answer = answer;
    renderGoal();
}

void GoalPanel::clear()
{
    m_hasCase = false;
    m_answer.reset();
    renderGoal();
}

void GoalPanel::seek()
{
    m_error->hide();
    if (!m_hasCase)
        return;
    const auto target = parse::decimal(m_target->text(), 2);
    if (!target || *target < 100 || *target > 100'000'00) {
        m_error->setText(tr("Type the monthly pension wanted, in yuan (1 – 100,000)."));
        m_error->show();
        m_answer.reset();
        renderGoal();
        emit asked(std::nullopt);
        return;
    }
    std::optional<Ppm> grade;
    if (!m_grade->currentText().trimmed().isEmpty()) {
        grade = parse::grade(m_grade->currentText());
        if (!grade || *grade < 600'000 || *grade > 3'000'000) {
            m_error->setText(tr("The grade is 60% – 300% of the average wage."));
            m_error->show();
            grade.reset();
        }
    }
    emit asked(GoalAsk{*target, grade});
}

void GoalPanel::renderGoal()
{
    if (!m_answer || !m_hasCase) {
        m_model->clear();
        m_atGrade->clear();
        return;
    }
    const GoalAnswer &g = *m_answer;
    const YearMonth asOf = m_asOf;
    m_model->setAnswer(g, asOf, m_retirement);
    if (g.grade == 0)
        m_atGrade->clear();
    else if (g.yearsAtGrade)
        m_atGrade->setText(tr("At %1: %2 reaches %3 yuan a month, costing the person %4 yuan.")
                               .arg(Format::grade(g.grade), Format::stopAfter(*g.yearsAtGrade, asOf, m_retirement),
                                    Format::money(g.monthlyAtYears), Format::moneyWhole(g.costAtYears)));
    else
        m_atGrade->setText(tr("At %1 the target of %2 yuan is not reached before retirement.")
                               .arg(Format::grade(g.grade), Format::money(g.target)));
}

void GoalPanel::solveSheet()
{
    const auto base = parse::decimal(m_base->text(), 2);
    const auto years = parse::decimal(m_years->text(), 2);
    const auto basic = parse::decimal(m_basic->text(), 2);
    if (m_base->text().trimmed().isEmpty() && m_years->text().trimmed().isEmpty() &&
        m_basic->text().trimmed().isEmpty())
        m_indexResult->clear();
    else if (!base || *base < 100'00 || *base > 100'000'00 || !years || *years <= 0 || *years > 6000 || !basic ||
             *basic <= 0 || *basic > 100'000'00)
        m_indexResult->setText(tr("→ the three figures as printed (years with 2 decimals)"));
    else if (const IndexRange r = averageIndexFromSheet(*base, static_cast<int>(*years), *basic); !r.found)
        m_indexResult->setText(tr("→ no average index gives that basic pension"));
    else if (r.low == r.high)
        m_indexResult->setText(tr("→ average index %1").arg(Format::index(r.low)));
    else
        m_indexResult->setText(tr("→ average index %1 … %2").arg(Format::index(r.low), Format::index(r.high)));

    const auto account = parse::decimal(m_account->text(), 2);
    const auto months = parse::decimal(m_months->text(), 1);
    if (m_account->text().trimmed().isEmpty() && m_months->text().trimmed().isEmpty())
        m_balanceResult->clear();
    else if (!account || *account <= 0 || *account > 100'000'00 || !months || *months < 10 || *months > 3000)
        m_balanceResult->setText(tr("→ the account pension and the annuity months (1 – 300) as printed"));
    else {
        const BalanceRange r = accountBalanceFromSheet(*account, static_cast<int>(*months));
        m_balanceResult->setText(
            tr("→ account balance at retirement %1 … %2 yuan").arg(Format::money(r.low), Format::money(r.high)));
    }
}

// ---- ShortfallPanel

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

// ---- PensionPathPanel

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

// ---- BeyondPage

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

void GoalPanel::forgetInputs()
{
    for (QLineEdit *e : {m_target, m_base, m_years, m_basic, m_account, m_months})
        e->clear();
    m_error->hide();
    solveSheet();
    clear();
}

void BeyondPage::forgetResident()
{
    m_goal->forgetInputs();
}

} // namespace pension::gui
