#pragma once
// One panel of the Beyond tab (beyondpage.h).

#include "calculator.h"

#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class QTableView;

namespace pension::gui {

class ShortfallModel;

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

} // namespace pension::gui
