#include "CertificateParser.h"
#include "ErrorCodes.h"
#include "TestCertificates.h"
#include "TrustStore.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;

namespace {

QString code(const char* errorCode)
{
    return QString::fromLatin1(errorCode);
}

TrustStore storeWithTestCa()
{
    TrustStore store;
    const Status added = store.addCertificate(testpki::der(QStringLiteral("ca")));
    if (!added)
        qWarning() << added.error();
    return store;
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

} // namespace

class TestSmartcardCertificatesTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(testpki::folder() + QStringLiteral("/.complete")),
                 "GUICHET_TEST_PKI must name the folder made by make-test-pki.sh");
    }

    void personasChainToTheTestCa_data()
    {
        QTest::addColumn<QString>("persona");
        for (const char* persona : {"citizen-auth", "citizen-sign", "stick-auth", "stick-sign",
                                    "stick-sign-ec", "piv-ec"})
            QTest::newRow(persona) << QString::fromLatin1(persona);
    }

    void personasChainToTheTestCa()
    {
        QFETCH(QString, persona);
        const TrustStore store = storeWithTestCa();
        QCOMPARE(store.size(), 1);
        const Status status =
            store.verify(testpki::der(persona), {}, QDateTime::currentDateTimeUtc());
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().detail()));
    }

    void otherHierarchyIsUntrusted()
    {
        const TrustStore store = storeWithTestCa();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray leaf = testpki::der(QStringLiteral("untrusted-auth"));
        const Status alone = store.verify(leaf, {}, now);
        QCOMPARE(alone.error().code(), code(ErrorCode::CertificateUntrusted));
        QVERIFY(alone.error().detail().contains(QLatin1String("depth 0")));
        // Handing over its own root as an "intermediate" does not make it trusted.
        const Status withRoot =
            store.verify(leaf, {testpki::der(QStringLiteral("untrusted-ca"))}, now);
        QCOMPARE(withRoot.error().code(), code(ErrorCode::CertificateUntrusted));
        QVERIFY(withRoot.error().detail().contains(QLatin1String("depth 1")));
        QCOMPARE(TrustStore()
                     .verify(testpki::der(QStringLiteral("citizen-auth")), {}, now)
                     .error()
                     .code(),
                 code(ErrorCode::CertificateUntrusted));
    }

    void datesAreCheckedAtTheGivenTime()
    {
        const TrustStore store = storeWithTestCa();
        const QByteArray der = testpki::der(QStringLiteral("citizen-auth"));
        const CertificateInfo info = parseCertificate(der).value();
        QCOMPARE(store.verify(der, {}, info.notAfter.addDays(1)).error().code(),
                 code(ErrorCode::CertificateExpired));
        QCOMPARE(store.verify(der, {}, info.notBefore.addDays(-1)).error().code(),
                 code(ErrorCode::CertificateNotYetValid));
        QVERIFY(store.verify(der, {}, info.notBefore.addDays(1)).ok());
    }

    void expiredAndFutureCertificatesSignedByTheCa()
    {
        const TrustStore store = storeWithTestCa();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        testpki::CertificateSpec expired;
        expired.notBeforeOffset = -2 * 365L * 24 * 3600;
        expired.notAfterOffset = -60;
        testpki::CertificateSpec future;
        future.notBeforeOffset = 7 * 24 * 3600;
        const Status old = store.verify(testpki::makeCertificate(expired), {}, now);
        QCOMPARE(old.error().code(), code(ErrorCode::CertificateExpired));
        QVERIFY(old.error().detail().contains(QLatin1String("depth 0")));
        QCOMPARE(store.verify(testpki::makeCertificate(future), {}, now).error().code(),
                 code(ErrorCode::CertificateNotYetValid));
        QVERIFY(store.verify(testpki::makeCertificate({}), {}, now).ok());
    }

    void unreadableInputs()
    {
        TrustStore store = storeWithTestCa();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(store.addCertificate("not a certificate").error().code(),
                 code(ErrorCode::CertificateUnreadable));
        QCOMPARE(store.size(), 1);
        QCOMPARE(store.verify(QByteArray(), {}, now).error().code(),
                 code(ErrorCode::CertificateUnreadable));
        QCOMPARE(store.verify(testpki::der(QStringLiteral("citizen-auth")), {"junk"}, now)
                     .error()
                     .code(),
                 code(ErrorCode::CertificateUnreadable));
    }

    void loadsAFolderAndReportsJunk()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Two roots in one PEM bundle, with text around the blocks as bundles often have.
        writeFile(dir.filePath(QStringLiteral("bundle.pem")),
                  "Test roots\n" + testpki::pem(QStringLiteral("ca")) + "\n# second\n" +
                      testpki::pem(QStringLiteral("untrusted-ca")));
        writeFile(dir.filePath(QStringLiteral("extra.der")),
                  testpki::der(QStringLiteral("piv-ec")));
        writeFile(dir.filePath(QStringLiteral("junk.bin")), QByteArray(300, '\x30'));
        writeFile(dir.filePath(QStringLiteral("key.pem")),
                  testpki::readFile(testpki::folder() + QStringLiteral("/ca.key.pem")));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("subfolder")));

        const TrustStore store = TrustStore::fromFolder(dir.path());
        QCOMPARE(store.size(), 3);
        QCOMPARE(store.loadProblems().size(), 2);
        QStringList details;
        for (const Error& problem : store.loadProblems()) {
            QCOMPARE(problem.code(), code(ErrorCode::CertificateUnreadable));
            details << problem.detail();
        }
        QVERIFY(details.filter(QStringLiteral("junk.bin: ")).size() == 1);
        QVERIFY(details.filter(QStringLiteral("key.pem: ")).size() == 1);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(store.verify(testpki::der(QStringLiteral("citizen-auth")), {}, now).ok());
        QVERIFY(store.verify(testpki::der(QStringLiteral("untrusted-auth")), {}, now).ok());
    }

    void damagedPemBlockDoesNotHideTheOthers()
    {
        QTemporaryDir dir;
        QByteArray damaged = testpki::pem(QStringLiteral("citizen-auth"));
        damaged[damaged.indexOf('\n') + 40] = '!'; // inside the base64 body
        writeFile(dir.filePath(QStringLiteral("roots.pem")),
                  testpki::pem(QStringLiteral("untrusted-ca")) + damaged +
                      testpki::pem(QStringLiteral("ca")));
        const TrustStore store = TrustStore::fromFolder(dir.path());
        QCOMPARE(store.size(), 2);
        QCOMPARE(store.loadProblems().size(), 1);
        QVERIFY(store.loadProblems().first().detail().startsWith(QLatin1String("roots.pem: ")));
    }

    void missingFolderIsAProblemNotACrash()
    {
        const TrustStore store = TrustStore::fromFolder(QStringLiteral("/nonexistent/roots"));
        QCOMPARE(store.size(), 0);
        QCOMPARE(store.loadProblems().size(), 1);
        QCOMPARE(store.loadProblems().first().code(), code(ErrorCode::CertificateUnreadable));
    }
};

QTEST_GUILESS_MAIN(TestSmartcardCertificatesTrust)
#include "tst_smartcard_certificates_trust.moc"
