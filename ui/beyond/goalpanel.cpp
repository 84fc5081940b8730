#include "goalpanel.h"
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
        grades = {law::kMinGrade, 1'000'000, law::kMaxGrade};
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
        if (!grade || *grade < law::kMinGrade || *grade > law::kMaxGrade) {
            m_error->setText(tr("The grade is %1 – %2 of the average wage.")
                                 .arg(Format::grade(law::kMinGrade), Format::grade(law::kMaxGrade)));
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

void GoalPanel::forgetInputs()
{
    for (QLineEdit *e : {m_target, m_base, m_years, m_basic, m_account, m_months})
        e->clear();
    m_error->hide();
    solveSheet();
    clear();
}

} // namespace pension::gui
