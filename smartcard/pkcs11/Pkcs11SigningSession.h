#pragma once

#include "Pkcs11Types.h"
#include "Result.h"
#include "SecretBuffer.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace guichet::pkcs11 {

class Session;

// A logged-in session that makes one or more signatures after one PIN entry (several
// documents in a row). A key with CKA_ALWAYS_AUTHENTICATE still needs its PIN for
// every signature. Logs out when destroyed; must not outlive its Module.
class SigningSession
{
public:
    ~SigningSession();
    SigningSession(const SigningSession&) = delete;
    SigningSession& operator=(const SigningSession&) = delete;

    // pinForKey is used for the context-specific login of an always-authenticate key
    // (empty with a PIN pad). ECDSA signatures come as DER unless Raw is asked for.
    [[nodiscard]] Result<QByteArray> sign(const QByteArray& keyId, SignatureScheme scheme,
                                          HashAlgorithm hash, const QByteArray& digest,
                                          const SecretBuffer& pinForKey,
                                          EcdsaEncoding encoding = EcdsaEncoding::Der);

    // CKU_CONTEXT_SPECIFIC logins made so far (one per always-authenticate signature).
    [[nodiscard]] int contextSpecificLogins() const { return m_contextLogins; }

private:
    friend class Module;
    SigningSession(std::unique_ptr<Session> session, TokenInfo token,
                   QList<unsigned long> mechanisms);

    // Before the PIN is spent: the token lists the mechanism and the key (when
    // visible) has the scheme's type.
    [[nodiscard]] Status checkBeforeLogin(const QByteArray& keyId, SignatureScheme scheme,
                                          HashAlgorithm hash) const;
    [[nodiscard]] Status login(const SecretBuffer& pin);
    [[nodiscard]] Status checkMechanismListed(unsigned long mechanism) const;
    [[nodiscard]] Result<QByteArray> signPrepared(QByteArray input);
    void abandonOperation() noexcept;

    std::unique_ptr<Session> m_session;
    TokenInfo m_token;
    QList<unsigned long> m_mechanisms; // empty: the module did not say
    int m_contextLogins = 0;
};

} // namespace guichet::pkcs11
