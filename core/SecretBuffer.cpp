#include "SecretBuffer.h"

#include <QString>

#include <cstring>
#include <utility>

#if defined(Q_OS_WIN)
#include <windows.h>
#endif

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
#if defined(Q_OS_WIN)
    SecureZeroMemory(data, length);
#else
    // A volatile pointer keeps the stores even when the memory is freed right after.
    volatile unsigned char* p = static_cast<volatile unsigned char*>(data);
    while (length-- > 0)
        *p++ = 0;
    // Compiler barrier: the stores above must happen before anything that follows.
    __asm__ __volatile__("" : : "r"(data) : "memory");
#endif
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
