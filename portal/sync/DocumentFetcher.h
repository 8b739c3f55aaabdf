#pragma once

#include "DocumentVault.h"
#include "LocalStore.h"
#include "PortalClient.h"
#include "VaultBudget.h"

#include <QObject>

namespace guichet::sync {

// Brings document contents into the encrypted vault: on demand when a document is
// opened, and ahead of time for pinned documents. The download goes to a scratch
// file (resumable, checked against the document's sha256), is sealed into the vault
// and the scratch file removed; the vault budget makes room first (VAULT-004 when
// it cannot, and nothing is evicted).
class DocumentFetcher : public QObject
{
    Q_OBJECT

public:
    using Opened = std::function<void(const Result<QByteArray>&)>;
    using Done = std::function<void(const Result<int>&)>;

    // scratchFolder: where downloads land before encryption (the identity's folder).
    DocumentFetcher(net::PortalClient& client, store::LocalStore& store,
                    store::DocumentVault& vault, store::VaultBudget& budget, QString scratchFolder,
                    QObject* parent = nullptr);

    // The content of a document of the store, from the vault or downloaded now.
    void open(const QString& spaceId, const QString& documentId, Opened done);
    // Downloads every pinned document the vault does not hold; done gets how many.
    void fetchPinned(Done done);

private:
    void download(const QString& spaceId, const QString& documentId, bool pin, Opened done);
    void fetchNextPinned();

    net::PortalClient& m_client;
    store::LocalStore& m_store;
    store::DocumentVault& m_vault;
    store::VaultBudget& m_budget;
    QString m_scratch;

    QList<store::StoredObject> m_pinnedQueue;
    int m_pinnedFetched = 0;
    Done m_pinnedDone;
};

} // namespace guichet::sync
