#pragma once

#include "DesktopNotifier.h"

#include <QHash>
#include <QStringList>

namespace guichet::notify {

// org.freedesktop.Notifications on the session bus (the Desktop Notifications
// Specification 1.2): Notify with a "default" action, ActionInvoked back. The server's
// capabilities are asked once: text is escaped only for a server that reads markup in
// bodies, so a name with "<b>" or "&" is shown as written everywhere.
class FreedesktopNotifier final : public DesktopNotifier
{
    Q_OBJECT

public:
    explicit FreedesktopNotifier(QObject* parent = nullptr);

    [[nodiscard]] bool isAvailable() const override { return m_available; }
    [[nodiscard]] QString describe() const override { return m_description; }
    void show(const DesktopNotification& notification) override;

private Q_SLOTS:
    void onActionInvoked(uint id, const QString& action);
    void onClosed(uint id, uint reason);

private:
    bool m_available = false;
    bool m_bodyMarkup = false;
    QString m_description;
    QHash<QString, uint> m_idByKey; // the server's id of the notification shown per key
};

} // namespace guichet::notify
