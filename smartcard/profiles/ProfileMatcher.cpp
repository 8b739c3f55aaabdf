#include "ProfileMatcher.h"

#include "AtrTable.h"
#include "ProfilesLogging.h"

#include <algorithm>

namespace guichet {

const CardProfile* matchProfile(const QByteArray& atr, const QString& readerName)
{
    if (atr.size() < static_cast<qsizetype>(MinAtrLength) ||
        atr.size() > static_cast<qsizetype>(MaxAtrLength)) {
        qCDebug(lcProfiles) << "ATR of" << atr.size() << "bytes in" << readerName
                            << "is not an ISO 7816 ATR";
        return nullptr;
    }
    // Checked before the ATR: a reader that only ever holds one device names it better
    // than a chip that other products share.
    for (const ReaderNameRule& rule : readerNameRules()) {
        const QLatin1String name(rule.nameContains.data(),
                                 static_cast<qsizetype>(rule.nameContains.size()));
        if (readerName.contains(name, Qt::CaseInsensitive))
            return &cardProfile(rule.profile);
    }
    const auto matches = [&atr](const AtrPattern& pattern) { return pattern.matches(atr); };
    if (std::ranges::any_of(foreignCardAtrs(), matches)) {
        qCDebug(lcProfiles) << "ATR" << atrToHex(atr) << "is another issuer's card";
        return nullptr;
    }
    for (const AtrRule& rule : atrRules()) {
        if (rule.atr.matches(atr))
            return &cardProfile(rule.profile);
    }
    qCDebug(lcProfiles) << "no profile for ATR" << atrToHex(atr) << "in" << readerName;
    return nullptr;
}

QString atrToHex(const QByteArray& atr)
{
    return QString::fromLatin1(atr.toHex(' ').toUpper());
}

} // namespace guichet
