#include "ReaderFeatures.h"

#include "ErrorCodes.h"

#include "PcscApi.h"

#include <QRegularExpression>

namespace guichet::pcsc {
namespace {

QString featureName(quint8 tag)
{
    switch (Feature(tag)) {
    case Feature::VerifyPinStart:
        return QStringLiteral("VerifyPinStart");
    case Feature::VerifyPinFinish:
        return QStringLiteral("VerifyPinFinish");
    case Feature::ModifyPinStart:
        return QStringLiteral("ModifyPinStart");
    case Feature::ModifyPinFinish:
        return QStringLiteral("ModifyPinFinish");
    case Feature::GetKeyPressed:
        return QStringLiteral("GetKeyPressed");
    case Feature::VerifyPinDirect:
        return QStringLiteral("VerifyPinDirect");
    case Feature::ModifyPinDirect:
        return QStringLiteral("ModifyPinDirect");
    case Feature::IfdPinProperties:
        return QStringLiteral("IfdPinProperties");
    case Feature::Abort:
        return QStringLiteral("Abort");
    case Feature::GetTlvProperties:
        return QStringLiteral("GetTlvProperties");
    }
    return QStringLiteral("Feature0x%1").arg(tag, 2, 16, QLatin1Char('0'));
}

} // namespace

Result<ReaderFeatures> ReaderFeatures::parse(const QByteArray& tlv)
{
    ReaderFeatures features;
    qsizetype i = 0;
    while (i < tlv.size()) {
        if (i + 2 > tlv.size())
            return Error(ErrorCode::UnexpectedCardResponse,
                         QStringLiteral("truncated feature TLV"));
        const quint8 tag = quint8(tlv[i]);
        const quint8 length = quint8(tlv[i + 1]);
        // Every feature value is a 4-byte big-endian control code.
        if (length != 4 || i + 2 + length > tlv.size())
            return Error(ErrorCode::UnexpectedCardResponse,
                         QStringLiteral("bad feature TLV at offset %1").arg(i));
        const auto byte = [&](int k) { return DWORD(quint8(tlv[i + 2 + k])); };
        features.m_codes.insert(tag, byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3));
        i += 2 + length;
    }
    return features;
}

Result<ReaderFeatures> ReaderFeatures::query(const CardConnection& connection)
{
    const Result<QByteArray> answer = connection.control(CM_IOCTL_GET_FEATURE_REQUEST);
    if (!answer) {
        // Many readers do not implement the request at all: that means "no features".
        if (answer.error().code() == QLatin1String(ErrorCode::ReaderError))
            return ReaderFeatures();
        return answer.error();
    }
    return parse(answer.value());
}

bool ReaderFeatures::claimsPinPad() const
{
    return has(Feature::VerifyPinDirect) || has(Feature::VerifyPinStart);
}

bool ReaderFeatures::claimsPinPadModify() const
{
    return has(Feature::ModifyPinDirect) || has(Feature::ModifyPinStart);
}

QStringList ReaderFeatures::names() const
{
    QStringList result;
    for (auto it = m_codes.cbegin(); it != m_codes.cend(); ++it)
        result.append(featureName(it.key()));
    return result;
}

bool isFalsePinPadReader(const QString& readerName)
{
    // HID OMNIKEY 3021/3121 ("3x21") and 6121 answer the feature request with
    // VERIFY_PIN_DIRECT although they have no keypad (reported by OpenSC users).
    static const QRegularExpression pattern(QStringLiteral(R"(OMNIKEY.*\b(3[0-9x]21|6121)\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(readerName).hasMatch();
}

bool usePinPad(const ReaderFeatures& features, const QString& readerName, bool allowedBySettings)
{
    return allowedBySettings && features.claimsPinPad() && !isFalsePinPadReader(readerName);
}

} // namespace guichet::pcsc
