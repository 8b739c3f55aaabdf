#include "ErrorCodes.h"
#include "ReaderFeatures.h"
#include "ScriptedPcsc.h"

#include <QTest>

#include <PCSC/reader.h>

using namespace guichet;
using namespace guichet::pcsc;
using guichet::sim::Call;
using guichet::sim::ScriptedPcsc;

class TestFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheFeatureList()
    {
        // VERIFY_PIN_DIRECT, MODIFY_PIN_DIRECT, IFD_PIN_PROPERTIES as a CCID reader lists them.
        const auto features = ReaderFeatures::parse(QByteArray::fromHex("060442330006070442330007"
                                                                        "0a0442330012"));
        QVERIFY(features.ok());
        QVERIFY(features.value().has(Feature::VerifyPinDirect));
        QCOMPARE(features.value().controlCode(Feature::VerifyPinDirect), DWORD(0x42330006));
        QVERIFY(features.value().claimsPinPad());
        QVERIFY(features.value().claimsPinPadModify());
        QCOMPARE(features.value().names(),
                 (QStringList{"VerifyPinDirect", "ModifyPinDirect", "IfdPinProperties"}));
        QVERIFY(!ReaderFeatures::parse({}).value().claimsPinPad());
    }

    void refusesMalformedLists()
    {
        for (const char* bad : {"06", "060442", "0603423300", "06044233000607"}) {
            const auto parsed = ReaderFeatures::parse(QByteArray::fromHex(bad));
            QVERIFY2(!parsed.ok(), bad);
            QCOMPARE(parsed.error().code(), QLatin1String(ErrorCode::UnexpectedCardResponse));
        }
    }

    void queriesTheReader()
    {
        ScriptedPcsc api;
        api.expectControl(CM_IOCTL_GET_FEATURE_REQUEST, {}, QByteArray::fromHex("0604420000aa"));
        auto context = PcscContext::establish(api);
        auto connection = CardConnection::connect(context.value(), QStringLiteral("Pad"));
        const auto features = ReaderFeatures::query(connection.value());
        QVERIFY2(features.ok(), qPrintable(api.mismatches().join(QLatin1Char(' '))));
        QCOMPARE(features.value().controlCode(Feature::VerifyPinDirect), DWORD(0x420000aa));
    }

    void readerWithoutFeatureSupportHasNone()
    {
        ScriptedPcsc api;
        auto context = PcscContext::establish(api);
        auto connection = CardConnection::connect(context.value(), QStringLiteral("Plain"));
        api.failNext(Call::Control, LONG(SCARD_E_UNSUPPORTED_FEATURE));
        const auto features = ReaderFeatures::query(connection.value());
        QVERIFY(features.ok());
        QVERIFY(!features.value().claimsPinPad());
        // A card pulled out is not "no features": it is reported.
        api.failNext(Call::Control, LONG(SCARD_W_REMOVED_CARD));
        QCOMPARE(ReaderFeatures::query(connection.value()).error().code(),
                 QLatin1String(ErrorCode::CardRemoved));
    }

    void falsePinPadClaimsAreIgnored()
    {
        const auto pad = ReaderFeatures::parse(QByteArray::fromHex("060442330006")).value();
        QVERIFY(usePinPad(pad, QStringLiteral("REINER SCT cyberJack RFID komfort"), true));
        QVERIFY(!usePinPad(pad, QStringLiteral("REINER SCT cyberJack RFID komfort"), false));
        QVERIFY(
            !usePinPad(pad, QStringLiteral("HID Global OMNIKEY 3x21 Smart Card Reader 0"), true));
        QVERIFY(!usePinPad(pad, QStringLiteral("HID OMNIKEY 3121 USB 00 00"), true));
        QVERIFY(!usePinPad(pad, QStringLiteral("HID Global OMNIKEY 6121 Smart Card Reader"), true));
        QVERIFY(isFalsePinPadReader(QStringLiteral("OMNIKEY 3021")));
        QVERIFY(!isFalsePinPadReader(QStringLiteral("HID Global OMNIKEY 5422 Smartcard Reader")));
        const auto none = ReaderFeatures::parse({}).value();
        QVERIFY(!usePinPad(none, QStringLiteral("Gemalto PC Pinpad"), true));
    }
};

QTEST_GUILESS_MAIN(TestFeatures)
#include "tst_pcsc_features.moc"
