#include "ResponseSink.h"

namespace guichet::net {

Status MemorySink::begin(int status, const QHash<QByteArray, QByteArray>& headers)
{
    Q_UNUSED(status);
    Q_UNUSED(headers);
    m_body.clear();
    return {};
}

Status MemorySink::write(const QByteArray& data)
{
    m_body += data;
    return {};
}

} // namespace guichet::net
