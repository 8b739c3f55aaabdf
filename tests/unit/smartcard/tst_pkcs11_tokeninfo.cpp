#include "ErrorCodes.h"
#include "Pkcs11Pin.h"
#include "Pkcs11Tokens.h"

#include <QTest>

using namespace guichet;
using namespace guichet::pkcs11;

namespace {

SecretBuffer pinOf(const char* text)
{
    return SecretBuffer::fromLatin1(text, std::strlen(text), 16);
}

TokenInfo token(unsigned long minLength, unsigned long maxLength, bool pinPad = false)
{
    TokenInfo info;
    info.minPinLength = minLength;
    info.maxPinLength = maxLength;
    info.protectedAuthenticationPath = pinPad;
    return info;
}

QString codeOf(const Status& status)
{
    return status.ok() ? QString() : status.error().code();
}

} // namespace

class TestPkcs11TokenInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paddedFields()
    {
        unsigned char label[32];
        std::memset(label, ' ', sizeof label);
        std::memcpy(label, "Marie  Schmit", 13);
        QCOMPARE(paddedText(label), QStringLiteral("Marie  Schmit"));

        // NUL-terminated instead of padded, and UTF-8.
        unsigned char name[16] = {'L', 0xc3, 0xa9, 'a', 0, 'x', 'x'};
        QCOMPARE(paddedText(name), QStringLiteral("L\u00e9a"));

        unsigned char blank[8];
        std::memset(blank, ' ', sizeof blank);
        QCOMPARE(paddedText(blank), QString());
    }

    void versions()
    {
        QCOMPARE(versionText(CK_VERSION{2, 40}), QStringLiteral("2.40"));
        QCOMPARE(versionText(CK_VERSION{0, 23}), QStringLiteral("0.23"));
    }

    void pinStateFromTokenFlags()
    {
        QCOMPARE(pinStateFromFlags(0), PinState::Ok);
        QCOMPARE(pinStateFromFlags(CKF_LOGIN_REQUIRED | CKF_USER_PIN_INITIALIZED), PinState::Ok);
        QCOMPARE(pinStateFromFlags(CKF_USER_PIN_COUNT_LOW), PinState::CountLow);
        QCOMPARE(pinStateFromFlags(CKF_USER_PIN_COUNT_LOW | CKF_USER_PIN_FINAL_TRY),
                 PinState::FinalTry);
        QCOMPARE(pinStateFromFlags(CKF_USER_PIN_FINAL_TRY | CKF_USER_PIN_LOCKED), PinState::Locked);
        // SO PIN flags say nothing about the user PIN.
        QCOMPARE(pinStateFromFlags(CKF_SO_PIN_LOCKED | CKF_SO_PIN_FINAL_TRY), PinState::Ok);
    }

    void pinChecksBeforeLogin()
    {
        const QString format = QString::fromLatin1(ErrorCode::PinFormatInvalid);
        QCOMPARE(codeOf(checkPinBeforeLogin(token(4, 8), pinOf("1234"))), QString());
        QCOMPARE(codeOf(checkPinBeforeLogin(token(4, 8), pinOf("12345678"))), QString());
        QCOMPARE(codeOf(checkPinBeforeLogin(token(4, 8), pinOf("123"))), format);
        QCOMPARE(codeOf(checkPinBeforeLogin(token(4, 8), pinOf("123456789"))), format);
        QCOMPARE(codeOf(checkPinBeforeLogin(token(4, 8), pinOf(""))), format);
        // Nonsense limits are not enforced.
        QCOMPARE(codeOf(checkPinBeforeLogin(token(0, 0), pinOf("1"))), QString());
        QCOMPARE(codeOf(checkPinBeforeLogin(token(6, 4), pinOf("12345678901"))), QString());
        QCOMPARE(codeOf(checkPinBeforeLogin(token(6, 4), pinOf("12345"))), format);
    }

    void pinPadTakesAnEmptyPin()
    {
        QVERIFY(usesPinPad(token(4, 8, true), pinOf("")));
        QVERIFY(!usesPinPad(token(4, 8, true), pinOf("1234")));
        QVERIFY(!usesPinPad(token(4, 8, false), pinOf("")));
        QCOMPARE(codeOf(checkPinBeforeLogin(token(4, 8, true), pinOf(""))), QString());
    }

    void lockedPinIsNotTried()
    {
        TokenInfo locked = token(4, 8);
        locked.pinState = PinState::Locked;
        QCOMPARE(codeOf(checkPinBeforeLogin(locked, pinOf("1234"))),
                 QString::fromLatin1(ErrorCode::PinBlocked));
        locked.protectedAuthenticationPath = true;
        QCOMPARE(codeOf(checkPinBeforeLogin(locked, pinOf(""))),
                 QString::fromLatin1(ErrorCode::PinBlocked));
    }

    void newPinLimits()
    {
        const QString rejected = QString::fromLatin1(ErrorCode::NewPinRejected);
        QCOMPARE(codeOf(checkNewPin(token(4, 8), pinOf("4321"))), QString());
        QCOMPARE(codeOf(checkNewPin(token(4, 8), pinOf("432"))), rejected);
        QCOMPARE(codeOf(checkNewPin(token(4, 8), pinOf("123456789"))), rejected);
        QCOMPARE(codeOf(checkNewPin(token(4, 8), pinOf(""))), rejected);
    }
};

QTEST_GUILESS_MAIN(TestPkcs11TokenInfo)
#include "tst_pkcs11_tokeninfo.moc"
