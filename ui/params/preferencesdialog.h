#pragma once
// Preferences of the counter: the clerk's name (printed on the A4 report and recorded with every parameter change)
// and where the program keeps its data.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pension::gui {

// The clerk's name from the settings ("" when not set yet).
QString clerkName();
void setClerkName(const QString &name);

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_clerkLabel = nullptr, *m_clerkHint = nullptr, *m_dataLabel = nullptr, *m_dataPath = nullptr;
    QLineEdit *m_clerk = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pension::gui
