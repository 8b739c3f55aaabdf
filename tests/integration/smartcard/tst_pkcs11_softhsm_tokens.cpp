#include "ErrorCodes.h"
#include "tst_pkcs11_softhsm.h"

#include <QTest>

using namespace guichet;
using namespace guichet::pkcs11;
using softhsm::failure;

// Module information, tokens and key discovery on real SoftHSM2 tokens.
class TestPkcs11SoftHsmTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_tokens.create();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        Result<std::unique_ptr<Module>> loaded = Module::load(softhsm::module);
        QVERIFY2(loaded.ok(), qPrintable(failure(loaded)));
        m_module = std::move(loaded).value();
    }

    void cleanupTestCase() { m_module.reset(); }

    void moduleInfo()
    {
        const ModuleInfo& info = m_module->info();
        QCOMPARE(info.path, softhsm::module);
        QCOMPARE(info.manufacturer, QStringLiteral("SoftHSM"));
        QCOMPARE(info.cryptokiVersion, QStringLiteral("2.40"));
        QVERIFY2(info.libraryVersion.startsWith(QStringLiteral("2.")),
                 qPrintable(info.libraryVersion));
        QVERIFY(!info.description.isEmpty());
    }

    void tokensWithLabelsAndPinState()
    {
        Result<QList<TokenInfo>> tokens = m_module->tokens();
        QVERIFY2(tokens.ok(), qPrintable(failure(tokens)));
        QStringList labels;
        for (const TokenInfo& token : tokens.value()) {
            labels.append(token.label);
            if (token.label.isEmpty())
                continue; // SoftHSM always offers one more, uninitialised token
            QCOMPARE(token.manufacturer, QStringLiteral("SoftHSM project"));
            QCOMPARE(token.model, QStringLiteral("SoftHSM v2"));
            QVERIFY(!token.serialNumber.isEmpty());
            QVERIFY2(token.slotDescription.startsWith(QStringLiteral("SoftHSM slot ID")),
                     qPrintable(token.slotDescription));
            QVERIFY(token.loginRequired);
            QVERIFY(!token.protectedAuthenticationPath);
            QCOMPARE(token.pinState, PinState::Ok);
            QCOMPARE(token.minPinLength, 4UL);
            QCOMPARE(token.maxPinLength, 255UL);

            Result<TokenInfo> again = m_module->tokenInfo(token.slotId);
            QVERIFY(again.ok());
            QCOMPARE(again.value().label, token.label);
            QCOMPARE(again.value().serialNumber, token.serialNumber);
        }
        QVERIFY2(labels.contains(softhsm::citizen), qPrintable(labels.join(QLatin1Char(','))));
        QVERIFY2(labels.contains(softhsm::stick), qPrintable(labels.join(QLatin1Char(','))));
    }

    void unknownSlot()
    {
        Result<TokenInfo> token = m_module->tokenInfo(0xdead);
        QVERIFY(!token);
        QCOMPARE(token.error().code(), QString::fromLatin1(ErrorCode::TokenNotFound));
    }

    void certificatesBeforeLogin()
    {
        // SoftHSM hides private keys (CKA_PRIVATE) until login: only certificates show.
        Result<QList<KeyObject>> keys =
            m_module->keys(softhsm::slotOf(*m_module, softhsm::citizen));
        QVERIFY2(keys.ok(), qPrintable(failure(keys)));
        QCOMPARE(keys.value().size(), 2);
        const QStringList names{QStringLiteral("citizen-auth"), QStringLiteral("citizen-sign")};
        for (int i = 0; i < 2; ++i) {
            const KeyObject& key = keys.value().at(i);
            const int index = key.id == QByteArray::fromHex("01") ? 0 : 1;
            QCOMPARE(key.id, QByteArray(1, char(index + 1)));
            QCOMPARE(key.label, names.at(index));
            QCOMPARE(key.certificateDer, softhsm::pkiFile(names.at(index) + ".cert.der"));
            QCOMPARE(key.keyType, KeyType::Rsa);
            QCOMPARE(key.keyBits, 2048);
            QVERIFY(!key.privateKeyVisible);
        }
    }

    void keysAfterLogin()
    {
        Result<QList<KeyObject>> keys =
            m_module->keys(softhsm::slotOf(*m_module, softhsm::stick), softhsm::pin("123456"));
        QVERIFY2(keys.ok(), qPrintable(failure(keys)));
        QCOMPARE(keys.value().size(), 3);
        struct Expected
        {
            const char* name;
            KeyType type;
            int bits;
            bool alwaysAuthenticate;
        };
        const Expected expected[] = {{"stick-auth", KeyType::Ec, 256, false},
                                     {"stick-sign", KeyType::Rsa, 2048, true},
                                     {"stick-sign-ec", KeyType::Ec, 384, false}};
        for (const KeyObject& key : keys.value()) {
            QCOMPARE(key.id.size(), 1);
            const int index = key.id.at(0) - 1;
            QVERIFY(index >= 0 && index < 3);
            const Expected& e = expected[index];
            QCOMPARE(key.label, QString::fromLatin1(e.name));
            QCOMPARE(key.certificateDer, softhsm::pkiFile(QLatin1String(e.name) + ".cert.der"));
            QCOMPARE(key.keyType, e.type);
            QCOMPARE(key.keyBits, e.bits);
            QCOMPARE(key.alwaysAuthenticate, e.alwaysAuthenticate);
            QVERIFY(key.privateKeyVisible);
            QVERIFY(key.canSign);
        }
    }

    void keysAfterLoginWithWrongPin()
    {
        Result<QList<KeyObject>> keys =
            m_module->keys(softhsm::slotOf(*m_module, softhsm::stick), softhsm::pin("000000"));
        QVERIFY(!keys);
        QCOMPARE(keys.error().code(), QString::fromLatin1(ErrorCode::PinIncorrect));
        // A successful login resets SoftHSM's counter again for the next tests.
        QVERIFY(m_module->keys(softhsm::slotOf(*m_module, softhsm::stick), softhsm::pin("123456")));
    }

private:
    softhsm::Tokens m_tokens;
    std::unique_ptr<Module> m_module;
};

QTEST_GUILESS_MAIN(TestPkcs11SoftHsmTokens)
#include "tst_pkcs11_softhsm_tokens.moc"
