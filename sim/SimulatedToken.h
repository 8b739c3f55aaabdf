#pragma once

#include "SimulatedPki.h"
#include "TokenBackend.h"

#include <functional>
#include <memory>
#include <mutex>

namespace guichet::sim {

// A token that behaves like a Luxembourg eID card, without any hardware: a
// persona from SimulatedPki, PIN 123456, three tries that go down with each wrong
// PIN and come back with a right one, a PIN that can be blocked and unblocked with
// the PUK 12345678 (three tries of its own) — for demo and training mode and for UI
// tests. Thread-safe (the card thread calls it).
class SimulatedToken final : public TokenBackend
{
public:
    static constexpr char DefaultPin[] = "123456";
    // Unblocks a blocked PIN (unblockPin); three wrong ones block it for good.
    static constexpr char DefaultPuk[] = "12345678";
    static constexpr int MaxPukTries = 3;
    static constexpr int MaxTries = 3;

    explicit SimulatedToken(const SimulatedPki::Persona& persona = SimulatedPki::demoCitizen());
    ~SimulatedToken() override;

    [[nodiscard]] QList<TokenStatus> tokens() override;
    [[nodiscard]] Result<QByteArray> sign(const QString& tokenId, const QByteArray& keyId,
                                          SignatureAlgorithm algorithm, DigestAlgorithm digest,
                                          const QByteArray& digestValue,
                                          PinPrompt& prompt) override;
    [[nodiscard]] Status changePin(const QString& tokenId, PinPrompt& prompt) override;
    [[nodiscard]] Status unblockPin(const QString& tokenId, PinPrompt& prompt) override;

    // Training mode: take the card out, put it back, block its PIN.
    void setInserted(bool inserted);
    void blockPin();
    // Training scenarios: the PIN with exactly `tries` tries left (0 blocks it,
    // MaxTries is a fresh card, whose PUK tries are restored too).
    void setTriesLeftForTraining(int tries);
    // Training scenarios: what is wrong with the card's certificates.
    enum class CertificateTrouble
    {
        None,
        NoCertificates, // an empty card: the keys and certificates were never written
        Expired,
        NotYetValid,
        UnknownRoot, // issued under a root nobody here trusts
    };
    void setCertificateTroubleForTraining(CertificateTrouble trouble);
    // Training scenarios: the card sits in a reader with a keypad. The PIN is then
    // asked for on the keypad, where the simulated holder types the right one.
    void setPinPadForTraining(bool pinPad);
    // The reader the card sits in, as the simulated PC/SC service names it.
    void setReaderName(const QString& reader);
    [[nodiscard]] int triesLeft() const;
    [[nodiscard]] int pukTriesLeft() const;
    // Called (on the calling thread) whenever the token's state changes.
    void setChangeCallback(std::function<void()> callback);

    // The card's own PKI as issued at first (what the demo portal trusts).
    [[nodiscard]] const SimulatedPki& pki() const { return *m_pki; }

    // How long the simulated holder takes to type the PIN on a keypad.
    static constexpr int PinPadTypingMs = 1500;

    static constexpr char TokenId[] = "simulated:0";
    static constexpr char AuthenticationKeyId[] = "\x01";
    static constexpr char SignatureKeyId[] = "\x02";
    // The professional signature keys of a business user's stick: 0x03, 0x04, ... in
    // the order of SimulatedPki::companySignatures().
    [[nodiscard]] static QByteArray companySignatureKeyId(int index);

private:
    [[nodiscard]] TokenStatus statusLocked() const;
    // The private key of a signature or authentication key id; empty when none.
    [[nodiscard]] QByteArray privateKey(const QByteArray& keyId) const;
    // The PIN typed on the reader's keypad (PIN-pad training scenario).
    [[nodiscard]] Status verifyOnPinPad(const PinRequest& request, PinPrompt& prompt);
    // Asks for and checks the PIN; counts a wrong one.
    [[nodiscard]] Status verifyPin(PinRequest::Purpose purpose, PinPrompt& prompt);
    void notify();

    const std::shared_ptr<const SimulatedPki> m_pki;
    SimulatedPki::Persona m_persona;
    mutable std::mutex m_mutex;
    // What the card holds now: m_pki, or another in a certificate training scenario.
    std::shared_ptr<const SimulatedPki> m_certificates;
    bool m_noCertificates = false;
    bool m_pinPad = false;
    QString m_readerName;
    QByteArray m_pin;
    int m_triesLeft = MaxTries;
    QByteArray m_puk;
    int m_pukTriesLeft = MaxPukTries;
    bool m_inserted = true;
    bool m_lastWasWrong = false;
    std::function<void()> m_changed;
};

} // namespace guichet::sim
