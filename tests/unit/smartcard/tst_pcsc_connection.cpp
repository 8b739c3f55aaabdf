#include "CardConnection.h"
#include "ErrorCodes.h"
#include "ScriptedPcsc.h"

#include <QTest>

using namespace guichet;
using namespace guichet::pcsc;
using guichet::sim::Call;
using guichet::sim::ScriptedPcsc;

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(text);
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contextListsReadersAndIsReleased()
    {
        ScriptedPcsc api;
        api.setReaders({QStringLiteral("Reader A"), QStringLiteral("Reader B 01")});
        {
            auto context = PcscContext::establish(api);
            QVERIFY(context.ok());
            QCOMPARE(api.openContexts(), 1);
            QCOMPARE(context.value().readers().value(),
                     (QStringList{QStringLiteral("Reader A"), QStringLiteral("Reader B 01")}));
            PcscContext moved = std::move(context).value();
            QCOMPARE(api.openContexts(), 1);
        }
        QCOMPARE(api.openContexts(), 0);
        QCOMPARE(api.count(Call::Release), 1);
    }

    void noReadersIsAnEmptyList()
    {
        ScriptedPcsc api;
        auto context = PcscContext::establish(api);
        const auto readers = context.value().readers();
        QVERIFY(readers.ok());
        QVERIFY(readers.value().isEmpty());
    }

    void serviceDownIsReported()
    {
        ScriptedPcsc api;
        api.setServiceRunning(false);
        const auto context = PcscContext::establish(api);
        QCOMPARE(context.error().code(), QLatin1String(ErrorCode::PcscServiceNotRunning));
    }

    void collectsChainedResponses()
    {
        ScriptedPcsc api;
        api.expectTransmit(hex("00cb3fff055c015fc10500"), hex("53820105700102036105"));
        api.expectTransmit(hex("00c0000005"), hex("0405060708") + hex("6102"));
        api.expectTransmit(hex("00c0000002"), hex("0a0b9000"));
        auto context = PcscContext::establish(api);
        auto connection = CardConnection::connect(context.value(), QStringLiteral("R"));
        QVERIFY(connection.ok());
        const auto response =
            connection.value().transmit({0x00, 0xCB, 0x3F, 0xFF, hex("5c015fc105"), 256});
        QVERIFY2(response.ok(), qPrintable(api.mismatches().join(QLatin1Char('\n'))));
        QCOMPARE(response.value().data.toHex(),
                 QByteArray("5382010570010203") + "0405060708" + "0a0b");
        QVERIFY(response.value().isSuccess());
        QVERIFY(api.scriptConsumed());
    }

    void resendsWithTheLengthTheCardAsks()
    {
        ScriptedPcsc api;
        api.expectTransmit(hex("00ca010000"), hex("6c04"));
        api.expectTransmit(hex("00ca010004"), hex("aabbccdd9000"));
        auto context = PcscContext::establish(api);
        auto connection = CardConnection::connect(context.value(), QStringLiteral("R"));
        const auto response = connection.value().transmit({0x00, 0xCA, 0x01, 0x00, {}, 256});
        QVERIFY(response.ok());
        QCOMPARE(response.value().data.toHex(), QByteArray("aabbccdd"));
    }

    void endlessMoreDataIsRefused()
    {
        ScriptedPcsc api;
        api.expectTransmit(hex("00b0000000"), hex("6101"));
        for (int i = 0; i < 64; ++i)
            api.expectTransmit(hex("00c0000001"), hex("006101"));
        auto context = PcscContext::establish(api);
        auto connection = CardConnection::connect(context.value(), QStringLiteral("R"));
        const auto response = connection.value().transmit({0x00, 0xB0, 0, 0, {}, 256});
        QCOMPARE(response.error().code(), QLatin1String(ErrorCode::UnexpectedCardResponse));
    }

    void injectedErrorsBecomeCatalogueErrors()
    {
        ScriptedPcsc api;
        auto context = PcscContext::establish(api);
        api.failNext(Call::Connect, LONG(SCARD_E_SHARING_VIOLATION));
        QCOMPARE(CardConnection::connect(context.value(), QStringLiteral("R")).error().code(),
                 QLatin1String(ErrorCode::ReaderInUse));
        auto connection = CardConnection::connect(context.value(), QStringLiteral("R"));
        api.failNext(Call::Transmit, LONG(SCARD_W_REMOVED_CARD));
        QCOMPARE(connection.value().transmit({0, 0xA4, 4, 0, hex("a0"), 0}).error().code(),
                 QLatin1String(ErrorCode::CardRemoved));
        api.failNext(Call::Control, LONG(SCARD_E_READER_UNAVAILABLE));
        QCOMPARE(connection.value().control(0x42000001).error().code(),
                 QLatin1String(ErrorCode::ReaderUnavailable));
        api.failNext(Call::BeginTransaction, LONG(SCARD_E_NO_SMARTCARD));
        QCOMPARE(CardTransaction::begin(connection.value()).error().code(),
                 QLatin1String(ErrorCode::NoCard));
        api.failNext(Call::Status, LONG(SCARD_E_NO_SERVICE));
        QCOMPARE(connection.value().atr().error().code(),
                 QLatin1String(ErrorCode::PcscServiceNotRunning));
    }

    void transactionsAndConnectionsAreReleased()
    {
        ScriptedPcsc api;
        api.setAtr(hex("3bff9600008131fe4380318065b0846566fb12017882900085"));
        auto context = PcscContext::establish(api);
        {
            auto connection = CardConnection::connect(context.value(), QStringLiteral("R"));
            QCOMPARE(api.openConnections(), 1);
            {
                auto transaction = CardTransaction::begin(connection.value());
                QVERIFY(transaction.ok());
                QCOMPARE(api.openTransactions(), 1);
            }
            QCOMPARE(api.openTransactions(), 0);
            QCOMPARE(connection.value().atr().value().size(), 25);
        }
        QCOMPARE(api.openConnections(), 0);
    }

    void oversizedAtrIsRefused()
    {
        ScriptedPcsc api;
        api.setAtr(QByteArray(40, '\x3b'));
        auto context = PcscContext::establish(api);
        auto connection = CardConnection::connect(context.value(), QStringLiteral("R"));
        QCOMPARE(connection.value().atr().error().code(),
                 QLatin1String(ErrorCode::UnexpectedCardResponse));
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_pcsc_connection.moc"
