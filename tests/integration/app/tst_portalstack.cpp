// The one composition of the portal side (app/PortalStack), as the application
// builds it: a simulated portal over TLS on loopback, a simulated card, the real
// keychain (inside with-keyring.sh), the real store and vault in a temporary folder.
// Whose data opens is decided by the card: a portal answer naming another identity
// than the one bound to the card's folder is refused and opens nothing.
#include "CertificateFactory.h"
#include "DraftStore.h"
#include "ErrorCodes.h"
#include "FaultInjector.h"
#include "IdentityBinding.h"
#include "LogRedactor.h"
#include "PersonalSpace.h"
#include "PortalServer.h"
#include "PortalStack.h"
#include "PortalTls.h"
#include "SessionManager.h"
#include "SimulatedToken.h"
#include "SimulatedTokenSigner.h"
#include "SpaceSource.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>

#include <memory>

using namespace guichet;

namespace {

const QString PortalName = QStringLiteral("https://portal.test");

// A card from elsewhere (another country's eID, a PIV card): a certificate with
// neither a national nor a LuxTrust number, its EC key in memory.
class ForeignCard final : public Signer
{
public:
    ForeignCard(const sim::CertificateFactory::Issued& ca, const QString& name, long serial)
        : m_issued(sim::CertificateFactory::issue(ca, {{"C", QStringLiteral("BE")}, {"CN", name}},
                                                  {{"keyUsage", "critical,digitalSignature"}},
                                                  serial))
    {}
    QByteArray certificate() const override { return m_issued.certificateDer(); }
    SignatureAlgorithm algorithm() const override { return SignatureAlgorithm::Ecdsa; }
    Result<QByteArray> signDigest(const QByteArray& digest, DigestAlgorithm) override
    {
        std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> context(
            EVP_PKEY_CTX_new(m_issued.key.get(), nullptr), EVP_PKEY_CTX_free);
        size_t length = 0;
        if (!context || EVP_PKEY_sign_init(context.get()) != 1 ||
            EVP_PKEY_sign(context.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char*>(digest.constData()),
                          size_t(digest.size())) != 1)
            return Error(QStringLiteral("GEN-000"), QStringLiteral("sign init"));
        QByteArray signature(qsizetype(length), Qt::Uninitialized);
        if (EVP_PKEY_sign(context.get(), reinterpret_cast<unsigned char*>(signature.data()),
                          &length, reinterpret_cast<const unsigned char*>(digest.constData()),
                          size_t(digest.size())) != 1)
            return Error(QStringLiteral("GEN-000"), QStringLiteral("sign"));
        signature.resize(qsizetype(length));
        return signature;
    }

private:
    sim::CertificateFactory::Issued m_issued;
};

} // namespace

class TestPortalStack : public QObject
{
    Q_OBJECT

private:
    sim::SimulatedToken m_token;
    sim::PortalTls m_tls;
    std::unique_ptr<sim::PortalServer> m_server;
    QTemporaryDir m_data;

    net::PortalEndpoint endpoint() const
    {
        net::PortalEndpoint portal;
        portal.url = m_server->baseUrl();
        portal.trust = net::TlsTrust({m_tls.caCertificate()});
        portal.proxy.mode = net::ProxySettings::Mode::None;
        return portal;
    }

    // Signs in with the simulated card's authentication key; the error when refused.
    std::optional<Error> signIn(PortalStack& stack)
    {
        QSignalSpy failed(&stack.sessions(), &SessionManager::signInFailed);
        stack.sessions().signIn(std::make_unique<test::SimulatedTokenSigner>(
            m_token, QByteArray(sim::SimulatedToken::AuthenticationKeyId)));
        if (!QTest::qWaitFor(
                [&] { return stack.sessions().session().has_value() || !failed.isEmpty(); }, 30000))
            return Error(QStringLiteral("GEN-000"), QStringLiteral("no answer"));
        if (!failed.isEmpty())
            return failed.first().first().value<Error>();
        return std::nullopt;
    }

    int documentsShown(PortalStack& stack)
    {
        const auto documents = stack.personal().source().objects(QStringLiteral("document"));
        return documents ? int(documents.value().size()) : -1;
    }

