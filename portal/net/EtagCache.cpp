#include "EtagCache.h"

namespace guichet::net {

std::optional<EtagCache::Entry> MemoryEtagCache::lookup(const QUrl& url) const
{
    const auto found = m_entries.constFind(url);
    if (found == m_entries.constEnd())
        return std::nullopt;
    return *found;
}

void MemoryEtagCache::store(const QUrl& url, const QByteArray& etag, const QByteArray& body)
{
    if (const auto old = m_entries.constFind(url); old != m_entries.constEnd()) {
        m_used -= old->body.size();
        m_order.removeOne(url);
    }
    if (body.size() > m_budget) {
        m_entries.remove(url);
        return;
    }
    m_entries.insert(url, {etag, body});
    m_order.append(url);
    m_used += body.size();
    while (m_used > m_budget && !m_order.isEmpty()) {
        const QUrl oldest = m_order.takeFirst();
        m_used -= m_entries.take(oldest).body.size();
    }
}

} // namespace guichet::net
