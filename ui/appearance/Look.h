#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QString>

#include <optional>

// How the window looks: light, dark or high contrast. Qt's palette covers the
// standard controls; the colours the application paints itself (the navigation, notices,
// status chips, messages under fields, the card's state) come from here, so that every
// pair keeps its contrast in every look (checked by tst_ui_appearance).
namespace guichet::appearance {

enum class Look
{
    Light,
    Dark,
    HighContrast,
};

// A text colour and what it is written on.
struct ColourPair
{
    QColor text;
    QColor background;
};

struct LookColours
{
    ColourPair navigation;         // the page list and the column it is in
    ColourPair navigationSelected; // the page shown
    ColourPair notice;             // the notice bar above the pages
    QColor noticeBorder;           // on the window's background
    QColor problemText;            // validation messages, on the window's background
    QColor readyText;              // "card ready", on the window's background
    QColor attentionText;          // "no card", on the window's background
    // Dossier status chips: received, in processing, information requested, decided,
    // any other status.
    ColourPair received;
    ColourPair inProcessing;
    ColourPair informationRequested;
    ColourPair decided;
    ColourPair otherStatus;
    int borderWidth = 1; // wider in high contrast, where borders carry the shapes
};

[[nodiscard]] const LookColours& coloursOf(Look look);

// The palette the window uses in a look (Fusion's roles; every colour group).
[[nodiscard]] QPalette paletteOf(Look look);

// The look in force; Light until set. AppearanceManager sets it before it changes the
// palette.
[[nodiscard]] Look currentLook();
void setCurrentLook(Look look);

// Tells the widgets that paint colours of their own that the look changed. Qt's palette
// change does not reach them: a widget with a style sheet gets no event when the
// application's palette changes.
class LookNotifier : public QObject
{
    Q_OBJECT

public:
    [[nodiscard]] static LookNotifier& instance();

Q_SIGNALS:
    void lookChanged(guichet::appearance::Look look);
};

// Calls repaint (a member of widget) now and whenever the look changes, for as long as
// widget lives.
template <typename Widget>
void followLook(Widget* widget, void (Widget::*repaint)())
{
    QObject::connect(&LookNotifier::instance(), &LookNotifier::lookChanged, widget, repaint);
    (widget->*repaint)();
}

// Settings values: "light", "dark", "high-contrast".
[[nodiscard]] QString lookName(Look look);
[[nodiscard]] std::optional<Look> lookFromName(const QString& name);

} // namespace guichet::appearance
