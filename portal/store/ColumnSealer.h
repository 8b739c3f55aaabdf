#pragma once

#include "FieldCipher.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <memory>

namespace guichet::store {

// The personal columns of a LocalStore (objects.json, the outbox's body, result and
// error detail, an attachment's file name) are written sealed with the identity's
// FieldCipher and opened on read. Until the cipher is given (the key comes from the
// keychain, asynchronously), those columns can be neither written nor read:
// STORE-005. Columns that lists filter and sort on (dates, ids, states, the
// administration's code) stay plain; they say nothing about the person.
//
// A sealed value is bound to its place: the table and column, then the row's key
// (e.g. space, kind and id of an object), so values cannot be swapped between rows.
class ColumnSealer
{
public:
    void setCipher(std::shared_ptr<const FieldCipher> cipher) { m_cipher = std::move(cipher); }
    [[nodiscard]] const std::shared_ptr<const FieldCipher>& cipher() const { return m_cipher; }
    [[nodiscard]] bool isUnlocked() const { return m_cipher != nullptr; }

    [[nodiscard]] Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView place) const;
    [[nodiscard]] Result<QByteArray> open(QByteArrayView sealed, QByteArrayView place) const;

    // "column" then each part of the row's key, separated by a unit separator (no id
    // the portal sends can contain it unnoticed: it only shifts the place, which then
    // fails to authenticate).
    [[nodiscard]] static QByteArray place(const char* column, const QStringList& key);

private:
    std::shared_ptr<const FieldCipher> m_cipher;
};

} // namespace guichet::store
