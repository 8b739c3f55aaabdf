#pragma once

#include "CertificateInfo.h"
#include "Error.h"
#include "FormGateway.h"
#include "FormModel.h"
#include "TokenTypes.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace guichet {

class CardService;

// A signature key on a token present now: a card holds one, a business user's
// signing stick one per company and a personal one.
struct SignatureKey
{
    QString tokenId;
    TokenCertificate certificate;
    CertificateInfo info;

    // Hex SHA-256 of the certificate: how a choice is remembered.
    [[nodiscard]] QString sha256() const;
};

// Signs and queues one form: the files are collected from the draft, the package
// (summary PDF + submission.json + PAdES) is made on a worker thread — the card may
// ask for its PIN and take seconds — then queued in the outbox; only then is the
// draft discarded. Any failure leaves the draft as it was.
class FormSigning : public QObject
{
    Q_OBJECT

public:
    FormSigning(forms::FormGateway& gateway, CardService* cards, QObject* parent = nullptr);

    // The tokens present now (CardService::tokensChanged).
    void setTokens(const QList<TokenStatus>& tokens) { m_tokens = tokens; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    // The signature key of the card in the reader; nullopt when there is none.
    [[nodiscard]] std::optional<std::pair<QString, TokenCertificate>> signatureKey() const;
    // Every signature key of the tokens present, in token order.
    [[nodiscard]] QList<SignatureKey> signatureKeys() const;

    // Signs with `key` (one of signatureKeys()), or with the first signature key when
    // none is given.
    void start(const forms::FormModel& model, const QString& draftId, const QString& language,
               const std::optional<SignatureKey>& key = std::nullopt);

Q_SIGNALS:
    // The package is in the outbox (outbox entry id); the draft is gone.
    void queued(const QString& outboxId, const QString& formTitle);
    void failed(const guichet::Error& error);

private:
    forms::FormGateway& m_gateway;
    CardService* m_cards;
    QList<TokenStatus> m_tokens;
    bool m_running = false;
};

} // namespace guichet
