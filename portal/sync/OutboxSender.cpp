#include "OutboxSender.h"

#include "ErrorCodes.h"
#include "OutboxRequest.h"

namespace guichet::sync {

OutboxSender::OutboxSender(net::PortalClient& client, store::LocalStore& store,
                           const store::DocumentVault* vault, QObject* parent)
    : QObject(parent), m_client(client), m_store(store), m_vault(vault)
{
    qRegisterMetaType<guichet::store::OutboxState>();
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(60'000);
    connect(&m_retryTimer, &QTimer::timeout, this, &OutboxSender::sendPending);
    connect(&m_client, &net::PortalClient::onlineChanged, this, [this](bool online) {
        if (online)
            sendPending();
    });
}

Result<int> OutboxSender::requeueInterrupted()
{
    return m_store.outbox().requeueInterrupted();
}

bool OutboxSender::isFinal(const Error& error)
{
    return error.code() == QLatin1String(ErrorCode::PortalRequestRefused) ||
           error.code() == QLatin1String(ErrorCode::PortalResponseTooLarge);
}

void OutboxSender::sendPending()
{
    if (m_sending)
        return;
    m_retryTimer.stop();
    m_sending = true;
    m_sent = 0;
    m_failed = 0;
    sendNext();
}

void OutboxSender::sendNext()
{
    Result<std::optional<store::OutboxEntry>> next = m_store.outbox().next();
    if (!next) {
        endRound(true);
        return;
    }
    if (!next.value()) {
        endRound(false);
        return;
    }
    const store::OutboxEntry entry = *next.value();
    Q_EMIT entryStateChanged(entry.id, store::OutboxState::Sending, {});
    Result<net::PortalRequest> request = outboxRequest(entry, m_vault);
    if (!request) {
        // Nothing the portal could fix: the entry cannot be built here.
        (void)m_store.outbox().markFailed(entry.id, request.error(), false);
        ++m_failed;
        Q_EMIT entryStateChanged(entry.id, store::OutboxState::Failed, request.error());
        sendNext();
        return;
    }
    m_client.send(
        std::move(request).value(), this,
        [this, entry](const Result<net::PortalResponse>& answer) { onAnswer(entry, answer); });
}

void OutboxSender::onAnswer(const store::OutboxEntry& entry,
                            const Result<net::PortalResponse>& answer)
{
    if (answer) {
        const Status marked = m_store.outbox().markSent(entry.id, answer.value().body);
        if (!marked) {
            // Sent, but not recorded: leave it "sending"; requeueInterrupted and the
            // Idempotency-Key make the repeat harmless.
            endRound(true);
            return;
        }
        ++m_sent;
        Q_EMIT entryStateChanged(entry.id, store::OutboxState::Sent, {});
        sendNext();
        return;
    }
    const Error& error = answer.error();
    const bool final = isFinal(error);
    (void)m_store.outbox().markFailed(entry.id, error, !final);
    Q_EMIT entryStateChanged(
        entry.id, final ? store::OutboxState::Failed : store::OutboxState::Queued, error);
    if (final) {
        ++m_failed;
        sendNext();
        return;
    }
    endRound(true);
}

void OutboxSender::endRound(bool retryLater)
{
    m_sending = false;
    if (retryLater)
        m_retryTimer.start();
    Q_EMIT roundFinished(m_sent, m_failed, retryLater);
}

} // namespace guichet::sync