    // Appends the marker to every free text of a portal object (titles, subjects,
    // bodies, names, purposes, values), in nested objects and arrays too.
    static void markTexts(QJsonObject& object, const QString& marker)
    {
        static const QStringList texts{
            "title",    "subject",     "body",  "text",  "purpose", "summary",     "name",
            "fileName", "description", "label", "value", "reason",  "displayName", "comment"};
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isString() && texts.contains(it.key())) {
                it.value() = it.value().toString() + u' ' + marker;
            } else if (it.value().isObject()) {
                QJsonObject inner = it.value().toObject();
                markTexts(inner, marker);
                it.value() = inner;
            } else if (it.value().isArray()) {
                QJsonArray array = it.value().toArray();
                for (qsizetype i = 0; i < array.size(); ++i) {
                    if (!array.at(i).isObject())
                        continue;
                    QJsonObject inner = array.at(i).toObject();
                    markTexts(inner, marker);
                    array[i] = inner;
                }
                it.value() = array;
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        m_server = std::make_unique<sim::PortalServer>(
            QList<QByteArray>{m_token.pki().caCertificateDer()});
        QVERIFY(m_server->start(m_tls.serverConfiguration()).ok());
    }

    void signsInSyncsAndKeepsTheCardsFolder()
    {
        PortalStack stack(endpoint(), PortalName, DataPaths(m_data.path()));
        LogRedactor redactor;
        stack.redactNamesIn(redactor);
        stack.start();
        QCOMPARE(documentsShown(stack), 0); // signed out: the public space has none
        const std::optional<Error> refused = signIn(stack);
        QVERIFY2(!refused, refused ? qPrintable(refused->summary()) : "");
        QTRY_VERIFY_WITH_TIMEOUT(documentsShown(stack) > 0, 60000);
        // From now on the log never has the signed-in person's names.
        const QString line = QStringLiteral("opened the space of %1 (%2)")
                                 .arg(stack.sessions().session()->displayName(),
                                      stack.sessions().session()->surname);
        QVERIFY(line.contains(QStringLiteral("Schmit")));
        QVERIFY2(!redactor.redact(line).contains(QStringLiteral("Schmit")),
                 qPrintable(redactor.redact(line)));
        QVERIFY(!redactor.redact(line).contains(stack.sessions().session()->givenName));

        // The folder is the card's, bound to the portal's identity id.
        const IdentityBinding binding(DataPaths(m_data.path()), PortalName);
        const QString folder = binding.directoryFor(m_token.pki().authentication().certificateDer);
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("space.sqlite"))));
        QFile bound(QDir(folder).filePath(QStringLiteral("portal-identity")));
        QVERIFY(bound.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(bound.readAll()), stack.sessions().session()->identityId);

        stack.sessions().signOut();
        QTRY_COMPARE(documentsShown(stack), 0);
    }

    void anotherIdentityForTheSameCardOpensNothing()
    {
        // This card's folder is bound to someone else (a portal answering for another
        // person): the answer is refused before a session exists.
        const IdentityBinding binding(DataPaths(m_data.path()), PortalName);
        const QString folder = binding.directoryFor(m_token.pki().authentication().certificateDer);
        QFile bound(QDir(folder).filePath(QStringLiteral("portal-identity")));
        QVERIFY(bound.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bound.write("id-somebody-else");
        bound.close();

        PortalStack stack(endpoint(), PortalName, DataPaths(m_data.path()));
        stack.start();
        QSignalSpy changed(&stack.sessions(), &SessionManager::sessionChanged);
        const std::optional<Error> refused = signIn(stack);
        QVERIFY(refused);
        QCOMPARE(refused->code(), QString::fromLatin1(ErrorCode::AuthIdentityMismatch));
        QVERIFY(!stack.sessions().session());
        QVERIFY(stack.sessions().signedInCertificate().isEmpty());
        QTest::qWait(200);
        QCOMPARE(documentsShown(stack), 0);
    }

    void aPortalNamingSomeoneElseOpensNothing()
    {
        // A fresh computer (nothing bound yet): the masked national number gives it away.
        QTemporaryDir data;
        sim::Fault foreign;
        foreign.kind = sim::Fault::Kind::ForeignIdentity;
        foreign.times = 1;
        m_server->faults().set(QStringLiteral("POST /auth/token"), foreign);
        {
            PortalStack stack(endpoint(), PortalName, DataPaths(data.path()));
            stack.start();
            const std::optional<Error> refused = signIn(stack);
            QVERIFY(refused);
            QCOMPARE(refused->code(), QString::fromLatin1(ErrorCode::AuthIdentityMismatch));
            QVERIFY(!stack.sessions().session());
            QTest::qWait(200);
            QCOMPARE(documentsShown(stack), 0);
            // Nothing was bound to the other identity: the next sign-in is the card's own.
            QVERIFY(!signIn(stack));
            QCOMPARE(stack.sessions().session()->surname, QStringLiteral("Schmit"));

            // A refresh that names someone else ends the session the same way.
            QSignalSpy expired(&stack.sessions(), &SessionManager::sessionExpired);
            m_server->faults().set(QStringLiteral("POST /auth/refresh"), foreign);
            stack.sessions().refreshSession();
            QTRY_COMPARE_WITH_TIMEOUT(expired.size(), 1, 30000);
            QCOMPARE(expired.first().first().value<Error>().code(),
                     QString::fromLatin1(ErrorCode::AuthIdentityMismatch));
            QVERIFY(!stack.sessions().session());
            QTRY_COMPARE(documentsShown(stack), 0);
        }
        m_server->faults().clearAll();
    }

    void withoutThePortalTheCardOpensItsCopyOffline()
    {
        // Online once, on a portal of its own that then goes away.
        QTemporaryDir data;
        auto portal = std::make_unique<sim::PortalServer>(
            QList<QByteArray>{m_token.pki().caCertificateDer()});
        QVERIFY(portal->start(m_tls.serverConfiguration()).ok());
        net::PortalEndpoint gone = endpoint();
        gone.url = portal->baseUrl();
        int documentsOnline = 0;
        {
            PortalStack stack(gone, PortalName, DataPaths(data.path()));
            stack.start();
            QVERIFY(!signIn(stack));
            QTRY_VERIFY_WITH_TIMEOUT(documentsShown(stack) > 0, 60000);
            QTRY_VERIFY_WITH_TIMEOUT(stack.personal().source().state() == DataState::Ready, 30000);
            documentsOnline = documentsShown(stack);
            stack.sessions().signOut();
        }
        portal.reset();

        // The portal cannot be reached: the card signs a local challenge and its copy
        // opens, read as it was, marked offline.
        PortalStack stack(gone, PortalName, DataPaths(data.path()));
        stack.start();
        QSignalSpy offline(&stack.sessions(), &SessionManager::signedInOffline);
        QVERIFY(!signIn(stack));
        QCOMPARE(offline.size(), 1);
        QCOMPARE(offline.first().first().value<Error>().code(),
                 QString::fromLatin1(ErrorCode::PortalUnreachable));
        QVERIFY(stack.sessions().session()->offline);
        QVERIFY(stack.sessions().session()->accessToken.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(documentsShown(stack), documentsOnline, 10000);
        QCOMPARE(stack.personal().source().state(), DataState::Offline);
        stack.sessions().signOut();
        QTRY_COMPARE(documentsShown(stack), 0);

        // A card that never signed in online here has nothing to open.
        QTemporaryDir empty;
        PortalStack fresh(gone, PortalName, DataPaths(empty.path()));
        fresh.start();
        const std::optional<Error> refused = signIn(fresh);
        QVERIFY(refused);
        QCOMPARE(refused->code(), QString::fromLatin1(ErrorCode::PortalUnreachable));
        QVERIFY(!fresh.sessions().session());
    }

    void cardsFromElsewhereGetSpacesOfTheirOwn()
    {
        // The portal trusts a foreign CA; two of its cards have no number at all.
        const auto ca = sim::CertificateFactory::makeRoot(
            {{"C", QStringLiteral("BE")}, {"CN", QStringLiteral("Foreign eID Test CA")}});
        sim::PortalServer portal(QList<QByteArray>{ca.certificateDer()});
        QVERIFY(portal.start(m_tls.serverConfiguration()).ok());
        net::PortalEndpoint foreign = endpoint();
        foreign.url = portal.baseUrl();
        QTemporaryDir data;
        QStringList identities;
        for (const QString& name :
             {QStringLiteral("Anna Peeters"), QStringLiteral("Jan Peeters")}) {
            PortalStack stack(foreign, PortalName, DataPaths(data.path()));
            stack.start();
            auto card = std::make_unique<ForeignCard>(ca, name, identities.size() + 10);
            const QByteArray certificate = card->certificate();
            QVERIFY(IdentityBinding::cardKey(certificate).startsWith(u"key:"));
            QSignalSpy failed(&stack.sessions(), &SessionManager::signInFailed);
            stack.sessions().signIn(std::move(card));
            QTRY_VERIFY_WITH_TIMEOUT(stack.sessions().session() || !failed.isEmpty(), 30000);
            QVERIFY2(failed.isEmpty(),
                     failed.isEmpty()
                         ? ""
                         : qPrintable(failed.first().first().value<Error>().summary()));
            identities.append(stack.sessions().session()->identityId);
            // A private space of their own, empty, named after them.
            QTRY_COMPARE_WITH_TIMEOUT(stack.personal().spaces().spaces().size(), 1, 30000);
            QCOMPARE(stack.personal().spaces().spaces().first().displayName, name);
            QCOMPARE(documentsShown(stack), 0);
            QVERIFY(QFile::exists(
                QDir(IdentityBinding(DataPaths(data.path()), PortalName).directoryFor(certificate))
                    .filePath(QStringLiteral("space.sqlite"))));
            stack.sessions().signOut();
        }
        // Told apart by their keys: two people, not one "card without a number".
        QCOMPARE(identities.size(), 2);
        QVERIFY(identities.first() != identities.last());
    }

    void aPortalUnderAnotherNameKeepsItsOwnCopy()
    {
        // The same card on another portal: a folder of its own, bound afresh.
        const QString other = QStringLiteral("demo");
        PortalStack stack(endpoint(), other, DataPaths(m_data.path()));
        stack.start();
        const std::optional<Error> refused = signIn(stack);
        QVERIFY2(!refused, refused ? qPrintable(refused->summary()) : "");
        const QByteArray card = m_token.pki().authentication().certificateDer;
        QVERIFY(IdentityBinding(DataPaths(m_data.path()), other).directoryFor(card) !=
                IdentityBinding(DataPaths(m_data.path()), PortalName).directoryFor(card));
        QTRY_VERIFY_WITH_TIMEOUT(documentsShown(stack) > 0, 60000);
        stack.sessions().signOut();
    }
    void nothingPersonalIsReadableFromTheDataFolder()
    {
        // Every kind of personal data the portal sends gets a marker in its texts; the
        // person uploads a file, keeps a draft with an attachment and is signed out.
        // Then no file under the data folder (stores, their logs, drafts, vault, small
        // files) holds the marker, in UTF-8 or UTF-16, though the app showed it.
        QTemporaryDir data;
        const QString marker = QStringLiteral("QZXMARKERQZX");
        sim::PortalStore& portal = m_server->store();
        const QList<sim::PortalStore::Space> spaces =
            portal.spacesOf(QStringLiteral("marie-schmit"));
        QVERIFY(!spaces.isEmpty());
        int marked = 0;
        for (const sim::PortalStore::Space& space : spaces) {
            for (const char* kind :
                 {"dossier", "event", "document", "message", "consent", "data", "access"}) {
                sim::PortalStore::ItemQuery query;
                query.kind = QString::fromLatin1(kind);
                query.limit = 3;
                for (QJsonObject item : portal.items(space.id, query).items) {
                    markTexts(item, marker);
                    item.insert(QStringLiteral("version"),
                                item.value(QStringLiteral("version")).toInteger() + 1);
                    if (query.kind == QLatin1String("document")) {
                        const QByteArray content = "%PDF-1.4\n% " + marker.toUtf8() + "\n%%EOF\n";
                        portal.putContent(space.id, item.value(QStringLiteral("id")).toString(),
                                          content);
                        item.insert(QStringLiteral("size"), content.size());
                        item.insert(QStringLiteral("sha256"),
                                    QString::fromLatin1(QCryptographicHash::hash(
                                                            content, QCryptographicHash::Sha256)
                                                            .toHex()));
                        item.insert(QStringLiteral("mediaType"), QStringLiteral("application/pdf"));
                    }
                    portal.putItem(space.id, query.kind, item);
                    ++marked;
                }
            }
        }
        QVERIFY(marked >= 7);
        {
            PortalStack stack(endpoint(), PortalName, DataPaths(data.path()));
            stack.start();
            QVERIFY(!signIn(stack));
            const auto shows = [&](const char* kind) {
                const auto json = stack.personal().source().objectsJson(QString::fromLatin1(kind));
                return json && json.value().contains(marker.toUtf8());
            };
            // The app has the marked data (so the search below is meaningful).
            QTRY_VERIFY_WITH_TIMEOUT(shows("document") && shows("message") && shows("dossier"),
                                     60000);

            // A marked document's content comes into the vault.
            QString markedId;
            for (const store::StoredObject& document :
                 stack.personal().source().objects(QStringLiteral("document")).valueOr({}))
                if (markedId.isEmpty() && document.json.contains(marker.toUtf8()))
                    markedId = document.id;
            QVERIFY(!markedId.isEmpty());
            stack.personal().source().requestDocument(markedId);
            QTRY_VERIFY_WITH_TIMEOUT(stack.personal()
                                         .source()
                                         .documentContent(markedId)
                                         .valueOr({})
                                         .value_or(QByteArray())
                                         .contains(marker.toUtf8()),
                                     30000);

            QFile upload(data.filePath(QStringLiteral("upload-%1.pdf").arg(marker)));
            QVERIFY(upload.open(QIODevice::WriteOnly));
            upload.write("%PDF-1.4\n% upload " + marker.toUtf8() + "\n%%EOF\n");
            upload.close();
            stack.personal().uploadDocument(upload.fileName());
            QVERIFY(upload.remove()); // the person's own copy is not the app's file

            forms::DraftStore* drafts = nullptr;
            QTRY_VERIFY((drafts = stack.personal().forms().drafts()) != nullptr);
            forms::DraftSummary summary;
            summary.spaceId = spaces.first().id;
            summary.formId = QStringLiteral("form-x");
            summary.formVersion = QStringLiteral("1");
            summary.procedureId = QStringLiteral("proc-x");
            summary.title = marker;
            const Result<QString> draft = drafts->create(summary);
            QVERIFY(draft);
            QVERIFY(drafts->save(draft.value(), {{QStringLiteral("answer"), marker}},
                                 QDateTime::currentDateTimeUtc()));
            const QByteArray attached = "attachment " + marker.toUtf8();
            QVERIFY(drafts->putFile(
                draft.value(),
                {QString::fromLatin1(
                     QCryptographicHash::hash(attached, QCryptographicHash::Sha256).toHex()),
                 marker + QStringLiteral(".txt"), QStringLiteral("text/plain"), attached}));
            // The upload reaches the portal and comes back as a document.
            QTRY_VERIFY_WITH_TIMEOUT(
                stack.personal()
                    .source()
                    .objectsJson(QStringLiteral("document"))
                    .valueOr({})
                    .contains(QStringLiteral("upload-%1.pdf").arg(marker).toUtf8()),
                60000);
            stack.sessions().signOut();
            QTRY_COMPARE(documentsShown(stack), 0);
        }
        const QByteArray utf8 = marker.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char*>(marker.utf16()), marker.size() * 2);
        QStringList readable;
        int files = 0;
        QDirIterator it(data.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            if (bytes.contains(utf8) || bytes.contains(utf16))
                readable.append(QDir(data.path()).relativeFilePath(file.fileName()));
        }
        QVERIFY(files >= 5);
        QVERIFY2(readable.isEmpty(), qPrintable(readable.join(u' ')));
    }
};

QTEST_MAIN(TestPortalStack)
#include "tst_portalstack.moc"
