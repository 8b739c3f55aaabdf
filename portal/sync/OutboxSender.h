#pragma once

#include "DocumentVault.h"
#include "LocalStore.h"
#include "PortalClient.h"

#include <QObject>
#include <QTimer>

namespace guichet::sync {

// Sends the outbox (entries that screens queued durably through OutboxTable):
// oldest first, one at a time, each with its stored Idempotency-Key so a repeat is
// answered with the first result instead of acting twice. A sent entry keeps the
// portal's JSON answer. A failure of the network or the portal (unreachable,
// time-out, 5xx, a broken answer, an expired session) puts the entry back in the
// queue and stops the round until the next try (retry interval, or the client
// coming back online); a refusal by the portal (a 4xx problem, NET-008, or a body
// too large, NET-006) is final: the entry is marked failed for the person to see.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    // vault: where attachment contents are; may be nullptr when no entry has any.
    OutboxSender(net::PortalClient& client, store::LocalStore& store,
                 const store::DocumentVault* vault = nullptr, QObject* parent = nullptr);

    void setRetryInterval(int milliseconds) { m_retryTimer.setInterval(milliseconds); }
    // At start-up: entries a crash left "sending" go back to the queue.
    [[nodiscard]] Result<int> requeueInterrupted();
    [[nodiscard]] bool isSending() const { return m_sending; }

public Q_SLOTS:
    // Sends what is queued (no-op while a round runs or when offline).
    void sendPending();

Q_SIGNALS:
    void entryStateChanged(qint64 entryId, guichet::store::OutboxState state,
                           const guichet::Error& error);
    // The round ended: nothing queued is left, or it stopped on a retriable failure.
    void roundFinished(int sent, int failed, bool retryLater);

private:
    void sendNext();
    void onAnswer(const store::OutboxEntry& entry, const Result<net::PortalResponse>& answer);
    void endRound(bool retryLater);
    [[nodiscard]] static bool isFinal(const Error& error);

    net::PortalClient& m_client;
    store::LocalStore& m_store;
    const store::DocumentVault* m_vault;
    QTimer m_retryTimer;
    bool m_sending = false;
    int m_sent = 0;
    int m_failed = 0;
};

} // namespace guichet::sync
