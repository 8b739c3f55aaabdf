#include "CertificateParser.h"
#include "CertificateValidity.h"
#include "ErrorCodes.h"
#include "HolderIdentifiers.h"
#include "TestCertificates.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTest>

using namespace guichet;

namespace {

constexpr char ClientAuth[] = "1.3.6.1.5.5.7.3.2";
constexpr char EmailProtection[] = "1.3.6.1.5.5.7.3.4";
// QcCompliance and QcSSCD, as make-test-pki.sh means them, correctly encoded...
constexpr char PkiQcStatements[] = "30143008060604008e4601013008060604008e460104";
// ... and as it currently writes them.
constexpr char BrokenPkiQcStatements[] = "30103006060404008e4601013006060404008e460104";

CertificateInfo parsed(const QString& persona)
{
    const Result<CertificateInfo> result = parseCertificate(testpki::der(persona));
    if (!result)
        qWarning() << persona << result.error();
    return result.valueOr(CertificateInfo{});
}

QString unreadableCode()
{
    return QString::fromLatin1(ErrorCode::CertificateUnreadable);
}

} // namespace

class TestSmartcardCertificates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(testpki::folder() + QStringLiteral("/.complete")),
                 "GUICHET_TEST_PKI must name the folder made by make-test-pki.sh");
    }

    void citizenAuthentication()
    {
        const CertificateInfo info = parsed(QStringLiteral("citizen-auth"));
        QCOMPARE(info.holderName, QStringLiteral("Marie Schmit"));
        QCOMPARE(info.givenName, QStringLiteral("Marie"));
        QCOMPARE(info.surname, QStringLiteral("Schmit"));
        QCOMPARE(info.serialNumberAttribute, QStringLiteral("PNOLU-1985021412399"));
        QCOMPARE(info.nationalNumber, QStringLiteral("1985021412399"));
        QVERIFY(info.luxTrustSsn.isEmpty());
        QCOMPARE(info.role, CertificateRole::Authentication);
        QVERIFY(info.keyUsage.present && info.keyUsage.digitalSignature);
        QVERIFY(!info.keyUsage.nonRepudiation && !info.keyUsage.keyEncipherment);
        QVERIFY(info.extendedKeyUsages.contains(QLatin1String(ClientAuth)));
        QVERIFY(info.extendedKeyUsages.contains(QLatin1String(EmailProtection)));
        QVERIFY(!info.qcStatements.present);
        QCOMPARE(info.keyAlgorithm, QStringLiteral("RSA 2048"));
        QCOMPARE(info.issuerCommonName, QStringLiteral("Guichet Test Root CA"));
        QCOMPARE(info.issuerOrganisation, QStringLiteral("Guichet Desktop Tests"));
        QVERIFY(info.subjectDn.startsWith(QStringLiteral("CN=Marie Schmit,")));
        QVERIFY(info.issuerDn.contains(QStringLiteral("O=Guichet Desktop Tests")));
        QCOMPARE(info.notBefore.timeSpec(), Qt::UTC);
        QCOMPARE(info.notBefore.daysTo(info.notAfter), 3650);
        QCOMPARE(info.sha256Fingerprint,
                 QCryptographicHash::hash(info.der, QCryptographicHash::Sha256));
        QVERIFY(!info.serialNumberHex.isEmpty());
        QCOMPARE(info.serialNumberHex, info.serialNumberHex.toUpper());
    }

    void citizenSignatureIsQualified()
    {
        const CertificateInfo info = parsed(QStringLiteral("citizen-sign"));
        QCOMPARE(info.nationalNumber, QStringLiteral("1985021412399"));
        QCOMPARE(info.role, CertificateRole::Signature);
        QVERIFY(info.keyUsage.nonRepudiation && !info.keyUsage.digitalSignature);
        QVERIFY(info.qcStatements.present);
        if (info.der.contains(QByteArray::fromHex(BrokenPkiQcStatements))) {
            // make-test-pki.sh writes the statements with wrong lengths (openssl
            // asn1parse: "Error in encoding"); a DER reader must refuse them.
            QVERIFY(!info.qcStatements.wellFormed && !info.qcStatements.compliance);
            return;
        }
        QVERIFY(info.qcStatements.wellFormed);
        QVERIFY(info.qcStatements.compliance);
        QVERIFY(info.qcStatements.sscd);
        QCOMPARE(info.qcStatements.statementIds,
                 (QStringList{QLatin1String(QcOid::Compliance), QLatin1String(QcOid::Sscd)}));
        QVERIFY(info.qcStatements.types.isEmpty());
    }

    void complianceAndSscdAreRead()
    {
        testpki::CertificateSpec spec;
        spec.keyUsage = "critical,nonRepudiation";
        spec.rawExtensionOid = QcOid::Statements;
        spec.rawExtensionValue = QByteArray::fromHex(PkiQcStatements);
        const Result<CertificateInfo> info = parseCertificate(testpki::makeCertificate(spec));
        QVERIFY(info.ok());
        const QcStatements& qc = info.value().qcStatements;
        QVERIFY(qc.present && qc.wellFormed && qc.compliance && qc.sscd);
        QCOMPARE(qc.statementIds,
                 (QStringList{QLatin1String(QcOid::Compliance), QLatin1String(QcOid::Sscd)}));
        QCOMPARE(info.value().role, CertificateRole::Signature);
    }

    void stickPersonas_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<CertificateRole>("role");
        QTest::newRow("auth") << "stick-auth"
                              << "EC P-256" << CertificateRole::Authentication;
        QTest::newRow("sign") << "stick-sign"
                              << "RSA 2048" << CertificateRole::Signature;
        QTest::newRow("sign-ec") << "stick-sign-ec"
                                 << "EC P-384" << CertificateRole::Signature;
    }

    void stickPersonas()
    {
        QFETCH(QString, persona);
        QFETCH(QString, algorithm);
        QFETCH(CertificateRole, role);
        const CertificateInfo info = parsed(persona);
        QCOMPARE(info.holderName, QStringLiteral("Luc Weber"));
        QCOMPARE(info.organisation, QStringLiteral("Weber Constructions S.A."));
        QCOMPARE(info.serialNumberAttribute, QStringLiteral("1234567890123"));
        // 1234-56-78 is no birth date and the test CA is not LuxTrust: neither number.
        QVERIFY(info.nationalNumber.isEmpty());
        QVERIFY(info.luxTrustSsn.isEmpty());
        QCOMPARE(info.keyAlgorithm, algorithm);
        QCOMPARE(info.role, role);
    }

    void holderIdentifierRule_data()
    {
        QTest::addColumn<QString>("serial");
        QTest::addColumn<QString>("issuerO");
        QTest::addColumn<QString>("national");
        QTest::addColumn<QString>("ssn");
        const QString none;
        QTest::newRow("ETSI") << "PNOLU-1985021412399" << none << "1985021412399" << none;
        QTest::newRow("ETSI from LuxTrust") << "PNOLU-1985021412399"
                                            << "LuxTrust S.A."
                                            << "1985021412399" << none;
        QTest::newRow("bare matricule") << "1985021412399"
                                        << "CTIE"
                                        << "1985021412399" << none;
        QTest::newRow("unknown birth day") << "1985020012345" << none << "1985020012345" << none;
        QTest::newRow("LuxTrust SSN") << "1985021412399"
                                      << "LuxTrust S.A." << none << "1985021412399";
        QTest::newRow("not a date") << "1234567890123" << none << none << none;
        QTest::newRow("short") << "PNOLU-198502141234" << none << none << none;
        QTest::newRow("other country") << "PNOBE-1985021412399" << none << none << none;
        QTest::newRow("letters") << "19850214A2345" << none << none << none;
    }

    void holderIdentifierRule()
    {
        QFETCH(QString, serial);
        QFETCH(QString, issuerO);
        QFETCH(QString, national);
        QFETCH(QString, ssn);
        const HolderIdentifiers ids = holderIdentifiers(serial, issuerO, QString());
        QCOMPARE(ids.nationalNumber, national);
        QCOMPARE(ids.luxTrustSsn, ssn);
    }

    void luxTrustIssuedCertificateCarriesAnSsn()
    {
        testpki::CertificateSpec spec;
        spec.serialNumber = "1985021412399";
        spec.issuerOrganisation = "LuxTrust S.A.";
        const Result<CertificateInfo> info = parseCertificate(testpki::makeCertificate(spec));
        QVERIFY(info.ok());
        QCOMPARE(info.value().luxTrustSsn, QStringLiteral("1985021412399"));
        QVERIFY(info.value().nationalNumber.isEmpty());
    }

    void malformedQcStatementsClaimNothing()
    {
        testpki::CertificateSpec spec;
        spec.keyUsage = "critical,nonRepudiation";
        spec.rawExtensionOid = QcOid::Statements;
        // An OCTET STRING holding the QcCompliance OID bytes: no SEQUENCE, so no claim,
        // however much it looks like one to a byte search.
        spec.rawExtensionValue = QByteArray::fromHex("0408060604008e460101");
        const Result<CertificateInfo> info = parseCertificate(testpki::makeCertificate(spec));
        QVERIFY(info.ok());
        QVERIFY(info.value().qcStatements.present);
        QVERIFY(!info.value().qcStatements.wellFormed);
        QVERIFY(!info.value().qcStatements.compliance);
    }

    void qcTypeIsRead()
    {
        testpki::CertificateSpec spec;
        spec.rawExtensionOid = QcOid::Statements;
        // SEQUENCE { SEQUENCE { QcType, SEQUENCE { esign } } }
        spec.rawExtensionValue =
            QByteArray::fromHex("30153013060604008e4601063009060704008e46010601");
        const Result<CertificateInfo> info = parseCertificate(testpki::makeCertificate(spec));
        QVERIFY(info.ok());
        QVERIFY(info.value().qcStatements.wellFormed);
        QCOMPARE(info.value().qcStatements.types, QStringList{QLatin1String(QcOid::TypeESign)});
        QVERIFY(!info.value().qcStatements.compliance);
    }

    void garbageIsUnreadable_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QByteArray good = testpki::der(QStringLiteral("citizen-auth"));
        QByteArray noise(4096, '\0');
        QRandomGenerator random(20240214);
        for (char& byte : noise)
            byte = static_cast<char>(random.generate());
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one byte") << QByteArray(1, '\x30');
        QTest::newRow("random") << noise;
        QTest::newRow("truncated by one") << good.chopped(1);
        QTest::newRow("truncated to half") << good.left(good.size() / 2);
        QTest::newRow("header only") << good.left(4);
        QTest::newRow("trailing bytes") << good + QByteArray(16, '\0');
        QTest::newRow("oversized") << good + noise.repeated(256);
        QTest::newRow("PEM text") << testpki::pem(QStringLiteral("citizen-auth"));
        QTest::newRow("huge length") << QByteArray::fromHex("3084ffffffff3082");
    }

    void garbageIsUnreadable()
    {
        QFETCH(QByteArray, input);
        const Result<CertificateInfo> info = parseCertificate(input);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code(), unreadableCode());
        QVERIFY(!info.error().detail().isEmpty());
    }

    void flippedBytesNeverCrash()
    {
        // Damaged extensions are logged; 500 of those lines would hide the results.
        QLoggingCategory::setFilterRules(
            QStringLiteral("guichet.smartcard.certificates.warning=false"));
        const QByteArray good = testpki::der(QStringLiteral("citizen-sign"));
        QRandomGenerator random(1985);
        for (int round = 0; round < 500; ++round) {
            QByteArray damaged = good;
            for (int flips = 0; flips < 3; ++flips)
                damaged[random.bounded(damaged.size())] = static_cast<char>(random.generate());
            const Result<CertificateInfo> info = parseCertificate(damaged);
            QVERIFY(info.ok() || info.error().code() == unreadableCode());
        }
        QLoggingCategory::setFilterRules(QString());
    }

    void expiryAndStartDates()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        testpki::CertificateSpec expired;
        expired.notBeforeOffset = -2 * 365L * 24 * 3600;
        expired.notAfterOffset = -24 * 3600;
        testpki::CertificateSpec future;
        future.notBeforeOffset = 30 * 24 * 3600;

        const CertificateInfo old = parseCertificate(testpki::makeCertificate(expired)).value();
        const CertificateInfo early = parseCertificate(testpki::makeCertificate(future)).value();
        QCOMPARE(validityAt(old, now), Validity::Expired);
        QCOMPARE(validityAt(early, now), Validity::NotYetValid);
        QCOMPARE(validityAt(parsed(QStringLiteral("citizen-auth")), now), Validity::Valid);

        const Status oldStatus = checkUsableFor(old, CertificateRole::Authentication, now);
        QCOMPARE(oldStatus.error().code(), QString::fromLatin1(ErrorCode::CertificateExpired));
        const Status earlyStatus = checkUsableFor(early, CertificateRole::Authentication, now);
        QCOMPARE(earlyStatus.error().code(),
                 QString::fromLatin1(ErrorCode::CertificateNotYetValid));
        // The same certificate at a moment inside its validity is fine.
        QVERIFY(
            checkUsableFor(old, CertificateRole::Authentication, old.notAfter.addSecs(-60)).ok());
    }

    void wrongUse()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const CertificateInfo sign = parsed(QStringLiteral("citizen-sign"));
        const CertificateInfo auth = parsed(QStringLiteral("citizen-auth"));
        const Status signForLogin = checkUsableFor(sign, CertificateRole::Authentication, now);
        QCOMPARE(signForLogin.error().code(), QString::fromLatin1(ErrorCode::CertificateWrongUse));
        QCOMPARE(checkUsableFor(auth, CertificateRole::Signature, now).error().code(),
                 QString::fromLatin1(ErrorCode::CertificateWrongUse));
        QVERIFY(checkUsableFor(auth, CertificateRole::Authentication, now).ok());
        QVERIFY(checkUsableFor(sign, CertificateRole::Signature, now).ok());
        QVERIFY(checkUsableFor(sign, CertificateRole::Other, now).ok());
    }
};

QTEST_GUILESS_MAIN(TestSmartcardCertificates)
#include "tst_smartcard_certificates.moc"
