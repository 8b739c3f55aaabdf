#pragma once

// What a screen reader is told without moving (issue #18 §2): every announcement made
// while the recorder lives, as the accessibility bus shows it — the announcer's role
// (a notification, which is what makes a reader speak) and its name at that moment.
// Qt hands its events to the bridge only while a screen reader listens, which no test
// machine has; tests/e2e/accessibility.py listens on a real bus.

#include "Announcer.h"

#include <QAccessible>
#include <QObject>
#include <QStringList>

namespace guichet::test {

class AnnouncementRecorder
{
public:
    AnnouncementRecorder()
    {
        m_connection =
            QObject::connect(&Announcer::feed(), &AnnouncementFeed::said,
                             [this](Announcer* announcer, const QString& text) {
                                 QAccessibleInterface* spoken =
                                     QAccessible::queryAccessibleInterface(announcer);
                                 if (!spoken || spoken->role() != QAccessible::Notification)
                                     m_texts.append(QStringLiteral("<not a notification> ") + text);
                                 else if (spoken->text(QAccessible::Name) != text)
                                     m_texts.append(QStringLiteral("<named otherwise> ") + text);
                                 else
                                     m_texts.append(text);
                             });
    }
    ~AnnouncementRecorder() { QObject::disconnect(m_connection); }
    AnnouncementRecorder(const AnnouncementRecorder&) = delete;
    AnnouncementRecorder& operator=(const AnnouncementRecorder&) = delete;

    // Every announcement so far, oldest first.
    [[nodiscard]] const QStringList& texts() const { return m_texts; }
    // How many announcements contained part.
    [[nodiscard]] qsizetype count(const QString& part) const
    {
        qsizetype found = 0;
        for (const QString& text : m_texts)
            found += text.contains(part) ? 1 : 0;
        return found;
    }

private:
    QStringList m_texts;
    QMetaObject::Connection m_connection;
};

} // namespace guichet::test
