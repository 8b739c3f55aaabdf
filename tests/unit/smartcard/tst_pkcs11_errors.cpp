#include "ErrorCodes.h"
#include "Pkcs11Errors.h"

#include <QTest>

#include <p11-kit/pkcs11.h>

using namespace guichet;
using namespace guichet::pkcs11;

class TestPkcs11Errors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsReturnValues_data()
    {
        QTest::addColumn<qulonglong>("rv");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        auto row = [](CK_RV rv, const char* code, const char* name) {
            QTest::newRow(name) << qulonglong(rv) << QString::fromLatin1(code)
                                << QString::fromLatin1(name);
        };
        row(CKR_PIN_INCORRECT, ErrorCode::PinIncorrect, "CKR_PIN_INCORRECT");
        row(CKR_PIN_LOCKED, ErrorCode::PinBlocked, "CKR_PIN_LOCKED");
        row(CKR_PIN_LEN_RANGE, ErrorCode::PinFormatInvalid, "CKR_PIN_LEN_RANGE");
        row(CKR_PIN_INVALID, ErrorCode::PinFormatInvalid, "CKR_PIN_INVALID");
        row(CKR_PIN_EXPIRED, ErrorCode::TokenError, "CKR_PIN_EXPIRED");
        row(CKR_PIN_TOO_WEAK, ErrorCode::NewPinRejected, "CKR_PIN_TOO_WEAK");
        row(CKR_DEVICE_REMOVED, ErrorCode::TokenRemoved, "CKR_DEVICE_REMOVED");
        row(CKR_TOKEN_NOT_PRESENT, ErrorCode::TokenRemoved, "CKR_TOKEN_NOT_PRESENT");
        row(CKR_SESSION_HANDLE_INVALID, ErrorCode::TokenRemoved, "CKR_SESSION_HANDLE_INVALID");
        row(CKR_SESSION_CLOSED, ErrorCode::TokenRemoved, "CKR_SESSION_CLOSED");
        row(CKR_SESSION_COUNT, ErrorCode::TokenError, "CKR_SESSION_COUNT");
        row(CKR_SESSION_READ_ONLY, ErrorCode::TokenError, "CKR_SESSION_READ_ONLY");
        row(CKR_FUNCTION_CANCELED, ErrorCode::PinEntryCancelled, "CKR_FUNCTION_CANCELED");
        row(CKR_MECHANISM_INVALID, ErrorCode::MechanismNotSupported, "CKR_MECHANISM_INVALID");
        row(CKR_MECHANISM_PARAM_INVALID, ErrorCode::MechanismNotSupported,
            "CKR_MECHANISM_PARAM_INVALID");
        row(CKR_KEY_TYPE_INCONSISTENT, ErrorCode::MechanismNotSupported,
            "CKR_KEY_TYPE_INCONSISTENT");
        row(CKR_KEY_FUNCTION_NOT_PERMITTED, ErrorCode::MechanismNotSupported,
            "CKR_KEY_FUNCTION_NOT_PERMITTED");
        row(CKR_KEY_HANDLE_INVALID, ErrorCode::KeyNotFound, "CKR_KEY_HANDLE_INVALID");
        row(CKR_OBJECT_HANDLE_INVALID, ErrorCode::KeyNotFound, "CKR_OBJECT_HANDLE_INVALID");
        row(CKR_SLOT_ID_INVALID, ErrorCode::TokenNotFound, "CKR_SLOT_ID_INVALID");
        row(CKR_TOKEN_NOT_RECOGNIZED, ErrorCode::TokenNotFound, "CKR_TOKEN_NOT_RECOGNIZED");
        row(CKR_DATA_LEN_RANGE, ErrorCode::DigestInvalid, "CKR_DATA_LEN_RANGE");
        row(CKR_GENERAL_ERROR, ErrorCode::TokenError, "CKR_GENERAL_ERROR");
        row(CKR_DEVICE_ERROR, ErrorCode::TokenError, "CKR_DEVICE_ERROR");
        row(CKR_FUNCTION_FAILED, ErrorCode::TokenError, "CKR_FUNCTION_FAILED");
        row(CKR_USER_NOT_LOGGED_IN, ErrorCode::TokenError, "CKR_USER_NOT_LOGGED_IN");
        row(CKR_CRYPTOKI_NOT_INITIALIZED, ErrorCode::ModuleInvalid, "CKR_CRYPTOKI_NOT_INITIALIZED");
    }

    void mapsReturnValues()
    {
        QFETCH(qulonglong, rv);
        QFETCH(QString, code);
        QFETCH(QString, name);
        const Error error = errorFromCkr(rv, QStringLiteral("C_Test"));
        QCOMPARE(error.code(), code);
        QCOMPARE(ckrName(rv), name);
        QCOMPARE(error.detail(), QStringLiteral("C_Test: %1 (0x%2)").arg(name).arg(rv, 0, 16));
    }

    void detailReadsLikeTheLog()
    {
        QCOMPARE(errorFromCkr(CKR_PIN_INCORRECT, QStringLiteral("C_Login")).detail(),
                 QStringLiteral("C_Login: CKR_PIN_INCORRECT (0xa0)"));
    }

    void namesVendorAndUnknownCodes()
    {
        QCOMPARE(ckrName(CKR_VENDOR_DEFINED + 0x42), QStringLiteral("CKR_VENDOR_DEFINED+0x42"));
        QCOMPARE(errorFromCkr(CKR_VENDOR_DEFINED + 1, QStringLiteral("C_Sign")).code(),
                 QString::fromLatin1(ErrorCode::TokenError));
        QCOMPARE(ckrName(0x7777), QStringLiteral("CKR_UNKNOWN"));
        QCOMPARE(ckrName(CKR_OK), QStringLiteral("CKR_OK"));
        QCOMPARE(ckrName(CKR_FUNCTION_REJECTED), QStringLiteral("CKR_FUNCTION_REJECTED"));
    }

    void tokenGoneCodes()
    {
        for (CK_RV rv : {CKR_DEVICE_REMOVED, CKR_TOKEN_NOT_PRESENT, CKR_SESSION_HANDLE_INVALID,
                         CKR_SESSION_CLOSED})
            QVERIFY(isTokenGone(rv));
        for (CK_RV rv : {CKR_OK, CKR_DEVICE_ERROR, CKR_PIN_INCORRECT, CKR_GENERAL_ERROR})
            QVERIFY(!isTokenGone(rv));
    }

    void everyCodeHasACatalogueMessage()
    {
        // A mapped error must never show an unknown code to the user.
        for (CK_RV rv = 0; rv < 0x210; ++rv) {
            const Error error = errorFromCkr(rv, QStringLiteral("C_Any"));
            QVERIFY2(error.code().startsWith(QLatin1String("P11-")) ||
                         error.code() == QLatin1String(ErrorCode::DigestInvalid),
                     qPrintable(error.detail()));
            QVERIFY(!error.userMessage().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestPkcs11Errors)
#include "tst_pkcs11_errors.moc"
