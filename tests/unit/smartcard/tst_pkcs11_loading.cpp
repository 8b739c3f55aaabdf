#include "ErrorCodes.h"
#include "Pkcs11Module.h"
#include "tst_pkcs11_fakemodule.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <p11-kit/pkcs11.h>

using namespace guichet;
using namespace guichet::pkcs11;

namespace {

// QVERIFY2 evaluates its message even when the check passes.
template <typename T>
QString failure(const Result<T>& result)
{
    return result.ok() ? QString()
                       : result.error().code() + QLatin1Char(' ') + result.error().detail();
}

} // namespace

// Loading: missing files, files that are no PKCS#11 module, and a fake module whose
// C_Initialize / C_GetSlotList fail or that is initialised by someone else.
class TestPkcs11Loading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fake.control(), FAKE_PKCS11_MODULE " cannot be loaded");
        m_control = m_fake.control();
    }

    void init() { m_fake.reset(); }

    void missingFile()
    {
        const QString path = QStringLiteral("/nonexistent/guichet/opensc-pkcs11.so");
        Result<std::unique_ptr<Module>> module = Module::load(path);
        QVERIFY(!module);
        QCOMPARE(module.error().code(), QString::fromLatin1(ErrorCode::ModuleNotLoaded));
        // The path and the loader's own message, for the help desk.
        QVERIFY2(module.error().detail().startsWith(path + QStringLiteral(": ")),
                 qPrintable(failure(module)));
        QVERIFY2(module.error().detail().contains(QStringLiteral("No such file")),
                 qPrintable(failure(module)));
    }

    void emptyPath()
    {
        Result<std::unique_ptr<Module>> module = Module::load(QString());
        QVERIFY(!module);
        QCOMPARE(module.error().code(), QString::fromLatin1(ErrorCode::ModuleNotLoaded));
    }

    void textFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fake-module.so"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 20; ++i)
            file.write("this is not a shared library\n");
        file.close();
        Result<std::unique_ptr<Module>> module = Module::load(path);
        QVERIFY(!module);
        QCOMPARE(module.error().code(), QString::fromLatin1(ErrorCode::ModuleNotLoaded));
        QVERIFY2(module.error().detail().contains(QStringLiteral("invalid ELF header")),
                 qPrintable(failure(module)));
    }

    void libraryWithoutPkcs11()
    {
        // A real shared library that is not a PKCS#11 module.
        QString libz;
        for (const char* folder : {"/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu",
                                   "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib"})
            if (libz.isEmpty() && QFile::exists(QLatin1String(folder) + "/libz.so.1"))
                libz = QLatin1String(folder) + "/libz.so.1";
        if (libz.isEmpty())
            QSKIP("no libz.so.1 in the usual folders");
        Result<std::unique_ptr<Module>> module = Module::load(libz);
        QVERIFY(!module);
        QCOMPARE(module.error().code(), QString::fromLatin1(ErrorCode::ModuleInvalid));
        QCOMPARE(module.error().detail(), libz + QStringLiteral(": no C_GetFunctionList"));
    }

    void aModuleIsLoadedByAbsolutePathOnly()
    {
        // A bare or relative name would be searched for by the loader (the current
        // folder first on Windows): refused before the loader sees it, though the
        // system would find this one.
        for (const QString& name : {QStringLiteral("libz.so.1"), QStringLiteral("opensc-pkcs11.so"),
                                    QStringLiteral("./fake-module.so")}) {
            Result<std::unique_ptr<Module>> module = Module::load(name);
            QVERIFY(!module);
            QCOMPARE(module.error().code(), QString::fromLatin1(ErrorCode::ModuleNotLoaded));
            QVERIFY(module.error().detail().contains(QStringLiteral("absolute path")));
        }
    }

    void functionListWithoutSign()
    {
        m_control->omitSignFunction = 1;
        Result<std::unique_ptr<Module>> module = Module::load(fakePath());
        QVERIFY(!module);
        QCOMPARE(module.error().code(), QString::fromLatin1(ErrorCode::ModuleInvalid));
        QVERIFY(module.error().detail().endsWith(QStringLiteral("has no C_Sign")));
        QCOMPARE(m_control->initializeCalls, 0);
    }

    void initializeFails()
    {
        m_control->initializeRv = CKR_GENERAL_ERROR;
        Result<std::unique_ptr<Module>> module = Module::load(fakePath());
        QVERIFY(!module);
        QCOMPARE(module.error().code(), QString::fromLatin1(ErrorCode::ModuleInvalid));
        QCOMPARE(module.error().detail(),
                 fakePath() + QStringLiteral(": C_Initialize: CKR_GENERAL_ERROR (0x5)"));
        QCOMPARE(m_control->finalizeCalls, 0);
    }

    void loadsAndFinalizes()
    {
        {
            Result<std::unique_ptr<Module>> module = Module::load(fakePath());
            QVERIFY2(module.ok(), qPrintable(failure(module)));
            const ModuleInfo& info = module.value()->info();
            QCOMPARE(info.path, fakePath());
            QCOMPARE(info.manufacturer, QStringLiteral("Guichet Tests"));
            QCOMPARE(info.description, QStringLiteral("Fake PKCS#11 module"));
            QCOMPARE(info.cryptokiVersion, QStringLiteral("2.40"));
            QCOMPARE(info.libraryVersion, QStringLiteral("1.2"));
            // OS locking, no mutex callbacks.
            QCOMPARE(m_control->initializeArgsWereNull, 0);
            QCOMPARE(m_control->initializeFlags, CK_FLAGS(CKF_OS_LOCKING_OK));
            QCOMPARE(m_control->initializeHadMutexCallbacks, 0);
            QCOMPARE(m_control->finalizeCalls, 0);
        }
        QCOMPARE(m_control->finalizeCalls, 1);
    }

    void moduleThatCannotLock()
    {
        m_control->initializeRv = CKR_CANT_LOCK;
        {
            Result<std::unique_ptr<Module>> module = Module::load(fakePath());
            QVERIFY2(module.ok(), qPrintable(failure(module)));
            QCOMPARE(m_control->initializeCalls, 2);
            QCOMPARE(m_control->initializeArgsWereNull, 1);
        }
        QCOMPARE(m_control->finalizeCalls, 1);
    }

    void alreadyInitializedIsNotFinalized()
    {
        m_control->initializeRv = CKR_CRYPTOKI_ALREADY_INITIALIZED;
        {
            Result<std::unique_ptr<Module>> module = Module::load(fakePath());
            QVERIFY2(module.ok(), qPrintable(failure(module)));
            QVERIFY(module.value()->tokens().ok());
        }
        QCOMPARE(m_control->finalizeCalls, 0);
    }

    void sameModuleTwice()
    {
        Result<std::unique_ptr<Module>> first = Module::load(fakePath());
        Result<std::unique_ptr<Module>> second = Module::load(fakePath());
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(m_control->initializeCalls, 1);
        first.value().reset();
        QCOMPARE(m_control->finalizeCalls, 0);
        // The second one still works after the first is gone.
        QVERIFY(second.value()->tokens().ok());
        second.value().reset();
        QCOMPARE(m_control->finalizeCalls, 1);
    }

    void slotListFails()
    {
        m_control->getSlotListRv = CKR_GENERAL_ERROR;
        Result<std::unique_ptr<Module>> module = Module::load(fakePath());
        QVERIFY(module.ok());
        Result<QList<TokenInfo>> tokens = module.value()->tokens();
        QVERIFY(!tokens);
        QCOMPARE(tokens.error().code(), QString::fromLatin1(ErrorCode::TokenError));
        QCOMPARE(tokens.error().detail(), QStringLiteral("C_GetSlotList: CKR_GENERAL_ERROR (0x5)"));
    }

    void listsTokens()
    {
        m_control->tokenFlags |= CKF_USER_PIN_COUNT_LOW | CKF_PROTECTED_AUTHENTICATION_PATH;
        Result<std::unique_ptr<Module>> module = Module::load(fakePath());
        QVERIFY(module.ok());
        Result<QList<TokenInfo>> tokens = module.value()->tokens();
        QVERIFY(tokens.ok());
        QCOMPARE(tokens.value().size(), 1);
        const TokenInfo& token = tokens.value().constFirst();
        QCOMPARE(token.slotId, fakepkcs11::slotId);
        QCOMPARE(token.slotDescription, QString::fromLatin1(fakepkcs11::slotDescription));
        QCOMPARE(token.label, QString::fromLatin1(fakepkcs11::tokenLabel));
        QCOMPARE(token.manufacturer, QStringLiteral("Guichet Tests"));
        QCOMPARE(token.model, QStringLiteral("Fake"));
        QCOMPARE(token.serialNumber, QStringLiteral("0001"));
        QVERIFY(token.loginRequired);
        QVERIFY(token.protectedAuthenticationPath);
        QCOMPARE(token.pinState, PinState::CountLow);
        QCOMPARE(token.minPinLength, 4UL);
        QCOMPARE(token.maxPinLength, 8UL);

        Result<TokenInfo> missing = module.value()->tokenInfo(99);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), QString::fromLatin1(ErrorCode::TokenNotFound));
    }

private:
    static QString fakePath() { return QStringLiteral(FAKE_PKCS11_MODULE); }

    fakepkcs11::Handle m_fake{FAKE_PKCS11_MODULE};
    FakePkcs11Control* m_control = nullptr;
};

QTEST_GUILESS_MAIN(TestPkcs11Loading)
#include "tst_pkcs11_loading.moc"
