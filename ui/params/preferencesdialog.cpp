#include "preferencesdialog.h"

#include "colors.h"
#include "datadir.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace pension::gui {

namespace {
const QString kClerkKey = QStringLiteral("counter/clerkName");
}

QString clerkName()
{
    return QSettings().value(kClerkKey).toString().trimmed();
}

void setClerkName(const QString &name)
{
    QSettings().setValue(kClerkKey, name.trimmed());
}

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setAttribute(Qt::WA_WindowPropagation);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_clerk = new QLineEdit(clerkName());
    m_clerk->setObjectName(QStringLiteral("clerkNameEdit"));
    m_clerkLabel = new QLabel;
    m_clerkLabel->setBuddy(m_clerk);
    form->addRow(m_clerkLabel, m_clerk);
    m_clerkHint = new QLabel;
    m_clerkHint->setWordWrap(true);
    colors::setText(m_clerkHint, colors::hint);
    form->addRow(QString(), m_clerkHint);
    m_dataLabel = new QLabel;
    m_dataPath = new QLabel(QDir::toNativeSeparators(datadir::root()));
    m_dataPath->setObjectName(QStringLiteral("dataDirLabel"));
    m_dataPath->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_dataPath->setWordWrap(true);
    form->addRow(m_dataLabel, m_dataPath);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    retranslate();
    resize(520, sizeHint().height());
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_clerkLabel->setText(tr("&Clerk name:"));
    m_clerkHint->setText(tr("Printed on the A4 report and recorded with every change of a parameter pack."));
    m_dataLabel->setText(tr("Data folder:"));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::accept()
{
    setClerkName(m_clerk->text());
    QDialog::accept();
}

} // namespace pension::gui
