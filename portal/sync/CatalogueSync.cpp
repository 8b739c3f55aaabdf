#include "CatalogueSync.h"

#include "RawJsonItems.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace guichet::sync {

CatalogueSync::CatalogueSync(net::PortalClient& client, store::LocalStore& store, QObject* parent)
    : QObject(parent), m_client(client), m_store(store)
{}

void CatalogueSync::run(const QStringList& languages, Done done)
{
    m_codes = languages;
    m_done = std::move(done);
    m_stored = 0;
    QTimer::singleShot(0, this, &CatalogueSync::start);
}

void CatalogueSync::start()
{
    ++m_generation;
    m_languages.clear();
    for (const QString& code : std::as_const(m_codes)) {
        const Result<QDateTime> since = m_store.syncState().catalogueUpdatedSince(code);
        if (!since) {
            finish(since.error());
            return;
        }
        m_languages.append({code, since.value(), since.value()});
    }
    m_running = int(m_languages.size());
    if (m_running == 0) {
        finish(m_stored);
        return;
    }
    for (int index = 0; index < m_languages.size(); ++index)
        requestPage(index, {});
}

void CatalogueSync::requestPage(int index, const QString& cursor)
{
    const Language& language = m_languages.at(index);
    net::PortalRequest request;
    request.path = QStringLiteral("/catalogue/procedures");
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    if (language.since.isValid())
        request.query.addQueryItem(QStringLiteral("updatedSince"),
                                   language.since.toUTC().toString(Qt::ISODate));
    if (!cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), cursor);
    request.headers.append({"Accept-Language", language.code.toLatin1()});
    // The URL is the same for every language: the ETag cache would mix them.
    request.useEtagCache = false;
    const int generation = m_generation;
    m_client.send(std::move(request), this,
                  [this, index, generation](const Result<net::PortalResponse>& answer) {
                      onPage(index, generation, answer);
                  });
}

void CatalogueSync::onPage(int index, int generation, const Result<net::PortalResponse>& answer)
{
    if (generation != m_generation || !m_done)
        return; // the run already ended (another language failed)
    if (!answer) {
        finish(answer.error());
        return;
    }
    const Result<QJsonDocument> json =
        net::PortalClient::jsonOf(answer.value(), QStringLiteral("GET /catalogue/procedures"));
    if (!json) {
        finish(json.error());
        return;
    }
    const QJsonObject page = json.value().object();
    const QString next = page.value(QStringLiteral("nextCursor")).toString();
    if (!next.isEmpty())
        requestPage(index, next); // the portal prepares it while this page is stored
    Language& language = m_languages[index];
    const QJsonArray items = page.value(QStringLiteral("items")).toArray();
    // Stored as the portal wrote them; serialised again only if the page did not split.
    std::optional<QList<QByteArray>> raw =
        rawArrayItems(answer.value().body, QLatin1String("items"));
    if (raw && raw->size() != items.size())
        raw.reset();
    QList<QPair<QByteArray, QJsonObject>> procedures;
    procedures.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject procedure = items.at(i).toObject();
        procedures.append(
            {raw ? raw->at(i) : QJsonDocument(procedure).toJson(QJsonDocument::Compact),
             procedure});
        const QDateTime updated = QDateTime::fromString(
            procedure.value(QStringLiteral("updatedAt")).toString(), Qt::ISODate);
        if (updated.isValid() && (!language.newest.isValid() || updated > language.newest))
            language.newest = updated;
    }
    if (!procedures.isEmpty()) {
        const Result<int> stored = m_store.catalogue().upsert(language.code, procedures);
        if (!stored) {
            finish(stored.error());
            return;
        }
        m_stored += stored.value();
    }
    if (!next.isEmpty())
        return;
    if (language.newest.isValid() && language.newest != language.since) {
        if (Status saved =
                m_store.syncState().setCatalogueUpdatedSince(language.code, language.newest);
            !saved) {
            finish(saved.error());
            return;
        }
    }
    languageDone();
}

void CatalogueSync::languageDone()
{
    if (--m_running == 0)
        finish(m_stored);
}

void CatalogueSync::finish(const Result<int>& result)
{
    ++m_generation; // late answers of this run are ignored
    const Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(result);
}

} // namespace guichet::sync
