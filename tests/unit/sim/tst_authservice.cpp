#include "AuthService.h"
#include "EcdsaEncoding.h"
#include "ScriptedPinPrompt.h"
#include "SimulatedToken.h"

#include <QJsonObject>
#include <QTest>

using namespace guichet;
using guichet::sim::AuthService;
using guichet::sim::SimulatedToken;

namespace {

const QString Origin = QStringLiteral("https://127.0.0.1:8443");

QJsonObject tokenRequest(SimulatedToken& token, const QString& nonce, const QString& origin)
{
    ScriptedPinPrompt prompt;
    prompt.answer(QStringLiteral("123456"));
    const QByteArray keyId(SimulatedToken::AuthenticationKeyId);
    const auto signature = token.sign(QLatin1String(SimulatedToken::TokenId), keyId,
                                      SignatureAlgorithm::Ecdsa, DigestAlgorithm::Sha256,
                                      AuthService::signedValue(origin, nonce, "ES256"), prompt);
    return {{"certificate",
             QString::fromLatin1(token.tokens().first().certificates.first().der.toBase64())},
            {"algorithm", "ES256"},
            {"signature",
             QString::fromLatin1(
                 ecdsaDerToRaw(signature.value(), token.tokens().first().certificates.first().der)
                     .toBase64())},
            {"nonce", nonce},
            {"origin", origin}};
}

} // namespace

class TestAuthService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noncesAreRandomAndLongEnough()
    {
        SimulatedToken token;
        AuthService auth(Origin, {token.pki().caCertificateDer()});
        const QString a = auth.challenge().body.value("nonce").toString();
        const QString b = auth.challenge().body.value("nonce").toString();
        QVERIFY(a != b);
        QVERIFY(QByteArray::fromBase64(a.toLatin1(), QByteArray::Base64UrlEncoding).size() >= 32);
    }

    void aNonceIsUsedOnce()
    {
        SimulatedToken token;
        AuthService auth(Origin, {token.pki().caCertificateDer()});
        const QString nonce = auth.challenge().body.value("nonce").toString();
        const QJsonObject request = tokenRequest(token, nonce, Origin);
        QCOMPARE(auth.token(request).status, 200);
        const auto replay = auth.token(request);
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.body.value("code").toString(), QStringLiteral("AUTH-005"));
    }

    void anExpiredNonceIsRefused()
    {
        SimulatedToken token;
        AuthService auth(Origin, {token.pki().caCertificateDer()});
        QDateTime now = QDateTime::currentDateTimeUtc();
        auth.setClock([&] { return now; });
        const QString nonce = auth.challenge().body.value("nonce").toString();
        now = now.addSecs(AuthService::NonceLifetimeSeconds + 1);
        const auto reply = auth.token(tokenRequest(token, nonce, Origin));
        QCOMPARE(reply.body.value("code").toString(), QStringLiteral("AUTH-006"));
    }

    void certificateDatesAreCheckedOnTheServerClock()
    {
        SimulatedToken token;
        AuthService auth(Origin, {token.pki().caCertificateDer()});
        QDateTime now = QDateTime::currentDateTimeUtc().addYears(10);
        auth.setClock([&] { return now; });
        QString nonce = auth.challenge().body.value("nonce").toString();
        QCOMPARE(auth.token(tokenRequest(token, nonce, Origin)).body.value("code").toString(),
                 QStringLiteral("AUTH-001"));
        now = QDateTime::currentDateTimeUtc().addDays(-30);
        nonce = auth.challenge().body.value("nonce").toString();
        QCOMPARE(auth.token(tokenRequest(token, nonce, Origin)).body.value("code").toString(),
                 QStringLiteral("AUTH-002"));
    }

    // The test vector of docs/api/portal.yaml.
    void signedValueFollowsTheContract()
    {
        const QString origin = QStringLiteral("https://www.myguichet.lu");
        const QString nonce = QStringLiteral("jywankt9A_ahxY6S1At_PmFanC2OB7Txk2osXY4fC0c");
        QCOMPARE(AuthService::signedValue(origin, nonce, "ES256").toHex(),
                 QByteArray("3e07c02400039202c6a4e6f3ba81f5850e75d2ee13e82f42ff981a36b0bb6329"));
        QCOMPARE(AuthService::signedValue(origin, nonce, "PS384").toHex(),
                 QByteArray("d93935d237ffaafa76169c454b6f717c01836c918112fe8c0b532cb70fcfbe92a80d"
                            "1397d19f1d35458ef16479af01b5"));
    }

    void algorithmMustFitTheKey()
    {
        SimulatedToken token;
        AuthService auth(Origin, {token.pki().caCertificateDer()});
        const QString nonce = auth.challenge().body.value("nonce").toString();
        QJsonObject request = tokenRequest(token, nonce, Origin);
        request.insert("algorithm", "RS256");
        QCOMPARE(auth.token(request).body.value("code").toString(), QStringLiteral("AUTH-011"));
    }

    void identityIsAPseudonym()
    {
        SimulatedToken token;
        AuthService auth(Origin, {token.pki().caCertificateDer()});
        const QString nonce = auth.challenge().body.value("nonce").toString();
        const auto reply = auth.token(tokenRequest(token, nonce, Origin));
        const QJsonObject identity = reply.body.value("identity").toObject();
        QVERIFY(identity.value("id").toString().startsWith(QStringLiteral("id-")));
        QCOMPARE(identity.value("nationalNumberMasked").toString(),
                 QStringLiteral("1985••••••399"));
        QCOMPARE(reply.holderNumber, QStringLiteral("1985021412399"));
    }

    void incompleteRequestsAreBadRequests()
    {
        SimulatedToken token;
        AuthService auth(Origin, {token.pki().caCertificateDer()});
        const auto reply = auth.token({{"nonce", "x"}, {"algorithm", "HS256"}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.body.value("code").toString(), QStringLiteral("REQ-001"));
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
