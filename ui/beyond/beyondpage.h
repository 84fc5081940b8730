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
#include "goalpanel.h"
#include "lifetimepanel.h"
#include "pensionpathpanel.h"
#include "shortfallpanel.h"
#include "survivorpanel.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;

namespace pension::gui {

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
