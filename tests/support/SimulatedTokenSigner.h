#pragma once

// A Signer over one key of the simulated token with a scripted PIN, for tests that
// log in or sign without a GUI; optionally corrupts the signature so the portal's
// check can be tested.
#include "ScriptedPinPrompt.h"
#include "Signer.h"
#include "SimulatedToken.h"

#include <algorithm>

namespace guichet::test {

class SimulatedTokenSigner final : public Signer
{
public:
    SimulatedTokenSigner(sim::SimulatedToken& token, QByteArray keyId, bool tamper = false)
        : m_token(token), m_keyId(std::move(keyId)), m_tamper(tamper)
    {}
    QByteArray certificate() const override
    {
        const auto certificates = m_token.tokens().first().certificates;
        const auto found =
            std::find_if(certificates.begin(), certificates.end(),
                         [&](const TokenCertificate& c) { return c.keyId == m_keyId; });
        return found->der;
    }
    SignatureAlgorithm algorithm() const override { return SignatureAlgorithm::Ecdsa; }
    Result<QByteArray> signDigest(const QByteArray& digest, DigestAlgorithm algorithm) override
    {
        m_prompt.answer(QStringLiteral("123456"));
        Result<QByteArray> signature =
            m_token.sign(QLatin1String(sim::SimulatedToken::TokenId), m_keyId,
                         SignatureAlgorithm::Ecdsa, algorithm, digest, m_prompt);
        if (signature && m_tamper) {
            QByteArray bad = signature.value();
            bad[bad.size() - 3] = char(bad[bad.size() - 3] ^ 0x01);
            return bad;
        }
        return signature;
    }

private:
    sim::SimulatedToken& m_token;
    QByteArray m_keyId;
    bool m_tamper;
    ScriptedPinPrompt m_prompt;
};

} // namespace guichet::test
