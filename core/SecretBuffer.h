#pragma once

#include <QtGlobal>

#include <cstddef>
#include <span>
#include <vector>

class QDebug;
class QString;

namespace guichet {

// Bytes that must not outlive their use (a PIN, a session key). The memory is
// overwritten when the buffer is cleared, moved from or destroyed, and is never
// copied implicitly. There is deliberately no way to print it or to turn it
// into a QString: the only way out is an explicit span for the one call that needs it.
class SecretBuffer
{
public:
    SecretBuffer() = default;
    explicit SecretBuffer(std::size_t capacity);
    ~SecretBuffer();

    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;
    SecretBuffer(SecretBuffer&& other) noexcept;
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;

    // Appends one byte; returns false (and appends nothing) when the capacity is reached.
    bool append(char byte);
    // Removes the last byte, wiping it.
    void removeLast();
    void clear();

    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] std::size_t capacity() const { return m_bytes.size(); }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] std::span<const unsigned char> bytes() const { return {m_bytes.data(), m_size}; }

    // Copies text (ASCII digits for a PIN) into a new buffer and wipes nothing else:
    // callers are expected to wipe their own copy of text right after.
    [[nodiscard]] static SecretBuffer fromLatin1(const char* data, std::size_t length,
                                                 std::size_t capacity);

    // Overwrites memory in a way the compiler may not optimise away.
    static void wipe(void* data, std::size_t length);
    // Wipes a QString's characters in place (for text fields that held a secret).
    static void wipe(QString& text);

private:
    void release();

    // Fixed capacity: the storage never reallocates, so no copy is left behind.
    std::vector<unsigned char> m_bytes;
    std::size_t m_size = 0;
};

// Printing a secret is a compile error.
QDebug operator<<(QDebug, const SecretBuffer&) = delete;

} // namespace guichet
