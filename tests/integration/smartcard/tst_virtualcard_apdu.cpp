// The virtual PIV card at the APDU level through the real pcscd (libpcsclite): ISO
// transport (61xx + GET RESPONSE, command chaining), PIN rules, raw signatures.
#include "virtualcard/VirtualCardProcess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <winscard.h>

using namespace guichet::test;

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pkiDir()
{
    return QString::fromLocal8Bit(qgetenv("GUICHET_TEST_PKI"));
}

QString pkiFile(const QString& name)
{
    return QDir(pkiDir()).filePath(name);
}

quint16 statusOf(const QByteArray& reply)
{
    if (reply.size() < 2)
        return 0;
    return static_cast<quint16>((quint8(reply.at(reply.size() - 2)) << 8) | quint8(reply.back()));
}

// One exclusive PC/SC connection to a reader, for raw APDUs.
class Connection
{
public:
    explicit Connection(const QString& reader)
    {
        if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context_) !=
            SCARD_S_SUCCESS)
            return;
        DWORD protocol = 0;
        ok_ = SCardConnect(context_, reader.toUtf8().constData(), SCARD_SHARE_EXCLUSIVE,
                           SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card_,
                           &protocol) == SCARD_S_SUCCESS;
        pci_ = protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    }
    ~Connection()
    {
        if (ok_)
            SCardDisconnect(card_, SCARD_LEAVE_CARD);
        if (context_)
            SCardReleaseContext(context_);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    [[nodiscard]] bool ok() const { return ok_; }

    QByteArray transmit(const QByteArray& apdu)
    {
        unsigned char reply[4096];
        DWORD length = sizeof reply;
        const LONG rv = SCardTransmit(card_, pci_, reinterpret_cast<const BYTE*>(apdu.constData()),
                                      static_cast<DWORD>(apdu.size()), nullptr, reply, &length);
        if (rv != SCARD_S_SUCCESS)
            return {};
        return QByteArray(reinterpret_cast<const char*>(reply), static_cast<qsizetype>(length));
    }

    // Sends `apdu` and collects the whole answer through GET RESPONSE.
    QByteArray transmitAll(const QByteArray& apdu, quint16* status)
    {
        QByteArray reply = transmit(apdu);
        QByteArray data;
        while (reply.size() >= 2 && quint8(reply.at(reply.size() - 2)) == 0x61) {
            data += reply.left(reply.size() - 2);
            QByteArray getResponse = hex("00C00000");
            getResponse.append(reply.back());
            reply = transmit(getResponse);
        }
        *status = statusOf(reply);
        return data + reply.left(qMax<qsizetype>(0, reply.size() - 2));
    }

    bool reset()
    {
        DWORD protocol = 0;
        return SCardReconnect(card_, SCARD_SHARE_EXCLUSIVE, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                              SCARD_RESET_CARD, &protocol) == SCARD_S_SUCCESS;
    }

private:
    SCARDCONTEXT context_ = 0;
    SCARDHANDLE card_ = 0;
    const SCARD_IO_REQUEST* pci_ = SCARD_PCI_T1;
    bool ok_ = false;
};

const QByteArray verifyRight = hex("0020008008 313233343536FFFF");
const QByteArray verifyWrong = hex("0020008008 303030303030FFFF");
const QByteArray verifyStatus = hex("00200080");

// GENERAL AUTHENTICATE 7C { 82 00 81 <input> } sent in 255-byte pieces (CLA 10).
QList<QByteArray> generalAuthenticate(quint8 algorithm, quint8 key, const QByteArray& input)
{
    QByteArray challenge = hex("81");
    challenge += input.size() > 255 ? hex("820100") : QByteArray(1, char(input.size()));
    QByteArray inner = hex("8200") + challenge + input;
    QByteArray dynamic = hex("7C");
    dynamic += inner.size() > 255 ? hex("82") + QByteArray(1, char(inner.size() >> 8)) +
                                        QByteArray(1, char(inner.size() & 0xFF))
                                  : (inner.size() > 127 ? hex("81") : QByteArray()) +
                                        QByteArray(1, char(inner.size()));
    dynamic += inner;
    QList<QByteArray> pieces;
    for (qsizetype at = 0; at < dynamic.size(); at += 255) {
        const QByteArray part = dynamic.mid(at, 255);
        const bool last = at + 255 >= dynamic.size();
        QByteArray apdu(1, last ? char(0x00) : char(0x10));
        apdu += char(0x87);
        apdu += char(algorithm);
        apdu += char(key);
        apdu += char(part.size());
        apdu += part;
        if (last)
            apdu += char(0x00);
        pieces << apdu;
    }
    return pieces;
}

} // namespace

