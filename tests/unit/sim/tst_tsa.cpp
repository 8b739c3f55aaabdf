#include "OpenSslHandles.h"
#include "TimeStampAuthority.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/pkcs7.h>
#include <openssl/x509v3.h>

#include <cstdint>
#include <vector>

using guichet::sim::OpenSslDeleter;
using guichet::sim::TimeStampAuthority;
using guichet::sim::TsReqPtr;
using guichet::sim::TsRespPtr;
using guichet::sim::X509Ptr;

namespace {

using MsgImprintPtr = std::unique_ptr<TS_MSG_IMPRINT, OpenSslDeleter<TS_MSG_IMPRINT_free>>;
using AlgorithmPtr = std::unique_ptr<X509_ALGOR, OpenSslDeleter<X509_ALGOR_free>>;

const char* const Sha1Oid = "1.3.14.3.2.26";
const char* const Sha256Oid = "2.16.840.1.101.3.4.2.1";
const char* const Sha384Oid = "2.16.840.1.101.3.4.2.2";
const char* const Sha512Oid = "2.16.840.1.101.3.4.2.3";

constexpr int PkiStatusGranted = 0;
constexpr int PkiStatusRejection = 2;

struct ToolRun
{
    int exitCode = -1;
    QByteArray output; // stdout and stderr together
};

ToolRun runOpenSsl(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStandardPaths::findExecutable(QStringLiteral("openssl")), arguments);
    if (!process.waitForFinished(60000))
        return {};
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return {code, process.readAll()};
}

QByteArray toPem(const QByteArray& der)
{
    QByteArray pem("-----BEGIN CERTIFICATE-----\n");
    const QByteArray base64 = der.toBase64();
    for (qsizetype at = 0; at < base64.size(); at += 64)
        pem += base64.mid(at, 64) + '\n';
    return pem + "-----END CERTIFICATE-----\n";
}

// A request made with the OpenSSL API rather than the tool, so that it can carry what
// the tool refuses to make (unknown algorithms, short imprints) and a known nonce.
QByteArray buildRequest(const char* digestOid, QByteArray imprint, std::uint64_t nonce,
                        bool certReq)
{
    const TsReqPtr request(TS_REQ_new());
    const MsgImprintPtr messageImprint(TS_MSG_IMPRINT_new());
    const AlgorithmPtr algorithm(X509_ALGOR_new());
    const guichet::sim::Asn1IntegerPtr nonceValue(ASN1_INTEGER_new());
    if (!request || !messageImprint || !algorithm || !nonceValue ||
        X509_ALGOR_set0(algorithm.get(), OBJ_txt2obj(digestOid, 1), V_ASN1_NULL, nullptr) != 1 ||
        TS_MSG_IMPRINT_set_algo(messageImprint.get(), algorithm.get()) != 1 ||
        TS_MSG_IMPRINT_set_msg(messageImprint.get(),
                               reinterpret_cast<unsigned char*>(imprint.data()),
                               int(imprint.size())) != 1 ||
        TS_REQ_set_version(request.get(), 1) != 1 ||
        TS_REQ_set_msg_imprint(request.get(), messageImprint.get()) != 1 ||
        ASN1_INTEGER_set_uint64(nonceValue.get(), nonce) != 1 ||
        TS_REQ_set_nonce(request.get(), nonceValue.get()) != 1 ||
        TS_REQ_set_cert_req(request.get(), certReq ? 1 : 0) != 1)
        return {};
    unsigned char* out = nullptr;
    const int length = i2d_TS_REQ(request.get(), &out);
    if (length <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return der;
}

TsRespPtr parseReply(const QByteArray& der)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    return TsRespPtr(d2i_TS_RESP(nullptr, &cursor, long(der.size())));
}

long pkiStatus(TS_RESP* response)
{
    return ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(response)));
}

bool hasFailInfo(TS_RESP* response, int bit)
{
    const ASN1_BIT_STRING* failInfo =
        TS_STATUS_INFO_get0_failure_info(TS_RESP_get_status_info(response));
    return failInfo != nullptr && ASN1_BIT_STRING_get_bit(failInfo, bit) == 1;
}

QByteArray genTime(TS_RESP* response)
{
    const ASN1_GENERALIZEDTIME* time = TS_TST_INFO_get_time(TS_RESP_get_tst_info(response));
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(time)),
                      ASN1_STRING_length(time));
}

int tokenCertificateCount(TS_RESP* response)
{
    const PKCS7* token = TS_RESP_get_token(response);
    return token->d.sign->cert != nullptr ? sk_X509_num(token->d.sign->cert) : 0;
}

X509Ptr parseCertificate(const QByteArray& der)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &cursor, long(der.size())));
}

} // namespace

