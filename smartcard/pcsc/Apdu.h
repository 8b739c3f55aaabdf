#pragma once

#include "Result.h"

#include <QByteArray>
#include <QtGlobal>

namespace guichet::pcsc {

// An ISO 7816-4 command. Le 0 means no response data expected; 256 (short) or
// 65536 (extended) ask for "as much as there is".
struct CommandApdu
{
    quint8 cla = 0;
    quint8 ins = 0;
    quint8 p1 = 0;
    quint8 p2 = 0;
    QByteArray data;
    int le = 0;

    // Short form when it fits, extended form otherwise.
    [[nodiscard]] QByteArray toBytes() const;
};

// A card's answer: data followed by the status word SW1 SW2.
struct ResponseApdu
{
    QByteArray data;
    quint8 sw1 = 0;
    quint8 sw2 = 0;

    [[nodiscard]] quint16 statusWord() const { return quint16(sw1 << 8 | sw2); }
    [[nodiscard]] bool isSuccess() const { return sw1 == 0x90 && sw2 == 0x00; }

    // Refuses answers shorter than a status word or longer than any card may send.
    [[nodiscard]] static Result<ResponseApdu> parse(const QByteArray& bytes);
};

// The largest answer we accept: 65536 data bytes plus the status word.
inline constexpr int MaxResponseSize = 65536 + 2;

} // namespace guichet::pcsc
