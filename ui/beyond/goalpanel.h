#pragma once
// One panel of the Beyond tab (beyondpage.h).

#include "calculator.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pension::gui {

class GoalModel;

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

} // namespace pension::gui
