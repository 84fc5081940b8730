#pragma once
// One panel of the Beyond tab (beyondpage.h).

#include "calculator.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTableView;

namespace pension::gui {

class SurvivorChart;
class SurvivorModel;

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

} // namespace pension::gui
