// The retry schedule with an injected random source: exact delays, no waiting.
#include "RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

using guichet::net::RetryPolicy;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffDoublesUpToTheCap()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        policy.random = [] { return 0.999999; }; // the top of each jitter window
        QCOMPARE(policy.backoffDelayMs(1), 99);
        QCOMPARE(policy.backoffDelayMs(2), 199);
        QCOMPARE(policy.backoffDelayMs(3), 399);
        QCOMPARE(policy.backoffDelayMs(4), 799);
        QCOMPARE(policy.backoffDelayMs(5), 999);
        QCOMPARE(policy.backoffDelayMs(40), 999);
    }

    void fullJitterSpansTheWholeWindow()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 200;
        double pick = 0.0;
        policy.random = [&pick] { return pick; };
        QCOMPARE(policy.backoffDelayMs(3), 0);
        pick = 0.5;
        QCOMPARE(policy.backoffDelayMs(3), 400);
        pick = 0.25;
        QCOMPARE(policy.backoffDelayMs(1), 50);
        // Without an injected source the pick stays inside the window.
        policy.random = {};
        for (int i = 0; i < 100; ++i)
            QVERIFY(policy.backoffDelayMs(2) >= 0 && policy.backoffDelayMs(2) < 400);
    }

    void retryAfterRaisesTheDelayWithinALimit()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxRetryAfterMs = 10'000;
        policy.random = [] { return 0.5; };
        QCOMPARE(policy.delayMs(1, std::nullopt), std::optional<int>(50));
        QCOMPARE(policy.delayMs(1, 2000), std::optional<int>(2000));
        QCOMPARE(policy.delayMs(1, 10), std::optional<int>(50));
        QCOMPARE(policy.delayMs(1, 60'000), std::nullopt);
    }

    void retryAfterIsReadInBothForms()
    {
        const QDateTime now(QDate(2025, 3, 14), QTime(9, 30), QTimeZone::utc());
        QCOMPARE(RetryPolicy::parseRetryAfter("1", now), std::optional<int>(1000));
        QCOMPARE(RetryPolicy::parseRetryAfter(" 120 ", now), std::optional<int>(120'000));
        QCOMPARE(RetryPolicy::parseRetryAfter("Fri, 14 Mar 2025 09:30:05 GMT", now),
                 std::optional<int>(5000));
        QCOMPARE(RetryPolicy::parseRetryAfter("Fri, 14 Mar 2025 09:00:00 GMT", now),
                 std::optional<int>(0));
        QCOMPARE(RetryPolicy::parseRetryAfter("soon", now), std::nullopt);
        QCOMPARE(RetryPolicy::parseRetryAfter("", now), std::nullopt);
    }

    void onlySafeCallsAndPassingFailuresAreRetried()
    {
        QVERIFY(RetryPolicy::isIdempotent("GET", false));
        QVERIFY(RetryPolicy::isIdempotent("HEAD", false));
        QVERIFY(!RetryPolicy::isIdempotent("POST", false));
        QVERIFY(RetryPolicy::isIdempotent("POST", true));
        QVERIFY(RetryPolicy::isIdempotent("DELETE", true));

        for (const int status : {408, 429, 500, 502, 503, 504})
            QVERIFY2(RetryPolicy::isRetriableStatus(status), qPrintable(QString::number(status)));
        for (const int status : {400, 401, 403, 404, 409, 410, 413, 415, 416, 422})
            QVERIFY2(!RetryPolicy::isRetriableStatus(status), qPrintable(QString::number(status)));

        QVERIFY(RetryPolicy::isRetriableNetworkError(QNetworkReply::RemoteHostClosedError));
        QVERIFY(RetryPolicy::isRetriableNetworkError(QNetworkReply::ConnectionRefusedError));
        QVERIFY(!RetryPolicy::isRetriableNetworkError(QNetworkReply::SslHandshakeFailedError));
        QVERIFY(
            !RetryPolicy::isRetriableNetworkError(QNetworkReply::ProxyAuthenticationRequiredError));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_net_retrypolicy.moc"
