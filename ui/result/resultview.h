#pragma once
// The result of one plan: the monthly pension large with its three parts, the provisional (预发) figures and back
// pay, retirement, eligibility, warnings, the parameter pack version and the disclaimer. Displays a Result only.

#include "lifetime.h"
#include "result.h"

#include <QWidget>

class QBoxLayout;
class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QFrame;

namespace pension::gui {

class ResultView : public QWidget {
    Q_OBJECT
public:
    explicit ResultView(QWidget *parent = nullptr);

    // `planTitle` names a plan opened from the grid; empty for the form's own plan. `today`: the same monthly
    // figures in the calculation date's money, shown beside the nominal ones while the today's-money box is ticked.
    void showResult(const Result &result, const QString &planTitle, const std::optional<MonthlyToday> &today = {});
    // No result: the form has errors or required fields are empty.
    void showMessage(const QString &message);
    // For the resident (the F11 view): the figures they need, without the clerk's workings (statutory window,
    // index, account, out of pocket, pack details).
    void setResidentMode(bool on);
    const QString &planTitle() const { return m_planTitle; }
    const QString &message() const { return m_message; }

signals:
    void backToFormPlan();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void applyFonts();
    void render();

    std::optional<Result> m_result;
    std::optional<MonthlyToday> m_today;
    QCheckBox *m_todayCheck = nullptr;
    QLabel *m_todayHeader = nullptr, *m_todayNote = nullptr;
    QLabel *m_todayParts[4] = {};
    QString m_planTitle;
    QString m_message;
    bool m_residentMode = false;

    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_backButton = nullptr;
    QLabel *m_messageLabel = nullptr;
    QWidget *m_body = nullptr;
    QBoxLayout *m_columns = nullptr;
    QLabel *m_totalTitle = nullptr, *m_total = nullptr, *m_baseLine = nullptr;
    QLabel *m_finalHeader = nullptr, *m_provisionalHeader = nullptr;
    QLabel *m_partNames[4] = {};
    QLabel *m_final[4] = {};
    QLabel *m_provisional[4] = {};
    QLabel *m_backPay = nullptr;
    QLabel *m_localItems = nullptr; // local items (地方加发…), shown apart from the three components
    QLabel *m_factNames[6] = {};
    QLabel *m_facts[6] = {};
    QLabel *m_eligibility = nullptr;
    QLabel *m_warningsTitle = nullptr, *m_warnings = nullptr;
    QLabel *m_params = nullptr, *m_disclaimer = nullptr;
};

} // namespace pension::gui
