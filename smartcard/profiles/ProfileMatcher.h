#pragma once

#include "CardProfile.h"

#include <QByteArray>
#include <QString>

namespace guichet {

// The profile of the card in a reader, from the reader's name and the card's ATR;
// nullptr for a card no profile describes (or an ATR no ISO 7816 card can send:
// empty, shorter than 2 or longer than 33 bytes).
[[nodiscard]] const CardProfile* matchProfile(const QByteArray& atr, const QString& readerName);

// "3B 8F 80 01 ...", the way pcsc-tools and the help-desk write ATRs.
[[nodiscard]] QString atrToHex(const QByteArray& atr);

} // namespace guichet