class TestVirtualCardApdu : public QObject
{
    Q_OBJECT

private:
    QByteArray sign(Connection& connection, quint8 algorithm, quint8 key, const QByteArray& input,
                    quint16* status)
    {
        const QList<QByteArray> pieces = generalAuthenticate(algorithm, key, input);
        for (qsizetype i = 0; i + 1 < pieces.size(); ++i) {
            if (statusOf(connection.transmit(pieces.at(i))) != 0x9000) {
                *status = 0;
                return {};
            }
        }
        return connection.transmitAll(pieces.back(), status);
    }

    bool openssl(const QStringList& arguments)
    {
        const ToolRun run = runTool(QStringLiteral("openssl"), arguments);
        if (run.exitCode != 0)
            qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')), run.err.constData());
        return run.finished && run.exitCode == 0;
    }

    QString publicKey(const QString& name)
    {
        const QString path = work.filePath(name + QStringLiteral(".pub.pem"));
        if (!QFile::exists(path))
            openssl({QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                     QStringLiteral("-in"), pkiFile(name + QStringLiteral(".cert.der")),
                     QStringLiteral("-pubkey"), QStringLiteral("-noout"), QStringLiteral("-out"),
                     path});
        return path;
    }

    QString writeWork(const QString& name, const QByteArray& content)
    {
        QFile file(work.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return file.fileName();
    }

    std::unique_ptr<VirtualCardProcess> card;
    QTemporaryDir work;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(work.isValid());
        QVERIFY2(QFile::exists(pkiFile(QStringLiteral("piv-auth.key.pem"))), "no test PKI");
        QVERIFY2(pcscdFixture(QStringLiteral("status")) == 0, "pcscd is not running");
    }

    void init()
    {
        card = std::make_unique<VirtualCardProcess>(QStringList{QStringLiteral("--pki"), pkiDir()});
        QVERIFY(card->start());
        QVERIFY(card->waitForLine(QStringLiteral("inserted")));
        QVERIFY(waitForCardState(virtualReader0, true));
    }

    void cleanup()
    {
        card.reset();
        QVERIFY(waitForCardState(virtualReader0, false));
    }

    void isoTransport()
    {
        Connection c(virtualReader0);
        QVERIFY(c.ok());
        // Other applets are not found, and PIV stays usable without a SELECT.
        QCOMPARE(c.transmit(hex("00A4040006A0000000010100")), hex("6A82"));
        QCOMPARE(c.transmit(hex("00CB3FFF035C017E08")), hex("7E124F0BA0000003 610C"));
        QCOMPARE(c.transmit(hex("00C000000C")), hex("080000100001005F2F024000 9000"));
        const QByteArray select = c.transmit(hex("00A4040009A00000030800001000 00"));
        QVERIFY(select.startsWith(hex("61")));
        QCOMPARE(statusOf(select), quint16(0x9000));
        QCOMPARE(c.transmit(hex("00CB3FFF055C035FC10100")), hex("6A82"));
        QCOMPARE(c.transmit(hex("00FF000000")), hex("6D00"));
        // A certificate container is longer than 256 bytes: 61xx and GET RESPONSE.
        const QByteArray first = c.transmit(hex("00CB3FFF055C035FC10500"));
        QCOMPARE(first.size(), 258);
        QCOMPARE(quint8(first.at(256)), quint8(0x61));
        quint16 status = 0;
        const QByteArray object = c.transmitAll(hex("00CB3FFF055C035FC10500"), &status);
        QCOMPARE(status, quint16(0x9000));
        const QByteArray der = readFile(pkiFile(QStringLiteral("piv-auth.cert.der")));
        QVERIFY(!der.isEmpty());
        QVERIFY(object.startsWith(hex("5382")));
        QCOMPARE(object.mid(4, 4), hex("7082") + char(der.size() >> 8) + char(der.size() & 0xFF));
        QCOMPARE(object.mid(8), der + hex("710100FE00"));
    }

