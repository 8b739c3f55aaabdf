#include "Pkcs11Attributes.h"

#include "Pkcs11Errors.h"
#include "Pkcs11Session.h"

#include <cstring>
#include <vector>

namespace guichet::pkcs11 {

namespace {

// Per-attribute problems: the module still reports every other attribute.
bool isPartialSuccess(CK_RV rv)
{
    return rv == CKR_OK || rv == CKR_ATTRIBUTE_TYPE_INVALID || rv == CKR_ATTRIBUTE_SENSITIVE ||
           rv == CKR_BUFFER_TOO_SMALL;
}

// No attribute we read comes near this (certificates are a few KB); a larger length
// is a module bug and is treated as absent.
constexpr CK_ULONG maxAttributeLength = 1 << 20;

} // namespace

std::optional<QByteArray> AttributeSet::bytes(CK_ATTRIBUTE_TYPE type) const
{
    const auto it = m_values.constFind(type);
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<bool> AttributeSet::flag(CK_ATTRIBUTE_TYPE type) const
{
    const auto it = m_values.constFind(type);
    if (it == m_values.constEnd() || it->size() != qsizetype(sizeof(CK_BBOOL)))
        return std::nullopt;
    return it->at(0) != 0;
}

std::optional<CK_ULONG> AttributeSet::number(CK_ATTRIBUTE_TYPE type) const
{
    const auto it = m_values.constFind(type);
    if (it == m_values.constEnd() || it->size() != qsizetype(sizeof(CK_ULONG)))
        return std::nullopt;
    CK_ULONG value = 0;
    std::memcpy(&value, it->constData(), sizeof value);
    return value;
}

Result<AttributeSet> readAttributes(const Session& session, CK_OBJECT_HANDLE object,
                                    std::initializer_list<CK_ATTRIBUTE_TYPE> types)
{
    std::vector<CK_ATTRIBUTE> lengths;
    for (CK_ATTRIBUTE_TYPE type : types)
        lengths.push_back(CK_ATTRIBUTE{type, nullptr, CK_UNAVAILABLE_INFORMATION});
    CK_FUNCTION_LIST* functions = session.functions();
    CK_RV rv = functions->C_GetAttributeValue(session.handle(), object, lengths.data(),
                                              CK_ULONG(lengths.size()));
    if (!isPartialSuccess(rv))
        return errorFromCkr(rv, QStringLiteral("C_GetAttributeValue"));

    std::vector<CK_ATTRIBUTE> values;
    std::vector<QByteArray> buffers;
    buffers.reserve(lengths.size());
    for (const CK_ATTRIBUTE& attribute : lengths) {
        if (attribute.ulValueLen == CK_UNAVAILABLE_INFORMATION ||
            attribute.ulValueLen > maxAttributeLength)
            continue;
        buffers.emplace_back(qsizetype(attribute.ulValueLen), '\0');
        values.push_back(CK_ATTRIBUTE{attribute.type, buffers.back().data(), attribute.ulValueLen});
    }
    AttributeSet set;
    if (values.empty())
        return set;
    rv = functions->C_GetAttributeValue(session.handle(), object, values.data(),
                                        CK_ULONG(values.size()));
    if (!isPartialSuccess(rv))
        return errorFromCkr(rv, QStringLiteral("C_GetAttributeValue"));
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i].ulValueLen == CK_UNAVAILABLE_INFORMATION ||
            values[i].ulValueLen > CK_ULONG(buffers[i].size()))
            continue;
        buffers[i].truncate(qsizetype(values[i].ulValueLen));
        set.set(values[i].type, std::move(buffers[i]));
    }
    return set;
}

} // namespace guichet::pkcs11
