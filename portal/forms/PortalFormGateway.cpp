#include "PortalFormGateway.h"

#include "ErrorCodes.h"
#include "IdempotencyKey.h"
#include "KeptForms.h"
#include "SubmissionParts.h"
#include "ValueText.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace guichet::forms {
namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

PortalFormGateway::PortalFormGateway(net::PortalClient& client, store::LocalStore& store,
                                     store::DocumentVault& vault, sync::OutboxSender& outbox,
                                     Identity identity, QObject* parent)
    : FormGateway(parent), m_client(client), m_store(store), m_vault(vault), m_outbox(outbox),
      m_identity(std::move(identity))
{
    connect(&m_outbox, &sync::OutboxSender::entryStateChanged, this,
            &PortalFormGateway::onOutboxState);
}

void PortalFormGateway::fetchForm(const QString& formId, const QString& language, QObject* context,
                                  JsonDone done)
{
    fetchKeptForm(m_client, m_store, formId, language, this, context, std::move(done));
}

void PortalFormGateway::fetchPrefill(const QString& formId, const QString& version,
                                     const QString& language, QObject* context, JsonDone done)
{
    Q_UNUSED(language);
    QPointer<QObject> guard(context);
    m_client.sendJson("POST", QStringLiteral("/spaces/%1/prefill").arg(m_identity.spaceId),
                      QJsonDocument(QJsonObject{{QStringLiteral("formId"), formId},
                                                {QStringLiteral("formVersion"), version}}),
                      net::newIdempotencyKey(), this,
                      [guard, done = std::move(done)](const Result<QJsonDocument>& json) {
                          if (!guard)
                              return;
                          if (!json)
                              done(json.error());
                          else
                              done(json.value().object());
                      });
}

void PortalFormGateway::giveConsent(const ConsentNeeded& consent, const QString& formId,
                                    QObject* context, JsonDone done)
{
    QPointer<QObject> guard(context);
    const QJsonObject body{{QStringLiteral("source"), consent.source},
                           {QStringLiteral("purpose"), consent.purpose},
                           {QStringLiteral("formId"), formId},
                           {QStringLiteral("administration"), consent.administrationId}};
    m_client.sendJson("POST", QStringLiteral("/spaces/%1/consents").arg(m_identity.spaceId),
                      QJsonDocument(body), net::newIdempotencyKey(), this,
                      [guard, done = std::move(done)](const Result<QJsonDocument>& json) {
                          if (!guard)
                              return;
                          if (!json)
                              done(json.error());
                          else
                              done(json.value().object());
                      });
}

Result<QString> PortalFormGateway::queueCorrection(const CorrectionProposal& proposal)
{
    QString reason = proposal.reason.trimmed();
    if (reason.isEmpty())
        reason = tr("Correction proposed while filling in a form.");
    QJsonObject body{{QStringLiteral("source"), proposal.source},
                     {QStringLiteral("itemId"), proposal.itemId},
                     {QStringLiteral("currentValue"), valueAsLine(proposal.currentValue)},
                     {QStringLiteral("proposedValue"), valueAsLine(proposal.proposedValue)},
                     {QStringLiteral("reason"), reason.left(2000)},
                     {QStringLiteral("fieldId"), proposal.fieldId}};
    store::OutboxEntry entry;
    entry.spaceId = m_identity.spaceId;
    entry.kind = QStringLiteral("correction");
    entry.method = QStringLiteral("POST");
    entry.path = QStringLiteral("/spaces/%1/data/corrections").arg(m_identity.spaceId);
    entry.idempotencyKey = QString::fromLatin1(net::newIdempotencyKey());
    entry.body = compact(body);
    const Result<qint64> queued = m_store.outbox().enqueue(entry);
    if (!queued)
        return queued.error();
    m_outbox.sendPending();
    return QString::number(queued.value());
}

Result<QString> PortalFormGateway::queueSubmission(const SubmissionPackage& package)
{
    // Multipart parts (submitDossier): `submission` (the manifest, byte for byte the
    // embedded submission.json, so it goes as a file part, never re-serialised),
    // `package` (the signed PDF) and one `attachments` part per new file.
    store::OutboxEntry entry;
    entry.spaceId = m_identity.spaceId;
    entry.kind = QStringLiteral("submission");
    entry.method = QStringLiteral("POST");
    entry.path = QStringLiteral("/spaces/%1/dossiers").arg(m_identity.spaceId);
    entry.idempotencyKey = QString::fromLatin1(net::newIdempotencyKey());
    const Result<QJsonArray> parts = packSubmissionParts(
        package, QStringLiteral("package"), QStringLiteral("local"), m_vault, entry.attachments);
    if (!parts)
        return parts.error();
    const QJsonArray partNames = parts.value();
    entry.body = compact(QJsonObject{
        {QStringLiteral("fileParts"), partNames},
        {QStringLiteral("title"), package.formTitle},
        {QStringLiteral("formId"), package.formId},
    });
    const Result<qint64> queued = m_store.outbox().enqueue(entry);
    if (!queued)
        return queued.error();
    m_outbox.sendPending();
    return QString::number(queued.value());
}

void PortalFormGateway::onOutboxState(qint64 entryId, store::OutboxState state, const Error& error)
{
    if (state != store::OutboxState::Sent && state != store::OutboxState::Failed)
        return;
    const auto entry = m_store.outbox().entry(entryId);
    if (!entry || !entry.value() || entry.value()->kind != QLatin1String("submission"))
        return;
    if (state == store::OutboxState::Failed) {
        Q_EMIT submissionRefused(QString::number(entryId), error);
        return;
    }
    const QJsonObject receipt = QJsonDocument::fromJson(entry.value()->result).object();
    Q_EMIT submissionSent(QString::number(entryId), receipt.value(QStringLiteral("id")).toString(),
                          receipt.value(QStringLiteral("reference")).toString());
}

QList<SpaceDocument> PortalFormGateway::spaceDocuments() const
{
    QList<SpaceDocument> out;
    store::ObjectFilter filter;
    filter.spaceId = m_identity.spaceId;
    filter.kind = QStringLiteral("document");
    const auto documents = m_store.objects().list(filter, 0, 500);
    if (!documents)
        return out;
    for (const store::StoredObject& stored : documents.value()) {
        const QJsonObject d = QJsonDocument::fromJson(stored.json).object();
        out.append(SpaceDocument{stored.id, d.value(QStringLiteral("title")).toString(),
                                 d.value(QStringLiteral("fileName")).toString(),
                                 d.value(QStringLiteral("mediaType")).toString(),
                                 d.value(QStringLiteral("size")).toInteger(),
                                 d.value(QStringLiteral("sha256")).toString()});
    }
    return out;
}

} // namespace guichet::forms
