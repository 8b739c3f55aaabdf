// The OS keychain through QtKeychain (a private gnome-keyring on a private D-Bus,
// started by tests/support/with-keyring.sh), and the session's refresh token in it.
#include "CredentialStore.h"
#include "DataPaths.h"
#include "ErrorCodes.h"
#include "IdentityBinding.h"
#include "PersonalSpace.h"
#include "PortalServer.h"
#include "PortalStack.h"
#include "PortalTls.h"
#include "ScriptedPinPrompt.h"
#include "SessionManager.h"
#include "SimulatedPki.h"
#include "SimulatedToken.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using guichet::sim::SimulatedToken;

namespace {

template <typename T>
T wait(std::function<void(std::function<void(T)>)> start)
{
    std::optional<T> result;
    start([&](T value) { result = std::move(value); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
    return result.value_or(T(Error(ErrorCode::Unknown, QStringLiteral("no answer"))));
}

class AuthKeySigner final : public Signer
{
public:
    explicit AuthKeySigner(SimulatedToken& token) : m_token(token) {}
    QByteArray certificate() const override
    {
        return m_token.tokens().first().certificates.first().der;
    }
    SignatureAlgorithm algorithm() const override { return SignatureAlgorithm::Ecdsa; }
    Result<QByteArray> signDigest(const QByteArray& digest, DigestAlgorithm algorithm) override
    {
        m_prompt.answer(QStringLiteral("123456"));
        return m_token.sign(QLatin1String(SimulatedToken::TokenId),
                            QByteArray(SimulatedToken::AuthenticationKeyId),
                            SignatureAlgorithm::Ecdsa, algorithm, digest, m_prompt);
    }

private:
    SimulatedToken& m_token;
    ScriptedPinPrompt m_prompt;
};

// The app's one composition of the portal side, pointed at a simulated portal.
std::unique_ptr<PortalStack> stackFor(const sim::PortalServer& portal, const sim::PortalTls& tls,
                                      const QString& dataFolder)
{
    net::PortalEndpoint endpoint;
    endpoint.url = portal.baseUrl();
    endpoint.trust = net::TlsTrust({tls.caCertificate()});
    endpoint.proxy.mode = net::ProxySettings::Mode::None;
    auto stack =
        std::make_unique<PortalStack>(endpoint, QStringLiteral("test"), DataPaths(dataFolder));
    stack->start();
    return stack;
}

} // namespace

class TestPortalKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesLoadsAndRemovesASecret()
    {
        CredentialStore store(QStringLiteral("guichet-desktop-test"));
        const Status stored = wait<Status>([&](auto done) {
            store.store(QStringLiteral("a"), QByteArray("s3cr3t\x01", 7), done);
        });
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().detail()));
        const Result<QByteArray> loaded =
            wait<Result<QByteArray>>([&](auto done) { store.load(QStringLiteral("a"), done); });
        QCOMPARE(loaded.value(), QByteArray("s3cr3t\x01", 7));
        QVERIFY(wait<Status>([&](auto done) { store.remove(QStringLiteral("a"), done); }).ok());
        const Result<QByteArray> gone =
            wait<Result<QByteArray>>([&](auto done) { store.load(QStringLiteral("a"), done); });
        QCOMPARE(gone.error().code(), QLatin1String(ErrorCode::CredentialMissing));
    }

    void refreshTokenLivesInTheKeychainUntilSignOut()
    {
        SimulatedToken token;
        sim::PortalTls tls;
        sim::PortalServer portal({token.pki().caCertificateDer()});
        QVERIFY(portal.start(tls.serverConfiguration()).ok());
        SessionManager sessions(portal.baseUrl(), {tls.caCertificate()});
        QSignalSpy problems(&sessions, &SessionManager::keychainProblem);
        sessions.signIn(std::make_unique<AuthKeySigner>(token));
        QTRY_VERIFY_WITH_TIMEOUT(sessions.session().has_value(), 15000);
        const QString account = SessionManager::credentialAccount(sessions.session()->identityId);
        const QByteArray refresh = sessions.session()->refreshToken.toUtf8();

        CredentialStore store;
        QTRY_VERIFY_WITH_TIMEOUT(wait<Result<QByteArray>>([&](auto done) {
                                     store.load(account, done);
                                 }).valueOr({}) == refresh,
                                 10000);
        sessions.signOut();
        QTRY_COMPARE_WITH_TIMEOUT(
            wait<Result<QByteArray>>([&](auto done) { store.load(account, done); }).ok(), false,
            10000);
        QVERIFY(problems.isEmpty());
    }

    // The app's composition for a signed-in person: store and vault in their own
    // folder (vault key in the keychain), sync through the change feed, uploads
    // through the outbox; everything taken down at sign-out.
    void personalSpaceSyncsAndUploadsThroughTheOutbox()
    {
        SimulatedToken token;
        sim::PortalTls tls;
        sim::PortalServer portal({token.pki().caCertificateDer()});
        QVERIFY(portal.start(tls.serverConfiguration()).ok());
        QTemporaryDir data;
        auto stack = stackFor(portal, tls, data.path());
        SessionManager& sessions = stack->sessions();
        PersonalSpace& space = stack->personal();
        QSignalSpy problems(&space, &PersonalSpace::problem);
        sessions.signIn(std::make_unique<AuthKeySigner>(token));
        QTRY_VERIFY_WITH_TIMEOUT(sessions.session().has_value(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            space.source().objects(QStringLiteral("dossier")).valueOr({}).size() >= 10, 60000);
        QCOMPARE(space.source().spaceId(), QStringLiteral("sp-priv-marie-schmit"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !space.source()
                 .searchCatalogue(QStringLiteral("fr"), QStringLiteral("etudes"), {}, 20)
                 .valueOr({})
                 .isEmpty(),
            60000);

        // The vault key is named after the card's local identity, not the portal's word.
        const QString identity =
            IdentityBinding(DataPaths(data.path()), QStringLiteral("test"))
                .localIdentity(token.tokens().first().certificates.first().der);
        CredentialStore keychain;
        QTRY_COMPARE_WITH_TIMEOUT(wait<Result<QByteArray>>([&](auto done) {
                                      keychain.load(QStringLiteral("vault-key:") + identity, done);
                                  })
                                      .valueOr({})
                                      .size(),
                                  32, 10000);

        QFile pdf(data.filePath(QStringLiteral("rent-contract.pdf")));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.4\n% rent contract\n%%EOF\n");
        pdf.close();
        space.uploadDocument(pdf.fileName());
        const auto uploaded = [&] {
            sim::PortalStore::ItemQuery query;
            query.kind = QStringLiteral("document");
            query.limit = 1000;
            int found = 0;
            for (const QJsonObject& document :
                 portal.store().items(QStringLiteral("sp-priv-marie-schmit"), query).items)
                found += document.value(QStringLiteral("title")).toString() ==
                         QLatin1String("rent-contract.pdf");
            return found;
        };
        QTRY_COMPARE_WITH_TIMEOUT(uploaded(), 1, 30000);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.isEmpty() ? QString()
                                               : problems.first().first().value<Error>().code()));

        // A document that is not on this computer yet is fetched when asked for.
        const QString documentId =
            space.source().objects(QStringLiteral("document")).valueOr({}).first().id;
        QVERIFY(!space.source().documentContent(documentId).valueOr({}).has_value());
        space.source().requestDocument(documentId);
        QTRY_VERIFY_WITH_TIMEOUT(space.source()
                                     .documentContent(documentId)
                                     .valueOr({})
                                     .value_or(QByteArray())
                                     .startsWith("%PDF-"),
                                 20000);

        sessions.signOut();
        QVERIFY(space.source().objects(QStringLiteral("dossier")).valueOr({}).isEmpty());
    }

    // Luc Weber's three spaces: the screens and the forms follow the one he chooses,
    // a company's space carries the company, and the choice is kept for his next
    // sign-in.
    void personalSpaceSwitchesSpaces()
    {
        SimulatedToken token(sim::SimulatedPki::demoPersonas().at(1));
        sim::PortalTls tls;
        sim::PortalServer portal({token.pki().caCertificateDer()});
        QVERIFY(portal.start(tls.serverConfiguration()).ok());
        QTemporaryDir data;
        const QString privateSpace = QStringLiteral("sp-priv-luc-weber");
        const QString weber = QStringLiteral("sp-pro-weber-constructions");
        {
            auto stack = stackFor(portal, tls, data.path());
            SessionManager& sessions = stack->sessions();
            PersonalSpace& space = stack->personal();
            sessions.signIn(std::make_unique<AuthKeySigner>(token));
            QTRY_COMPARE_WITH_TIMEOUT(space.spaces().spaces().size(), 3, 30000);
            QCOMPARE(space.spaces().currentId(), privateSpace);
            QCOMPARE(space.source().spaceId(), privateSpace);
            QCOMPARE(space.forms().spaceId(), privateSpace);
            QVERIFY(space.forms().company().isEmpty());

            QSignalSpy formsMoved(&space.forms(), &forms::FormGateway::spaceChanged);
            QVERIFY(space.spaces().choose(weber));
            QCOMPARE(space.source().spaceId(), weber);
            QCOMPARE(space.forms().spaceId(), weber);
            QCOMPARE(formsMoved.size(), 1);
            QCOMPARE(space.forms().company().name, QStringLiteral("Weber Constructions S.A."));
            QCOMPARE(space.forms().company().rcsNumber, QStringLiteral("B123456"));
            // The company's dossiers, not his private ones.
            const auto weberDossiers = [&] {
                sim::PortalStore::ItemQuery query;
                query.kind = QStringLiteral("dossier");
                query.limit = 1000;
                return portal.store().items(weber, query).items.size();
            };
            QTRY_COMPARE_WITH_TIMEOUT(
                space.source().objects(QStringLiteral("dossier")).valueOr({}).size(),
                weberDossiers(), 60000);
            sessions.signOut();
            QVERIFY(space.spaces().spaces().isEmpty());
        }
        auto stack = stackFor(portal, tls, data.path());
        SessionManager& sessions = stack->sessions();
        PersonalSpace& again = stack->personal();
        sessions.signIn(std::make_unique<AuthKeySigner>(token));
        QTRY_COMPARE_WITH_TIMEOUT(again.spaces().spaces().size(), 3, 30000);
        QCOMPARE(again.spaces().currentId(), weber);
        QCOMPARE(again.source().spaceId(), weber);
        sessions.signOut();
    }

    void aSpaceWhoseFirstSyncIsNotDoneSaysLoading()
    {
        // Every feed page takes 400 ms: the syncs of Luc's three spaces, one after the
        // other, take seconds. The space on screen goes first and is "Ready" as soon
        // as its own first sync is in; another one chosen meanwhile says "Loading"
        // until its own is.
        SimulatedToken token(sim::SimulatedPki::demoPersonas().at(1));
        sim::PortalTls tls;
        sim::PortalServer portal({token.pki().caCertificateDer()});
        QVERIFY(portal.start(tls.serverConfiguration()).ok());
        sim::Fault slow;
        slow.kind = sim::Fault::Kind::Latency;
        slow.milliseconds = 400;
        portal.faults().set(QStringLiteral("GET /spaces/{spaceId}/changes"), slow);
        QTemporaryDir data;
        auto stack = stackFor(portal, tls, data.path());
        SessionManager& sessions = stack->sessions();
        PersonalSpace& space = stack->personal();
        sessions.signIn(std::make_unique<AuthKeySigner>(token));
        QTRY_COMPARE_WITH_TIMEOUT(space.spaces().spaces().size(), 3, 30000);
        QCOMPARE(space.source().state(), DataState::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(space.source().state(), DataState::Ready, 30000);
        QVERIFY(space.spaces().choose(QStringLiteral("sp-pro-weber-constructions")));
        QCOMPARE(space.source().state(), DataState::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(space.source().state(), DataState::Ready, 30000);
        QVERIFY(!space.source().objects(QStringLiteral("dossier")).valueOr({}).isEmpty());
        sessions.signOut();
    }
};

QTEST_GUILESS_MAIN(TestPortalKeychain)
#include "tst_portal_keychain.moc"
