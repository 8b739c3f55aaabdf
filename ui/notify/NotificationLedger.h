#pragma once

#include "News.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace guichet::notify {

// What was already told, per space, kept in an INI file of the signed-in person's own
// folder so a restart does not tell it again (and one person's ledger is never another
// person's). It holds ids and statuses, never a message text or a name. An empty file
// name keeps everything in memory only.
class NotificationLedger
{
public:
    explicit NotificationLedger(QString file = {});

    [[nodiscard]] const QString& file() const { return m_file; }
    // The state of a space; a space never met has no baseline yet.
    [[nodiscard]] ToldState& space(const QString& spaceId);
    // Keys of the certificates whose end was told.
    [[nodiscard]] QSet<QString>& certificates() { return m_certificates; }
    // Writes everything (after each round of notifications).
    void save() const;

private:
    void load();

    QString m_file;
    QHash<QString, ToldState> m_spaces;
    QSet<QString> m_certificates;
};

} // namespace guichet::notify
