#include "AnsweringPinPrompt.h"
#include "ErrorCodes.h"
#include "PortalServer.h"
#include "PortalTls.h"
#include "SessionManager.h"
#include "ShellFixture.h"
#include "pages/SignInPage.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace guichet;

// Signing in from the Sign in page: the simulated card, the PIN dialog's seam and
// the simulated portal over TLS on loopback.
class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsInAndOut()
    {
        ShellFixture shell({}, true);
        sim::PortalTls tls;
        sim::PortalServer portal({shell.token->pki().caCertificateDer()});
        QVERIFY(portal.start(tls.serverConfiguration()).ok());
        SessionManager sessions(portal.baseUrl(), {tls.caCertificate()});
        AnsweringPinPrompt prompt;
        QString pin = QStringLiteral("000000");
        prompt.answerWith([&](const PinRequest& request) {
            // The login uses the authentication key: the dialog says "sign in".
            return request.purpose == PinRequest::Purpose::Authenticate ? std::optional(pin)
                                                                        : std::nullopt;
        });
        shell.setPinPrompt(&prompt);
        SignInPage page(sessions, shell.cards.get());
        QSignalSpy errors(&page, &SignInPage::errorOccurred);
        page.show();
        auto* signIn = page.findChild<QPushButton*>(QStringLiteral("signInButton"));
        auto* signOut = page.findChild<QPushButton*>(QStringLiteral("signOutButton"));
        auto* state = page.findChild<QLabel*>(QStringLiteral("signInState"));
        QTRY_VERIFY(signIn->isEnabled());
        QCOMPARE(state->text(), QStringLiteral("Vous n'êtes pas connecté."));
        QVERIFY(!signOut->isEnabled());
        // Training mode says whose simulated card is in.
        auto* training = page.findChild<QLabel*>(QStringLiteral("signInTrainingHint"));
        QVERIFY(training->isVisible());
        QVERIFY(training->text().contains(QStringLiteral("Marie Schmit")));
        QVERIFY(training->text().contains(QStringLiteral("--persona luc-weber")));

        // A wrong PIN: explained with its code, still signed out.
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
        QCOMPARE(errors.first().first().value<Error>().code(),
                 QLatin1String(ErrorCode::PinIncorrect));
        QTRY_VERIFY(signIn->isEnabled());

        pin = QStringLiteral("123456");
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(state->text(),
                                  QStringLiteral("Connecté en tant que Marie Schmit"), 10000);
        QVERIFY(sessions.session().has_value());
        QVERIFY(!signIn->isEnabled());

        // Taking the card out: kept when locking is off, ended when it is on.
        QSignalSpy locked(&sessions, &SessionManager::lockedByCardRemoval);
        sessions.cardsPresent({}, false);
        QVERIFY(sessions.session().has_value());
        const auto certificates = shell.token->tokens().first().certificates;
        sessions.cardsPresent({certificates.first().der}, true);
        QVERIFY(sessions.session().has_value());
        sessions.cardsPresent({certificates.last().der}, true);
        QVERIFY(!sessions.session().has_value());
        QCOMPARE(locked.size(), 1);

        pin = QStringLiteral("123456");
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(state->text(),
                                  QStringLiteral("Connecté en tant que Marie Schmit"), 10000);
        QTest::mouseClick(signOut, Qt::LeftButton);
        QVERIFY(!sessions.session().has_value());
        QCOMPARE(state->text(), QStringLiteral("Vous n'êtes pas connecté."));
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
