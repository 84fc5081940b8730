#pragma once
// One panel of the Beyond tab (beyondpage.h).

#include "calculator.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QTableView;

namespace pension::gui {

class BreakEvenChart;
class BreakEvenModel;
class LifetimeTotalsModel;

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

} // namespace pension::gui
