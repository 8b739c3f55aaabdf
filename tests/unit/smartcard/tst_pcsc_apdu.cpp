#include "Apdu.h"
#include "ErrorCodes.h"
#include "PcscErrors.h"

#include <QSet>
#include <QTest>

using namespace guichet;
using namespace guichet::pcsc;

class TestApdu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesShortAndExtendedForms()
    {
        QCOMPARE((CommandApdu{0x00, 0xA4, 0x04, 0x00, QByteArray::fromHex("A000000308"), 0})
                     .toBytes()
                     .toHex(),
                 QByteArray("00a4040005a000000308"));
        QCOMPARE((CommandApdu{0x00, 0xB0, 0, 0, {}, 256}).toBytes().toHex(),
                 QByteArray("00b0000000"));
        QCOMPARE((CommandApdu{0x00, 0xB0, 0, 0, {}, 16}).toBytes().toHex(),
                 QByteArray("00b0000010"));
        const QByteArray big(300, '\x11');
        const QByteArray extended = CommandApdu{0x00, 0x2A, 0x9E, 0x9A, big, 65536}.toBytes();
        QCOMPARE(extended.left(7).toHex(), QByteArray("002a9e9a00012c"));
        QCOMPARE(extended.size(), 4 + 3 + 300 + 2);
        QCOMPARE(extended.right(2).toHex(), QByteArray("0000"));
    }

    void parsesResponses()
    {
        const auto ok = ResponseApdu::parse(QByteArray::fromHex("0102039000"));
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().data.toHex(), QByteArray("010203"));
        QVERIFY(ok.value().isSuccess());
        QCOMPARE(ok.value().statusWord(), quint16(0x9000));
        const auto wrong = ResponseApdu::parse(QByteArray::fromHex("63C2"));
        QCOMPARE(wrong.value().statusWord(), quint16(0x63C2));
    }

    void refusesMalformedResponses()
    {
        for (const QByteArray& bad :
             {QByteArray(), QByteArray::fromHex("90"), QByteArray(MaxResponseSize + 1, '\0')}) {
            const auto parsed = ResponseApdu::parse(bad);
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().code(), QLatin1String(ErrorCode::UnexpectedCardResponse));
        }
    }

    void mapsEveryPcscCode()
    {
        const QList<LONG> codes{LONG(SCARD_E_NO_SERVICE),
                                LONG(SCARD_E_SERVICE_STOPPED),
                                LONG(SCARD_E_NO_READERS_AVAILABLE),
                                LONG(SCARD_E_NO_SMARTCARD),
                                LONG(SCARD_W_REMOVED_CARD),
                                LONG(SCARD_E_SHARING_VIOLATION),
                                LONG(SCARD_W_UNRESPONSIVE_CARD),
                                LONG(SCARD_E_READER_UNAVAILABLE),
                                LONG(SCARD_E_CANCELLED),
                                LONG(SCARD_E_TIMEOUT)};
        const QStringList expected{"CARD-001", "CARD-001", "CARD-002", "CARD-003", "CARD-004",
                                   "CARD-006", "CARD-007", "CARD-008", "CARD-010", "CARD-011"};
        for (int i = 0; i < codes.size(); ++i) {
            const Error error = errorFromPcsc(codes[i], "SCardTest");
            QCOMPARE(error.code(), expected[i]);
            QVERIFY(error.detail().startsWith(QStringLiteral("SCardTest: SCARD_")));
        }
        const Error unknown = errorFromPcsc(LONG(0x80109999), "SCardX");
        QCOMPARE(unknown.code(), QLatin1String(ErrorCode::ReaderError));
        QVERIFY2(unknown.detail().contains(QStringLiteral("0x80109999")),
                 qPrintable(unknown.detail()));
        QVERIFY(isServiceGone(LONG(SCARD_E_NO_SERVICE)));
        QVERIFY(!isServiceGone(LONG(SCARD_W_REMOVED_CARD)));
    }
};

QTEST_GUILESS_MAIN(TestApdu)
#include "tst_pcsc_apdu.moc"
