#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>

#include <p11-kit/pkcs11.h>

#include <initializer_list>
#include <optional>

namespace guichet::pkcs11 {

class Session;

// Attribute values of one object, as read in one batch. An attribute the object
// does not have, or keeps secret, is simply absent.
class AttributeSet
{
public:
    [[nodiscard]] std::optional<QByteArray> bytes(CK_ATTRIBUTE_TYPE type) const;
    [[nodiscard]] std::optional<bool> flag(CK_ATTRIBUTE_TYPE type) const;
    [[nodiscard]] std::optional<CK_ULONG> number(CK_ATTRIBUTE_TYPE type) const;

    void set(CK_ATTRIBUTE_TYPE type, QByteArray value) { m_values.insert(type, std::move(value)); }

private:
    QHash<CK_ATTRIBUTE_TYPE, QByteArray> m_values;
};

// Two C_GetAttributeValue calls (lengths, then values) for all types at once: on a
// card every call is a round trip.
[[nodiscard]] Result<AttributeSet> readAttributes(const Session& session, CK_OBJECT_HANDLE object,
                                                  std::initializer_list<CK_ATTRIBUTE_TYPE> types);

} // namespace guichet::pkcs11
