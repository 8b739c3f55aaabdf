// Contract tests: every path and method of docs/api/portal.yaml is served by the
// simulated portal over real TLS on loopback, and every answer received here is
// validated against the file's schemas (PortalTestClient fails on any mismatch).
// The last test checks that no operation was left out.
#include "AuthService.h"
#include "CertificateParser.h"
#include "EcdsaEncoding.h"
#include "OpenApiContract.h"
#include "PortalServer.h"
#include "PortalTestClient.h"
#include "PortalTls.h"
#include "SignedPackage.h"
#include "SimulatedToken.h"
#include "SimulatedTokenSigner.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using guichet::test::PortalAnswer;
using guichet::test::PortalTestClient;

namespace {

const QString Marie = QStringLiteral("sp-priv-marie-schmit");
const QString Weber = QStringLiteral("sp-pro-weber-constructions");
const QString Api = QStringLiteral("/api/v1");

QByteArray tinyPdf(const QByteArray& text)
{
    return "%PDF-1.4\n% " + text +
           "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R "
           ">>\n%%EOF\n";
}

QHttpPart filePart(const QByteArray& name, const QByteArray& fileName, const QByteArray& type,
                   const QByteArray& bytes)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   "form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"");
    part.setHeader(QNetworkRequest::ContentTypeHeader, type);
    part.setBody(bytes);
    return part;
}

