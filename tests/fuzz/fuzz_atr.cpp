// Feeds: a first byte giving the ATR's length n (0-63), the next n bytes as the ATR,
// and the rest as the reader's name (UTF-8), to matchProfile and atrToHex. Why: both
// come from PC/SC, that is from whatever device is plugged in; the match picks PIN
// rules and the PKCS#11 modules to load, so it must stay inside the table's patterns
// and refuse lengths no ISO 7816 card can send.
#include "AtrTable.h"
#include "FuzzSupport.h"
#include "ProfileMatcher.h"

#include <algorithm>

using namespace guichet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::quietQtMessages();
    fuzz::InputReader reader(fuzz::bytes(data, size));
    const int length = reader.byte() % 64;
    QByteArray atr;
    for (int i = 0; i < length && !reader.atEnd(); ++i)
        atr.append(char(reader.byte()));
    const QString readerName = QString::fromUtf8(reader.rest());

    const CardProfile* profile = matchProfile(atr, readerName);
    if (profile) {
        fuzz::check(atr.size() >= qsizetype(MinAtrLength) && atr.size() <= qsizetype(MaxAtrLength),
                    "only ISO 7816 ATR lengths match");
        const bool byReader = std::ranges::any_of(readerNameRules(), [&](const auto& rule) {
            return readerName.contains(
                QLatin1String(rule.nameContains.data(), qsizetype(rule.nameContains.size())),
                Qt::CaseInsensitive);
        });
        const bool byAtr = std::ranges::any_of(atrRules(), [&](const AtrRule& rule) {
            return rule.atr.matches(atr) && &cardProfile(rule.profile) == profile;
        });
        fuzz::check(byReader || byAtr, "a profile comes from a reader name or an ATR rule");
    }
    const QString hex = atrToHex(atr);
    fuzz::check(QByteArray::fromHex(hex.toLatin1()) == atr, "the hex text reads back");
    return 0;
}
