#pragma once

#include "DataPaths.h"
#include "Error.h"
#include "PortalEndpoint.h"

#include <QObject>

#include <functional>
#include <memory>

namespace guichet {

class CardService;
class CredentialStore;
class LogRedactor;
class PersonalSpace;
class PublicSpace;
class SessionManager;
struct ShellContext;
namespace notify {
class NotificationCenter;
}

// The one composition of everything that talks to a portal: the session (card
// sign-in), the public space (catalogue, procedures open without a card) and the
// personal space of whoever signed in (store, vault, sync, outbox, forms gateway).
// The application builds it from the configured portal, `--demo` from the embedded
// simulated one, and tests from a simulator on loopback: the same wiring for all.
// Trust is decided here once (the endpoint's roots and key pins reach every
// connection, sign-in included); whose data opens is decided by IdentityBinding.
class PortalStack : public QObject
{
    Q_OBJECT

public:
    // portalName keeps local data of different portals apart: the origin, or "demo".
    PortalStack(net::PortalEndpoint endpoint, const QString& portalName, const DataPaths& paths,
                QObject* parent = nullptr);
    ~PortalStack() override;

    [[nodiscard]] const net::PortalEndpoint& endpoint() const { return m_endpoint; }
    [[nodiscard]] SessionManager& sessions() { return *m_sessions; }
    [[nodiscard]] PersonalSpace& personal() { return *m_personal; }
    [[nodiscard]] PublicSpace& publicSpace() { return *m_public; }

    // Starts the catalogue sync and reads the proxy password from the keychain.
    void start();
    // Points the screens' services at this stack.
    void fillContext(ShellContext& context);
    // The session ends when the card that signed in is taken out (if lockOnRemoval).
    void followCards(CardService& cards, std::function<bool()> lockOnRemoval);
    // Names have no shape the redactor's patterns could catch: once known, the
    // signed-in person's names (and masked national number) and the names of the
    // spaces they act for are replaced in every later log line. They stay registered
    // until the application ends, as the log file does. redactor must outlive this.
    void redactNamesIn(LogRedactor& redactor);
    // From now on every request goes through `proxy` (a training scenario's company
    // proxy); the diagnosis reads it from endpoint().
    void useProxy(const net::ProxySettings& proxy);
    // The interface's language, asked of the portal from the next request on.
    void setLanguage(const QString& language);
    // What happens in the person's spaces, and the end of a session, reach the desktop's
    // notifications through `center` (which must outlive this stack).
    void tellThrough(notify::NotificationCenter& center);

Q_SIGNALS:
    void problem(const guichet::Error& error);

private:
    void setProxyPassword(const QString& password);

    net::PortalEndpoint m_endpoint;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<SessionManager> m_sessions;
    // The catalogue and procedures open without a card; outlives m_personal, which
    // falls back to it when nobody is signed in.
    std::unique_ptr<PublicSpace> m_public;
    // After m_sessions, so it goes first.
    std::unique_ptr<PersonalSpace> m_personal;
};

} // namespace guichet
