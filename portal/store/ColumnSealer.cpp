#include "ColumnSealer.h"

#include "ErrorCodes.h"

namespace guichet::store {
namespace {

Error locked()
{
    return Error(ErrorCode::StoreLocked,
                 QStringLiteral("personal columns are sealed and the identity key is not here"));
}

} // namespace

Result<QByteArray> ColumnSealer::seal(QByteArrayView plaintext, QByteArrayView place) const
{
    if (!m_cipher)
        return locked();
    return m_cipher->seal(plaintext, place);
}

Result<QByteArray> ColumnSealer::open(QByteArrayView sealed, QByteArrayView place) const
{
    if (!m_cipher)
        return locked();
    return m_cipher->open(sealed, place);
}

QByteArray ColumnSealer::place(const char* column, const QStringList& key)
{
    QByteArray text(column);
    for (const QString& part : key) {
        text.append('\x1f');
        text.append(part.toUtf8());
    }
    return text;
}

} // namespace guichet::store
