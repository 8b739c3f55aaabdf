#include "CardService.h"

#include "CardConnection.h"
#include "CertificateParser.h"
#include "CertificateValidity.h"
#include "ErrorCodes.h"
#include "ModuleDefaults.h"
#include "PcscApi.h"
#include "Pkcs11Backend.h"
#include "ReaderFeatures.h"
#include "ReaderMonitor.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SmartcardLogging.h"
#include "TrustStore.h"

#include <QDateTime>
#include <QPromise>
#include <QTimer>

#include <QThread>
#include <algorithm>

namespace guichet {
namespace {

// Runs work on receiver's thread and hands its result to a future.
template <typename T, typename Work>
QFuture<T> runOn(QObject* receiver, Work work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        receiver,
        [promise, work = std::move(work)]() mutable {
            promise->addResult(work());
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

// Used when no PIN prompt was installed: every request is a cancel.
class NoPinPrompt final : public PinPrompt
{
public:
    std::optional<SecretBuffer> askPin(const PinRequest&) override { return std::nullopt; }
    void pinPadStarted(const PinRequest&) override {}
    void pinPadFinished() override {}
};

NoPinPrompt noPrompt;

} // namespace

CardService::CardService(QString userSettingsFile, QString systemSettingsFile,
                         bool useSystemReaders, pcsc::PcscApi& api)
    : m_userSettingsFile(std::move(userSettingsFile)),
      m_systemSettingsFile(std::move(systemSettingsFile)), m_useSystemReaders(useSystemReaders),
      m_api(api)
{
    qRegisterMetaType<TokenStatus>();
    qRegisterMetaType<QList<TokenStatus>>();
    qRegisterMetaType<pcsc::ReaderSnapshot>();
    qRegisterMetaType<CardDiagnostics>();
}

CardService::~CardService()
{
    stop();
}

void CardService::addBackend(std::shared_ptr<TokenBackend> backend)
{
    m_backends.append(std::move(backend));
}

void CardService::start()
{
    m_settings = std::make_unique<Settings>(m_userSettingsFile, m_systemSettingsFile);
    const QString roots = m_settings->value(SettingKeys::TrustedRootsFolder);
    if (!roots.isEmpty()) {
        m_trust = std::make_unique<TrustStore>(TrustStore::fromFolder(roots));
        for (const Error& problem : m_trust->loadProblems())
            qCInfo(lcSmartcard) << "trusted roots:" << problem;
    }
    if (!m_extraRoots.isEmpty() && !m_trust)
        m_trust = std::make_unique<TrustStore>();
    for (const QByteArray& root : m_extraRoots)
        if (Status added = m_trust->addCertificate(root); !added)
            qCInfo(lcSmartcard) << "trusted roots:" << added.error();
    if (m_useSystemReaders) {
        m_pkcs11 = std::make_shared<Pkcs11Backend>(*m_settings, m_moduleRoot);
        m_backends.prepend(m_pkcs11);
        m_monitor = std::make_unique<pcsc::ReaderMonitor>(m_api);
        connect(m_monitor.get(), &pcsc::ReaderMonitor::snapshotChanged, this,
                &CardService::onSnapshot, Qt::QueuedConnection);
        m_monitor->start();
    }
    refresh();
}

void CardService::stop()
{
    if (m_monitor)
        m_monitor->stop();
    m_monitor.reset();
}

void CardService::onSnapshot(const pcsc::ReaderSnapshot& snapshot)
{
    m_snapshot = snapshot;
    m_unseenRetries = 0;
    if (m_pkcs11)
        m_pkcs11->setReaders(snapshot);
    Q_EMIT readersChanged(snapshot);
    refresh();
}

void CardService::refresh()
{
    QList<TokenStatus> all;
    m_owners.clear();
    m_tokenReaders.clear();
    m_tokenCertificates.clear();
    for (const auto& backend : m_backends) {
        for (TokenStatus token : backend->tokens()) {
            checkTrust(token);
            m_owners.insert(token.id, backend.get());
            m_tokenReaders.insert(token.id, token.readerName);
            m_tokenCertificates.insert(token.id, token.certificates);
            all.append(token);
        }
    }
    m_lastTokens = all;
    m_cardUses = cardUses();
    Q_EMIT cardUsesChanged(m_cardUses);
    Q_EMIT tokensChanged(all);
    scheduleRetryIfCardUnseen();
}

QList<CardUse> CardService::cardUses() const
{
    if (!m_pkcs11)
        return {};
    QList<CardUse> uses = m_pkcs11->cardUses();
    for (CardUse& use : uses) {
        if (!use.module.isEmpty())
            continue;
        for (const TokenStatus& token : m_lastTokens) {
            if (token.readerName != use.readerName || !token.modulePath.isEmpty())
                continue;
            use.module = QStringLiteral("simulated token");
            use.missing.clear();
            use.problemCode.clear();
        }
    }
    return uses;
}

void CardService::scheduleRetryIfCardUnseen()
{
    // A module may see a freshly inserted card a moment after PC/SC does (OpenSC
    // polls its readers): look again a few times before calling the card unknown.
    const bool unseenCard =
        std::any_of(m_snapshot.readers.begin(), m_snapshot.readers.end(),
                    [this](const pcsc::ReaderState& reader) {
                        return reader.cardPresent && !reader.mute &&
                               !std::any_of(m_tokenReaders.begin(), m_tokenReaders.end(),
                                            [&](const QString& r) { return r == reader.name; });
                    });
    if (!unseenCard) {
        m_unseenRetries = 0;
        return;
    }
    if (m_unseenRetries >= MaxUnseenRetries || m_retryScheduled)
        return;
    ++m_unseenRetries;
    m_retryScheduled = true;
    QTimer::singleShot(UnseenRetryMs, this, [this] {
        m_retryScheduled = false;
        refresh();
    });
}

void CardService::checkTrust(TokenStatus& token) const
{
    if (!m_trust || m_trust->size() == 0)
        return;
    QList<QByteArray> others;
    for (const TokenCertificate& certificate : token.certificates)
        others.append(certificate.der);
    for (TokenCertificate& certificate : token.certificates) {
        const Status verified =
            m_trust->verify(certificate.der, others, QDateTime::currentDateTimeUtc());
        certificate.trust = verified ? QString() : verified.error().code();
    }
}

Status CardService::checkValidity(const QString& tokenId, const QByteArray& keyId) const
{
    for (const TokenCertificate& certificate : m_tokenCertificates.value(tokenId)) {
        if (certificate.keyId != keyId)
            continue;
        const Result<CertificateInfo> info = parseCertificate(certificate.der);
        if (!info)
            return info.error();
        switch (validityAt(info.value(), QDateTime::currentDateTimeUtc())) {
        case Validity::Valid:
            return {};
        case Validity::Expired:
            return Error(ErrorCode::CertificateExpired,
                         info.value().notAfter.toString(Qt::ISODate));
        case Validity::NotYetValid:
            return Error(ErrorCode::CertificateNotYetValid,
                         info.value().notBefore.toString(Qt::ISODate));
        }
    }
    return {};
}

Error CardService::explainRemoval(const QString& tokenId, const Error& error)
{
    // Modules report a card pulled out mid-operation in different ways (OpenSC may
    // say CKR_GENERAL_ERROR): ask PC/SC directly whether the card is still there.
    if (error.code() != QLatin1String(ErrorCode::TokenError) &&
        error.code() != QLatin1String(ErrorCode::TokenRemoved))
        return error;
    const QString reader = m_tokenReaders.value(tokenId);
    if (reader.isEmpty() || !m_useSystemReaders)
        return error;
    Result<pcsc::PcscContext> context = pcsc::PcscContext::establish(m_api);
    if (!context)
        return error;
    const Result<bool> gone = context.value().cardGone(reader, RemovalGraceMs);
    return gone && gone.value() ? Error(ErrorCode::CardRemoved, error.detail()) : error;
}

TokenBackend* CardService::backendFor(const QString& tokenId)
{
    if (!m_owners.contains(tokenId))
        refresh();
    return m_owners.value(tokenId);
}

QFuture<Result<QByteArray>> CardService::sign(const QString& tokenId, const QByteArray& keyId,
                                              SignatureAlgorithm algorithm, DigestAlgorithm digest,
                                              const QByteArray& digestValue)
{
    return runOn<Result<QByteArray>>(this, [=, this]() -> Result<QByteArray> {
        TokenBackend* backend = backendFor(tokenId);
        if (!backend)
            return Error(ErrorCode::TokenNotFound, tokenId);
        // An expired or not yet valid certificate is refused before any PIN is typed.
        if (Status usable = checkValidity(tokenId, keyId); !usable)
            return usable.error();
        Result<QByteArray> result = backend->sign(tokenId, keyId, algorithm, digest, digestValue,
                                                  m_prompt ? *m_prompt : noPrompt);
        if (!result) {
            qCInfo(lcSmartcard) << "signing failed:" << result.error();
            result = explainRemoval(tokenId, result.error());
        }
        refresh(); // tries left may have changed
        return result;
    });
}

QFuture<Status> CardService::changePin(const QString& tokenId)
{
    return runOn<Status>(this, [=, this]() -> Status {
        TokenBackend* backend = backendFor(tokenId);
        if (!backend)
            return Error(ErrorCode::TokenNotFound, tokenId);
        const Status result = backend->changePin(tokenId, m_prompt ? *m_prompt : noPrompt);
        refresh();
        return result;
    });
}

QFuture<Status> CardService::unblockPin(const QString& tokenId)
{
    return runOn<Status>(this, [=, this]() -> Status {
        TokenBackend* backend = backendFor(tokenId);
        if (!backend)
            return Error(ErrorCode::TokenNotFound, tokenId);
        Status result = backend->unblockPin(tokenId, m_prompt ? *m_prompt : noPrompt);
        if (!result) {
            qCInfo(lcSmartcard) << "unblocking the PIN failed:" << result.error();
            result = explainRemoval(tokenId, result.error());
        }
        refresh(); // the PIN state has changed
        return result;
    });
}

QFuture<CardDiagnostics> CardService::diagnostics()
{
    return runOn<CardDiagnostics>(this, [this] {
        CardDiagnostics report;
        report.readers = m_snapshot;
        report.registeredModules = registeredModules();
        if (m_pkcs11) {
            report.moduleReports = m_pkcs11->modules();
            report.cards = m_cardUses;
            report.profiles = m_pkcs11->recognisedProfiles();
        }
        if (m_useSystemReaders && m_snapshot.service == pcsc::ServiceState::Running) {
            if (auto context = pcsc::PcscContext::establish(m_api)) {
                for (const pcsc::ReaderState& reader : m_snapshot.readers) {
                    if (!reader.cardPresent)
                        continue;
                    auto connection = pcsc::CardConnection::connect(context.value(), reader.name);
                    if (!connection)
                        continue;
                    if (auto features = pcsc::ReaderFeatures::query(connection.value()))
                        report.readerFeatures.insert(reader.name, features.value().names());
                }
            }
        }
        report.tokenCount = int(m_owners.size());
        report.tokens = m_lastTokens;
        return report;
    });
}

TokenSigner::TokenSigner(CardService& service, QString tokenId, TokenCertificate certificate)
    : m_service(service), m_tokenId(std::move(tokenId)), m_certificate(std::move(certificate))
{}

SignatureAlgorithm TokenSigner::algorithm() const
{
    return m_certificate.keyType == TokenKeyType::Ec ? SignatureAlgorithm::Ecdsa
                                                     : SignatureAlgorithm::RsaPkcs1v15;
}

Result<QByteArray> TokenSigner::signDigest(const QByteArray& digestValue, DigestAlgorithm digest)
{
    Q_ASSERT_X(QThread::currentThread() != m_service.thread(), "TokenSigner",
               "would wait for itself on the card thread");
    QFuture<Result<QByteArray>> future =
        m_service.sign(m_tokenId, m_certificate.keyId, algorithm(), digest, digestValue);
    future.waitForFinished();
    return future.result();
}

} // namespace guichet
