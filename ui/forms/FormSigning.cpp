#include "FormSigning.h"

#include "AttachmentCollector.h"
#include "CardService.h"
#include "CertificateParser.h"
#include "DraftStore.h"
#include "ErrorCodes.h"
#include "SubmissionPackager.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace guichet {

FormSigning::FormSigning(forms::FormGateway& gateway, CardService* cards, QObject* parent)
    : QObject(parent), m_gateway(gateway), m_cards(cards)
{}

std::optional<std::pair<QString, TokenCertificate>> FormSigning::signatureKey() const
{
    for (const TokenStatus& token : m_tokens) {
        for (const TokenCertificate& certificate : token.certificates) {
            const Result<CertificateInfo> info = parseCertificate(certificate.der);
            if (info && info.value().role == CertificateRole::Signature)
                return std::make_pair(token.id, certificate);
        }
    }
    return std::nullopt;
}

void FormSigning::start(const forms::FormModel& model, const QString& draftId,
                        const QString& language)
{
    if (m_running)
        return;
    forms::DraftStore* drafts = m_gateway.drafts();
    const Result<QList<forms::SubmissionFile>> files =
        forms::collectAttachments(model, drafts, draftId, m_gateway.spaceDocuments());
    if (!files) {
        Q_EMIT failed(files.error());
        return;
    }
    std::shared_ptr<Signer> signer;
    if (model.definition().signatureRequired) {
        const auto key = signatureKey();
        if (!m_cards || !key) {
            Q_EMIT failed(Error(ErrorCode::PdfSigningFailed,
                                QStringLiteral("no signature certificate on the cards present")));
            return;
        }
        signer = std::make_shared<TokenSigner>(*m_cards, key->first, key->second);
    }
    forms::PackageInput input{model,
                              files.value(),
                              forms::SummaryPeople{m_gateway.personName(), m_gateway.companyName()},
                              {},
                              {}};
    input.manifest.language = language;
    input.manifest.spaceId = m_gateway.spaceId();
    input.manifest.createdAt = QDateTime::currentDateTimeUtc();
    input.manifest.clientVersion = QCoreApplication::applicationVersion();
    // Without a card the person is known only by the contact they gave.
    if (m_gateway.needsSubmitterContact())
        input.manifest.contact = m_gateway.submitterContact().toJson();
    input.signature.signingTime = input.manifest.createdAt;
    input.signature.signerName = m_gateway.personName();
    input.signature.reason =
        tr("Submission of “%1” to %2")
            .arg(model.definition().title, model.definition().administrationName);

    m_running = true;
    auto* watcher = new QFutureWatcher<Result<forms::SubmissionPackage>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, draftId, drafts] {
        watcher->deleteLater();
        m_running = false;
        const Result<forms::SubmissionPackage> package = watcher->result();
        if (!package) {
            Q_EMIT failed(package.error());
            return;
        }
        // In the outbox (committed) before the draft goes: never lost in between.
        const Result<QString> entry = m_gateway.queueSubmission(package.value());
        if (!entry) {
            Q_EMIT failed(entry.error());
            return;
        }
        if (drafts)
            (void)drafts->discard(draftId); // a leftover draft is harmless; a lost one is not
        Q_EMIT queued(entry.value(), package.value().formTitle);
    });
    // The token blocks until the person has typed the PIN: never on the GUI thread.
    watcher->setFuture(
        QtConcurrent::run([input, signer] { return forms::buildPackage(input, signer.get()); }));
}

} // namespace guichet
