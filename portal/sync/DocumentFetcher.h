#pragma once

#include "DocumentVault.h"
#include "LocalStore.h"
#include "PortalClient.h"
#include "VaultBudget.h"

#include <QFuture>
#include <QHash>
#include <QObject>

namespace guichet::sync {

// Brings document contents into the encrypted vault: on demand when a document is
// opened, and ahead of time for pinned documents. The download goes to a scratch
// file (resumable, checked against the document's sha256, which is required, and cut
// off at its declared size), is sealed into the vault on a worker thread and the
// scratch file removed; the vault budget makes room first (VAULT-004 when it cannot,
// and nothing is evicted). One download per document at a time; later requests join it.
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
    // Waits for a seal under way (it writes into the vault, which outlives this).
    ~DocumentFetcher() override;

    // The content of a document of the store, from the vault or downloaded now.
    void open(const QString& spaceId, const QString& documentId, Opened done);
    // Downloads every pinned document the vault does not hold; done gets how many.
    void fetchPinned(Done done);

    // Removes the scratch folder and what is in it: partial downloads are plaintext,
    // so none outlives a sign-out or survives to the next start.
    static void removeScratch(const QString& scratchFolder);

private:
    struct Sealed
    {
        QByteArray content;
        qint64 storedBytes = 0;
    };

    void download(const QString& spaceId, const QString& documentId, bool pin, Opened done);
    void finish(const QString& documentId, const Result<QByteArray>& outcome);
    void fetchNextPinned();

    net::PortalClient& m_client;
    store::LocalStore& m_store;
    store::DocumentVault& m_vault;
    store::VaultBudget& m_budget;
    QString m_scratch;

    // Downloads under way, by document id, with everyone waiting for each.
    QHash<QString, QList<Opened>> m_inFlight;
    QList<QFuture<Result<Sealed>>> m_sealing;
    QList<store::StoredObject> m_pinnedQueue;
    int m_pinnedFetched = 0;
    Done m_pinnedDone;
};

} // namespace guichet::sync
