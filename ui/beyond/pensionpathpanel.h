#pragma once
// One panel of the Beyond tab (beyondpage.h).

#include "calculator.h"

#include <QWidget>

#include <string>

class QLabel;
class QTableView;

namespace pension::gui {

class PensionPathChart;
class PensionPathModel;

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

} // namespace pension::gui
