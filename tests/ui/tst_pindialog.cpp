#include "AnnouncementRecorder.h"
#include "CertificateParser.h"
#include "ErrorCodes.h"
#include "LanguageManager.h"
#include "PinChecks.h"
#include "SimulatedToken.h"
#include "dialogs/CertificateDialog.h"
#include "dialogs/PinDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace guichet;

namespace {

PinRequest eidSignature()
{
    PinRequest request;
    request.purpose = PinRequest::Purpose::Sign;
    request.tokenLabel = QStringLiteral("Marie Schmit");
    request.minLength = 6;
    request.maxLength = 8;
    request.triesLeft = 2;
    request.maxTries = 3;
    return request;
}

} // namespace

class TestPinDialog : public QObject
{
    Q_OBJECT

private:
    LanguageManager m_languages;

private Q_SLOTS:
    void initTestCase() { m_languages.setLanguage(QStringLiteral("en")); }

    void followsThePinRules()
    {
        PinDialog dialog(eidSignature());
        dialog.show();
        auto* field = dialog.findChild<PinField*>(QStringLiteral("pinField"));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(field, QStringLiteral("12ab3-45"));
        QCOMPARE(field->pinLength(), 5); // digits only
        QVERIFY(!ok->isEnabled());       // 5 < 6
        QTest::keyClicks(field, QStringLiteral("6789"));
        QCOMPARE(field->pinLength(), 8); // at most 8
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("pinTries"))->text(),
                 QStringLiteral("2 tries left of 3."));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("pinRules"))->text(),
                 QStringLiteral("6 to 8 digits."));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("pinPurpose"))
                    ->text()
                    .contains(QStringLiteral("signature PIN")));
    }

    // Issue #18 §2: after a wrong PIN the tries left are said by themselves, and the
    // field says them again with its name whenever it has the focus.
    void aWrongPinIsAnnouncedWithTheTriesLeft()
    {
        {
            test::AnnouncementRecorder heard;
            PinRequest untouched = eidSignature();
            untouched.triesLeft = 3; // 3 of 3: nothing to tell
            PinDialog first(untouched);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            QVERIFY(heard.texts().isEmpty());
        }
        {
            test::AnnouncementRecorder heard;
            PinDialog later(eidSignature()); // 2 of 3: a wrong PIN in an earlier sign-in
            later.show();
            QVERIFY(QTest::qWaitForWindowExposed(&later));
            QCOMPARE(heard.texts(), QStringList{QStringLiteral("2 tries left of 3.")});
        }
        PinRequest request = eidSignature();
        request.afterWrongPin = true;
        request.triesLeft = 1;
        test::AnnouncementRecorder heard;
        PinDialog dialog(request);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(heard.texts(),
                 QStringList{QStringLiteral(
                     "The PIN was wrong. Last try: a wrong PIN now blocks the card.")});
        auto* field = dialog.findChild<PinField*>(QStringLiteral("pinField"));
        QCOMPARE(field->accessibleDescription(),
                 dialog.findChild<QLabel*>(QStringLiteral("pinTries"))->text());
    }

    void returnsThePinAndWipesTheField()
    {
        PinDialog dialog(eidSignature());
        dialog.show();
        auto* field = dialog.findChild<PinField*>(QStringLiteral("pinField"));
        QTest::keyClicks(field, QStringLiteral("123456"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const SecretBuffer pin = dialog.takePin();
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(pin.bytes().data()), 6),
                 QByteArray("123456"));
        QCOMPARE(field->pinLength(), 0);
        QVERIFY(field->text().isEmpty());
    }

    void theFieldNeverHoldsTheDigits()
    {
        // What the line edit holds (its text, its undo history) are placeholders: the
        // digits are only in the field's wiped buffer.
        PinDialog dialog(eidSignature());
        dialog.show();
        auto* field = dialog.findChild<PinField*>(QStringLiteral("pinField"));
        QTest::keyClicks(field, QStringLiteral("975310"));
        QCOMPARE(field->pinLength(), 6);
        QCOMPARE(field->text().size(), 6);
        for (const QChar c : field->text())
            QVERIFY(!c.isDigit());
        QVERIFY(!field->isUndoAvailable());
        QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier); // undo: nothing to bring back
        QTest::keyClick(field, Qt::Key_Backspace);
        QCOMPARE(field->pinLength(), 5);

        // Text set from outside (a screen reader's or a test's setTextContents through
        // the accessibility bus) is taken the same way.
        field->setText(QStringLiteral("424242"));
        QCOMPARE(field->pinLength(), 6);
        QVERIFY(!field->text().contains(u'4'));
        const SecretBuffer pin = dialog.takePin();
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(pin.bytes().data()), 6),
                 QByteArray("424242"));
    }

    void aCharacterTheCardCannotTakeWastesNoTry()
    {
        PinDialog dialog(eidSignature());
        dialog.show();
        auto* field = dialog.findChild<PinField*>(QStringLiteral("pinField"));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        field->setText(QStringLiteral("12345\u0663")); // an Arabic-Indic digit three
        QVERIFY(field->formatRefused());
        QCOMPARE(field->pinLength(), 0);
        QVERIFY(!ok->isEnabled());
        // A PIN that is not all digits never reaches the card: a format error.
        PinRequest request = eidSignature();
        const SecretBuffer letters = SecretBuffer::fromLatin1("12345a", 6, 8);
        QCOMPARE(checkPinFormat(letters, request).error().code(),
                 QString::fromLatin1(ErrorCode::PinFormatInvalid));
        request.digitsOnly = false;
        const SecretBuffer control = SecretBuffer::fromLatin1("1234\t6", 6, 8);
        QCOMPARE(checkPinFormat(control, request).error().code(),
                 QString::fromLatin1(ErrorCode::PinFormatInvalid));
    }

    void aNewPinIsTypedTwice()
    {
        PinRequest request = eidSignature();
        request.purpose = PinRequest::Purpose::NewPin;
        PinDialog dialog(request);
        dialog.show();
        auto* field = dialog.findChild<PinField*>(QStringLiteral("pinField"));
        auto* confirm = dialog.findChild<PinField*>(QStringLiteral("pinConfirmField"));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(confirm->isVisible());
        QTest::keyClicks(field, QStringLiteral("246810"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(confirm, QStringLiteral("246811"));
        QVERIFY(!ok->isEnabled()); // different
        confirm->wipe();
        QTest::keyClicks(confirm, QStringLiteral("246810"));
        QVERIFY(ok->isEnabled());
        // An ordinary PIN request has no second field.
        PinDialog sign(eidSignature());
        sign.show();
        QVERIFY(!sign.findChild<PinField*>(QStringLiteral("pinConfirmField"))->isVisible());
    }

    void cancelClearsTheField()
    {
        PinDialog dialog(eidSignature());
        auto* field = dialog.findChild<PinField*>(QStringLiteral("pinField"));
        QTest::keyClicks(field, QStringLiteral("1234"));
        dialog.reject();
        QCOMPARE(field->pinLength(), 0);
        QVERIFY(field->text().isEmpty());
    }

    void warnsOnTheLastTryAfterAWrongPin()
    {
        PinRequest request = eidSignature();
        request.triesLeft = 1;
        request.afterWrongPin = true;
        PinDialog dialog(request);
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("pinTries"))->text(),
                 QStringLiteral("The PIN was wrong. Last try: a wrong PIN now blocks the card."));
        m_languages.setLanguage(QStringLiteral("de"));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("pinTries"))->text(),
                 QStringLiteral("Die PIN war falsch. Letzter Versuch: Eine falsche PIN sperrt "
                                "jetzt die Karte."));
        m_languages.setLanguage(QStringLiteral("en"));
    }

    void pinPadVariantSaysWhereToType()
    {
        PinPadDialog dialog(eidSignature());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("pinPadMessage"))
                    ->text()
                    .contains(QStringLiteral("reader's keypad")));
        QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel));
    }

    void certificateDetailsArePlainText()
    {
        sim::SimulatedToken token;
        const auto info = parseCertificate(token.pki().signature().certificateDer);
        QVERIFY(info.ok());
        CertificateDialog dialog(info.value(), QStringLiteral("CERT-004"));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("certTrust"))->text(),
                 QStringLiteral("The certificate was not issued by a trusted authority."));
        auto* holder = dialog.findChild<QLabel*>(QStringLiteral("certHolder"));
        QCOMPARE(holder->text(), QStringLiteral("Marie Schmit"));
        QCOMPARE(holder->textFormat(), Qt::PlainText);
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("certNationalNumber"))->text(),
                 QStringLiteral("1985021412399"));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("certRole"))->text(),
                 QStringLiteral("Sign documents"));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("certKey"))->text(),
                 QStringLiteral("EC P-256"));
    }
};

QTEST_MAIN(TestPinDialog)
#include "tst_pindialog.moc"
