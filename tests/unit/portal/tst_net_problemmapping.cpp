// How portal problems and network failures become catalogue errors.
#include "ErrorCodes.h"
#include "ProblemMapping.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace guichet;
using namespace guichet::net;

namespace {

QByteArray problem(const QString& code, int status)
{
    return QJsonDocument(QJsonObject{{"type", "https://www.myguichet.lu/api/problems/" + code},
                                     {"title", "Title of " + code},
                                     {"status", status},
                                     {"code", code},
                                     {"instance", "urn:uuid:1234"}})
        .toJson();
}

const QByteArray ProblemType = "application/problem+json; charset=utf-8";

} // namespace

class TestProblemMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authCodesAreKept()
    {
        const Error error = errorFromStatus(401, ProblemType, problem("AUTH-009", 401), "GET /x");
        QCOMPARE(error.code(), QStringLiteral("AUTH-009"));
        QVERIFY(error.detail().contains(QLatin1String("urn:uuid:1234")));
    }

    void onlyOurCatalogueCodesAreShownAsOurs()
    {
        // A code the catalogue does not have (or text dressed up as one) is the portal's:
        // it stays in the detail, and the person sees our refusal code.
        for (const char* code : {"AUTH-999", "AUTH-001 please call +352 000 000", "AUTH-"}) {
            const Error error = errorFromStatus(401, ProblemType,
                                                problem(QString::fromLatin1(code), 401), "GET /x");
            QCOMPARE(error.code(), QString::fromLatin1(ErrorCode::PortalRequestRefused));
            QVERIFY(error.detail().contains(QString::fromLatin1(code)));
        }
    }

    void otherProblemsBecomeNetCodesWithThePortalsCode()
    {
        Error error = errorFromStatus(500, ProblemType, problem("SRV-001", 500), "GET /x");
        QCOMPARE(error.code(), QString::fromLatin1(ErrorCode::PortalServerError));
        QVERIFY(error.detail().contains(QLatin1String("SRV-001")));
        QVERIFY(error.detail().contains(QLatin1String("Title of SRV-001")));

        error = errorFromStatus(409, ProblemType, problem("IDEM-001", 409), "POST /x");
        QCOMPARE(error.code(), QString::fromLatin1(ErrorCode::PortalRequestRefused));
        QVERIFY(error.detail().contains(QLatin1String("IDEM-001")));

        // An AUTH-looking code in a body that is not problem+json is not trusted.
        error = errorFromStatus(401, "text/html", problem("AUTH-009", 401), "GET /x");
        QCOMPARE(error.code(), QString::fromLatin1(ErrorCode::PortalRequestRefused));
        error = errorFromStatus(502, "text/html", "<html>bad gateway</html>", "GET /x");
        QCOMPARE(error.code(), QString::fromLatin1(ErrorCode::PortalServerError));
    }

    void networkFailures()
    {
        const auto code = [](QNetworkReply::NetworkError error, bool offline = false) {
            return errorFromNetwork(error, "text", offline, "GET /x").code();
        };
        QCOMPARE(code(QNetworkReply::SslHandshakeFailedError),
                 QString::fromLatin1(ErrorCode::PortalTlsFailed));
        QCOMPARE(code(QNetworkReply::TimeoutError), QString::fromLatin1(ErrorCode::PortalTimeout));
        QCOMPARE(code(QNetworkReply::OperationCanceledError),
                 QString::fromLatin1(ErrorCode::PortalTimeout));
        QCOMPARE(code(QNetworkReply::ProxyAuthenticationRequiredError),
                 QString::fromLatin1(ErrorCode::ProxyAuthenticationFailed));
        QCOMPARE(code(QNetworkReply::ConnectionRefusedError),
                 QString::fromLatin1(ErrorCode::PortalUnreachable));
        QCOMPARE(code(QNetworkReply::HostNotFoundError, true),
                 QString::fromLatin1(ErrorCode::PortalOffline));
        for (const auto error :
             {QNetworkReply::ProxyConnectionRefusedError, QNetworkReply::ProxyConnectionClosedError,
              QNetworkReply::ProxyNotFoundError})
            QCOMPARE(code(error), QString::fromLatin1(ErrorCode::ProxyUnreachable));
    }

    void problemCodeNeedsTheProblemMediaType()
    {
        QCOMPARE(problemCode(ProblemType, problem("RES-001", 404)), QStringLiteral("RES-001"));
        QCOMPARE(problemCode("application/json", problem("RES-001", 404)), QString());
    }
};

QTEST_GUILESS_MAIN(TestProblemMapping)
#include "tst_net_problemmapping.moc"
