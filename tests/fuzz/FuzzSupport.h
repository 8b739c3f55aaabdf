#pragma once

// Shared by the fuzz targets of tests/fuzz (docs/fuzzing.md): the input as Qt bytes,
// Qt's messages kept quiet, a check that stops the run, and a reader that cuts one
// input into the several values some targets need.
#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace guichet::fuzz {

// The fuzzer's bytes without a copy, valid for the call. Deliberately not followed by
// a NUL: a parser that reads past the end is caught by AddressSanitizer.
inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

// The parsers log what they refuse (qCWarning, qCDebug); at thousands of inputs a
// second that only slows the fuzzer down. Fatal messages still print and abort.
inline void quietQtMessages()
{
    static const bool installed = [] {
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& text) {
            if (type == QtFatalMsg) {
                std::fprintf(stderr, "qFatal: %s\n", qPrintable(text));
                std::abort();
            }
        });
        return true;
    }();
    (void)installed;
}

// A property of the parser that must hold for every input. Unlike Q_ASSERT it is also
// checked in the optimised replay build (tests/fuzz/CMakeLists.txt).
inline void check(bool holds, const char* property)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz check failed: %s\n", property);
        std::abort();
    }
}

// Cuts one fuzz input into several values. Every read succeeds (with fewer or no bytes
// at the end of the input), so any input is a valid test case.
class InputReader
{
public:
    explicit InputReader(QByteArray input) : m_input(std::move(input)) {}

    [[nodiscard]] bool atEnd() const { return m_position >= m_input.size(); }

    [[nodiscard]] quint8 byte() { return atEnd() ? 0 : quint8(m_input.at(m_position++)); }

    // The bytes up to the next '\n' (not included), or to the end.
    [[nodiscard]] QByteArray line()
    {
        qsizetype end = m_input.indexOf('\n', m_position);
        if (end < 0)
            end = m_input.size();
        const QByteArray text = m_input.mid(m_position, end - m_position);
        m_position = end + 1;
        return text;
    }

    // A record: two bytes of big-endian length, then that many bytes (or what is left).
    [[nodiscard]] QByteArray record()
    {
        const qsizetype length = qsizetype(byte()) << 8 | byte();
        const QByteArray value = m_input.mid(m_position, length);
        m_position += value.size();
        return value;
    }

    [[nodiscard]] QByteArray rest()
    {
        const QByteArray value = atEnd() ? QByteArray() : m_input.mid(m_position);
        m_position = m_input.size();
        return value;
    }

private:
    QByteArray m_input;
    qsizetype m_position = 0;
};

} // namespace guichet::fuzz
