#include "SimulatedToken.h"

#include "ErrorCodes.h"
#include "PinChecks.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <QCoreApplication>
#include <QScopeGuard>
#include <QThread>

#include <memory>

namespace guichet::sim {
namespace {

constexpr int PinMin = 6;
constexpr int PinMax = 8;
constexpr int PukLength = 8;

bool sameSecret(const SecretBuffer& typed, const QByteArray& stored)
{
    // Compared in place: the secret is never copied out of its wiped buffer.
    const auto bytes = typed.bytes();
    return bytes.size() == size_t(stored.size()) &&
           CRYPTO_memcmp(bytes.data(), stored.constData(), bytes.size()) == 0;
}

Result<QByteArray> ecdsaSign(const QByteArray& pkcs8, const QByteArray& digest)
{
    const auto* p = reinterpret_cast<const unsigned char*>(pkcs8.constData());
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        d2i_AutoPrivateKey(nullptr, &p, long(pkcs8.size())), EVP_PKEY_free);
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        key ? EVP_PKEY_CTX_new(key.get(), nullptr) : nullptr, EVP_PKEY_CTX_free);
    size_t length = 0;
    if (!ctx || EVP_PKEY_sign_init(ctx.get()) != 1 ||
        EVP_PKEY_sign(ctx.get(), nullptr, &length,
                      reinterpret_cast<const unsigned char*>(digest.constData()),
                      size_t(digest.size())) != 1)
        return Error(ErrorCode::TokenError, QStringLiteral("simulated token: sign init failed"));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                      reinterpret_cast<const unsigned char*>(digest.constData()),
                      size_t(digest.size())) != 1)
        return Error(ErrorCode::TokenError, QStringLiteral("simulated token: sign failed"));
    signature.truncate(qsizetype(length));
    return signature;
}

} // namespace

SimulatedToken::SimulatedToken(const SimulatedPki::Persona& persona)
    : m_pki(std::make_shared<const SimulatedPki>(persona)), m_persona(persona),
      m_certificates(m_pki), m_pin(DefaultPin), m_puk(DefaultPuk)
{}

SimulatedToken::~SimulatedToken()
{
    SecretBuffer::wipe(m_pin.data(), size_t(m_pin.size()));
    SecretBuffer::wipe(m_puk.data(), size_t(m_puk.size()));
}

void SimulatedToken::setChangeCallback(std::function<void()> callback)
{
    const std::lock_guard lock(m_mutex);
    m_changed = std::move(callback);
}

void SimulatedToken::notify()
{
    std::function<void()> callback;
    {
        const std::lock_guard lock(m_mutex);
        callback = m_changed;
    }
    if (callback)
        callback();
}

void SimulatedToken::setInserted(bool inserted)
{
    {
        const std::lock_guard lock(m_mutex);
        m_inserted = inserted;
    }
    notify();
}

void SimulatedToken::blockPin()
{
    {
        const std::lock_guard lock(m_mutex);
        m_triesLeft = 0;
    }
    notify();
}

void SimulatedToken::setTriesLeftForTraining(int tries)
{
    {
        const std::lock_guard lock(m_mutex);
        m_triesLeft = qBound(0, tries, MaxTries);
        if (m_triesLeft == MaxTries)
            m_pukTriesLeft = MaxPukTries;
    }
    notify();
}

void SimulatedToken::setCertificateTroubleForTraining(CertificateTrouble trouble)
{
    std::shared_ptr<const SimulatedPki> issued = m_pki;
    const auto reissued = [this](SimulatedPki::Issuance issuance) {
        return std::make_shared<const SimulatedPki>(m_persona, issuance);
    };
    switch (trouble) {
    case CertificateTrouble::Expired:
        issued = reissued(SimulatedPki::Issuance::Expired);
        break;
    case CertificateTrouble::NotYetValid:
        issued = reissued(SimulatedPki::Issuance::NotYetValid);
        break;
    case CertificateTrouble::UnknownRoot:
        issued = reissued(SimulatedPki::Issuance::UnknownRoot);
        break;
    case CertificateTrouble::None:
    case CertificateTrouble::NoCertificates:
        break;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_certificates = std::move(issued);
        m_noCertificates = trouble == CertificateTrouble::NoCertificates;
    }
    notify();
}

void SimulatedToken::setPinPadForTraining(bool pinPad)
{
    {
        const std::lock_guard lock(m_mutex);
        m_pinPad = pinPad;
    }
    notify();
}

void SimulatedToken::setReaderName(const QString& reader)
{
    const std::lock_guard lock(m_mutex);
    m_readerName = reader;
}

int SimulatedToken::triesLeft() const
{
    const std::lock_guard lock(m_mutex);
    return m_triesLeft;
}

int SimulatedToken::pukTriesLeft() const
{
    const std::lock_guard lock(m_mutex);
    return m_pukTriesLeft;
}

