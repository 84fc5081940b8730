#include "dialogs.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPushButton>

namespace pension::gui {

bool WidgetDialogs::ask(const QString &question)
{
    return QMessageBox::question(m_parent, m_parent->windowTitle(), question) == QMessageBox::Yes;
}

void WidgetDialogs::tell(const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, m_parent->windowTitle(), text, QMessageBox::Ok, m_parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

int WidgetDialogs::choose(const QString &text, const QStringList &choices)
{
    QMessageBox box(QMessageBox::Warning, m_parent->windowTitle(), text, QMessageBox::NoButton, m_parent);
    QList<QAbstractButton *> buttons;
    for (const QString &c : choices)
        buttons << box.addButton(c, QMessageBox::AcceptRole);
    box.exec();
    return static_cast<int>(buttons.indexOf(box.clickedButton()));
}

QString WidgetDialogs::openFileName(const QString &caption, const QString &filter, const QString &suggested)
{
    return QFileDialog::getOpenFileName(m_parent, caption, suggested, filter);
}

QString WidgetDialogs::saveFileName(const QString &caption, const QString &filter, const QString &suggested)
{
    return QFileDialog::getSaveFileName(m_parent, caption, suggested, filter);
}

bool WidgetDialogs::print(QPrinter *printer)
{
    QPrintDialog dialog(printer, m_parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace pension::gui