QHttpPart jsonPart(const QByteArray& name, const QJsonObject& object)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader, "form-data; name=\"" + name + "\"");
    part.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    part.setBody(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return part;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

#define CHECK_ANSWER(answer, expectedStatus)                                                       \
    do {                                                                                           \
        const PortalAnswer& a_ = (answer);                                                         \
        QVERIFY2(a_.contractProblems.isEmpty(), qPrintable(a_.contractProblems.join(u'\n')));      \
        QVERIFY2(a_.status == (expectedStatus),                                                    \
                 qPrintable(QStringLiteral("status %1, body %2")                                   \
                                .arg(a_.status)                                                    \
                                .arg(QString::fromUtf8(a_.body.left(400)))));                      \
    } while (false)

class TestPortalContract : public QObject
{
    Q_OBJECT

private:
    sim::SimulatedToken m_token;
    sim::PortalTls m_tls;
    std::unique_ptr<sim::PortalServer> m_server;
    std::unique_ptr<PortalTestClient> m_client;
    QJsonObject m_session;

    [[nodiscard]] QString origin() const { return m_server->baseUrl().toString(QUrl::RemovePath); }

    // The token request of the Web eID scheme, signed with the simulated card.
    QJsonObject tokenRequest(const QString& nonce, bool tamper = false)
    {
        test::SimulatedTokenSigner signer(
            m_token, QByteArray(sim::SimulatedToken::AuthenticationKeyId), tamper);
        const QByteArray digest = sim::AuthService::signedValue(origin(), nonce, "ES256");
        const Result<QByteArray> der = signer.signDigest(digest, DigestAlgorithm::Sha256);
        return {
            {QStringLiteral("certificate"), QString::fromLatin1(signer.certificate().toBase64())},
            {QStringLiteral("algorithm"), QStringLiteral("ES256")},
            {QStringLiteral("signature"),
             QString::fromLatin1(ecdsaDerToRaw(der.value(), signer.certificate()).toBase64())},
            {QStringLiteral("nonce"), nonce},
            {QStringLiteral("origin"), origin()}};
    }

    PortalAnswer postJson(const QString& path, const QJsonObject& body)
    {
        return m_client->send("POST", Api + path,
                              QJsonDocument(body).toJson(QJsonDocument::Compact),
                              "application/json");
    }

    QString challenge()
    {
        const PortalAnswer answer = m_client->send("POST", Api + QStringLiteral("/auth/challenge"));
        return answer.json().value(QStringLiteral("nonce")).toString();
    }

    // Signs in as Marie (the simulated token's persona) and keeps the session.
    void signIn()
    {
        m_client->setAccessToken({});
        const PortalAnswer token =
            postJson(QStringLiteral("/auth/token"), tokenRequest(challenge()));
        QVERIFY(token.contractProblems.isEmpty());
        QCOMPARE(token.status, 200);
        m_session = token.json();
        m_client->setAccessToken(m_session.value(QStringLiteral("accessToken")).toString());
    }

    QString firstId(const QString& listPath)
    {
        return m_client->get(Api + listPath)
            .json()
            .value(QStringLiteral("items"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<sim::PortalServer>(
            QList<QByteArray>{m_token.pki().caCertificateDer()});
        const Result<quint16> port = m_server->start(m_tls.serverConfiguration());
        QVERIFY(port.ok());
        qInfo("seeded in %lld ms: %d procedures, %d forms, %d personas, %d space objects",
              m_server->seedFigures().milliseconds, m_server->seedFigures().procedures,
              m_server->seedFigures().forms, m_server->seedFigures().personas,
              m_server->seedFigures().items);
        m_client = std::make_unique<PortalTestClient>(m_server->baseUrl(), m_tls.caCertificate());
        signIn();
        QVERIFY(!m_client->get(Api + QStringLiteral("/spaces")).body.isEmpty());
    }

    void metaAndLanguages()
    {
        const PortalAnswer meta = m_client->get(Api + QStringLiteral("/meta"));
        CHECK_ANSWER(meta, 200);
        QVERIFY(!meta.header("request-id").isEmpty());
        m_client->setLanguage("de-LU,de;q=0.9,en;q=0.5");
        const PortalAnswer german =
            m_client->get(Api + QStringLiteral("/catalogue/procedures/P-CIT-STUDY-GRANT"));
        m_client->setLanguage("en");
        const PortalAnswer english =
            m_client->get(Api + QStringLiteral("/catalogue/procedures/P-CIT-STUDY-GRANT"));
        CHECK_ANSWER(german, 200);
        CHECK_ANSWER(english, 200);
        QCOMPARE(german.header("content-language"), QByteArray("de"));
        QVERIFY(german.json().value("title") != english.json().value("title"));
    }

    void catalogueIsPagedAndSearchable()
    {
        const PortalAnswer first =
            m_client->get(Api + QStringLiteral("/catalogue/procedures?limit=200"));
        CHECK_ANSWER(first, 200);
        QCOMPARE(first.json().value("total").toInt(), 1500);
        QCOMPARE(first.json().value("items").toArray().size(), 200);
        const QString next = first.json().value("nextCursor").toString();
        QVERIFY(!next.isEmpty());
        const PortalAnswer second =
            m_client->get(Api + QStringLiteral("/catalogue/procedures?limit=200&cursor=") + next);
        CHECK_ANSWER(second, 200);
        QVERIFY(second.json().value("items").toArray().first() !=
                first.json().value("items").toArray().first());
        // A cursor belongs to its list and filters.
        CHECK_ANSWER(m_client->get(Api +
                                   QStringLiteral("/catalogue/procedures?audience=business&"
                                                  "limit=200&cursor=") +
                                   next),
                     400);
        CHECK_ANSWER(m_client->get(Api + QStringLiteral("/catalogue/procedures?cursor=garbage")),
                     400);
        CHECK_ANSWER(m_client->get(Api + QStringLiteral("/catalogue/procedures?limit=0")), 400);
        CHECK_ANSWER(m_client->get(Api + QStringLiteral("/catalogue/procedures?audience=aliens")),
                     400);

        // Accent- and case-insensitive: "ETUDES" finds "études".
        m_client->setLanguage("fr");
        const PortalAnswer found =
            m_client->get(Api + QStringLiteral("/catalogue/procedures?q=ETUDES%20superieures"));
        m_client->setLanguage("en");
        CHECK_ANSWER(found, 200);
        QStringList ids;
        for (const QJsonValue item : found.json().value("items").toArray())
            ids.append(item.toObject().value("id").toString());
        QVERIFY2(ids.contains(QStringLiteral("P-CIT-STUDY-GRANT")), qPrintable(ids.join(u',')));

        const PortalAnswer business = m_client->get(
            Api + QStringLiteral("/catalogue/procedures?audience=business&online=true&limit=200"));
        CHECK_ANSWER(business, 200);
        for (const QJsonValue item : business.json().value("items").toArray()) {
            QCOMPARE(item.toObject().value("audience").toString(), QStringLiteral("business"));
            QVERIFY(item.toObject().value("online").toBool());
        }
        CHECK_ANSWER(
            m_client->get(
                Api + QStringLiteral("/catalogue/procedures?updatedSince=2020-01-01T00:00:00Z")),
            200);
    }

    void procedureAndFormWithETags()
    {
        const QString path = Api + QStringLiteral("/catalogue/procedures/P-BUS-VAT-REGISTRATION");
        const PortalAnswer procedure = m_client->get(path);
        CHECK_ANSWER(procedure, 200);
        const QByteArray etag = procedure.header("etag");
        QVERIFY(!etag.isEmpty());
        const PortalAnswer again = m_client->get(path, {{"If-None-Match", etag}});
        CHECK_ANSWER(again, 304);
        QVERIFY(again.body.isEmpty());
        CHECK_ANSWER(m_client->get(Api + QStringLiteral("/catalogue/procedures/P-CIT-NOTHING")),
                     404);

        const PortalAnswer form = m_client->get(Api + QStringLiteral("/forms/F-STUDY-GRANT"));
        CHECK_ANSWER(form, 200);
        QCOMPARE(form.json().value("procedureId").toString(), QStringLiteral("P-CIT-STUDY-GRANT"));
        CHECK_ANSWER(m_client->get(Api + QStringLiteral("/forms/F-STUDY-GRANT?version=9.9.9")),
                     404);
        const QString generated = procedure.json().value("formId").toString();
        QVERIFY(!generated.isEmpty());
        CHECK_ANSWER(m_client->get(Api + QStringLiteral("/forms/") + generated), 200);
    }

    void spacesAndAccess()
    {
        const PortalAnswer spaces = m_client->get(Api + QStringLiteral("/spaces"));
        CHECK_ANSWER(spaces, 200);
        QCOMPARE(spaces.json().value("items").toArray().first().toObject().value("id").toString(),
                 Marie);
        // Another person's space is not visible.
        const PortalAnswer other =
            m_client->get(Api + QStringLiteral("/spaces/") + Weber + QStringLiteral("/documents"));
        CHECK_ANSWER(other, 403);
        QCOMPARE(other.code(), QStringLiteral("ACCESS-001"));
        PortalTestClient anonymous(m_server->baseUrl(), m_tls.caCertificate());
        const PortalAnswer refused = anonymous.get(Api + QStringLiteral("/spaces"));
        CHECK_ANSWER(refused, 401);
        QCOMPARE(refused.code(), QStringLiteral("AUTH-010"));
    }

    void documentsContentRangesAndUploads()
    {
        const QString base =
            Api + QStringLiteral("/spaces/") + Marie + QStringLiteral("/documents");
        const PortalAnswer list = m_client->get(base + QStringLiteral("?limit=10"));
        CHECK_ANSWER(list, 200);
        const QJsonObject first = list.json().value("items").toArray().first().toObject();
        const QString id = first.value("id").toString();
        const PortalAnswer one = m_client->get(base + u'/' + id);
        CHECK_ANSWER(one, 200);
        CHECK_ANSWER(m_client->get(base + u'/' + id, {{"If-None-Match", one.header("etag")}}), 304);

        const PortalAnswer content = m_client->get(base + u'/' + id + QStringLiteral("/content"));
        CHECK_ANSWER(content, 200);
        QCOMPARE(sha256Hex(content.body), first.value("sha256").toString());
        QCOMPARE(content.header("etag"), first.value("etag").toString().toLatin1());
        const PortalAnswer part =
            m_client->get(base + u'/' + id + QStringLiteral("/content"), {{"Range", "bytes=0-9"}});
        CHECK_ANSWER(part, 206);
        QCOMPARE(part.body, content.body.left(10));
        QCOMPARE(part.header("content-range"),
                 "bytes 0-9/" + QByteArray::number(content.body.size()));
        CHECK_ANSWER(m_client->get(base + u'/' + id + QStringLiteral("/content"),
                                   {{"Range", "bytes=99999999-"}}),
                     416);
        CHECK_ANSWER(m_client->get(base + u'/' + id + QStringLiteral("/content"),
                                   {{"If-None-Match", content.header("etag")}}),
                     304);

        // Raw upload, its replay, a different body under the same key, no key at all.
        const QByteArray pdf = tinyPdf("payslip");
        const QByteArray key = PortalTestClient::newKey();
        const QString uploadPath = base + QStringLiteral("?filename=payslip.pdf&title=Payslip");
        const PortalAnswer created =
            m_client->send("POST", uploadPath, pdf, "application/pdf", {{"Idempotency-Key", key}});
        CHECK_ANSWER(created, 201);
        const PortalAnswer replayed =
            m_client->send("POST", uploadPath, pdf, "application/pdf", {{"Idempotency-Key", key}});
        CHECK_ANSWER(replayed, 201);
        QCOMPARE(replayed.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(replayed.json().value("id"), created.json().value("id"));
        const PortalAnswer conflict = m_client->send("POST", uploadPath, tinyPdf("other"),
                                                     "application/pdf", {{"Idempotency-Key", key}});
        CHECK_ANSWER(conflict, 409);
        QCOMPARE(conflict.code(), QStringLiteral("IDEM-001"));
        const PortalAnswer noKey = m_client->send("POST", uploadPath, pdf, "application/pdf");
        CHECK_ANSWER(noKey, 400);
        QCOMPARE(noKey.code(), QStringLiteral("IDEM-003"));
        const PortalAnswer text = m_client->send("POST", uploadPath, "hello", "text/plain",
                                                 {{"Idempotency-Key", PortalTestClient::newKey()}});
        CHECK_ANSWER(text, 415);
        const PortalAnswer disguised =
            m_client->send("POST", uploadPath, "not a pdf", "application/pdf",
                           {{"Idempotency-Key", PortalTestClient::newKey()}});
        CHECK_ANSWER(disguised, 415);

        auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        multipart->append(filePart("file", "scan.pdf", "application/pdf", tinyPdf("scan")));
        const PortalAnswer viaForm = m_client->postMultipart(base, multipart);
        CHECK_ANSWER(viaForm, 201);
        QCOMPARE(viaForm.json().value("fileName").toString(), QStringLiteral("scan.pdf"));

        const QString uploaded = created.json().value("id").toString();
        CHECK_ANSWER(m_client->mutate("DELETE", base + u'/' + uploaded, {}), 204);
        CHECK_ANSWER(m_client->get(base + u'/' + uploaded), 404);
        // A document of a dossier cannot be deleted.
        const PortalAnswer submissions = m_client->get(base + QStringLiteral("?origin=submission"));
        CHECK_ANSWER(submissions, 200);
        const QString kept =
            submissions.json().value("items").toArray().first().toObject().value("id").toString();
        const PortalAnswer refused = m_client->mutate("DELETE", base + u'/' + kept, {});
        CHECK_ANSWER(refused, 409);
        QCOMPARE(refused.code(), QStringLiteral("RES-002"));
    }

    void changeFeedIsCheapWhenNothingChanged()
    {
        const QString base = Api + QStringLiteral("/spaces/") + Marie + QStringLiteral("/changes");
        QString cursor;
        int total = 0;
        bool more = true;
        while (more) {
            const PortalAnswer page = m_client->get(
                base + (cursor.isEmpty() ? QStringLiteral("?limit=100")
                                         : QStringLiteral("?limit=100&cursor=") + cursor));
            CHECK_ANSWER(page, 200);
            total += int(page.json().value("changes").toArray().size());
            cursor = page.json().value("cursor").toString();
            more = page.json().value("hasMore").toBool();
        }
        QVERIFY2(total > 300, qPrintable(QString::number(total)));
        const PortalAnswer quiet = m_client->get(base + QStringLiteral("?cursor=") + cursor);
        CHECK_ANSWER(quiet, 200);
        QVERIFY(quiet.json().value("changes").toArray().isEmpty());
        QCOMPARE(quiet.json().value("cursor").toString(), cursor);

        // Something happens: the feed says so, once.
        const PortalAnswer read = m_client->mutate(
            "POST",
            Api + QStringLiteral("/spaces/") + Marie + QStringLiteral("/messages/") +
                firstId(u"/spaces/"_qs + Marie + u"/messages?unread=true"_qs) +
                QStringLiteral("/read"),
            {});
        CHECK_ANSWER(read, 200);
        const PortalAnswer after = m_client->get(base + QStringLiteral("?cursor=") + cursor);
        CHECK_ANSWER(after, 200);
        const QJsonArray changes = after.json().value("changes").toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().toObject().value("kind").toString(), QStringLiteral("message"));

        CHECK_ANSWER(m_client->get(base + QStringLiteral("?cursor=fc_zz")), 400);
        m_server->store().setFeedFloor(m_server->store().lastChangeSeq());
        const PortalAnswer gone = m_client->get(base + QStringLiteral("?cursor=") + cursor);
        CHECK_ANSWER(gone, 410);
        QCOMPARE(gone.code(), QStringLiteral("FEED-001"));
        m_server->store().setFeedFloor(0);
    }

    void dossiersAdvanceWithTheClock()
    {
        const QString base = Api + QStringLiteral("/spaces/") + Marie + QStringLiteral("/dossiers");
        const PortalAnswer list = m_client->get(base + QStringLiteral("?limit=50"));
        CHECK_ANSWER(list, 200);
        CHECK_ANSWER(m_client->get(base + QStringLiteral("?status=in_processing")), 200);
        CHECK_ANSWER(m_client->get(base + QStringLiteral("?status=lost")), 400);
        QHash<QString, int> eventsBefore;
        QHash<QString, QString> statusBefore;
        for (const QJsonValue value : list.json().value("items").toArray()) {
            const QString id = value.toObject().value("id").toString();
            const PortalAnswer events = m_client->get(base + u'/' + id + QStringLiteral("/events"));
            CHECK_ANSWER(events, 200);
            eventsBefore.insert(id, int(events.json().value("items").toArray().size()));
            statusBefore.insert(id, value.toObject().value("status").toString());
        }
        m_server->clock().advance(11 * 24 * 3600);
        signIn(); // the access token of eleven days ago has expired
        int advanced = 0;
        for (auto it = eventsBefore.cbegin(); it != eventsBefore.cend(); ++it) {
            const PortalAnswer dossier = m_client->get(base + u'/' + it.key());
            CHECK_ANSWER(dossier, 200);
            const PortalAnswer events =
                m_client->get(base + u'/' + it.key() + QStringLiteral("/events"));
            CHECK_ANSWER(events, 200);
            if (events.json().value("items").toArray().size() > it.value()) {
                ++advanced;
                QCOMPARE(dossier.json().value("status").toString(), events.json()
                                                                        .value("items")
                                                                        .toArray()
                                                                        .last()
                                                                        .toObject()
                                                                        .value("type")
                                                                        .toString());
            }
        }
        m_server->clock().reset();
        QVERIFY2(advanced >= 4, qPrintable(QString::number(advanced)));
        CHECK_ANSWER(m_client->get(base + QStringLiteral("/D-1999-000000")), 404);
    }

    void submittingADossier()
    {
        const QString base = Api + QStringLiteral("/spaces/") + Marie + QStringLiteral("/dossiers");
        const QByteArray attachment = tinyPdf("enrolment certificate");
        const auto manifest = [&](const QString& version, const QString& digest) {
            return QJsonObject{
                {"format", "guichet-submission/1"},
                {"procedureId", "P-CIT-STUDY-GRANT"},
                {"formId", "F-STUDY-GRANT"},
                {"formVersion", version},
                {"language", "en"},
                {"spaceId", Marie},
                {"answers",
                 QJsonArray{QJsonObject{{"fieldId", "studyProgramme"}, {"value", "Physics"}}}},
                {"attachments", QJsonArray{QJsonObject{{"requirementId", "enrolment"},
                                                       {"fileName", "enrolment.pdf"},
                                                       {"mediaType", "application/pdf"},
                                                       {"size", attachment.size()},
                                                       {"sha256", digest}}}},
                {"createdAt", "2026-11-26T10:00:00Z"},
                {"client", QJsonObject{{"name", "Guichet Desktop"}, {"version", "0.1.0"}}}};
        };
        // A really signed package (PAdES with the card's signature key) embedding the
        // manifest's exact bytes: the portal checks both (SUB-001, SUB-002, SUB-007).
        test::SimulatedTokenSigner cardSignature(m_token,
                                                 QByteArray(sim::SimulatedToken::SignatureKeyId));
        // Made once per manifest: a retry must send the same bytes (ECDSA is randomised).
        QHash<QByteArray, QByteArray> signedPackages;
        const auto package = [&](const QJsonObject& submission) {
            const QByteArray manifestBytes =
                QJsonDocument(submission).toJson(QJsonDocument::Compact);
            if (!signedPackages.contains(manifestBytes)) {
                const Result<QByteArray> signedPdf =
                    test::makeSignedPackage(manifestBytes, cardSignature);
                signedPackages.insert(manifestBytes,
                                      signedPdf.ok() ? signedPdf.value() : QByteArray());
            }
            auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
            multipart->append(jsonPart("submission", submission));
            multipart->append(filePart("package", "summary.pdf", "application/pdf",
                                       signedPackages.value(manifestBytes)));
            multipart->append(
                filePart("attachments", "enrolment.pdf", "application/pdf", attachment));
            return multipart;
        };
        const QByteArray key = PortalTestClient::newKey();
        const QJsonObject good = manifest(QStringLiteral("1.0.0"), sha256Hex(attachment));
        const PortalAnswer receipt = m_client->postMultipart(base, package(good), key);
        CHECK_ANSWER(receipt, 201);
        // A retry after a timeout: same key, same reference, no second dossier.
        const PortalAnswer retry = m_client->postMultipart(base, package(good), key);
        CHECK_ANSWER(retry, 201);
        QCOMPARE(retry.json().value("reference"), receipt.json().value("reference"));
        const QString id = receipt.json().value("id").toString();
        const PortalAnswer dossier = m_client->get(base + u'/' + id);
        CHECK_ANSWER(dossier, 200);
        QCOMPARE(dossier.json().value("status").toString(), QStringLiteral("received"));
        QCOMPARE(dossier.json().value("attachmentDocumentIds").toArray().size(), 1);
        const PortalAnswer events = m_client->get(base + u'/' + id + QStringLiteral("/events"));
        CHECK_ANSWER(events, 200);
        QCOMPARE(events.json().value("items").toArray().size(), 1);

        const PortalAnswer oldVersion = m_client->postMultipart(
            base, package(manifest(QStringLiteral("0.9.0"), sha256Hex(attachment))));
        CHECK_ANSWER(oldVersion, 422);
        QCOMPARE(oldVersion.code(), QStringLiteral("SUB-004"));
        QCOMPARE(oldVersion.json().value("currentVersion").toString(), QStringLiteral("1.0.0"));
        const PortalAnswer wrongDigest = m_client->postMultipart(
            base, package(manifest(QStringLiteral("1.0.0"), QString(64, u'0'))));
        CHECK_ANSWER(wrongDigest, 422);
        QCOMPARE(wrongDigest.code(), QStringLiteral("SUB-003"));
    }

    void messages()
    {
        const QString base = Api + QStringLiteral("/spaces/") + Marie + QStringLiteral("/messages");
        const PortalAnswer unread = m_client->get(base + QStringLiteral("?unread=true"));
        CHECK_ANSWER(unread, 200);
        const int unreadBefore = unread.json().value("unreadTotal").toInt();
        QVERIFY(unreadBefore > 0);
        const QJsonObject message = unread.json().value("items").toArray().first().toObject();
        const QString id = message.value("id").toString();
        CHECK_ANSWER(m_client->get(base + u'/' + id), 200);
        const PortalAnswer read =
            m_client->mutate("POST", base + u'/' + id + QStringLiteral("/read"), {});
        CHECK_ANSWER(read, 200);
        QVERIFY(read.json().value("readAt").isString());
        QCOMPARE(m_client->get(base).json().value("unreadTotal").toInt(), unreadBefore - 1);
        CHECK_ANSWER(m_client->get(base + QStringLiteral("?threadId=") +
                                   message.value("threadId").toString()),
                     200);
        CHECK_ANSWER(m_client->get(base + QStringLiteral("?unread=maybe")), 400);

        const PortalAnswer reply =
            m_client->mutate("POST", base,
                             {{"inReplyTo", id},
                              {"subject", "Re: " + message.value("subject").toString()},
                              {"body", "<b>Thank you</b>, the document follows."}});
        CHECK_ANSWER(reply, 201);
        QCOMPARE(reply.json().value("threadId"), message.value("threadId"));
        QCOMPARE(reply.json().value("direction").toString(), QStringLiteral("outbound"));

        auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        multipart->append(jsonPart("message", {{"administrationId", "cedies"},
                                               {"subject", "Question"},
                                               {"body", "See the attached certificate."}}));
        multipart->append(
            filePart("attachments", "certificate.pdf", "application/pdf", tinyPdf("certificate")));
        const PortalAnswer withFile = m_client->postMultipart(base, multipart);
        CHECK_ANSWER(withFile, 201);
        QCOMPARE(withFile.json().value("attachments").toArray().size(), 1);
        CHECK_ANSWER(m_client->mutate("POST", base, {{"subject", "No addressee"}, {"body", "?"}}),
                     400);
    }

    void dataCorrectionsAndAccessLog()
    {
        const QString space = Api + QStringLiteral("/spaces/") + Marie;
        const PortalAnswer data = m_client->get(space + QStringLiteral("/data"));
        CHECK_ANSWER(data, 200);
        QVERIFY(data.json().value("items").toArray().size() >= 5);
        const PortalAnswer address =
            m_client->get(space + QStringLiteral("/data/sources/rnpp-address"));
        CHECK_ANSWER(address, 200);
        CHECK_ANSWER(m_client->get(space + QStringLiteral("/data/sources/vat")), 404);

        CHECK_ANSWER(m_client->get(space + QStringLiteral("/data/corrections")), 200);
        CHECK_ANSWER(m_client->get(space + QStringLiteral("/data/corrections?status=in_review")),
                     200);
        QString correctable;
        QString fixed;
        for (const QJsonValue record : data.json().value("items").toArray())
            for (const QJsonValue item : record.toObject().value("items").toArray()) {
                const QJsonObject o = item.toObject();
                const QString ref =
                    record.toObject().value("source").toString() + u'|' + o.value("id").toString();
                if (o.value("correctable").toBool() && !o.value("pendingCorrectionId").isString())
                    correctable = ref;
                if (!o.value("correctable").toBool())
                    fixed = ref;
            }
        QVERIFY(!correctable.isEmpty() && !fixed.isEmpty());
        const auto request = [&](const QString& ref) {
            return QJsonObject{{"source", ref.section(u'|', 0, 0)},
                               {"itemId", ref.section(u'|', 1, 1)},
                               {"proposedValue", "corrected value"},
                               {"reason", "The registry has an old value."}};
        };
        const PortalAnswer created = m_client->mutate(
            "POST", space + QStringLiteral("/data/corrections"), request(correctable));
        CHECK_ANSWER(created, 201);
        CHECK_ANSWER(m_client->get(space + QStringLiteral("/data/corrections/") +
                                   created.json().value("id").toString()),
                     200);
        const PortalAnswer pending = m_client->mutate(
            "POST", space + QStringLiteral("/data/corrections"), request(correctable));
        CHECK_ANSWER(pending, 409);
        QCOMPARE(pending.code(), QStringLiteral("CORR-001"));
        const PortalAnswer notCorrectable =
            m_client->mutate("POST", space + QStringLiteral("/data/corrections"), request(fixed));
        CHECK_ANSWER(notCorrectable, 422);
        QCOMPARE(notCorrectable.code(), QStringLiteral("CORR-002"));

        const PortalAnswer log = m_client->get(
            space +
            QStringLiteral("/access-log?source=rnpp-address&since=2020-01-01T00:00:00Z&limit=200"));
        CHECK_ANSWER(log, 200);
        for (const QJsonValue entry : log.json().value("items").toArray())
            QCOMPARE(entry.toObject().value("source").toString(), QStringLiteral("rnpp-address"));
        const QString entry = firstId(u"/spaces/"_qs + Marie + u"/access-log"_qs);
        CHECK_ANSWER(m_client->get(space + QStringLiteral("/access-log/") + entry), 200);
        CHECK_ANSWER(m_client->get(space + QStringLiteral("/access-log?since=yesterday")), 400);
    }

    void consentsAndPrefill()
    {
        const QString space = Api + QStringLiteral("/spaces/") + Marie;
        const QJsonObject form = m_client->get(Api + QStringLiteral("/forms/F-STUDY-GRANT")).json();
        QJsonObject binding;
        const std::function<void(const QJsonArray&)> find = [&](const QJsonArray& fields) {
            for (const QJsonValue field : fields) {
                const QJsonObject prefill = field.toObject().value("prefill").toObject();
                if (prefill.value("mode").toString() == QLatin1String("consent"))
                    binding = prefill;
                find(field.toObject().value("fields").toArray());
            }
        };
        for (const QJsonValue section : form.value("sections").toArray())
            find(section.toObject().value("fields").toArray());
        QVERIFY(!binding.isEmpty());

        // Without the consent, prefill says what is missing and fetches nothing for it.
        const PortalAnswer before = m_client->mutate("POST", space + QStringLiteral("/prefill"),
                                                     {{"formId", "F-STUDY-GRANT"}});
        CHECK_ANSWER(before, 200);
        QVERIFY(!before.json().value("values").toArray().isEmpty());
        QCOMPARE(before.json().value("missingConsents").toArray().size(), 1);

        const QString administration =
            (binding.contains("administration") ? binding.value("administration")
                                                : form.value("administration"))
                .toObject()
                .value("id")
                .toString();
        const QJsonObject consent{{"source", binding.value("source")},
                                  {"purpose", binding.value("purpose")},
                                  {"formId", "F-STUDY-GRANT"},
                                  {"administration", administration}};
        const PortalAnswer given =
            m_client->mutate("POST", space + QStringLiteral("/consents"), consent);
        CHECK_ANSWER(given, 201);
        const PortalAnswer again =
            m_client->mutate("POST", space + QStringLiteral("/consents"), consent);
        CHECK_ANSWER(again, 200);
        QCOMPARE(again.json().value("id"), given.json().value("id"));
        QJsonObject unknown = consent;
        unknown.insert("purpose", "marketing");
        const PortalAnswer refused =
            m_client->mutate("POST", space + QStringLiteral("/consents"), unknown);
        CHECK_ANSWER(refused, 409);
        QCOMPARE(refused.code(), QStringLiteral("CONSENT-001"));

        const PortalAnswer after = m_client->mutate("POST", space + QStringLiteral("/prefill"),
                                                    {{"formId", "F-STUDY-GRANT"}});
        CHECK_ANSWER(after, 200);
        QVERIFY(after.json().value("missingConsents").toArray().isEmpty());
        bool usedConsent = false;
        for (const QJsonValue value : after.json().value("values").toArray())
            usedConsent =
                usedConsent || value.toObject().value("provenance").toObject().value("consentId") ==
                                   given.json().value("id");
        QVERIFY(usedConsent);

        const QString consentPath =
            space + QStringLiteral("/consents/") + given.json().value("id").toString();
        CHECK_ANSWER(m_client->get(consentPath), 200);
        CHECK_ANSWER(m_client->get(space + QStringLiteral("/consents?status=active")), 200);
        const PortalAnswer revoked = m_client->mutate("DELETE", consentPath, {});
        CHECK_ANSWER(revoked, 200);
        QCOMPARE(revoked.json().value("status").toString(), QStringLiteral("revoked"));
    }

    void publicSubmissionWithoutACard()
    {
        PortalTestClient anonymous(m_server->baseUrl(), m_tls.caCertificate());
        const auto submit = [&](const QString& form, const QString& procedure) {
            auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
            multipart->append(jsonPart(
                "submission",
                {{"format", "guichet-submission/1"},
                 {"procedureId", procedure},
                 {"formId", form},
                 {"formVersion", "1.0.0"},
                 {"language", "en"},
                 {"answers", QJsonArray{}},
                 {"attachments", QJsonArray{}},
                 {"createdAt", "2026-11-26T10:00:00Z"},
                 {"client", QJsonObject{{"name", "Guichet Desktop"}, {"version", "0.1.0"}}},
                 {"contact", QJsonObject{{"givenName", "Anna"},
                                         {"surname", "Kowalska"},
                                         {"email", "anna.kowalska@example.pl"}}}}));
            return anonymous.postMultipart(Api + QStringLiteral("/public/submissions"), multipart);
        };
        const PortalAnswer receipt = submit(QStringLiteral("F-EU-CITIZEN-REGISTRATION"),
                                            QStringLiteral("P-CIT-EU-CITIZEN-REGISTRATION"));
        CHECK_ANSWER(receipt, 201);
        const QString path = Api + QStringLiteral("/public/submissions/") +
                             receipt.json().value("reference").toString();
        const PortalAnswer status = anonymous.get(
            path, {{"Tracking-Code", receipt.json().value("trackingCode").toString().toLatin1()}});
        CHECK_ANSWER(status, 200);
        QCOMPARE(status.json().value("status").toString(), QStringLiteral("received"));
        CHECK_ANSWER(anonymous.get(path, {{"Tracking-Code", "AAAA-BBBB-CCCC"}}), 404);
        const PortalAnswer needsCard =
            submit(QStringLiteral("F-STUDY-GRANT"), QStringLiteral("P-CIT-STUDY-GRANT"));
        CHECK_ANSWER(needsCard, 403);
        QCOMPARE(needsCard.code(), QStringLiteral("SUB-006"));
    }

    void timeStamps()
    {
        QTemporaryDir folder;
        QFile data(folder.filePath(QStringLiteral("data.bin")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("a PDF's signature bytes");
        data.close();
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("ts"), QStringLiteral("-query"), QStringLiteral("-data"),
                       data.fileName(), QStringLiteral("-sha256"), QStringLiteral("-cert")});
        QVERIFY(openssl.waitForFinished(10000));
        const QByteArray query = openssl.readAllStandardOutput();
        QVERIFY(!query.isEmpty());
        const PortalAnswer stamp = m_client->send("POST", Api + QStringLiteral("/tsa"), query,
                                                  "application/timestamp-query");
        CHECK_ANSWER(stamp, 200);
        QVERIFY(stamp.body.size() > 100);
        const PortalAnswer garbage = m_client->send("POST", Api + QStringLiteral("/tsa"), "garbage",
                                                    "application/timestamp-query");
        CHECK_ANSWER(garbage, 400);
        QCOMPARE(garbage.code(), QStringLiteral("TSA-001"));
        CHECK_ANSWER(m_client->send("POST", Api + QStringLiteral("/tsa"), query, "text/plain"),
                     415);
    }

    void faultsAreInjectedPerRoute()
    {
        const QString route = QStringLiteral("GET /meta");
        sim::Fault error;
        error.kind = sim::Fault::Kind::ServerError;
        error.times = 1;
        m_server->faults().set(route, error);
        const PortalAnswer failed = m_client->get(Api + QStringLiteral("/meta"));
        CHECK_ANSWER(failed, 500);
        QCOMPARE(failed.code(), QStringLiteral("SRV-001"));
        CHECK_ANSWER(m_client->get(Api + QStringLiteral("/meta")), 200); // only once

        sim::Fault truncated;
        truncated.kind = sim::Fault::Kind::TruncatedJson;
        truncated.times = 1;
        m_server->faults().set(route, truncated);
        const PortalAnswer cut = m_client->get(Api + QStringLiteral("/meta"));
        QCOMPARE(cut.status, 200);
        QVERIFY(!cut.contractProblems.isEmpty()); // the body is not valid JSON

        sim::Fault drop;
        drop.kind = sim::Fault::Kind::DropMidBody;
        drop.times = 1;
        m_server->faults().set(route, drop);
        const PortalAnswer dropped = m_client->get(Api + QStringLiteral("/meta"));
        QVERIFY(dropped.error != QNetworkReply::NoError);

        sim::Fault slow;
        slow.kind = sim::Fault::Kind::SlowTrickle;
        slow.bytesPerTick = 32;
        slow.milliseconds = 2;
        slow.times = 1;
        m_server->faults().set(route, slow);
        CHECK_ANSWER(m_client->get(Api + QStringLiteral("/meta")), 200);

        sim::Fault late;
        late.kind = sim::Fault::Kind::Latency;
        late.milliseconds = 150;
        late.times = 1;
        m_server->faults().set(route, late);
        QElapsedTimer timer;
        timer.start();
        CHECK_ANSWER(m_client->get(Api + QStringLiteral("/meta")), 200);
        QVERIFY(timer.elapsed() >= 150);
        QCOMPARE(m_server->faults().injectedCount(route), 5);
    }

    // Figures for the notes: a login (challenge, card signature, token) on a kept-alive
    // connection, and the cost of a first request on a new connection (TLS handshake).
    void loginAndConnectionFigures()
    {
        QList<qint64> logins;
        QList<qint64> firstRequests;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer timer;
            timer.start();
            signIn();
            logins.append(timer.elapsed());
            PortalTestClient fresh(m_server->baseUrl(), m_tls.caCertificate());
            timer.restart();
            CHECK_ANSWER(fresh.get(Api + QStringLiteral("/meta")), 200);
            firstRequests.append(timer.elapsed());
        }
        std::sort(logins.begin(), logins.end());
        std::sort(firstRequests.begin(), firstRequests.end());
        qInfo("login on a kept connection: median %lld ms (min %lld, max %lld); first request on "
              "a new TLS connection: median %lld ms (min %lld, max %lld); 20 runs each",
              logins.at(10), logins.first(), logins.last(), firstRequests.at(10),
              firstRequests.first(), firstRequests.last());
    }

    void loginChecksAndSessionLifecycle()
    {
        m_client->setAccessToken({});
        const PortalAnswer malformed = m_client->send("POST", Api + QStringLiteral("/auth/token"),
                                                      "{nope", "application/json");
        CHECK_ANSWER(malformed, 400);
        QCOMPARE(malformed.code(), QStringLiteral("REQ-001"));
        CHECK_ANSWER(m_client->send("POST", Api + QStringLiteral("/auth/token"), "x=1",
                                    "application/x-www-form-urlencoded"),
                     415);
        const QString nonce = challenge();
        CHECK_ANSWER(postJson(QStringLiteral("/auth/token"), tokenRequest(nonce)), 200);
        const PortalAnswer replay = postJson(QStringLiteral("/auth/token"), tokenRequest(nonce));
        CHECK_ANSWER(replay, 401);
        QCOMPARE(replay.code(), QStringLiteral("AUTH-005"));
        const PortalAnswer tampered =
            postJson(QStringLiteral("/auth/token"), tokenRequest(challenge(), true));
        CHECK_ANSWER(tampered, 401);
        QCOMPARE(tampered.code(), QStringLiteral("AUTH-008"));

        // Refresh rotates both tokens; presenting the old refresh token again ends the session.
        signIn();
        const QString refreshToken = m_session.value("refreshToken").toString();
        const PortalAnswer rotated =
            postJson(QStringLiteral("/auth/refresh"), {{"refreshToken", refreshToken}});
        CHECK_ANSWER(rotated, 200);
        QVERIFY(rotated.json().value("refreshToken").toString() != refreshToken);
        const PortalAnswer reused =
            postJson(QStringLiteral("/auth/refresh"), {{"refreshToken", refreshToken}});
        CHECK_ANSWER(reused, 401);
        QCOMPARE(reused.code(), QStringLiteral("AUTH-009"));
        m_client->setAccessToken(rotated.json().value("accessToken").toString());
        CHECK_ANSWER(m_client->get(Api + QStringLiteral("/spaces")), 401); // revoked with it

        signIn();
        CHECK_ANSWER(postJson(QStringLiteral("/auth/logout"),
                              {{"refreshToken", m_session.value("refreshToken")}}),
                     204);
        const PortalAnswer after = m_client->get(Api + QStringLiteral("/spaces"));
        CHECK_ANSWER(after, 401);
        QCOMPARE(after.code(), QStringLiteral("AUTH-009"));

        // A revoked certificate (what OCSP would say) cannot sign in.
        const Result<CertificateInfo> info =
            parseCertificate(test::SimulatedTokenSigner(
                                 m_token, QByteArray(sim::SimulatedToken::AuthenticationKeyId))
                                 .certificate());
        m_server->auth().revokeCertificate(info.value().serialNumberHex);
        m_client->setAccessToken({});
        const PortalAnswer revoked =
            postJson(QStringLiteral("/auth/token"), tokenRequest(challenge()));
        CHECK_ANSWER(revoked, 401);
        QCOMPARE(revoked.code(), QStringLiteral("AUTH-012"));
    }

    void everyOperationIsServed()
    {
        const QStringList uncovered = test::OpenApiContract::shared().uncoveredOperations();
        QVERIFY2(uncovered.isEmpty(), qPrintable(uncovered.join(u'\n')));
    }
};

QTEST_MAIN(TestPortalContract)
#include "tst_portal_contract.moc"