TokenStatus SimulatedToken::statusLocked() const
{
    TokenStatus status;
    status.id = QLatin1String(TokenId);
    status.profileId = QStringLiteral("simulated");
    status.profileName =
        m_persona.luxTrust
            ? QLatin1String(QT_TRANSLATE_NOOP("CardProfile", "Simulated LuxTrust Signing Stick"))
            : QLatin1String(QT_TRANSLATE_NOOP("CardProfile", "Simulated identity card"));
    status.label = m_persona.givenName + QLatin1Char(' ') + m_persona.surname;
    status.manufacturer = QStringLiteral("Guichet Desktop");
    status.serialNumber = QStringLiteral("SIM-0001");
    status.readerName = m_readerName;
    status.pinPad = m_pinPad;
    status.pinState = m_triesLeft == 0         ? TokenPinState::Locked
                      : m_triesLeft == 1       ? TokenPinState::FinalTry
                      : m_triesLeft < MaxTries ? TokenPinState::CountLow
                                               : TokenPinState::Ok;
    status.triesLeft = m_triesLeft;
    status.maxTries = MaxTries;
    status.pinMinLength = PinMin;
    status.pinMaxLength = PinMax;
    status.pinDigitsOnly = true;
    if (m_noCertificates)
        return status;
    const SimulatedPki& pki = *m_certificates;
    status.certificates = {
        {QByteArray(AuthenticationKeyId), pki.authentication().certificateDer, TokenKeyType::Ec,
         256, false},
        {QByteArray(SignatureKeyId), pki.signature().certificateDer, TokenKeyType::Ec, 256, true},
    };
    for (int i = 0; i < pki.companySignatures().size(); ++i)
        status.certificates.append({companySignatureKeyId(i),
                                    pki.companySignatures().at(i).certificateDer, TokenKeyType::Ec,
                                    256, true});
    return status;
}

QByteArray SimulatedToken::companySignatureKeyId(int index)
{
    return QByteArray(1, char(0x03 + index));
}

QByteArray SimulatedToken::privateKey(const QByteArray& keyId) const
{
    const std::lock_guard lock(m_mutex);
    if (m_noCertificates)
        return {};
    const SimulatedPki& pki = *m_certificates;
    if (keyId == QByteArray(AuthenticationKeyId))
        return pki.authentication().privateKeyDer;
    if (keyId == QByteArray(SignatureKeyId))
        return pki.signature().privateKeyDer;
    for (int i = 0; i < pki.companySignatures().size(); ++i)
        if (keyId == companySignatureKeyId(i))
            return pki.companySignatures().at(i).privateKeyDer;
    return {};
}

QList<TokenStatus> SimulatedToken::tokens()
{
    const std::lock_guard lock(m_mutex);
    if (!m_inserted)
        return {};
    return {statusLocked()};
}

Status SimulatedToken::verifyOnPinPad(const PinRequest& request, PinPrompt& prompt)
{
    // As with a real keypad, the application only says where to type; the PIN never
    // passes through it. The simulated holder types the right one.
    prompt.pinPadStarted(request);
    QThread::msleep(PinPadTypingMs);
    prompt.pinPadFinished();
    const std::lock_guard lock(m_mutex);
    if (!m_inserted)
        return Error(ErrorCode::TokenRemoved, QStringLiteral("removed during PIN entry"));
    m_triesLeft = MaxTries;
    m_lastWasWrong = false;
    return {};
}

Status SimulatedToken::verifyPin(PinRequest::Purpose purpose, PinPrompt& prompt)
{
    PinRequest request;
    bool pinPad = false;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_inserted)
            return Error(ErrorCode::TokenRemoved, QStringLiteral("simulated token removed"));
        if (m_triesLeft == 0)
            return Error(ErrorCode::PinBlocked, QStringLiteral("simulated token: no tries left"));
        request = pinRequestFor(statusLocked(), purpose);
        request.afterWrongPin = m_lastWasWrong;
        pinPad = m_pinPad;
    }
    if (pinPad)
        return verifyOnPinPad(request, prompt);
    std::optional<SecretBuffer> pin = prompt.askPin(request);
    if (!pin)
        return Error(ErrorCode::PinEntryCancelled, QStringLiteral("simulated token"));
    if (Status format = checkPinFormat(*pin, request); !format)
        return format;

    const std::lock_guard lock(m_mutex);
    if (!m_inserted)
        return Error(ErrorCode::TokenRemoved, QStringLiteral("removed during PIN entry"));
    if (!sameSecret(*pin, m_pin)) {
        --m_triesLeft;
        m_lastWasWrong = true;
        return Error(m_triesLeft == 0 ? ErrorCode::PinBlocked : ErrorCode::PinIncorrect,
                     QStringLiteral("simulated token: %1 tries left").arg(m_triesLeft));
    }
    m_triesLeft = MaxTries;
    m_lastWasWrong = false;
    return {};
}

