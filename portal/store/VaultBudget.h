#pragma once

#include "Result.h"

namespace guichet::store {

class DocumentCacheTable;
class DocumentVault;

// Keeps the vault under a size budget (bytes on disk, as recorded in the document
// cache). Room is made by evicting the least recently used contents; a pinned
// document or one an unsent outbox entry needs is never evicted.
class VaultBudget
{
public:
    VaultBudget(DocumentCacheTable& cache, DocumentVault& vault, qint64 budgetBytes);

    [[nodiscard]] qint64 budget() const { return m_budget; }
    void setBudget(qint64 bytes) { m_budget = bytes; }

    // Makes room for incomingBytes more. When eviction cannot free enough, nothing
    // is evicted and the answer is VAULT-004.
    [[nodiscard]] Status makeRoom(qint64 incomingBytes);

private:
    DocumentCacheTable& m_cache;
    DocumentVault& m_vault;
    qint64 m_budget;
};

} // namespace guichet::store
