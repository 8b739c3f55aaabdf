#pragma once

#include "Pkcs11Backend.h"
#include "ReaderSnapshot.h"
#include "Signer.h"
#include "TokenBackend.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <memory>

namespace guichet {

class Pkcs11Backend;
class Settings;
class TrustStore;
namespace pcsc {
class PcscApi;
class ReaderMonitor;
// Declared here so that screens including this header never see the PC/SC headers.
PcscApi& systemPcsc();
} // namespace pcsc

// What the diagnostics page and the help desk need, with nothing personal in it.
struct CardDiagnostics
{
    pcsc::ReaderSnapshot readers;
    QMap<QString, QStringList> readerFeatures; // reader -> feature names (card present only)
    QMap<QString, QString> profiles;           // reader -> recognised profile id
    QStringList registeredModules; // modules the system registers (p11-kit), loaded or not
    int tokenCount = 0;
    QList<Pkcs11Backend::ModuleReport> moduleReports; // every module tried, loaded or not
    QList<CardUse> cards;                             // per reader holding a card
    QList<TokenStatus> tokens;                        // as last shown (trust checked)
};

// The card thread's front door. Create it, add backends, move it to its thread,
// then call start() through the event loop. Every card and token call runs on
// that thread, in order; callers get queued signals or futures back and never
// wait on the GUI thread. Readers and cards are watched by a ReaderMonitor.
class CardService : public QObject
{
    Q_OBJECT

public:
    CardService(QString userSettingsFile, QString systemSettingsFile, bool useSystemReaders = true,
                pcsc::PcscApi& api = pcsc::systemPcsc());
    ~CardService() override;

    // Before start(): another source of tokens (the simulated token in demo mode).
    void addBackend(std::shared_ptr<TokenBackend> backend);
    void setPinPrompt(PinPrompt* prompt) { m_prompt = prompt; }
    // Before start(), for the simulated world of demo and training mode: PKCS#11
    // modules are looked for under `folder` as if it were the root of the file system
    // (an empty folder: a computer with no middleware installed), so the machine's own
    // modules never show a card of a real reader in a simulated one.
    void setModuleRoot(const QString& folder) { m_moduleRoot = folder; }
    // Before start(): one more root the cards' certificates are checked against,
    // beside the trusted-roots folder of the settings.
    void addTrustedRoot(const QByteArray& der) { m_extraRoots.append(der); }

    // Thread-safe: queued to the card thread.
    [[nodiscard]] QFuture<Result<QByteArray>> sign(const QString& tokenId, const QByteArray& keyId,
                                                   SignatureAlgorithm algorithm,
                                                   DigestAlgorithm digest,
                                                   const QByteArray& digestValue);
    [[nodiscard]] QFuture<Status> changePin(const QString& tokenId);
    // Asks for the PUK and a new PIN, and unblocks the token's PIN with them.
    [[nodiscard]] QFuture<Status> unblockPin(const QString& tokenId);
    [[nodiscard]] QFuture<CardDiagnostics> diagnostics();

public Q_SLOTS:
    void start();
    void stop();
    void refresh();

Q_SIGNALS:
    void readersChanged(const guichet::pcsc::ReaderSnapshot& snapshot);
    void tokensChanged(const QList<guichet::TokenStatus>& tokens);
    // Per reader holding a card: what it is and, when it cannot be used, why (its
    // middleware missing, a module that does not see it). Just before tokensChanged.
    void cardUsesChanged(const QList<guichet::CardUse>& uses);

private:
    void onSnapshot(const pcsc::ReaderSnapshot& snapshot);
    [[nodiscard]] TokenBackend* backendFor(const QString& tokenId);
    [[nodiscard]] Error explainRemoval(const QString& tokenId, const Error& error);
    void scheduleRetryIfCardUnseen();
    [[nodiscard]] Status checkValidity(const QString& tokenId, const QByteArray& keyId) const;
    void checkTrust(TokenStatus& token) const;
    // The PKCS#11 backend's account of each card, where a card another backend shows
    // (the simulated one in its simulated reader) counts as in use.
    [[nodiscard]] QList<CardUse> cardUses() const;

    static constexpr int MaxUnseenRetries = 6;
    static constexpr int UnseenRetryMs = 500;
    static constexpr unsigned long RemovalGraceMs = 1500;
    int m_unseenRetries = 0;
    bool m_retryScheduled = false;

    QString m_userSettingsFile;
    QString m_systemSettingsFile;
    QString m_moduleRoot;
    QList<QByteArray> m_extraRoots;
    bool m_useSystemReaders;
    pcsc::PcscApi& m_api;
    PinPrompt* m_prompt = nullptr;
    std::unique_ptr<Settings> m_settings; // this thread's own view of the settings
    std::unique_ptr<TrustStore> m_trust;  // from the trusted-roots folder, if configured
    std::unique_ptr<pcsc::ReaderMonitor> m_monitor;
    std::shared_ptr<Pkcs11Backend> m_pkcs11;
    QList<std::shared_ptr<TokenBackend>> m_backends;
    QMap<QString, TokenBackend*> m_owners; // token id -> backend
    QMap<QString, QString> m_tokenReaders; // token id -> PC/SC reader
    QMap<QString, QList<TokenCertificate>> m_tokenCertificates;
    QList<TokenStatus> m_lastTokens;
    QList<CardUse> m_cardUses;
    pcsc::ReaderSnapshot m_snapshot;
};

// A Signer for one certificate of one token, through the card service.
class TokenSigner final : public Signer
{
public:
    TokenSigner(CardService& service, QString tokenId, TokenCertificate certificate);

    [[nodiscard]] QByteArray certificate() const override { return m_certificate.der; }
    [[nodiscard]] SignatureAlgorithm algorithm() const override;
    [[nodiscard]] Result<QByteArray> signDigest(const QByteArray& digestValue,
                                                DigestAlgorithm digest) override;

private:
    CardService& m_service;
    QString m_tokenId;
    TokenCertificate m_certificate;
};

} // namespace guichet

Q_DECLARE_METATYPE(guichet::CardDiagnostics)
