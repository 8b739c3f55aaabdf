#include "CatalogueSync.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace guichet::sync {

CatalogueSync::CatalogueSync(net::PortalClient& client, store::LocalStore& store, QObject* parent)
    : QObject(parent), m_client(client), m_store(store)
{}

void CatalogueSync::run(const QStringList& languages, Done done)
{
    m_languages = languages;
    m_done = std::move(done);
    m_stored = 0;
    QTimer::singleShot(0, this, &CatalogueSync::nextLanguage);
}

void CatalogueSync::nextLanguage()
{
    if (m_languages.isEmpty()) {
        finish(m_stored);
        return;
    }
    m_language = m_languages.takeFirst();
    const Result<QDateTime> since = m_store.syncState().catalogueUpdatedSince(m_language);
    if (!since) {
        finish(since.error());
        return;
    }
    m_since = since.value();
    m_newest = m_since;
    requestPage({});
}

void CatalogueSync::requestPage(const QString& cursor)
{
    net::PortalRequest request;
    request.path = QStringLiteral("/catalogue/procedures");
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    if (m_since.isValid())
        request.query.addQueryItem(QStringLiteral("updatedSince"),
                                   m_since.toUTC().toString(Qt::ISODate));
    if (!cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), cursor);
    request.headers.append({"Accept-Language", m_language.toLatin1()});
    // The URL is the same for every language: the ETag cache would mix them.
    request.useEtagCache = false;
    const QString what = QStringLiteral("GET /catalogue/procedures");
    m_client.send(
        std::move(request), this, [this, what](const Result<net::PortalResponse>& answer) {
            if (!answer) {
                finish(answer.error());
                return;
            }
            const Result<QJsonDocument> json = net::PortalClient::jsonOf(answer.value(), what);
            if (!json) {
                finish(json.error());
                return;
            }
            const QJsonObject page = json.value().object();
            QList<QByteArray> procedures;
            for (const QJsonValue item : page.value(QStringLiteral("items")).toArray()) {
                const QJsonObject procedure = item.toObject();
                procedures.append(QJsonDocument(procedure).toJson(QJsonDocument::Compact));
                const QDateTime updated = QDateTime::fromString(
                    procedure.value(QStringLiteral("updatedAt")).toString(), Qt::ISODate);
                if (updated.isValid() && (!m_newest.isValid() || updated > m_newest))
                    m_newest = updated;
            }
            if (!procedures.isEmpty()) {
                const Result<int> stored = m_store.catalogue().upsert(m_language, procedures);
                if (!stored) {
                    finish(stored.error());
                    return;
                }
                m_stored += stored.value();
            }
            const QString next = page.value(QStringLiteral("nextCursor")).toString();
            if (!next.isEmpty()) {
                requestPage(next);
                return;
            }
            if (m_newest.isValid() && m_newest != m_since) {
                if (Status saved =
                        m_store.syncState().setCatalogueUpdatedSince(m_language, m_newest);
                    !saved) {
                    finish(saved.error());
                    return;
                }
            }
            nextLanguage();
        });
}

void CatalogueSync::finish(const Result<int>& result)
{
    const Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(result);
}

} // namespace guichet::sync
