#include "Pkcs11Backend.h"

#include "CardProfile.h"
#include "CertificateParser.h"
#include "ErrorCodes.h"
#include "ModuleDefaults.h"
#include "ModuleSelection.h"
#include "PinChecks.h"
#include "Pkcs11Module.h"
#include "ProfileMatcher.h"
#include "ReaderFeatures.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SmartcardLogging.h"

namespace guichet {
namespace {

TokenPinState pinStateOf(pkcs11::PinState state)
{
    switch (state) {
    case pkcs11::PinState::Ok:
        return TokenPinState::Ok;
    case pkcs11::PinState::CountLow:
        return TokenPinState::CountLow;
    case pkcs11::PinState::FinalTry:
        return TokenPinState::FinalTry;
    case pkcs11::PinState::Locked:
        return TokenPinState::Locked;
    }
    return TokenPinState::Ok;
}

// Tries left as far as the token tells: a final try or a lock are certain; "no
// wrong PIN since the last right one" means all tries when the profile knows them.
int triesLeftOf(TokenPinState state, int maxTries)
{
    switch (state) {
    case TokenPinState::Ok:
        return maxTries > 0 ? maxTries : -1;
    case TokenPinState::CountLow:
        return -1;
    case TokenPinState::FinalTry:
        return 1;
    case TokenPinState::Locked:
        return 0;
    }
    return -1;
}

pkcs11::SignatureScheme schemeOf(SignatureAlgorithm algorithm)
{
    switch (algorithm) {
    case SignatureAlgorithm::RsaPkcs1v15:
        return pkcs11::SignatureScheme::RsaPkcs1v15;
    case SignatureAlgorithm::RsaPss:
        return pkcs11::SignatureScheme::RsaPss;
    case SignatureAlgorithm::Ecdsa:
        return pkcs11::SignatureScheme::Ecdsa;
    }
    return pkcs11::SignatureScheme::RsaPkcs1v15;
}

pkcs11::HashAlgorithm hashOf(DigestAlgorithm digest)
{
    switch (digest) {
    case DigestAlgorithm::Sha256:
        return pkcs11::HashAlgorithm::Sha256;
    case DigestAlgorithm::Sha384:
        return pkcs11::HashAlgorithm::Sha384;
    case DigestAlgorithm::Sha512:
        return pkcs11::HashAlgorithm::Sha512;
    }
    return pkcs11::HashAlgorithm::Sha256;
}

bool slotMatchesReader(const QString& slotDescription, const QString& reader)
{
    const QString slot = slotDescription.trimmed();
    return !slot.isEmpty() &&
           (slot == reader || reader.startsWith(slot) || slot.startsWith(reader));
}

} // namespace

Pkcs11Backend::Pkcs11Backend(const Settings& settings, QString moduleRoot)
    : m_settings(settings), m_moduleRoot(std::move(moduleRoot))
{}

Pkcs11Backend::~Pkcs11Backend() = default;

bool Pkcs11Backend::isTokenFailure(const Error& error)
{
    return error.code() == QLatin1String(ErrorCode::TokenRemoved) ||
           error.code() == QLatin1String(ErrorCode::TokenError);
}

void Pkcs11Backend::forget(const QString& path)
{
    // After a card vanished in the middle of an operation OpenSC can keep an internal
    // lock taken, and the next call into it would wait forever: start it afresh.
    m_modules.erase(path);
    m_tokens.removeIf([&](const TokenStatus& t) { return t.modulePath == path; });
}

void Pkcs11Backend::unloadAll()
{
    m_modules.clear();
    m_tokens.clear();
}

void Pkcs11Backend::setReaders(const pcsc::ReaderSnapshot& snapshot)
{
    // A module keeps PC/SC handles of its own; after the service restarted they are
    // stale, so start afresh once it is back.
    if (snapshot.service != pcsc::ServiceState::Running)
        unloadAll();
    // A module that could not be loaded is tried again once readers or cards change
    // (the middleware may have been installed meanwhile), not at every refresh.
    m_unloadable.clear();
    m_snapshot = snapshot;
}

pkcs11::Module* Pkcs11Backend::module(const QString& path)
{
    if (const auto found = m_modules.find(path); found != m_modules.end())
        return found->second.get();
    if (m_unloadable.contains(path))
        return nullptr;
    Result<std::unique_ptr<pkcs11::Module>> loaded = pkcs11::Module::load(m_moduleRoot + path);
    ModuleReport report{path, {}, {}, {}};
    if (!loaded) {
        m_unloadable.insert(path);
        report.errorCode = loaded.error().code();
        report.errorDetail = loaded.error().detail();
        m_reports.insert(path, report);
        qCInfo(lcSmartcard) << "module not usable:" << loaded.error();
        return nullptr;
    }
    const pkcs11::ModuleInfo& info = loaded.value()->info();
    report.description =
        QStringLiteral("%1, %2 %3, Cryptoki %4")
            .arg(info.manufacturer, info.description, info.libraryVersion, info.cryptokiVersion);
    m_reports.insert(path, report);
    pkcs11::Module* raw = loaded.value().get();
    m_modules.emplace(path, std::move(loaded).value());
    return raw;
}

QList<TokenStatus> Pkcs11Backend::tokens()
{
    m_tokens.clear();
    m_slots.clear();
    m_profiles.clear();
    m_cardUses.clear();
    // Read once per scan, not once per reader or token: the registry is a folder of
    // small files, and the settings are read from a file too.
    const QStringList registered = registeredModules();
    const bool pinPadAllowed = m_settings.value(SettingKeys::UsePinPad);
    for (const pcsc::ReaderState& reader : m_snapshot.readers) {
        if (!reader.cardPresent)
            continue;
        const CardProfile* profile = matchProfile(reader.atr, reader.name);
        m_profiles.insert(reader.name, profile ? profile->id : QString());
        m_cardUses.append(readCard(reader, profile, registered, pinPadAllowed));
    }
    return m_tokens;
}

QList<Pkcs11Backend::Candidate> Pkcs11Backend::candidateModules(const CardProfile* profile,
                                                                const QStringList& registered) const
{
    // The chosen modules first; then those the system registers (p11-kit), which
    // include software tokens, so a token of theirs must name this reader.
    const QStringList chosen = modulesFor(profile, m_settings);
    QList<Candidate> candidates;
    for (const QString& path : withoutDuplicateModules(chosen + registered))
        candidates.append({path, !chosen.contains(path)});
    return candidates;
}

QList<pkcs11::TokenInfo> Pkcs11Backend::tokensOfReader(const QList<pkcs11::TokenInfo>& shown,
                                                       const QString& readerName,
                                                       bool fromRegistry) const
{
    const auto initialised = [](const pkcs11::TokenInfo& token) {
        // An empty, uninitialised slot (SoftHSM keeps one) is no token.
        return !token.label.trimmed().isEmpty() || !token.serialNumber.trimmed().isEmpty();
    };
    QList<pkcs11::TokenInfo> mine;
    for (const pkcs11::TokenInfo& token : shown)
        if (initialised(token) && slotMatchesReader(token.slotDescription, readerName))
            mine.append(token);
    if (!mine.isEmpty() || fromRegistry)
        return mine;
    // Vendor middleware often names its slots its own way: when none of its slots names
    // a reader, its tokens belong to the card it was chosen for.
    const bool anyNamed = std::any_of(shown.begin(), shown.end(), [&](const pkcs11::TokenInfo& t) {
        return std::any_of(m_snapshot.readers.begin(), m_snapshot.readers.end(),
                           [&](const pcsc::ReaderState& r) {
                               return slotMatchesReader(t.slotDescription, r.name);
                           });
    });
    if (!anyNamed)
        for (const pkcs11::TokenInfo& token : shown)
            if (initialised(token))
                mine.append(token);
    return mine;
}

CardUse Pkcs11Backend::readCard(const pcsc::ReaderState& reader, const CardProfile* profile,
                                const QStringList& registered, bool pinPadAllowed)
{
    CardUse use;
    use.readerName = reader.name;
    use.atr = reader.atr;
    use.profileId = profile ? profile->id : QString();
    use.profileName = profile ? QLatin1String(profile->displayName) : QString();
    bool profileModuleLoaded = false;
    for (const Candidate& candidate : candidateModules(profile, registered)) {
        use.tried.append(candidate.path);
        pkcs11::Module* loaded = module(candidate.path);
        if (!candidate.fromRegistry && !loaded)
            use.missing.append(candidate.path);
        if (!loaded)
            continue;
        profileModuleLoaded = profileModuleLoaded || !candidate.fromRegistry;
        const Result<QList<pkcs11::TokenInfo>> shown = loaded->tokens();
        if (!shown)
            continue;
        const QList<pkcs11::TokenInfo> mine =
            tokensOfReader(shown.value(), reader.name, candidate.fromRegistry);
        for (const pkcs11::TokenInfo& token : mine) {
            TokenStatus status = statusOf(reader, profile, candidate.path, token, pinPadAllowed);
            status.certificates = certificatesOf(*loaded, token.slotId);
            m_slots.insert(status.id, token.slotId);
            m_tokens.append(status);
        }
        if (!mine.isEmpty()) {
            use.module = candidate.path;
            break; // the first module that shows the card is the one we use
        }
    }
    use.problemCode = problemOf(use, profileModuleLoaded);
    return use;
}

TokenStatus Pkcs11Backend::statusOf(const pcsc::ReaderState& reader, const CardProfile* profile,
                                    const QString& modulePath, const pkcs11::TokenInfo& token,
                                    bool pinPadAllowed)
{
    TokenStatus status;
    // Stable while the token stays inserted; the slot is kept beside it (m_slots), never
    // read back out of this text.
    status.id = modulePath + QLatin1Char('#') + QString::number(token.slotId);
    status.readerName = reader.name;
    status.profileId = profile ? profile->id : QString();
    status.profileName = profile ? QLatin1String(profile->displayName) : QString();
    status.label = token.label.trimmed();
    status.manufacturer = token.manufacturer.trimmed();
    status.serialNumber = token.serialNumber.trimmed();
    status.modulePath = modulePath;
    status.pinState = pinStateOf(token.pinState);
    status.maxTries = profile ? profile->pin.maxTries : 0;
    status.triesLeft = triesLeftOf(status.pinState, status.maxTries);
    applyPinRules(status, profile, token);
    status.pinPad = token.protectedAuthenticationPath && pinPadAllowed &&
                    !pcsc::isFalsePinPadReader(reader.name);
    return status;
}

void Pkcs11Backend::applyPinRules(TokenStatus& status, const CardProfile* profile,
                                  const pkcs11::TokenInfo& token)
{
    status.pinMinLength = int(token.minPinLength);
    status.pinMaxLength = int(token.maxPinLength);
    status.pinDigitsOnly = profile && profile->pin.digitsOnly;
    if (profile) {
        // The profile's rules are tighter than most tokens' generic limits.
        status.pinMinLength = qMax(status.pinMinLength, profile->pin.minLength);
        if (profile->pin.maxLength > 0)
            status.pinMaxLength =
                qMin(status.pinMaxLength > 0 ? status.pinMaxLength : 64, profile->pin.maxLength);
    }
    if (status.pinMinLength <= 0)
        status.pinMinLength = 4;
    if (status.pinMaxLength <= 0 || status.pinMaxLength > 64)
        status.pinMaxLength = 64;
}

QList<TokenCertificate> Pkcs11Backend::certificatesOf(pkcs11::Module& module, unsigned long slot)
{
    QList<TokenCertificate> certificates;
    const auto keys = module.keys(slot);
    if (!keys)
        return certificates;
    for (const pkcs11::KeyObject& key : keys.value()) {
        if (key.certificateDer.isEmpty())
            continue;
        certificates.append(
            {key.id, key.certificateDer,
             key.keyType == pkcs11::KeyType::Ec ? TokenKeyType::Ec : TokenKeyType::Rsa, key.keyBits,
             key.alwaysAuthenticate});
    }
    return certificates;
}

QString Pkcs11Backend::problemOf(const CardUse& use, bool profileModuleLoaded)
{
    if (!use.module.isEmpty())
        return {};
    if (use.profileId.isEmpty())
        return QLatin1String(ErrorCode::CardNotSupported);
    // A known card: either none of its own modules could be started (its middleware is
    // missing), or one started and did not show it.
    return QLatin1String(profileModuleLoaded ? ErrorCode::ModuleDoesNotSeeCard
                                             : ErrorCode::CardMiddlewareMissing);
}

const TokenStatus* Pkcs11Backend::find(const QString& tokenId) const
{
    for (const TokenStatus& token : m_tokens) {
        if (token.id == tokenId)
            return &token;
    }
    return nullptr;
}

Result<QByteArray> Pkcs11Backend::sign(const QString& tokenId, const QByteArray& keyId,
                                       SignatureAlgorithm algorithm, DigestAlgorithm digest,
                                       const QByteArray& digestValue, PinPrompt& prompt)
{
    const TokenStatus* token = find(tokenId);
    pkcs11::Module* loaded = token ? module(token->modulePath) : nullptr;
    if (!token || !loaded)
        return Error(ErrorCode::TokenNotFound, tokenId);
    if (digestValue.size() != digestLength(digest))
        return Error(ErrorCode::DigestInvalid,
                     QStringLiteral("digest of %1 bytes").arg(digestValue.size()));
    if (token->pinState == TokenPinState::Locked)
        return Error(ErrorCode::PinBlocked, tokenId);
    const unsigned long slot = m_slots.value(tokenId);
    PinRequest request = pinRequestFor(*token, PinRequest::Purpose::Sign);
    for (const TokenCertificate& c : token->certificates) {
        if (c.keyId != keyId)
            continue;
        if (const auto info = parseCertificate(c.der);
            info && info.value().role != CertificateRole::Signature)
            request.purpose = PinRequest::Purpose::Authenticate;
    }

    Result<QByteArray> signature = Error(ErrorCode::TokenError);
    if (token->pinPad) {
        prompt.pinPadStarted(request);
        signature = loaded->sign(slot, keyId, schemeOf(algorithm), hashOf(digest), digestValue,
                                 SecretBuffer());
        prompt.pinPadFinished();
    } else {
        std::optional<SecretBuffer> pin = prompt.askPin(request);
        if (!pin)
            return Error(ErrorCode::PinEntryCancelled, tokenId);
        if (Status format = checkPinFormat(*pin, request); !format)
            return format.error();
        signature =
            loaded->sign(slot, keyId, schemeOf(algorithm), hashOf(digest), digestValue, *pin);
    }
    if (!signature && isTokenFailure(signature.error()))
        forget(token->modulePath);
    return signature;
}

Status Pkcs11Backend::changePin(const QString& tokenId, PinPrompt& prompt)
{
    const TokenStatus* token = find(tokenId);
    pkcs11::Module* loaded = token ? module(token->modulePath) : nullptr;
    if (!token || !loaded)
        return Error(ErrorCode::TokenNotFound, tokenId);
    const unsigned long slot = m_slots.value(tokenId);
    if (token->pinPad) {
        const PinRequest request = pinRequestFor(*token, PinRequest::Purpose::CurrentPin);
        prompt.pinPadStarted(request);
        const Status changed = loaded->changePin(slot, SecretBuffer(), SecretBuffer());
        prompt.pinPadFinished();
        return changed;
    }
    const PinRequest current = pinRequestFor(*token, PinRequest::Purpose::CurrentPin);
    std::optional<SecretBuffer> oldPin = prompt.askPin(current);
    if (!oldPin)
        return Error(ErrorCode::PinEntryCancelled, tokenId);
    if (Status format = checkPinFormat(*oldPin, current); !format)
        return format;
    const PinRequest next = pinRequestFor(*token, PinRequest::Purpose::NewPin);
    std::optional<SecretBuffer> newPin = prompt.askPin(next);
    if (!newPin)
        return Error(ErrorCode::PinEntryCancelled, tokenId);
    if (Status format = checkPinFormat(*newPin, next); !format)
        return Error(ErrorCode::NewPinRejected, format.error().detail());
    return loaded->changePin(slot, *oldPin, *newPin);
}

Status Pkcs11Backend::unblockPin(const QString& tokenId, PinPrompt& prompt)
{
    const TokenStatus* token = find(tokenId);
    pkcs11::Module* loaded = token ? module(token->modulePath) : nullptr;
    if (!token || !loaded)
        return Error(ErrorCode::TokenNotFound, tokenId);
    // The Luxembourg eID and LuxTrust devices are unblocked through their issuers:
    // no PUK is asked for a path that cannot work.
    if (unblockPathFor(token->profileId) != UnblockPath::WithPuk)
        return Error(ErrorCode::PinUnblockNotSupported,
                     QStringLiteral("profile %1: unblocked through the issuer's procedure")
                         .arg(token->profileId));
    const unsigned long slot = m_slots.value(tokenId);
    // The PUK follows the token's own length limits; the tries of the PIN being
    // replaced do not apply to it, and those of the PUK are not told by PKCS#11.
    PinRequest pukRequest = pinRequestFor(*token, PinRequest::Purpose::Puk);
    pukRequest.triesLeft = -1;
    pukRequest.maxTries = 0;
    Status result;
    if (token->pinPad) {
        prompt.pinPadStarted(pukRequest);
        result = loaded->unblockPin(slot, SecretBuffer(), SecretBuffer());
        prompt.pinPadFinished();
    } else {
        std::optional<SecretBuffer> puk = prompt.askPin(pukRequest);
        if (!puk)
            return Error(ErrorCode::PinEntryCancelled, tokenId);
        if (Status format = checkPinFormat(*puk, pukRequest); !format)
            return Error(ErrorCode::PukFormatInvalid, format.error().detail());
        PinRequest next = pinRequestFor(*token, PinRequest::Purpose::NewPin);
        next.triesLeft = -1;
        next.maxTries = 0;
        std::optional<SecretBuffer> newPin = prompt.askPin(next);
        if (!newPin)
            return Error(ErrorCode::PinEntryCancelled, tokenId);
        if (Status format = checkPinFormat(*newPin, next); !format)
            return Error(ErrorCode::NewPinRejected, format.error().detail());
        result = loaded->unblockPin(slot, *puk, *newPin);
    }
    if (!result && isTokenFailure(result.error()))
        forget(token->modulePath);
    return result;
}

QList<Pkcs11Backend::ModuleReport> Pkcs11Backend::modules() const
{
    return m_reports.values();
}

QMap<QString, QString> Pkcs11Backend::recognisedProfiles() const
{
    return m_profiles;
}

} // namespace guichet
