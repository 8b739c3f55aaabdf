#pragma once

#include "ReaderSnapshot.h"
#include "TokenBackend.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>

#include <map>
#include <memory>

namespace guichet {

class Settings;
struct CardProfile;
namespace pkcs11 {
class Module;
struct TokenInfo;
} // namespace pkcs11

// Tokens of real cards and signing sticks: for every reader holding a card it
// picks the card's profile from the ATR, loads the profile's PKCS#11 modules
// (settings first, then defaults, then OpenSC, then those the system registers with
// p11-kit) and reads the token they show for that reader. Modules stay loaded while the PC/SC
// service runs. Card thread only.
class Pkcs11Backend final : public TokenBackend
{
public:
    // moduleRoot: prefixed to every module path when loading ("" for the real one).
    explicit Pkcs11Backend(const Settings& settings, QString moduleRoot = {});
    ~Pkcs11Backend() override;

    void setReaders(const pcsc::ReaderSnapshot& snapshot);

    [[nodiscard]] QList<TokenStatus> tokens() override;
    [[nodiscard]] Result<QByteArray> sign(const QString& tokenId, const QByteArray& keyId,
                                          SignatureAlgorithm algorithm, DigestAlgorithm digest,
                                          const QByteArray& digestValue,
                                          PinPrompt& prompt) override;
    [[nodiscard]] Status changePin(const QString& tokenId, PinPrompt& prompt) override;
    [[nodiscard]] Status unblockPin(const QString& tokenId, PinPrompt& prompt) override;

    struct ModuleReport
    {
        QString path;
        QString description; // manufacturer, library and Cryptoki versions
        QString errorCode;   // "" when loaded
        QString errorDetail;
    };
    // Every module tried so far, loaded or not (for the diagnostics page).
    [[nodiscard]] QList<ModuleReport> modules() const;
    // Per reader: the profile recognised from its ATR ("" when unknown).
    [[nodiscard]] QMap<QString, QString> recognisedProfiles() const;
    // Per reader holding a card, as of the last tokens(): what became of the card.
    [[nodiscard]] const QList<CardUse>& cardUses() const { return m_cardUses; }

private:
    // A module to try for a card, and whether it came from the system's registry
    // (p11-kit) rather than the card's profile or the settings.
    struct Candidate
    {
        QString path;
        bool fromRegistry = false;
    };
    [[nodiscard]] QList<Candidate> candidateModules(const CardProfile* profile,
                                                    const QStringList& registered) const;
    // What the modules show for the card in one reader: tokens, certificates, its use.
    [[nodiscard]] CardUse readCard(const pcsc::ReaderState& reader, const CardProfile* profile,
                                   const QStringList& registered, bool pinPadAllowed);
    // Of the tokens a module shows, those of this reader's card.
    [[nodiscard]] QList<pkcs11::TokenInfo> tokensOfReader(const QList<pkcs11::TokenInfo>& shown,
                                                          const QString& readerName,
                                                          bool fromRegistry) const;
    [[nodiscard]] static TokenStatus statusOf(const pcsc::ReaderState& reader,
                                              const CardProfile* profile, const QString& modulePath,
                                              const pkcs11::TokenInfo& token, bool pinPadAllowed);
    static void applyPinRules(TokenStatus& status, const CardProfile* profile,
                              const pkcs11::TokenInfo& token);
    [[nodiscard]] static QList<TokenCertificate> certificatesOf(pkcs11::Module& module,
                                                                unsigned long slot);
    pkcs11::Module* module(const QString& path);
    [[nodiscard]] const TokenStatus* find(const QString& tokenId) const;
    void unloadAll();
    void forget(const QString& path);
    [[nodiscard]] static bool isTokenFailure(const Error& error);
    [[nodiscard]] static QString problemOf(const CardUse& use, bool profileModuleLoaded);

    const Settings& m_settings;
    QString m_moduleRoot;
    QSet<QString> m_unloadable; // failed to load since the last reader snapshot
    pcsc::ReaderSnapshot m_snapshot;
    std::map<QString, std::unique_ptr<pkcs11::Module>> m_modules;
    QMap<QString, ModuleReport> m_reports;
    QMap<QString, QString> m_profiles;
    QList<TokenStatus> m_tokens;           // as last read
    QHash<QString, unsigned long> m_slots; // token id -> its slot in its module
    QList<CardUse> m_cardUses;
};

} // namespace guichet
