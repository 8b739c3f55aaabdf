#pragma once

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <memory>

namespace guichet::sim {

// The simulated portal's RFC 3161 time-stamping service behind POST /api/v1/tsa. It turns
// a DER TimeStampReq into the HTTP answer; the portal server only moves the bytes. The
// signed PDFs the app makes (PAdES B-T) carry these tokens, so tests can check them with
// any RFC 3161 verifier, `openssl ts -verify` included.
class TimeStampAuthority
{
public:
    // The TSA policy written into every token. 2.999 is the ITU-T/ISO "example" arc
    // (X.660), reserved for documentation, so this OID can never clash with a real
    // policy; 3161 names the RFC and 1 is the first (and only) policy of the simulation.
    static constexpr const char* PolicyOid = "2.999.3161.1";
    // The contract (docs/api/portal.yaml, POST /tsa) caps a query at 8192 bytes; a real
    // one is about 100 bytes.
    static constexpr qsizetype MaxRequestBytes = 8192;

    struct Reply
    {
        int httpStatus = 200;
        QByteArray contentType;
        QByteArray body;
    };

    // The clock dates every token (tests control it). The root CA and the TSA
    // certificate are made here, valid around both this clock's time and the real time.
    explicit TimeStampAuthority(std::function<QDateTime()> clock);
    ~TimeStampAuthority();
    TimeStampAuthority(TimeStampAuthority&&) noexcept;
    TimeStampAuthority& operator=(TimeStampAuthority&&) noexcept;
    TimeStampAuthority(const TimeStampAuthority&) = delete;
    TimeStampAuthority& operator=(const TimeStampAuthority&) = delete;

    // The trust anchor a verifier needs, and the certificate that signs the tokens.
    [[nodiscard]] QByteArray caCertificateDer() const;
    [[nodiscard]] QByteArray certificateDer() const;

    // A TimeStampReq (SHA-256/384/512 imprint) -> 200 application/timestamp-reply with a
    // granted TimeStampResp. A request OpenSSL can read but the TSA refuses (other hash,
    // wrong imprint length, unknown policy) -> 200 with a rejection status and failInfo,
    // as RFC 3161 wants. Bytes that are no TimeStampReq -> 400 TSA-001, more than
    // MaxRequestBytes -> 413 REQ-003, both application/problem+json.
    [[nodiscard]] Reply respond(const QByteArray& requestDer);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace guichet::sim
