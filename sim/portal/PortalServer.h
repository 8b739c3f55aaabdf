#pragma once

#include "AuthService.h"
#include "FaultInjector.h"
#include "PortalStore.h"
#include "Result.h"
#include "SessionRegistry.h"
#include "SimClock.h"

#include <QSslConfiguration>
#include <QUrl>

#include <memory>

namespace guichet::sim {

class SimHttpServer;
class TimeStampAuthority;
struct PortalContext;

// The simulated portal: docs/api/portal.yaml served over HTTPS on loopback from a
// seeded SQLite database. Used in-process by `guichet --demo` and the tests, and on
// its own as guichet-portal-sim.
class PortalServer
{
public:
    struct Options
    {
        QString databasePath;   // empty = in memory
        bool plainHttp = false; // only when asked explicitly (curl experiments)
        // start() leaves seeding to seedIfEmpty(), so a portal thread can listen at once
        // and seed afterwards (requests wait in its event loop meanwhile).
        bool seedLater = false;
    };

    // trustedCaDer: roots the portal accepts for card authentication certificates.
    explicit PortalServer(QList<QByteArray> trustedCaDer);
    PortalServer(QList<QByteArray> trustedCaDer, Options options);
    ~PortalServer();
    PortalServer(const PortalServer&) = delete;
    PortalServer& operator=(const PortalServer&) = delete;

    // Opens (and seeds, when empty) the database, then listens on 127.0.0.1 (never
    // another interface); port 0 picks a free one.
    [[nodiscard]] Result<quint16> start(const QSslConfiguration& tls, quint16 port = 0);
    [[nodiscard]] QUrl baseUrl() const;
    // Fills an empty database; returns what it cost (zero when it was already seeded).
    const PortalStore::SeedFigures& seedIfEmpty();

    [[nodiscard]] AuthService& auth() { return *m_auth; }
    [[nodiscard]] PortalStore& store() { return *m_store; }
    [[nodiscard]] SimClock& clock() { return m_clock; }
    [[nodiscard]] SessionRegistry& sessions() { return m_sessions; }
    [[nodiscard]] FaultInjector& faults();
    // Training: stop taking connections on the portal's port (a client then meets a
    // refused connection, exactly as with a portal that is down) and take them again.
    // The port is kept. Its own thread only.
    void setAccepting(bool accepting);
    // Training: the TLS certificate new connections are shown from now on. Its own
    // thread only.
    void setTlsConfiguration(const QSslConfiguration& tls);
    [[nodiscard]] TimeStampAuthority& timeStampAuthority() { return *m_tsa; }
    // What seeding cost (zero when the database already existed).
    [[nodiscard]] const PortalStore::SeedFigures& seedFigures() const { return m_seedFigures; }

    static constexpr qsizetype MaxJsonBody = 1024 * 1024;

private:
    QList<QByteArray> m_trustedCa;
    Options m_options;
    SimClock m_clock;
    SessionRegistry m_sessions{m_clock};
    std::unique_ptr<PortalStore> m_store;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<TimeStampAuthority> m_tsa;
    std::unique_ptr<SimHttpServer> m_http;
    std::unique_ptr<PortalContext> m_context;
    PortalStore::SeedFigures m_seedFigures;
    quint16 m_port = 0;
};

} // namespace guichet::sim
