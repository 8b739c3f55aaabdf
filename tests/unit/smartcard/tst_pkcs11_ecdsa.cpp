#include "ErrorCodes.h"
#include "Pkcs11Ecdsa.h"

#include <QCryptographicHash>
#include <QTest>

#include <openssl/ec.h>
#include <openssl/evp.h>

using namespace guichet;
using namespace guichet::pkcs11;

namespace {

QByteArray counting(int first, int count)
{
    QByteArray bytes;
    for (int i = 0; i < count; ++i)
        bytes.append(char(first + i));
    return bytes;
}

QByteArray opensslSign(EVP_PKEY* key, const QByteArray& digest)
{
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(key, nullptr);
    unsigned char signature[256];
    size_t length = sizeof signature;
    const bool ok = EVP_PKEY_sign_init(ctx) == 1 &&
                    EVP_PKEY_sign(ctx, signature, &length,
                                  reinterpret_cast<const unsigned char*>(digest.constData()),
                                  size_t(digest.size())) == 1;
    EVP_PKEY_CTX_free(ctx);
    return ok ? QByteArray(reinterpret_cast<const char*>(signature), qsizetype(length))
              : QByteArray();
}

bool opensslVerify(EVP_PKEY* key, const QByteArray& digest, const QByteArray& der)
{
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(key, nullptr);
    const bool ok = EVP_PKEY_verify_init(ctx) == 1 &&
                    EVP_PKEY_verify(ctx, reinterpret_cast<const unsigned char*>(der.constData()),
                                    size_t(der.size()),
                                    reinterpret_cast<const unsigned char*>(digest.constData()),
                                    size_t(digest.size())) == 1;
    EVP_PKEY_CTX_free(ctx);
    return ok;
}

} // namespace

class TestPkcs11Ecdsa : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rawToDerKnownBytes()
    {
        // s has its high bit set: DER puts a 00 before it to keep it positive.
        const QByteArray r = counting(0x01, 32);
        const QByteArray s = counting(0x80, 32);
        Result<QByteArray> der = ecdsaRawToDer(r + s);
        QVERIFY(der.ok());
        const QByteArray expected =
            QByteArray::fromHex("30450220") + r + QByteArray::fromHex("022100") + s;
        QCOMPARE(der.value().toHex(), expected.toHex());

        Result<QByteArray> raw = ecdsaDerToRaw(der.value(), 32);
        QVERIFY(raw.ok());
        QCOMPARE(raw.value(), r + s);
    }

    void leadingZerosAreDroppedAndRestored()
    {
        QByteArray r(32, '\0');
        r[2] = '\x05';
        r[31] = '\x07';
        const QByteArray s(32, '\x01');
        Result<QByteArray> der = ecdsaRawToDer(r + s);
        QVERIFY(der.ok());
        // INTEGER r is 30 bytes long: the two leading zero bytes are gone.
        QCOMPARE(der.value().mid(2, 2).toHex(), QByteArray("021e"));
        Result<QByteArray> raw = ecdsaDerToRaw(der.value(), 32);
        QVERIFY(raw.ok());
        QCOMPARE(raw.value(), r + s);
    }

    void roundTripsOpenSslSignatures_data()
    {
        QTest::addColumn<QByteArray>("curve");
        QTest::addColumn<int>("fieldBytes");
        QTest::newRow("P-256") << QByteArray("P-256") << 32;
        QTest::newRow("P-384") << QByteArray("P-384") << 48;
        QTest::newRow("P-521") << QByteArray("P-521") << 66;
    }

    void roundTripsOpenSslSignatures()
    {
        QFETCH(QByteArray, curve);
        QFETCH(int, fieldBytes);
        EVP_PKEY* key = EVP_EC_gen(curve.constData());
        QVERIFY(key);
        // Many signatures, so that short r or s values (leading zeros) come up too.
        for (int i = 0; i < 64; ++i) {
            const QByteArray digest =
                QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha384);
            const QByteArray der = opensslSign(key, digest);
            QVERIFY(!der.isEmpty());
            Result<QByteArray> raw = ecdsaDerToRaw(der, fieldBytes);
            QVERIFY(raw.ok());
            QCOMPARE(raw.value().size(), 2 * fieldBytes);
            Result<QByteArray> back = ecdsaRawToDer(raw.value());
            QVERIFY(back.ok());
            QCOMPARE(back.value(), der);
            QVERIFY(opensslVerify(key, digest, back.value()));
        }
        EVP_PKEY_free(key);
    }

    void rejectsMalformedInput()
    {
        const QString tokenError = QString::fromLatin1(ErrorCode::TokenError);
        QCOMPARE(ecdsaRawToDer(QByteArray()).error().code(), tokenError);
        QCOMPARE(ecdsaRawToDer(QByteArray(63, '\x01')).error().code(), tokenError);
        QCOMPARE(ecdsaRawToDer(QByteArray(200, '\x01')).error().code(), tokenError);
        QCOMPARE(ecdsaDerToRaw(QByteArray("not DER"), 32).error().code(), tokenError);

        const QByteArray der = ecdsaRawToDer(counting(0x01, 32) + counting(0x80, 32)).value();
        QCOMPARE(ecdsaDerToRaw(der + '\0', 32).error().code(), tokenError); // trailing byte
        QCOMPARE(ecdsaDerToRaw(der, 16).error().code(), tokenError);        // r does not fit
        QCOMPARE(ecdsaDerToRaw(der, 0).error().code(), tokenError);
    }
};

QTEST_GUILESS_MAIN(TestPkcs11Ecdsa)
#include "tst_pkcs11_ecdsa.moc"
