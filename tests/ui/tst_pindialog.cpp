#include "CertificateParser.h"
#include "LanguageManager.h"
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
        auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("pinField"));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(field, QStringLiteral("12ab3-45"));
        QCOMPARE(field->text(), QStringLiteral("12345")); // digits only
        QVERIFY(!ok->isEnabled());                        // 5 < 6
        QTest::keyClicks(field, QStringLiteral("6789"));
        QCOMPARE(field->text(), QStringLiteral("12345678")); // at most 8
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("pinTries"))->text(),
                 QStringLiteral("2 tries left of 3."));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("pinRules"))->text(),
                 QStringLiteral("6 to 8 digits."));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("pinPurpose"))
                    ->text()
                    .contains(QStringLiteral("signature PIN")));
    }

    void returnsThePinAndWipesTheField()
    {
        PinDialog dialog(eidSignature());
        dialog.show();
        auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("pinField"));
        QTest::keyClicks(field, QStringLiteral("123456"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const SecretBuffer pin = dialog.takePin();
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(pin.bytes().data()), 6),
                 QByteArray("123456"));
        QVERIFY(field->text().isEmpty());
    }

    void aNewPinIsTypedTwice()
    {
        PinRequest request = eidSignature();
        request.purpose = PinRequest::Purpose::NewPin;
        PinDialog dialog(request);
        dialog.show();
        auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("pinField"));
        auto* confirm = dialog.findChild<QLineEdit*>(QStringLiteral("pinConfirmField"));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(confirm->isVisible());
        QTest::keyClicks(field, QStringLiteral("246810"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(confirm, QStringLiteral("246811"));
        QVERIFY(!ok->isEnabled()); // different
        confirm->clear();
        QTest::keyClicks(confirm, QStringLiteral("246810"));
        QVERIFY(ok->isEnabled());
        // An ordinary PIN request has no second field.
        PinDialog sign(eidSignature());
        sign.show();
        QVERIFY(!sign.findChild<QLineEdit*>(QStringLiteral("pinConfirmField"))->isVisible());
    }

    void cancelClearsTheField()
    {
        PinDialog dialog(eidSignature());
        auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("pinField"));
        QTest::keyClicks(field, QStringLiteral("1234"));
        dialog.reject();
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
