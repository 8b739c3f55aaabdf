#include "Pkcs11KeyFacts.h"

#include <QFile>
#include <QTest>

using namespace guichet::pkcs11;

namespace {

QByteArray pkiFile(const QString& name)
{
    QFile file(qEnvironmentVariable("GUICHET_TEST_PKI") + QLatin1Char('/') + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPkcs11KeyFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (pkiFile(QStringLiteral("ca.cert.der")).isEmpty())
            QFAIL("GUICHET_TEST_PKI does not hold the test PKI (run through ctest)");
    }

    void certificateKeys_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ec");
        QTest::addColumn<int>("bits");
        QTest::newRow("citizen-sign") << QStringLiteral("citizen-sign") << false << 2048;
        QTest::newRow("stick-auth") << QStringLiteral("stick-auth") << true << 256;
        QTest::newRow("stick-sign-ec") << QStringLiteral("stick-sign-ec") << true << 384;
    }

    void certificateKeys()
    {
        QFETCH(QString, name);
        QFETCH(bool, ec);
        QFETCH(int, bits);
        const auto facts = certificatePublicKey(pkiFile(name + QStringLiteral(".cert.der")));
        QVERIFY(facts);
        QCOMPARE(facts->keyType == KeyType::Ec, ec);
        QCOMPARE(facts->bits, bits);
    }

    void unreadableCertificate()
    {
        QVERIFY(!certificatePublicKey(QByteArray("no certificate")));
        QVERIFY(!certificatePublicKey(QByteArray()));
        QVERIFY(!isCaCertificate(QByteArray("x")));
    }

    void caCertificates()
    {
        QVERIFY(isCaCertificate(pkiFile(QStringLiteral("ca.cert.der"))));
        QVERIFY(!isCaCertificate(pkiFile(QStringLiteral("citizen-auth.cert.der"))));
        QVERIFY(!isCaCertificate(pkiFile(QStringLiteral("stick-sign.cert.der"))));
    }

    void ecParameters()
    {
        QCOMPARE(ecCurveBits(QByteArray::fromHex("06082a8648ce3d030107")), 256);
        QCOMPARE(ecCurveBits(QByteArray::fromHex("06052b81040022")), 384);
        QCOMPARE(ecCurveBits(QByteArray::fromHex("06052b81040023")), 521);
        QVERIFY(!ecCurveBits(QByteArray::fromHex("0603550403")));
        QVERIFY(!ecCurveBits(QByteArray()));
    }

    void modulusBits()
    {
        QCOMPARE(bigEndianBitLength(QByteArray()), 0);
        QCOMPARE(bigEndianBitLength(QByteArray(3, '\0')), 0);
        QCOMPARE(bigEndianBitLength(QByteArray::fromHex("01")), 1);
        QCOMPARE(bigEndianBitLength(QByteArray::fromHex("00ff")), 8);
        QCOMPARE(bigEndianBitLength(QByteArray::fromHex("0100")), 9);
        QCOMPARE(bigEndianBitLength(QByteArray(256, '\xc5')), 2048);
        QCOMPARE(bigEndianBitLength(QByteArray(1, '\0') + QByteArray(256, '\x80')), 2048);
    }
};

QTEST_GUILESS_MAIN(TestPkcs11KeyFacts)
#include "tst_pkcs11_keyfacts.moc"
