#pragma once

#include "CardConnection.h"
#include "Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace guichet::pcsc {

// PC/SC part 10 feature tags a reader can announce through CM_IOCTL_GET_FEATURE_REQUEST.
enum class Feature : quint8
{
    VerifyPinStart = 0x01,
    VerifyPinFinish = 0x02,
    ModifyPinStart = 0x03,
    ModifyPinFinish = 0x04,
    GetKeyPressed = 0x05,
    VerifyPinDirect = 0x06,
    ModifyPinDirect = 0x07,
    IfdPinProperties = 0x0A,
    Abort = 0x0B,
    GetTlvProperties = 0x12,
};

// What a reader can do besides exchanging APDUs, with the control code of each feature.
class ReaderFeatures
{
public:
    // Parses the TLV list returned by CM_IOCTL_GET_FEATURE_REQUEST; malformed lists are refused.
    [[nodiscard]] static Result<ReaderFeatures> parse(const QByteArray& tlv);
    // Asks the reader; a reader that does not support the request has no features.
    [[nodiscard]] static Result<ReaderFeatures> query(const CardConnection& connection);

    [[nodiscard]] bool has(Feature feature) const { return m_codes.contains(quint8(feature)); }
    [[nodiscard]] DWORD controlCode(Feature feature) const
    {
        return m_codes.value(quint8(feature));
    }
    [[nodiscard]] bool claimsPinPad() const;
    [[nodiscard]] bool claimsPinPadModify() const;
    // "VerifyPinDirect, IfdPinProperties" — for the diagnostics page.
    [[nodiscard]] QStringList names() const;

private:
    QMap<quint8, DWORD> m_codes;
};

// Readers known to announce a PIN pad they do not have.
[[nodiscard]] bool isFalsePinPadReader(const QString& readerName);

// Whether to send PIN entry to the reader's keypad: it claims one, the claim is
// credible, and the user (or administrator) has not turned PIN-pad use off.
[[nodiscard]] bool usePinPad(const ReaderFeatures& features, const QString& readerName,
                             bool allowedBySettings);

} // namespace guichet::pcsc
