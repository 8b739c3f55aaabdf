#pragma once

// Talks to the simulated portal over real TLS (its CA trusted by configuration, no
// ignored errors) and checks every answer against docs/api/portal.yaml: a response
// the contract does not allow is a test failure, reported by `contractProblems`.
#include "OpenApiContract.h"

#include <QEventLoop>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>

namespace guichet::test {

struct PortalAnswer
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QStringList contractProblems;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QString code() const { return json().value(QStringLiteral("code")).toString(); }
    [[nodiscard]] QByteArray header(const char* lowerCaseName) const
    {
        return headers.value(QByteArray(lowerCaseName));
    }
};

class PortalTestClient
{
public:
    PortalTestClient(QUrl base, const QSslCertificate& portalCa) : m_base(std::move(base))
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.addCaCertificate(portalCa);
    }

    void setAccessToken(const QString& token) { m_token = token; }
    void setLanguage(const QByteArray& language) { m_language = language; }

    // `path` starts with /api/v1. Extra headers as name/value pairs.
    PortalAnswer send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                      const QByteArray& contentType = {},
                      const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        QNetworkRequest request = makeRequest(path, headers);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
        return finish(method, path, reply);
    }

    PortalAnswer get(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        return send("GET", path, {}, {}, headers);
    }

    // A mutation with a fresh Idempotency-Key unless one is given.
    PortalAnswer mutate(const QByteArray& method, const QString& path, const QJsonObject& body,
                        QByteArray key = {})
    {
        if (key.isEmpty())
            key = newKey();
        return send(method, path,
                    body.isEmpty() ? QByteArray()
                                   : QJsonDocument(body).toJson(QJsonDocument::Compact),
                    body.isEmpty() ? QByteArray() : QByteArrayLiteral("application/json"),
                    {{"Idempotency-Key", key}});
    }

    // multipart/form-data; takes ownership of `parts`.
    PortalAnswer postMultipart(const QString& path, QHttpMultiPart* parts, QByteArray key = {})
    {
        if (key.isEmpty())
            key = newKey();
        QNetworkRequest request = makeRequest(path, {{"Idempotency-Key", key}});
        QNetworkReply* reply = m_network.post(request, parts);
        parts->setParent(reply);
        return finish("POST", path, reply);
    }

    static QByteArray newKey() { return QUuid::createUuid().toString(QUuid::Id128).toLatin1(); }

private:
    QNetworkRequest makeRequest(const QString& path,
                                const QList<QPair<QByteArray, QByteArray>>& headers) const
    {
        QUrl url = m_base;
        const qsizetype query = path.indexOf(u'?');
        url.setPath(query < 0 ? path : path.left(query));
        if (query >= 0)
            url.setQuery(path.mid(query + 1), QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setSslConfiguration(m_tls);
        request.setRawHeader("Accept-Language", m_language);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        request.setTransferTimeout(15000);
        return request;
    }

    PortalAnswer finish(const QByteArray& method, const QString& path, QNetworkReply* reply)
    {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        PortalAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.body = reply->readAll();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        answer.contentType = answer.header("content-type");
        reply->deleteLater();
        if (answer.status > 0)
            answer.contractProblems = OpenApiContract::shared().validateResponse(
                QString::fromLatin1(method), path, answer.status, answer.contentType, answer.body);
        return answer;
    }

    QUrl m_base;
    QSslConfiguration m_tls;
    QString m_token;
    QByteArray m_language = "en";
    QNetworkAccessManager m_network;
};

} // namespace guichet::test
