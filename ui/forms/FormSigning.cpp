#include "FormSigning.h"

#include "AttachmentCollector.h"
#include "CardService.h"
#include "CertificateParser.h"
#include "DraftStore.h"
#include "ErrorCodes.h"
#include "SubmissionPackager.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace guichet {

FormSigning::FormSigning(forms::FormGateway& gateway, CardService* cards, QObject* parent)
    : QObject(parent), m_gateway(gateway), m_cards(cards)
{}

namespace {

// "Luc Weber, Weber Constructions S.A., issued by ..., valid until 01/02/2031": the
// certificate as the summary PDF names it, in the form's language.
QString describe(const CertificateInfo& info, const QString& language)
{
    QStringList parts{info.holderName};
    if (!info.organisation.isEmpty())
        parts.append(info.organisation);
    parts.append(QCoreApplication::translate("FormSigning", "issued by %1")
                     .arg(info.issuerCommonName.isEmpty() ? info.issuerDn : info.issuerCommonName));
    parts.append(QCoreApplication::translate("FormSigning", "valid until %1")
                     .arg(QLocale(language).toString(info.notAfter.date(), QLocale::ShortFormat)));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString SignatureKey::sha256() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(certificate.der, QCryptographicHash::Sha256).toHex());
}

QList<SignatureKey> FormSigning::signatureKeys() const
{
    QList<SignatureKey> keys;
    for (const TokenStatus& token : m_tokens) {
        for (const TokenCertificate& certificate : token.certificates) {
            const Result<CertificateInfo> info = parseCertificate(certificate.der);
            if (info && info.value().role == CertificateRole::Signature)
                keys.append({token.id, certificate, info.value()});
        }
    }
    return keys;
}

std::optional<std::pair<QString, TokenCertificate>> FormSigning::signatureKey() const
{
    const QList<SignatureKey> keys = signatureKeys();
    if (keys.isEmpty())
        return std::nullopt;
    return std::make_pair(keys.first().tokenId, keys.first().certificate);
}

void FormSigning::start(const forms::FormModel& model, const QString& draftId,
                        const QString& language, const std::optional<SignatureKey>& chosen)
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
    std::optional<SignatureKey> key = chosen;
    if (model.definition().signatureRequired) {
        if (!key && !signatureKeys().isEmpty())
            key = signatureKeys().first();
        if (!m_cards || !key) {
            Q_EMIT failed(Error(ErrorCode::PdfSigningFailed,
                                QStringLiteral("no signature certificate on the cards present")));
            return;
        }
        signer = std::make_shared<TokenSigner>(*m_cards, key->tokenId, key->certificate);
    }
    // In a professional space the form goes in on behalf of the company, by the person.
    const forms::Company company = m_gateway.company();
    forms::PackageInput input{
        model,
        files.value(),
        forms::SummaryPeople{m_gateway.personName(), company.nameWithIdentifier(),
                             key ? describe(key->info, model.definition().language) : QString()},
        {},
        {}};
    input.manifest.onBehalfOf = company;
    input.manifest.submittedBy = m_gateway.personName();
    if (key)
        input.manifest.signedWith = {
            key->sha256(), key->info.holderName, key->info.organisation,
            key->info.issuerCommonName.isEmpty() ? key->info.issuerDn : key->info.issuerCommonName};
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
