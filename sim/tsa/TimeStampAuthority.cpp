#include "TimeStampAuthority.h"

#include "OpenSslHandles.h"
#include "TsaCredentials.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/err.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>

namespace guichet::sim {
namespace {

const QByteArray TimeStampReplyType = QByteArrayLiteral("application/timestamp-reply");
const QByteArray ProblemType = QByteArrayLiteral("application/problem+json");

void check(bool ok, const char* step)
{
    if (!ok)
        throw std::runtime_error(std::string("TimeStampAuthority: ") + step + " failed");
}

template <typename T, typename Encoder>
QByteArray toDer(const T* object, Encoder encode)
{
    unsigned char* out = nullptr;
    const int length = encode(object, &out);
    if (length <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return der;
}

// OpenSSL would answer any unreadable body with a rejection; the contract wants such a
// body refused at the HTTP level instead, so it is parsed here first. Trailing bytes
// after a valid request also make it "not a time-stamp query".
bool isTimeStampQuery(const QByteArray& der)
{
    if (der.isEmpty())
        return false;
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    const auto* const end = cursor + der.size();
    const TsReqPtr request(d2i_TS_REQ(nullptr, &cursor, long(der.size())));
    return request != nullptr && cursor == end;
}

TimeStampAuthority::Reply problem(int status, const char* code, const QString& title,
                                  const QString& detail, const QJsonObject& extra = {})
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("type"), QStringLiteral("https://www.myguichet.lu/api/problems/") +
                                            QString::fromLatin1(code));
    body.insert(QStringLiteral("title"), title);
    body.insert(QStringLiteral("status"), status);
    body.insert(QStringLiteral("code"), QString::fromLatin1(code));
    body.insert(QStringLiteral("detail"), detail);
    return {status, ProblemType, QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

} // namespace

struct TimeStampAuthority::State
{
    std::function<QDateTime()> clock;
    TsaCredentials credentials;
    TsRespCtxPtr context;
    // RFC 3161 only asks for unique serials per TSA; every instance has its own TSA
    // certificate, so a counter from 1 is enough and makes the order visible.
    std::uint64_t lastSerial = 0;
};

TimeStampAuthority::TimeStampAuthority(std::function<QDateTime()> clock)
    : m_state(std::make_unique<State>())
{
    State& state = *m_state;
    state.clock = std::move(clock);

    // Tokens are dated by the injected clock, but verifiers (openssl ts -verify, the app)
    // check the chain at the real time: the certificates must cover both.
    const QDateTime injectedNow = state.clock().toUTC();
    const QDateTime realNow = QDateTime::currentDateTimeUtc();
    state.credentials = TsaCredentials::make(std::min(injectedNow, realNow).addDays(-1),
                                             std::max(injectedNow, realNow).addYears(10));

    state.context.reset(TS_RESP_CTX_new());
    TS_RESP_CTX* context = state.context.get();
    check(context != nullptr, "TS_RESP_CTX_new");
    check(TS_RESP_CTX_set_signer_cert(context, state.credentials.tsaCertificate.get()) == 1,
          "TS_RESP_CTX_set_signer_cert");
    check(TS_RESP_CTX_set_signer_key(context, state.credentials.tsaKey.get()) == 1,
          "TS_RESP_CTX_set_signer_key");
    check(TS_RESP_CTX_set_signer_digest(context, EVP_sha256()) == 1,
          "TS_RESP_CTX_set_signer_digest");
    // ESS signing-certificate-v2 (SHA-256 certificate hash): what PAdES expects, instead
    // of OpenSSL's default v1 with SHA-1.
    check(TS_RESP_CTX_set_ess_cert_id_digest(context, EVP_sha256()) == 1,
          "TS_RESP_CTX_set_ess_cert_id_digest");
    const Asn1ObjectPtr policy(OBJ_txt2obj(PolicyOid, 1));
    check(policy != nullptr, "OBJ_txt2obj");
    check(TS_RESP_CTX_set_def_policy(context, policy.get()) == 1, "TS_RESP_CTX_set_def_policy");
    // Only these imprints are accepted; OpenSSL answers anything else with badAlg and a
    // wrong-length imprint with badDataFormat.
    check(TS_RESP_CTX_add_md(context, EVP_sha256()) == 1 &&
              TS_RESP_CTX_add_md(context, EVP_sha384()) == 1 &&
              TS_RESP_CTX_add_md(context, EVP_sha512()) == 1,
          "TS_RESP_CTX_add_md");
    check(TS_RESP_CTX_set_accuracy(context, 1, 0, 0) == 1, "TS_RESP_CTX_set_accuracy");
    // Milliseconds, the precision of the injected QDateTime, so genTime is exactly it.
    check(TS_RESP_CTX_set_clock_precision_digits(context, 3) == 1,
          "TS_RESP_CTX_set_clock_precision_digits");

    // The lambdas are members' code, so they may name the private State.
    TS_RESP_CTX_set_serial_cb(
        context,
        [](TS_RESP_CTX*, void* data) -> ASN1_INTEGER* {
            auto* owner = static_cast<State*>(data);
            Asn1IntegerPtr serial(ASN1_INTEGER_new());
            if (serial == nullptr ||
                ASN1_INTEGER_set_uint64(serial.get(), owner->lastSerial + 1) != 1)
                return nullptr; // OpenSSL then rejects the request itself
            ++owner->lastSerial;
            return serial.release(); // OpenSSL frees it
        },
        &state);
    TS_RESP_CTX_set_time_cb(
        context,
        [](TS_RESP_CTX*, void* data, long* seconds, long* microseconds) -> int {
            const QDateTime now = static_cast<State*>(data)->clock();
            if (!now.isValid())
                return 0;
            const qint64 msecs = now.toMSecsSinceEpoch();
            *seconds = static_cast<long>(msecs / 1000);
            *microseconds = static_cast<long>((msecs % 1000) * 1000);
            return 1;
        },
        &state);
}

TimeStampAuthority::~TimeStampAuthority() = default;
TimeStampAuthority::TimeStampAuthority(TimeStampAuthority&&) noexcept = default;
TimeStampAuthority& TimeStampAuthority::operator=(TimeStampAuthority&&) noexcept = default;

QByteArray TimeStampAuthority::caCertificateDer() const
{
    return toDer(m_state->credentials.caCertificate.get(), i2d_X509);
}

QByteArray TimeStampAuthority::certificateDer() const
{
    return toDer(m_state->credentials.tsaCertificate.get(), i2d_X509);
}

TimeStampAuthority::Reply TimeStampAuthority::respond(const QByteArray& requestDer)
{
    if (requestDer.size() > MaxRequestBytes)
        return problem(413, "REQ-003", QStringLiteral("Time-stamp query too large"),
                       QStringLiteral("%1 bytes exceed the limit of %2 bytes")
                           .arg(requestDer.size())
                           .arg(MaxRequestBytes),
                       {{QStringLiteral("limit"), qint64(MaxRequestBytes)}});

    Reply reply;
    if (!isTimeStampQuery(requestDer)) {
        reply = problem(400, "TSA-001", QStringLiteral("Not a time-stamp query"),
                        QStringLiteral("The body is not a DER TimeStampReq (RFC 3161)."));
    } else {
        const BioPtr input(BIO_new_mem_buf(requestDer.constData(), int(requestDer.size())));
        const TsRespPtr response(
            input ? TS_RESP_create_response(m_state->context.get(), input.get()) : nullptr);
        const QByteArray der = response ? toDer(response.get(), i2d_TS_RESP) : QByteArray();
        if (der.isEmpty())
            reply = problem(500, "SRV-001", QStringLiteral("Time-stamping failed"),
                            QStringLiteral("The time-stamp response could not be made."));
        else
            reply = {200, TimeStampReplyType, der};
    }
    // Parsing and refusals leave entries on this thread's OpenSSL error queue; they must
    // not surface later in unrelated OpenSSL calls (TLS of the same server, for one).
    ERR_clear_error();
    return reply;
}

} // namespace guichet::sim