Result<QByteArray> SimulatedToken::sign(const QString& tokenId, const QByteArray& keyId,
                                        SignatureAlgorithm algorithm, DigestAlgorithm digest,
                                        const QByteArray& digestValue, PinPrompt& prompt)
{
    if (tokenId != QLatin1String(TokenId))
        return Error(ErrorCode::TokenNotFound, tokenId);
    if (algorithm != SignatureAlgorithm::Ecdsa)
        return Error(ErrorCode::MechanismNotSupported,
                     QStringLiteral("simulated token keys are EC P-256"));
    if (digestValue.size() != digestLength(digest))
        return Error(ErrorCode::DigestInvalid,
                     QStringLiteral("digest of %1 bytes").arg(digestValue.size()));
    QByteArray key = privateKey(keyId);
    if (key.isEmpty())
        return Error(ErrorCode::KeyNotFound, QString::fromLatin1(keyId.toHex()));
    const auto wipeKey = qScopeGuard([&key] { OPENSSL_cleanse(key.data(), size_t(key.size())); });
    const bool signatureKey = keyId != QByteArray(AuthenticationKeyId);

    const Status verified = verifyPin(
        signatureKey ? PinRequest::Purpose::Sign : PinRequest::Purpose::Authenticate, prompt);
    notify();
    if (!verified)
        return verified.error();
    return ecdsaSign(key, digestValue);
}

Status SimulatedToken::changePin(const QString& tokenId, PinPrompt& prompt)
{
    if (tokenId != QLatin1String(TokenId))
        return Error(ErrorCode::TokenNotFound, tokenId);
    const Status verified = verifyPin(PinRequest::Purpose::CurrentPin, prompt);
    notify();
    if (!verified)
        return verified;
    PinRequest request;
    {
        const std::lock_guard lock(m_mutex);
        request = pinRequestFor(statusLocked(), PinRequest::Purpose::NewPin);
    }
    std::optional<SecretBuffer> newPin = prompt.askPin(request);
    if (!newPin)
        return Error(ErrorCode::PinEntryCancelled, QStringLiteral("new PIN"));
    if (Status format = checkPinFormat(*newPin, request); !format)
        return Error(ErrorCode::NewPinRejected, format.error().detail());
    const std::lock_guard lock(m_mutex);
    SecretBuffer::wipe(m_pin.data(), size_t(m_pin.size()));
    m_pin = QByteArray(reinterpret_cast<const char*>(newPin->bytes().data()),
                       qsizetype(newPin->size()));
    return {};
}

Status SimulatedToken::unblockPin(const QString& tokenId, PinPrompt& prompt)
{
    if (tokenId != QLatin1String(TokenId))
        return Error(ErrorCode::TokenNotFound, tokenId);
    PinRequest pukRequest;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_inserted)
            return Error(ErrorCode::TokenRemoved, QStringLiteral("simulated token removed"));
        if (m_pukTriesLeft == 0)
            return Error(ErrorCode::PukBlocked,
                         QStringLiteral("simulated token: no PUK tries left"));
        pukRequest = pinRequestFor(statusLocked(), PinRequest::Purpose::Puk);
        pukRequest.minLength = PukLength;
        pukRequest.maxLength = PukLength;
        pukRequest.triesLeft = m_pukTriesLeft;
        pukRequest.maxTries = MaxPukTries;
    }
    std::optional<SecretBuffer> puk = prompt.askPin(pukRequest);
    if (!puk)
        return Error(ErrorCode::PinEntryCancelled, QStringLiteral("PUK"));
    if (Status format = checkPinFormat(*puk, pukRequest); !format)
        return Error(ErrorCode::PukFormatInvalid, format.error().detail());
    PinRequest next;
    {
        const std::lock_guard lock(m_mutex);
        next = pinRequestFor(statusLocked(), PinRequest::Purpose::NewPin);
        next.triesLeft = -1; // the tries of the PIN being replaced do not matter
    }
    // Like a card, the PUK and the new PIN go in together: cancelling the new PIN
    // spends no PUK try.
    std::optional<SecretBuffer> newPin = prompt.askPin(next);
    if (!newPin)
        return Error(ErrorCode::PinEntryCancelled, QStringLiteral("new PIN"));
    if (Status format = checkPinFormat(*newPin, next); !format)
        return Error(ErrorCode::NewPinRejected, format.error().detail());
    Status result;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_inserted) {
            result = Error(ErrorCode::TokenRemoved, QStringLiteral("removed during PUK entry"));
        } else if (!sameSecret(*puk, m_puk)) {
            --m_pukTriesLeft;
            result =
                Error(m_pukTriesLeft == 0 ? ErrorCode::PukBlocked : ErrorCode::PukIncorrect,
                      QStringLiteral("simulated token: %1 PUK tries left").arg(m_pukTriesLeft));
        } else {
            m_pukTriesLeft = MaxPukTries;
            SecretBuffer::wipe(m_pin.data(), size_t(m_pin.size()));
            m_pin = QByteArray(reinterpret_cast<const char*>(newPin->bytes().data()),
                               qsizetype(newPin->size()));
            m_triesLeft = MaxTries;
            m_lastWasWrong = false;
        }
    }
    notify();
    return result;
}

} // namespace guichet::sim
