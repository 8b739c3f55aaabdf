#pragma once

#include <QString>
#include <QWidget>

namespace guichet {

// What a screen reader says by itself when something happens away from the focus: a
// notice, a validation message, the sync state, "saved", the PIN tries left, a
// submission's reference. Painting these is not enough: a person who cannot see the
// screen must hear them without moving there.
//
// Qt 6.4 has no announcement event (QAccessibleAnnouncementEvent arrives with 6.8), so
// each window gets one small accessible object of role "notification". Saying a text
// names it with the text and reports it as shown; on Linux that is the AT-SPI event
// "object:state-changed:showing" of a notification, which Orca reads out (as it does
// GNOME's notifications); on Windows, an EVENT_OBJECT_SHOW. The object takes no
// space and no focus, so nothing changes for people who see the screen.
class Announcer;

// Every announcement of the process as it is made, for whoever must know what a screen
// reader was told: tests, since Qt hands its events to the bridge only while a screen
// reader listens. Never logged: announcements can hold a person's data.
class AnnouncementFeed : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void said(guichet::Announcer* announcer, const QString& text);
};

class Announcer : public QWidget
{
    Q_OBJECT

public:
    // Says the text through the announcer of from's window, made on first use.
    // Empty texts and a window that is not shown are ignored.
    static void announce(QWidget* from, const QString& text);

    // The announcer of a window, or nullptr when it never announced anything.
    [[nodiscard]] static Announcer* of(const QWidget* window);

    [[nodiscard]] QString lastText() const { return m_last; }

    // Where every announcement of the process is reported (see AnnouncementFeed).
    [[nodiscard]] static class AnnouncementFeed& feed();

protected:
    void changeEvent(QEvent* event) override;

private:
    explicit Announcer(QWidget* window);
    void say(const QString& text);

    QString m_last;
};

} // namespace guichet
