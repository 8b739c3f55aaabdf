#include "PublicFormGateway.h"

#include "SubmissionParts.h"

#include "ErrorCodes.h"
#include "IdempotencyKey.h"
#include "KeptForms.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

namespace guichet::forms {
namespace {

// Outbox entries of the public folder belong to no space.
const QString PublicOwner = QStringLiteral("public");
const QString SubmissionKind = QStringLiteral("public-submission");

// What only a signed-in person can do (the portal knows them through their card).
Error needsCard(const QString& what)
{
    return Error(ErrorCode::AuthTokenMissing,
                 QStringLiteral("%1 needs a card: nobody is signed in").arg(what));
}

// Callbacks never run before the call returns, also when answering at once.
void answerLater(QObject* context, FormGateway::JsonDone done, Result<QJsonObject> answer)
{
    QTimer::singleShot(0, context,
                       [done = std::move(done), answer = std::move(answer)] { done(answer); });
}

} // namespace

PublicFormGateway::PublicFormGateway(net::PortalClient& client, store::LocalStore& store,
                                     DraftStore* drafts, QObject* parent)
    : FormGateway(parent), m_client(client), m_store(store), m_drafts(drafts)
{}

void PublicFormGateway::attachOutbox(store::DocumentVault& vault, sync::OutboxSender& outbox)
{
    m_vault = &vault;
    m_outbox = &outbox;
    connect(m_outbox, &sync::OutboxSender::entryStateChanged, this,
            &PublicFormGateway::onOutboxState);
}

void PublicFormGateway::fetchForm(const QString& formId, const QString& language, QObject* context,
                                  JsonDone done)
{
    fetchKeptForm(m_client, m_store, formId, language, this, context, std::move(done));
}

void PublicFormGateway::fetchPrefill(const QString& formId, const QString& version,
                                     const QString& language, QObject* context, JsonDone done)
{
    Q_UNUSED(formId);
    Q_UNUSED(version);
    Q_UNUSED(language);
    // An empty PrefillResult: without a card the authentic sources are not asked.
    answerLater(context, std::move(done),
                QJsonObject{{QStringLiteral("values"), QJsonArray()},
                            {QStringLiteral("missingConsents"), QJsonArray()}});
}

void PublicFormGateway::giveConsent(const ConsentNeeded& consent, const QString& formId,
                                    QObject* context, JsonDone done)
{
    Q_UNUSED(consent);
    Q_UNUSED(formId);
    answerLater(context, std::move(done), needsCard(QStringLiteral("giving a consent")));
}

Result<QString> PublicFormGateway::queueCorrection(const CorrectionProposal& proposal)
{
    Q_UNUSED(proposal);
    return needsCard(QStringLiteral("proposing a correction"));
}

Result<QString> PublicFormGateway::queueSubmission(const SubmissionPackage& package)
{
    if (!m_vault || !m_outbox)
        return Error(ErrorCode::VaultKeyMissing,
                     QStringLiteral("the public folder's vault is not open: nothing can wait "
                                    "to be sent"));
    // Multipart parts (createPublicSubmission): `submission` (the manifest, with the
    // contact, sent as a file part so its bytes are never re-serialised), `summary`
    // (the unsigned summary PDF the person saw) and one `attachments` part per file.
    store::OutboxEntry entry;
    entry.spaceId = PublicOwner;
    entry.kind = SubmissionKind;
    entry.method = QStringLiteral("POST");
    entry.path = QStringLiteral("/public/submissions");
    entry.idempotencyKey = QString::fromLatin1(net::newIdempotencyKey());
    const Result<QJsonArray> parts = packSubmissionParts(
        package, QStringLiteral("summary"), QStringLiteral("public"), *m_vault, entry.attachments);
    if (!parts)
        return parts.error();
    const QJsonArray partNames = parts.value();
    entry.body = QJsonDocument(QJsonObject{{QStringLiteral("fileParts"), partNames},
                                           {QStringLiteral("title"), package.formTitle},
                                           {QStringLiteral("formId"), package.formId}})
                     .toJson(QJsonDocument::Compact);
    const Result<qint64> queued = m_store.outbox().enqueue(entry);
    if (!queued)
        return queued.error();
    m_outbox->sendPending();
    return QString::number(queued.value());
}

void PublicFormGateway::onOutboxState(qint64 entryId, store::OutboxState state, const Error& error)
{
    if (state != store::OutboxState::Sent && state != store::OutboxState::Failed)
        return;
    const auto entry = m_store.outbox().entry(entryId);
    if (!entry || !entry.value() || entry.value()->kind != SubmissionKind)
        return;
    if (state == store::OutboxState::Failed) {
        Q_EMIT submissionRefused(QString::number(entryId), error);
        return;
    }
    const QJsonObject receipt = QJsonDocument::fromJson(entry.value()->result).object();
    // Forgotten before it is shown: the tracking code is the only key to the
    // submission, and no copy of it stays on this shared computer.
    forget(*entry.value());
    Q_EMIT publicSubmissionSent(QString::number(entryId),
                                receipt.value(QStringLiteral("reference")).toString(),
                                receipt.value(QStringLiteral("trackingCode")).toString());
}

void PublicFormGateway::forget(const store::OutboxEntry& entry)
{
    for (const store::OutboxAttachment& attachment : entry.attachments)
        (void)m_vault->remove(attachment.documentId);
    (void)m_store.outbox().remove(entry.id);
}

} // namespace guichet::forms
