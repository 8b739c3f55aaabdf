#include "ResponseSink.h"

namespace guichet::net {

Status MemorySink::begin(int status, const QHash<QByteArray, QByteArray>& headers)
{
    Q_UNUSED(status);
    m_body.clear();
    // One allocation instead of one per chunk (a list page arrives in a dozen). The
    // length was checked against the request's cap before begin() is called.
    bool known = false;
    const qint64 length = headers.value("content-length").toLongLong(&known);
    if (known && length > 0)
        m_body.reserve(length);
    return {};
}

Status MemorySink::write(const QByteArray& data)
{
    m_body += data;
    return {};
}

} // namespace guichet::net
