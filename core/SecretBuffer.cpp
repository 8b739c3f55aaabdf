#include "SecretBuffer.h"

#include <QString>

#include <openssl/crypto.h>

#include <cstring>
#include <utility>

namespace guichet {

SecretBuffer::SecretBuffer(std::size_t capacity) : m_bytes(capacity, 0) {}

SecretBuffer::~SecretBuffer()
{
    release();
}

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept
    : m_bytes(std::move(other.m_bytes)), m_size(std::exchange(other.m_size, 0))
{
    // A moved-from vector's storage now belongs to us; nothing to wipe in other.
    other.m_bytes.clear();
}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept
{
    if (this != &other) {
        release();
        m_bytes = std::move(other.m_bytes);
        m_size = std::exchange(other.m_size, 0);
        other.m_bytes.clear();
    }
    return *this;
}

bool SecretBuffer::append(char byte)
{
    if (m_size >= m_bytes.size())
        return false;
    m_bytes[m_size++] = static_cast<unsigned char>(byte);
    return true;
}

void SecretBuffer::removeLast()
{
    if (m_size == 0)
        return;
    --m_size;
    wipe(&m_bytes[m_size], 1);
}

void SecretBuffer::clear()
{
    wipe(m_bytes.data(), m_bytes.size());
    m_size = 0;
}

void SecretBuffer::release()
{
    clear();
    m_bytes.clear();
    m_bytes.shrink_to_fit();
}

SecretBuffer SecretBuffer::fromLatin1(const char* data, std::size_t length, std::size_t capacity)
{
    SecretBuffer buffer(capacity < length ? length : capacity);
    for (std::size_t i = 0; i < length; ++i)
        buffer.append(data[i]);
    return buffer;
}

void SecretBuffer::wipe(void* data, std::size_t length)
{
    if (data == nullptr || length == 0)
        return;
    // OpenSSL's cleanse is written so the compiler cannot drop the stores even when the
    // memory is freed right after, on every platform (core links OpenSSL already).
    OPENSSL_cleanse(data, length);
}

void SecretBuffer::wipe(QString& text)
{
    if (text.isEmpty())
        return;
    // data() detaches, so only our own copy is overwritten; shared copies are the caller's.
    wipe(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace guichet