class TestTimeStampAuthority : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2031, 5, 17), QTime(8, 9, 10, 250), Qt::UTC);
    TimeStampAuthority m_tsa{[this] { return m_now; }};

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    static void writeFile(const QString& fileName, const QByteArray& bytes)
    {
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    static QByteArray readFile(const QString& fileName)
    {
        QFile file(fileName);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // `openssl ts -query` over data.txt; extraArguments pick the hash and certReq.
    QByteArray toolRequest(const QStringList& extraArguments) const
    {
        const ToolRun run = runOpenSsl(QStringList{QStringLiteral("ts"), QStringLiteral("-query"),
                                                   QStringLiteral("-data"), path("data.txt"),
                                                   QStringLiteral("-out"), path("request.tsq")} +
                                       extraArguments);
        return run.exitCode == 0 ? readFile(path("request.tsq")) : QByteArray();
    }

    ToolRun verify(const QByteArray& reply, const char* dataFile) const
    {
        writeFile(path("reply.tsr"), reply);
        return runOpenSsl({QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-data"),
                           path(dataFile), QStringLiteral("-in"), path("reply.tsr"),
                           QStringLiteral("-CAfile"), path("ca.pem"), QStringLiteral("-untrusted"),
                           path("tsa.pem")});
    }

    TsRespPtr grantedReply(const QByteArray& request)
    {
        const TimeStampAuthority::Reply reply = m_tsa.respond(request);
        if (reply.httpStatus != 200 || reply.contentType != "application/timestamp-reply")
            return nullptr;
        TsRespPtr response = parseReply(reply.body);
        return response && pkiStatus(response.get()) == PkiStatusGranted ? std::move(response)
                                                                         : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
                 "the openssl command-line tool is needed");
        QVERIFY(m_dir.isValid());
        writeFile(path("data.txt"), "A signature value to be time-stamped.\n");
        writeFile(path("other.txt"), "A different signature value.\n");
        writeFile(path("ca.pem"), toPem(m_tsa.caCertificateDer()));
        writeFile(path("tsa.pem"), toPem(m_tsa.certificateDer()));
    }

    void tsaCertificateIsCaIssuedForTimeStampingOnly()
    {
        const X509Ptr ca = parseCertificate(m_tsa.caCertificateDer());
        const X509Ptr tsa = parseCertificate(m_tsa.certificateDer());
        QVERIFY(ca && tsa);
        QCOMPARE(X509_check_issued(ca.get(), tsa.get()), X509_V_OK);
        QVERIFY(X509_check_ca(ca.get()) != 0);
        QCOMPARE(X509_check_ca(tsa.get()), 0);
        QCOMPARE(X509_get_extended_key_usage(tsa.get()), uint32_t(XKU_TIMESTAMP));
        const int index = X509_get_ext_by_NID(tsa.get(), NID_ext_key_usage, -1);
        QVERIFY(index >= 0);
        QCOMPARE(X509_EXTENSION_get_critical(X509_get_ext(tsa.get(), index)), 1);
    }

    void grantsToolQueryThatVerifies()
    {
        const QByteArray request =
            toolRequest({QStringLiteral("-sha256"), QStringLiteral("-cert")});
        QVERIFY(!request.isEmpty());
        const TimeStampAuthority::Reply reply = m_tsa.respond(request);
        QCOMPARE(reply.httpStatus, 200);
        QCOMPARE(reply.contentType, QByteArray("application/timestamp-reply"));
        const TsRespPtr response = parseReply(reply.body);
        QVERIFY(response);
        QCOMPARE(pkiStatus(response.get()), PkiStatusGranted);

        const ToolRun verified = verify(reply.body, "data.txt");
        QVERIFY2(verified.exitCode == 0, verified.output.constData());
        QVERIFY(verified.output.contains("Verification: OK"));
    }

    void verificationFailsForOtherData()
    {
        const QByteArray request =
            toolRequest({QStringLiteral("-sha256"), QStringLiteral("-cert")});
        const TimeStampAuthority::Reply reply = m_tsa.respond(request);
        QCOMPARE(reply.httpStatus, 200);
        QVERIFY(verify(reply.body, "data.txt").output.contains("Verification: OK"));

        const ToolRun tampered = verify(reply.body, "other.txt");
        QVERIFY(tampered.exitCode != 0);
        QVERIFY(!tampered.output.contains("Verification: OK"));
    }

    void tokenCarriesPolicyAndCertificateOnlyWhenAsked()
    {
        const TsRespPtr withCert =
            grantedReply(toolRequest({QStringLiteral("-sha256"), QStringLiteral("-cert")}));
        QVERIFY(withCert);
        QCOMPARE(tokenCertificateCount(withCert.get()), 1);
        char policy[64] = {};
        OBJ_obj2txt(policy, sizeof policy,
                    TS_TST_INFO_get_policy_id(TS_RESP_get_tst_info(withCert.get())), 1);
        QCOMPARE(QByteArray(policy), QByteArray(TimeStampAuthority::PolicyOid));

        const QByteArray request = toolRequest({QStringLiteral("-sha256")});
        const TimeStampAuthority::Reply reply = m_tsa.respond(request);
        const TsRespPtr withoutCert = grantedReply(request);
        QVERIFY(withoutCert);
        QCOMPARE(tokenCertificateCount(withoutCert.get()), 0);
        // Still verifiable: the verifier gets the TSA certificate from -untrusted.
        QVERIFY(verify(reply.body, "data.txt").output.contains("Verification: OK"));
    }

    void genTimeIsTheInjectedClock_data()
    {
        QTest::addColumn<QDateTime>("clock");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("milliseconds")
            << QDateTime(QDate(2031, 5, 17), QTime(8, 9, 10, 250), Qt::UTC)
            << QByteArray("20310517080910.25Z");
        QTest::newRow("whole second") << QDateTime(QDate(2025, 1, 2), QTime(23, 59, 58), Qt::UTC)
                                      << QByteArray("20250102235958Z");
        QTest::newRow("local time in UTC")
            << QDateTime(QDate(2026, 7, 1), QTime(14, 0, 0, 7), Qt::OffsetFromUTC, 2 * 3600)
            << QByteArray("20260701120000.007Z");
    }

    void genTimeIsTheInjectedClock()
    {
        QFETCH(QDateTime, clock);
        QFETCH(QByteArray, expected);
        m_now = clock;
        const TsRespPtr response =
            grantedReply(toolRequest({QStringLiteral("-sha256"), QStringLiteral("-cert")}));
        QVERIFY(response);
        QCOMPARE(genTime(response.get()), expected);
    }

    void toolNonceIsEchoed()
    {
        const QByteArray request =
            toolRequest({QStringLiteral("-sha512"), QStringLiteral("-cert")});
        const auto* cursor = reinterpret_cast<const unsigned char*>(request.constData());
        const TsReqPtr parsed(d2i_TS_REQ(nullptr, &cursor, long(request.size())));
        QVERIFY(parsed && TS_REQ_get_nonce(parsed.get()) != nullptr);
        const TsRespPtr response = grantedReply(request);
        QVERIFY(response);
        const ASN1_INTEGER* echoed = TS_TST_INFO_get_nonce(TS_RESP_get_tst_info(response.get()));
        QVERIFY(echoed != nullptr);
        QCOMPARE(ASN1_INTEGER_cmp(echoed, TS_REQ_get_nonce(parsed.get())), 0);
    }

    void grantsRequestsBuiltInCode_data()
    {
        QTest::addColumn<QByteArray>("oid");
        QTest::addColumn<int>("hash");
        QTest::newRow("SHA-256") << QByteArray(Sha256Oid) << int(QCryptographicHash::Sha256);
        QTest::newRow("SHA-384") << QByteArray(Sha384Oid) << int(QCryptographicHash::Sha384);
        QTest::newRow("SHA-512") << QByteArray(Sha512Oid) << int(QCryptographicHash::Sha512);
    }

    void grantsRequestsBuiltInCode()
    {
        QFETCH(QByteArray, oid);
        QFETCH(int, hash);
        const QByteArray digest = QCryptographicHash::hash(readFile(path("data.txt")),
                                                           QCryptographicHash::Algorithm(hash));
        const std::uint64_t nonce = 0x5eed'cafe'f00d'0042;
        const QByteArray request = buildRequest(oid.constData(), digest, nonce, true);
        QVERIFY(!request.isEmpty());

        const TimeStampAuthority::Reply reply = m_tsa.respond(request);
        const TsRespPtr response = grantedReply(request);
        QVERIFY(response);
        std::uint64_t echoed = 0;
        QCOMPARE(ASN1_INTEGER_get_uint64(
                     &echoed, TS_TST_INFO_get_nonce(TS_RESP_get_tst_info(response.get()))),
                 1);
        QCOMPARE(echoed, nonce);
        const ToolRun verified = verify(reply.body, "data.txt");
        QVERIFY2(verified.output.contains("Verification: OK"), verified.output.constData());
    }

    void refusesUnacceptableRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("failInfo");
        const QByteArray data = readFile(path("data.txt"));
        QTest::newRow("SHA-1 from the tool")
            << toolRequest({QStringLiteral("-sha1"), QStringLiteral("-cert")}) << TS_INFO_BAD_ALG;
        QTest::newRow("SHA-1 built in code")
            << buildRequest(Sha1Oid, QCryptographicHash::hash(data, QCryptographicHash::Sha1), 1,
                            true)
            << TS_INFO_BAD_ALG;
        QTest::newRow("unknown algorithm")
            << buildRequest("1.3.6.1.4.1.55555.1", QByteArray(32, 'x'), 2, true) << TS_INFO_BAD_ALG;
        QTest::newRow("SHA-256 OID with a 20-byte imprint")
            << buildRequest(Sha256Oid, QByteArray(20, 'x'), 3, true) << TS_INFO_BAD_DATA_FORMAT;
        QTest::newRow("SHA-512 OID with a SHA-256 imprint")
            << buildRequest(Sha512Oid, QCryptographicHash::hash(data, QCryptographicHash::Sha256),
                            4, true)
            << TS_INFO_BAD_DATA_FORMAT;
    }

    void refusesUnacceptableRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, failInfo);
        QVERIFY(!request.isEmpty());
        const TimeStampAuthority::Reply reply = m_tsa.respond(request);
        QCOMPARE(reply.httpStatus, 200);
        QCOMPARE(reply.contentType, QByteArray("application/timestamp-reply"));
        const TsRespPtr response = parseReply(reply.body);
        QVERIFY(response);
        QCOMPARE(pkiStatus(response.get()), PkiStatusRejection);
        QVERIFY(hasFailInfo(response.get(), failInfo));
        QVERIFY(TS_RESP_get_token(response.get()) == nullptr);
    }

    void answersNonQueriesWithProblem_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("this is not DER at all");
        QTest::newRow("DER, but a certificate") << m_tsa.certificateDer();
        QTest::newRow("query with trailing bytes")
            << toolRequest({QStringLiteral("-sha256")}) + QByteArray(1, '\0');
        QTest::newRow("truncated query") << toolRequest({QStringLiteral("-sha256")}).chopped(1);
        QTest::newRow("at the size limit")
            << QByteArray(TimeStampAuthority::MaxRequestBytes, '\x30');
    }

    void answersNonQueriesWithProblem()
    {
        QFETCH(QByteArray, body);
        const TimeStampAuthority::Reply reply = m_tsa.respond(body);
        QCOMPARE(reply.httpStatus, 400);
        QCOMPARE(reply.contentType, QByteArray("application/problem+json"));
        const QJsonObject problem = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(problem.value("type").toString(),
                 QStringLiteral("https://www.myguichet.lu/api/problems/TSA-001"));
        QCOMPARE(problem.value("code").toString(), QStringLiteral("TSA-001"));
        QCOMPARE(problem.value("status").toInt(), 400);
        QVERIFY(!problem.value("title").toString().isEmpty());
    }

    void refusesOversizedBodies()
    {
        QByteArray body = toolRequest({QStringLiteral("-sha256")});
        body.append(TimeStampAuthority::MaxRequestBytes + 1 - body.size(), '\0');
        const TimeStampAuthority::Reply reply = m_tsa.respond(body);
        QCOMPARE(reply.httpStatus, 413);
        QCOMPARE(reply.contentType, QByteArray("application/problem+json"));
        const QJsonObject problem = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(problem.value("code").toString(), QStringLiteral("REQ-003"));
        QCOMPARE(problem.value("status").toInt(), 413);
        QCOMPARE(problem.value("limit").toInteger(), qint64(TimeStampAuthority::MaxRequestBytes));
    }

    void serialsIncrease()
    {
        const QByteArray request =
            toolRequest({QStringLiteral("-sha256"), QStringLiteral("-cert")});
        std::vector<TsRespPtr> responses;
        for (int i = 0; i < 3; ++i) {
            responses.push_back(grantedReply(request));
            QVERIFY(responses.back());
        }
        // A refusal in between must not disturb the sequence.
        QVERIFY(m_tsa.respond(buildRequest(Sha1Oid, QByteArray(20, 'x'), 5, true)).httpStatus ==
                200);
        responses.push_back(grantedReply(request));
        QVERIFY(responses.back());
        for (std::size_t i = 1; i < responses.size(); ++i) {
            const ASN1_INTEGER* before =
                TS_TST_INFO_get_serial(TS_RESP_get_tst_info(responses.at(i - 1).get()));
            const ASN1_INTEGER* after =
                TS_TST_INFO_get_serial(TS_RESP_get_tst_info(responses.at(i).get()));
            QVERIFY(ASN1_INTEGER_cmp(before, after) < 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestTimeStampAuthority)
#include "tst_tsa.moc"
