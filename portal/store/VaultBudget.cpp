#include "VaultBudget.h"

#include "DocumentCacheTable.h"
#include "DocumentVault.h"
#include "ErrorCodes.h"

namespace guichet::store {

VaultBudget::VaultBudget(DocumentCacheTable& cache, DocumentVault& vault, qint64 budgetBytes)
    : m_cache(cache), m_vault(vault), m_budget(budgetBytes)
{}

Status VaultBudget::makeRoom(qint64 incomingBytes)
{
    const Result<qint64> used = m_cache.storedBytes();
    if (!used)
        return used.error();
    qint64 excess = used.value() + incomingBytes - m_budget;
    if (excess <= 0)
        return {};
    const Result<QList<CachedDocument>> candidates = m_cache.evictionCandidates();
    if (!candidates)
        return candidates.error();

    // Choose first, evict after: a budget that cannot be met must not cost the
    // person their cached documents for nothing.
    QList<QString> chosen;
    qint64 freed = 0;
    for (const CachedDocument& document : candidates.value()) {
        if (freed >= excess)
            break;
        chosen.append(document.documentId);
        freed += document.storedBytes;
    }
    if (freed < excess)
        return Error(ErrorCode::VaultBudgetFull,
                     QStringLiteral("need %1 bytes more than the budget of %2; only %3 evictable")
                         .arg(excess)
                         .arg(m_budget)
                         .arg(freed));
    for (const QString& documentId : chosen) {
        // The file goes first: an index row without its file is harmless (it is
        // fetched again), a file without its row would never be counted.
        if (Status status = m_vault.remove(documentId); !status)
            return status;
        if (Status status = m_cache.remove(documentId); !status)
            return status;
    }
    return {};
}

} // namespace guichet::store
