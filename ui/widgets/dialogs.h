#pragma once
// The one way the desktop program asks the clerk something in a dialog of its own: a yes/no question, a message, a
// choice between ways on, a file name to open or save, the printer dialog. The window owns one Dialogs object and
// every room asks through it; the tests install their own (tests/gui/guitest.h) and answer without a modal dialog.

#include <QString>
#include <QStringList>

#include <memory>

class QPrinter;
class QWidget;

namespace pension::gui {

class Dialogs {
public:
    virtual ~Dialogs() = default;

    // A yes/no question; true = yes.
    virtual bool ask(const QString &question) = 0;
    // Tells the clerk something that went wrong; does not wait for the answer.
    virtual void tell(const QString &text) = 0;
    // One of several ways on; the index of the choice, -1 = none.
    virtual int choose(const QString &text, const QStringList &choices) = 0;
    // A file to open or to save as (the suggested path preselected); empty = cancelled.
    virtual QString openFileName(const QString &caption, const QString &filter, const QString &suggested) = 0;
    virtual QString saveFileName(const QString &caption, const QString &filter, const QString &suggested) = 0;
    // The printer dialog; false = cancelled.
    virtual bool print(QPrinter *printer) = 0;

protected:
    Dialogs() = default;
    Dialogs(const Dialogs &) = default;
    Dialogs &operator=(const Dialogs &) = default;
};

// The real dialogs (message boxes, the file and printer dialogs), window-modal over `parent` and titled like it.
class WidgetDialogs : public Dialogs {
public:
    explicit WidgetDialogs(QWidget *parent) : m_parent(parent) {}

    bool ask(const QString &question) override;
    void tell(const QString &text) override;
    int choose(const QString &text, const QStringList &choices) override;
    QString openFileName(const QString &caption, const QString &filter, const QString &suggested) override;
    QString saveFileName(const QString &caption, const QString &filter, const QString &suggested) override;
    bool print(QPrinter *printer) override;

private:
    QWidget *m_parent;
};

// Hands every question on to the Dialogs installed now: the rooms keep a reference to this one object while the
// answers behind it are swapped (a test installs its own after the window is built).
class SwitchableDialogs : public Dialogs {
public:
    explicit SwitchableDialogs(std::unique_ptr<Dialogs> initial) : m_current(std::move(initial)) {}

    void install(std::unique_ptr<Dialogs> dialogs) { m_current = std::move(dialogs); }
    Dialogs &installed() { return *m_current; }

    bool ask(const QString &question) override { return m_current->ask(question); }
    void tell(const QString &text) override { m_current->tell(text); }
    int choose(const QString &text, const QStringList &choices) override { return m_current->choose(text, choices); }
    QString openFileName(const QString &caption, const QString &filter, const QString &suggested) override
    {
        return m_current->openFileName(caption, filter, suggested);
    }
    QString saveFileName(const QString &caption, const QString &filter, const QString &suggested) override
    {
        return m_current->saveFileName(caption, filter, suggested);
    }
    bool print(QPrinter *printer) override { return m_current->print(printer); }

private:
    std::unique_ptr<Dialogs> m_current;
};

} // namespace pension::gui
