#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

#include <functional>
#include <optional>

namespace guichet::net {

// When and how long to wait before repeating a call. Only calls that are safe to
// repeat are retried: GET/HEAD, and mutations that carry an Idempotency-Key (the
// portal answers a repeat with the first result). Delays use exponential backoff
// with "full jitter" (a uniform pick in [0, min(cap, base * 2^n)]) so many clients
// coming back after an outage do not hit the portal in step.
struct RetryPolicy
{
    int maxAttempts = 4; // first try included
    int baseDelayMs = 500;
    int maxDelayMs = 30'000;
    int maxRetryAfterMs = 120'000; // a longer Retry-After is reported, not waited for
    // Uniform in [0, 1); tests inject a fixed sequence. Empty = QRandomGenerator.
    std::function<double()> random;

    // Delay before retry number `retry` (1 = the first repeat).
    [[nodiscard]] int backoffDelayMs(int retry) const;
    // The backoff delay, raised to what the server asked for in Retry-After.
    // nullopt = the server asks for longer than maxRetryAfterMs: give up now.
    [[nodiscard]] std::optional<int> delayMs(int retry, std::optional<int> retryAfterMs) const;

    [[nodiscard]] static bool isIdempotent(const QByteArray& method, bool hasIdempotencyKey);
    // 408, 429 and 5xx answers may succeed later; any other 4xx will not.
    [[nodiscard]] static bool isRetriableStatus(int status);
    // Connection-level failures that a new attempt may overcome (not TLS, not a cap).
    [[nodiscard]] static bool isRetriableNetworkError(QNetworkReply::NetworkError error);
    // Retry-After as delta-seconds or an HTTP-date, in milliseconds from `now`.
    [[nodiscard]] static std::optional<int> parseRetryAfter(const QByteArray& value,
                                                            const QDateTime& now);
};

} // namespace guichet::net
