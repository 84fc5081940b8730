#pragma once
// The Beyond tab (长远与家庭): what the monthly figure does not say, for the plan on display. One panel per
// question, each a display of what the calculator computed with the result (Beyond) or asks the calculator for:
//  - short of the minimum years (only when the plan does not reach it): paying on, the resident scheme, the
//    one-off payment where the law allows it, and the fraud warning;
//  - break-even and lifetime value, nominal or in today's money;
//  - what the family receives by age at death;
//  - goal seeking (lowest grade per payment length, years at a grade) and back-solving a benefit sheet;
//  - the pension year by year after retirement.

#include "calculator.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace pension::gui {

class BreakEvenChart;
class BreakEvenModel;
class GoalModel;
class LifetimeTotalsModel;
class PensionPathChart;
class PensionPathModel;
class ShortfallModel;
class SurvivorChart;
class SurvivorModel;

// Break-even and lifetime value: own payments against the pension received with its yearly increases.
class LifetimePanel : public QWidget {
    Q_OBJECT
public:
    explicit LifetimePanel(QWidget *parent = nullptr);
    // `eligible`: whether the plan reaches the minimum years (otherwise the figures assume a pension it does not
    // pay yet, and the panel says so).
    void setLifetimes(const Lifetime &nominal, const Lifetime &todaysMoney, InsuranceKind kind, bool eligible);
    void clear();
    BreakEvenModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFonts();
    void render();

    std::optional<Lifetime> m_nominal, m_todaysMoney;
    InsuranceKind m_kind = InsuranceKind::Flexible;
    bool m_eligible = true;
    QCheckBox *m_todayCheck = nullptr;
    QLabel *m_shortNote = nullptr, *m_assumptions = nullptr, *m_breakEvenTitle = nullptr, *m_breakEven = nullptr,
           *m_paid = nullptr, *m_employer = nullptr, *m_totalsTitle = nullptr, *m_note = nullptr;
    BreakEvenModel *m_model = nullptr;
    LifetimeTotalsModel *m_totals = nullptr;
    QTableView *m_totalsView = nullptr, *m_yearsView = nullptr;
    BreakEvenChart *m_chart = nullptr;
};

// What the family receives if the person dies at each age.
class SurvivorPanel : public QWidget {
    Q_OBJECT
public:
    explicit SurvivorPanel(QWidget *parent = nullptr);
    void setSurvivors(const std::vector<SurvivorAt> &survivors);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();

    SurvivorModel *m_model = nullptr;
    QLabel *m_note = nullptr, *m_incomeNote = nullptr;
    SurvivorChart *m_chart = nullptr;
    QTableView *m_table = nullptr;
};

// Goal seeking for the case, and back-solving the figures of a benefit sheet.
class GoalPanel : public QWidget {
    Q_OBJECT
public:
    explicit GoalPanel(QWidget *parent = nullptr);
    // The region's grades, the statement month, the month the form's plan retires and the answer to the question
    // asked (computed with the rest of the outcome).
    void setCase(const std::vector<Ppm> &grades, YearMonth asOf, YearMonth retirement,
                 const std::optional<GoalAnswer> &answer);
    void clear();
    // Another resident: what was typed here for the previous one (the target, the sheet's figures) goes too.
    void forgetInputs();
    // Asks the typed target now (the Find button, Enter): `asked` with the question, or nullopt when the target is
    // not a number; the answer comes back through setCase.
    void seek();

signals:
    void asked(const std::optional<pension::GoalAsk> &goal);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillGrades();
    void renderGoal();
    void solveSheet();

    bool m_hasCase = false;
    std::vector<Ppm> m_grades;
    YearMonth m_asOf, m_retirement;
    std::optional<GoalAnswer> m_answer;

    QLabel *m_targetLabel = nullptr, *m_gradeLabel = nullptr, *m_intro = nullptr, *m_error = nullptr,
           *m_atGrade = nullptr;
    QLineEdit *m_target = nullptr;
    QComboBox *m_grade = nullptr;
    QPushButton *m_find = nullptr;
    GoalModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QGroupBox *m_solveBox = nullptr;
    QLabel *m_solveIntro = nullptr, *m_baseLabel = nullptr, *m_yearsLabel = nullptr, *m_basicLabel = nullptr,
           *m_accountLabel = nullptr, *m_monthsLabel = nullptr, *m_indexResult = nullptr, *m_balanceResult = nullptr;
    QLineEdit *m_base = nullptr, *m_years = nullptr, *m_basic = nullptr, *m_account = nullptr, *m_months = nullptr;
};

// Short of the minimum years: the ways to reach it, and the one that is a fraud.
class ShortfallPanel : public QWidget {
    Q_OBJECT
public:
    explicit ShortfallPanel(QWidget *parent = nullptr);
    void setShortfall(const Shortfall &shortfall, const Result &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFonts();
    void render();

    std::optional<Shortfall> m_shortfall;
    std::optional<Result> m_result;
    ShortfallModel *m_model = nullptr;
    QLabel *m_headline = nullptr, *m_payOnIntro = nullptr, *m_transfer = nullptr, *m_oneOff = nullptr,
           *m_fraud = nullptr;
    QFrame *m_fraudFrame = nullptr;
    QTableView *m_table = nullptr;
};

// The pension year by year after retirement, with each year's increase, published or assumed.
class PensionPathPanel : public QWidget {
    Q_OBJECT
public:
    explicit PensionPathPanel(QWidget *parent = nullptr);
    void setPath(const Lifetime &lifetime, YearMonth birth, const std::string &paramsVersion);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    PensionPathModel *m_model = nullptr;
    QLabel *m_note = nullptr;
    PensionPathChart *m_chart = nullptr;
    QTableView *m_table = nullptr;
    Ppm m_assumption = 0;
    QString m_version;
};

class BeyondPage : public QWidget {
    Q_OBJECT
public:
    enum Section { ShortfallSection, LifetimeSection, SurvivorSection, GoalSection, PathSection };

    explicit BeyondPage(QWidget *parent = nullptr);

    // `shown` is the plan on display (the form's or a grid cell, named by `planTitle`), `beyond` its values;
    // goal seeking works on the outcome's case.
    void showBeyond(const Outcome &outcome, const Result &shown, const Beyond &beyond, const QString &planTitle);
    // The goal answer of a new outcome (a question asked, the same plan shown).
    void showGoal(const Outcome &outcome);
    // No result: the form has errors or required fields are empty.
    void showMessage(const QString &message);
    void showSection(Section section);
    // Another resident: the inputs typed for the previous one are cleared.
    void forgetResident();

signals:
    // The Goal section's question changed (nullopt: no valid question).
    void goalAsked(const std::optional<pension::GoalAsk> &goal);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_planTitle;
    bool m_short = false;
    QLabel *m_plan = nullptr, *m_message = nullptr, *m_disclaimer = nullptr;
    QTabWidget *m_sections = nullptr;
    ShortfallPanel *m_shortfall = nullptr;
    LifetimePanel *m_lifetime = nullptr;
    SurvivorPanel *m_survivors = nullptr;
    GoalPanel *m_goal = nullptr;
    PensionPathPanel *m_path = nullptr;
};

} // namespace pension::gui
