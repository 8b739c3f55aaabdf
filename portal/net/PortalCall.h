#pragma once

#include "EtagCache.h"
#include "PortalRequest.h"
#include "ResponseSink.h"
#include "Result.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace guichet::net {

class PortalClient;

// One logical call and its HTTP attempts (internal to PortalClient). It owns the
// decisions taken between attempts: wait and retry, replay after a token refresh,
// restart a download whose range no longer fits, or give up with an Error.
class PortalCall : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<PortalResponse>)>;

    PortalCall(PortalClient& client, PortalRequest request, std::unique_ptr<ResponseSink> sink,
               Done done);
    ~PortalCall() override;

    void start();

private:
    // Why we ended an attempt ourselves (the reply then reports OperationCanceled).
    enum class AbortReason
    {
        None,
        TooLarge,
        Untrusted,
        SinkFailed,
        ConnectTimeout,
    };

    void attempt();
    void onEncrypted();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void abortAttempt(AbortReason reason);
    void onHttpError(const QHash<QByteArray, QByteArray>& headers);
    void onNetworkError();
    void retryOrFail(const Error& error, std::optional<int> retryAfterMs);
    void finish(Result<PortalResponse> result);
    [[nodiscard]] QString what() const;

    PortalClient& m_client;
    PortalRequest m_request;
    std::unique_ptr<ResponseSink> m_sink;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_connectTimer;
    std::optional<EtagCache::Entry> m_cached;
    Error m_sinkError;
    std::optional<Error> m_trustRefusal; // why the peer's chain was refused (pins)
    QString m_errorString;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QByteArray m_errorBody;
    AbortReason m_abort = AbortReason::None;
    qint64 m_received = 0;
    int m_status = 0;
    int m_attempts = 0;
    bool m_began = false;
    bool m_refreshed = false;
    bool m_rangeRestarted = false;
    bool m_finished = false;
};

} // namespace guichet::net
