#pragma once
// The few colours of the desktop program, applied through the palette (not style sheets, which would stop the
// large-font mode from reaching the widget).

#include <QColor>
#include <QPalette>
#include <QWidget>

namespace pension::gui::colors {

inline const QColor error{0xb0, 0x00, 0x20};
inline const QColor hint{0x6b, 0x6b, 0x6b};
inline const QColor note{0x7a, 0x4b, 0x00};  // assumptions and warnings
inline const QColor money{0x0b, 0x53, 0x94}; // the monthly pension
inline const QColor good{0x1e, 0x7b, 0x34};
inline const QColor banner{0xff, 0xf4, 0xd6};
inline const QColor ineligible{0xf6, 0xd5, 0xda}; // a plan short of the minimum (grid cells)

inline void setText(QWidget *w, const QColor &c)
{
    QPalette p = w->palette();
    p.setColor(QPalette::WindowText, c);
    p.setColor(QPalette::Text, c);
    w->setPalette(p);
}

inline void setBackground(QWidget *w, const QColor &c)
{
    QPalette p = w->palette();
    p.setColor(QPalette::Window, c);
    w->setPalette(p);
    w->setAutoFillBackground(true);
}

} // namespace pension::gui::colors
