#pragma once
// One panel of the Beyond tab (beyondpage.h).

#include "calculator.h"

#include <QWidget>

#include <memory>
#include <optional>

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
    // The case (its record, retirement choice and insurance kind) and the month the form's plan retires.
    void setCase(std::shared_ptr<const Prepared> prepared, YearMonth retirement);
    void clear();
    // Seeks the typed target now (the Find button, Enter).
    void seek();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillGrades();
    void renderGoal();
    void solveSheet();

    std::shared_ptr<const Prepared> m_prepared;
    YearMonth m_retirement;
    std::optional<GoalAnswer> m_answer;
    bool m_stale = false; // the case changed since the last seek

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
