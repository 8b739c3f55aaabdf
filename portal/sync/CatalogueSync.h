#pragma once

#include "LocalStore.h"
#include "PortalClient.h"

#include <QDateTime>
#include <QObject>

namespace guichet::sync {

// Brings the procedure catalogue of each language up to date:
// GET /catalogue/procedures?updatedSince=<stored>&limit=200, page by page. Each page
// is stored in one transaction; the language's updatedSince moves on only after the
// last page, to the newest updatedAt received (the portal's clock, not ours), so an
// interrupted run repeats at most what it already stored.
class CatalogueSync : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<int>&)>; // procedures stored

    CatalogueSync(net::PortalClient& client, store::LocalStore& store, QObject* parent = nullptr);

    // One run at a time; done is called once, never before run returns.
    void run(const QStringList& languages, Done done);

private:
    void nextLanguage();
    void requestPage(const QString& cursor);
    void finish(const Result<int>& result);

    net::PortalClient& m_client;
    store::LocalStore& m_store;
    QStringList m_languages;
    QString m_language;
    QDateTime m_since;
    QDateTime m_newest;
    int m_stored = 0;
    Done m_done;
};

} // namespace guichet::sync