    void pinRules()
    {
        Connection c(virtualReader0);
        QVERIFY(c.ok());
        QCOMPARE(c.transmit(verifyStatus), hex("63C3"));
        QCOMPARE(c.transmit(verifyWrong), hex("63C2"));
        QVERIFY(card->waitForLine(QStringLiteral("pin-wrong 2"), 1000));
        QCOMPARE(c.transmit(verifyRight), hex("9000"));
        QVERIFY(card->waitForLine(QStringLiteral("pin-ok"), 1000));
        QCOMPARE(c.transmit(verifyStatus), hex("9000"));
        // Selecting PIV again keeps the PIN verified; a reset does not.
        QCOMPARE(statusOf(c.transmit(hex("00A4040009A00000030800001000 00"))), quint16(0x9000));
        QCOMPARE(c.transmit(verifyStatus), hex("9000"));
        QVERIFY(c.reset());
        QCOMPARE(c.transmit(verifyStatus), hex("63C3"));
        // 00 20 FF 80 logs out.
        QCOMPARE(c.transmit(verifyRight), hex("9000"));
        QCOMPARE(c.transmit(hex("0020FF80")), hex("9000"));
        QCOMPARE(c.transmit(verifyStatus), hex("63C3"));
        // CHANGE REFERENCE DATA: old and new PIN blocks.
        QCOMPARE(c.transmit(hex("0024008010 313233343536FFFF 363534333231FFFF")), hex("9000"));
        QVERIFY(card->waitForLine(QStringLiteral("pin-changed"), 1000));
        QCOMPARE(c.transmit(verifyRight), hex("63C2"));
        QCOMPARE(c.transmit(hex("0020008008 363534333231FFFF")), hex("9000"));
    }

    void rawSignatures()
    {
        Connection c(virtualReader0);
        QVERIFY(c.ok());
        // A padded block below the modulus: what OpenSC sends after PKCS#1 padding.
        QByteArray block =
            hex("0001") + QByteArray(221, char(0xFF)) + hex("00") + QByteArray(32, char(0x5A));
        QCOMPARE(block.size(), 256);
        quint16 status = 0;
        sign(c, 0x07, 0x9A, block, &status);
        QCOMPARE(status, quint16(0x6982)); // no PIN yet
        QCOMPARE(c.transmit(verifyRight), hex("9000"));
        sign(c, 0x11, 0x9A, block, &status);
        QCOMPARE(status, quint16(0x6A86)); // 9A is RSA-2048, not P-256
        QCOMPARE(c.transmit(verifyRight), hex("9000"));
        const QByteArray answer = sign(c, 0x07, 0x9C, block, &status);
        QCOMPARE(status, quint16(0x9000));
        QVERIFY(card->waitForLine(QStringLiteral("signed"), 1000));
        QVERIFY(answer.startsWith(hex("7C820104 82820100")));
        const QString signature = writeWork(QStringLiteral("raw.sig"), answer.mid(8));
        const QString recovered = work.filePath(QStringLiteral("raw.out"));
        QVERIFY(openssl({QStringLiteral("pkeyutl"), QStringLiteral("-verifyrecover"),
                         QStringLiteral("-pubin"), QStringLiteral("-inkey"),
                         publicKey(QStringLiteral("piv-sign")), QStringLiteral("-pkeyopt"),
                         QStringLiteral("rsa_padding_mode:none"), QStringLiteral("-in"), signature,
                         QStringLiteral("-out"), recovered}));
        QCOMPARE(readFile(recovered), block);
        // 9C needs a VERIFY before every signature; 9A only a verified PIN.
        sign(c, 0x07, 0x9C, block, &status);
        QCOMPARE(status, quint16(0x6982));
        sign(c, 0x07, 0x9A, block, &status);
        QCOMPARE(status, quint16(0x9000));

        // EC P-256: the card gets the hash and answers a DER ECDSA-Sig-Value.
        const QByteArray hash = QByteArray(32, char(0x42));
        const QByteArray ec = sign(c, 0x11, 0x9D, hash, &status);
        QCOMPARE(status, quint16(0x9000));
        // 7C L { 82 L <SEQUENCE> }, both lengths below 128 for P-256.
        QVERIFY(ec.size() > 8 && ec.startsWith(hex("7C")) && quint8(ec.at(2)) == 0x82);
        const QByteArray der = ec.mid(4, quint8(ec.at(3)));
        QVERIFY(der.startsWith(hex("30")));
        QVERIFY(
            openssl({QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                     QStringLiteral("-inkey"), publicKey(QStringLiteral("piv-ec")),
                     QStringLiteral("-in"), writeWork(QStringLiteral("hash"), hash),
                     QStringLiteral("-sigfile"), writeWork(QStringLiteral("ec.sig"), der)}));
    }
};

QTEST_GUILESS_MAIN(TestVirtualCardApdu)
#include "tst_virtualcard_apdu.moc"
