#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace guichet::sim {

// Faults the simulated portal can inject into the answers of one route, so tests
// can show that the client loses nothing and duplicates nothing when the network
// or the portal misbehave. A route is named by method and template, e.g.
// "GET /spaces/{spaceId}/documents"; "*" applies to every route.
struct Fault
{
    enum class Kind
    {
        None,
        Latency,       // answer after `milliseconds`
        ServerError,   // answer `status` (500 or 503) with a problem body instead
        DropMidBody,   // send the headers and half the body, then reset the connection
        TruncatedJson, // a complete HTTP answer whose JSON body is cut in half
        SlowTrickle,   // send the answer `bytesPerTick` bytes every `milliseconds`
        // A hostile or broken portal: a sign-in or refresh answer names another person
        // (another identity id, name and masked national number), tokens unchanged.
        ForeignIdentity,
        // A change feed that never ends: every page says hasMore, with the cursor it
        // was asked with (RepeatingFeed) or a new one and no changes (EndlessFeed).
        RepeatingFeed,
        EndlessFeed,
        // Close the connection without a byte of answer: with the port closed as well
        // (PortalServer::setAccepting), a client's kept-alive connections fail the
        // way new ones do, so the portal is down for everyone.
        CloseWithoutAnswer,
    };
    Kind kind = Kind::None;
    int milliseconds = 0;
    int status = 500;
    // The problem's title for ServerError: a hostile portal writes what it likes there.
    QString title = QStringLiteral("Injected fault");
    int bytesPerTick = 64;
    int times = -1; // how many answers are affected; -1 = until cleared
};

// Thread-safe: tests set faults from their own thread while the portal answers.
class FaultInjector
{
public:
    void set(const QString& route, const Fault& fault);
    void clear(const QString& route);
    void clearAll();

    // The fault for this answer (consuming one of its `times`), or Kind::None.
    [[nodiscard]] Fault take(const QString& route);

    // How many answers had a fault injected, per route (tests check it happened).
    [[nodiscard]] int injectedCount(const QString& route) const;

private:
    mutable QMutex m_mutex;
    QHash<QString, Fault> m_faults;
    QHash<QString, int> m_injected;
};

} // namespace guichet::sim
