#include "CatalogueSync.h"

#include "RawJsonItems.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace guichet::sync {

CatalogueSync::CatalogueSync(net::PortalClient& client, store::LocalStore& store,
                             store::StoreWriter& writer, QObject* parent)
    : QObject(parent), m_client(client), m_store(store), m_writer(writer), m_lane(writer.newLane())
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
    m_writer.resetLane(m_lane);
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
        auto stored = std::make_shared<int>(0);
        m_writer.post(
            m_lane,
            [code = language.code, procedures = std::move(procedures),
             stored](store::LocalStore& store) -> Status {
                const Result<int> written = store.catalogue().upsert(code, procedures);
                if (!written)
                    return written.error();
                *stored = written.value();
                return {};
            },
            this,
            [this, generation, stored](const Status& status) {
                if (generation != m_generation || !m_done)
                    return;
                if (!status) {
                    finish(status.error());
                    return;
                }
                m_stored += *stored;
            });
    }
    if (!next.isEmpty())
        return;
    // After the language's pages (same lane, in order): a failed page skips it.
    const bool moved = language.newest.isValid() && language.newest != language.since;
    m_writer.post(
        m_lane,
        [code = language.code, newest = language.newest, moved](store::LocalStore& store) {
            return moved ? store.syncState().setCatalogueUpdatedSince(code, newest) : Status();
        },
        this,
        [this, generation](const Status& saved) {
            if (generation != m_generation || !m_done)
                return;
            if (!saved) {
                finish(saved.error());
                return;
            }
            languageDone();
        });
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
