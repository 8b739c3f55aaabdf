#include "ErrorCodes.h"
#include "PinPad.h"
#include "ScriptedPcsc.h"

#include <QTest>

using namespace guichet;
using namespace guichet::pcsc;
using guichet::sim::ScriptedPcsc;

namespace {

PinPadRequest pivVerify()
{
    PinPadRequest request;
    request.verify = {0x00, 0x20, 0x00, 0x80, {}, 0};
    request.minLength = 6;
    request.maxLength = 8;
    request.timeoutSeconds = 30;
    return request;
}

ReaderFeatures padFeatures()
{
    return ReaderFeatures::parse(QByteArray::fromHex("060442330006")).value();
}

} // namespace

class TestPinPad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsTheVerifyStructure()
    {
        const QByteArray s = buildVerifyStructure(pivVerify());
        QCOMPARE(quint8(s[0]), quint8(30));   // bTimerOut
        QCOMPARE(quint8(s[2]), quint8(0x82)); // byte units, ASCII
        QCOMPARE(quint8(s[3]), quint8(0x08)); // 8-byte PIN block
        QCOMPARE(quint8(s[5]), quint8(8));    // wPINMaxExtraDigit, little-endian: max
        QCOMPARE(quint8(s[6]), quint8(6));    // then min
        QCOMPARE(quint8(s[7]), quint8(0x02)); // validation key
        // ulDataLength then the APDU the reader completes.
        QCOMPARE(s.mid(15, 4).toHex(), QByteArray("0d000000"));
        QCOMPARE(s.mid(19).toHex(), QByteArray("0020008008ffffffffffffffff"));
        QCOMPARE(s.size(), 19 + 13);
    }

    void verifiedOnTheKeypad_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("verified");
        QTest::addColumn<int>("triesLeft");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("right PIN") << QByteArray::fromHex("9000") << true << -1 << QString();
        QTest::newRow("wrong PIN") << QByteArray::fromHex("63c2") << false << 2 << QString();
        QTest::newRow("blocked") << QByteArray::fromHex("6983") << false << 0 << "P11-005";
        QTest::newRow("timeout") << QByteArray::fromHex("6400") << false << 0 << "CARD-011";
        QTest::newRow("cancel") << QByteArray::fromHex("6401") << false << 0 << "CARD-010";
        QTest::newRow("refused") << QByteArray::fromHex("6b80") << false << 0 << "CARD-013";
        QTest::newRow("odd") << QByteArray::fromHex("6f00") << false << 0 << "CARD-009";
        QTest::newRow("malformed") << QByteArray::fromHex("90") << false << 0 << "CARD-009";
    }

    void verifiedOnTheKeypad()
    {
        QFETCH(QByteArray, answer);
        QFETCH(bool, verified);
        QFETCH(int, triesLeft);
        QFETCH(QString, errorCode);
        ScriptedPcsc api;
        api.expectControl(0x42330006, buildVerifyStructure(pivVerify()), answer);
        auto context = PcscContext::establish(api);
        auto connection = CardConnection::connect(context.value(), QStringLiteral("Pad"));
        const auto outcome = verifyOnPinPad(connection.value(), padFeatures(), pivVerify());
        QVERIFY(api.mismatches().isEmpty());
        if (errorCode.isEmpty()) {
            QVERIFY(outcome.ok());
            QCOMPARE(outcome.value().verified, verified);
            QCOMPARE(outcome.value().triesLeft, triesLeft);
        } else {
            QCOMPARE(outcome.error().code(), errorCode);
        }
    }

    void readerWithoutKeypadIsRefusedBeforeAnyCall()
    {
        ScriptedPcsc api;
        auto context = PcscContext::establish(api);
        auto connection = CardConnection::connect(context.value(), QStringLiteral("Plain"));
        const auto outcome = verifyOnPinPad(connection.value(), ReaderFeatures(), pivVerify());
        QCOMPARE(outcome.error().code(), QLatin1String(ErrorCode::PinPadFailed));
    }

    void failingControlIsAPinPadError()
    {
        ScriptedPcsc api;
        auto context = PcscContext::establish(api);
        auto connection = CardConnection::connect(context.value(), QStringLiteral("Pad"));
        api.failNext(guichet::sim::Call::Control, LONG(SCARD_E_NOT_TRANSACTED));
        const auto outcome = verifyOnPinPad(connection.value(), padFeatures(), pivVerify());
        QCOMPARE(outcome.error().code(), QLatin1String(ErrorCode::PinPadFailed));
    }
};

QTEST_GUILESS_MAIN(TestPinPad)
#include "tst_pcsc_pinpad.moc"
