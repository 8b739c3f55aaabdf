#pragma once

#include <QByteArray>
#include <QHash>
#include <QUrl>

#include <optional>

namespace guichet::net {

// Where the client keeps bodies of GET answers under their strong ETag, so a 304
// costs no transfer. The store of a person's space can implement it on disk; the
// client works without one.
class EtagCache
{
public:
    struct Entry
    {
        QByteArray etag;
        QByteArray body;
    };

    virtual ~EtagCache() = default;
    [[nodiscard]] virtual std::optional<Entry> lookup(const QUrl& url) const = 0;
    virtual void store(const QUrl& url, const QByteArray& etag, const QByteArray& body) = 0;
};

// Keeps entries in memory, the oldest dropped past a byte budget.
class MemoryEtagCache final : public EtagCache
{
public:
    explicit MemoryEtagCache(qint64 budgetBytes = 16 * 1024 * 1024) : m_budget(budgetBytes) {}

    [[nodiscard]] std::optional<Entry> lookup(const QUrl& url) const override;
    void store(const QUrl& url, const QByteArray& etag, const QByteArray& body) override;

private:
    qint64 m_budget;
    qint64 m_used = 0;
    QHash<QUrl, Entry> m_entries;
    QList<QUrl> m_order; // oldest first
};

} // namespace guichet::net
