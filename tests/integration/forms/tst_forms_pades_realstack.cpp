// PAdES signatures through the application's real PKCS#11 stack: the card service
// and its TokenSigner, with the PIV virtual card through pcscd and OpenSC, and with
// SoftHSM standing in for the eID vendor module. Checked by verifyPdf and pdfsig; the
// signed PDFs are left in ${GUICHET_BINARY_DIR}/test-artifacts/ (pades-realstack-*).
#include "CardService.h"
#include "CardServiceOnThread.h"
#include "CertificateParser.h"
#include "PadesTestTools.h"
#include "PadesVerifier.h"
#include "ScriptedPinPrompt.h"
#include "SignedPackage.h"
#include "virtualcard/VirtualCardProcess.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <future>

using namespace guichet;
using namespace guichet::test;

namespace {

// A public ATR of the Luxembourg eID (pcsc-tools' list); SoftHSM plays its middleware.
const char EidAtr[] = "3B8F800180318065B0850300EF120FFF82900073";

QString pki(const QString& file = {})
{
    const QString dir = qEnvironmentVariable("GUICHET_TEST_PKI");
    return file.isEmpty() ? dir : dir + u'/' + file;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

using Cards = test::CardServiceOnThread;

std::optional<TokenCertificate>
certificateWhere(const TokenStatus& token, const std::function<bool(const TokenCertificate&)>& test)
{
    for (const TokenCertificate& certificate : token.certificates)
        if (test(certificate))
            return certificate;
    return std::nullopt;
}

bool isSignatureCertificate(const TokenCertificate& certificate)
{
    const Result<CertificateInfo> info = parseCertificate(certificate.der);
    return info && info.value().role == CertificateRole::Signature;
}

} // namespace

class TestFormsPadesRealStack : public QObject
{
    Q_OBJECT

private:
    NssTrust m_nss;
    QByteArray m_summary;

    // Signs the summary on a worker thread (TokenSigner blocks until the card has
    // answered), then checks the result with verifyPdf and pdfsig.
    void signAndCheck(Cards& cards, const TokenStatus& token, const TokenCertificate& certificate,
                      const QString& name)
    {
        TokenSigner signer(*cards.service, token.id, certificate);
        CountingSigner counting(signer);
        cards.prompt.answer(QStringLiteral("123456"));
        forms::PadesOptions options;
        options.signingTime = QDateTime::currentDateTimeUtc();
        options.reason = QStringLiteral("Real-stack test");
        QElapsedTimer timer;
        timer.start();
        auto future = std::async(std::launch::async,
                                 [&] { return forms::signPdf(m_summary, counting, options); });
        while (future.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
            QCoreApplication::processEvents();
        const Result<QByteArray> signedPdf = future.get();
        const qint64 totalMs = timer.elapsed();
        QVERIFY2(signedPdf.ok(), qPrintable(signedPdf.ok() ? QString()
                                                           : signedPdf.error().code() + u' ' +
                                                                 signedPdf.error().detail()));
        QCOMPARE(counting.calls, 1);
        const Result<forms::PadesCheck> check = forms::verifyPdf(signedPdf.value());
        QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().detail()));
        QCOMPARE(check.value().signerCertificate, certificate.der);

        const QString path = QStringLiteral(GUICHET_BINARY_DIR) +
                             QStringLiteral("/test-artifacts/pades-realstack-") + name +
                             QStringLiteral(".pdf");
        QVERIFY(writeFile(path, signedPdf.value()));
        const CommandRun run =
            runCommand(QStringLiteral("pdfsig"), {"-nssdir", m_nss.databaseArgument(), path});
        QVERIFY2(run.output.contains(QStringLiteral("Signature is Valid.")),
                 qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("Certificate is Trusted.")),
                 qPrintable(run.output));
        qInfo("%s: signed in %lld ms, of which the card (PIN, signature) %lld ms", qPrintable(name),
              totalMs, counting.nanosecondsInSigner / 1000000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!pki().isEmpty(), "GUICHET_TEST_PKI not set");
        QVERIFY2(pcscdFixture(QStringLiteral("start")) == 0, "pcscd did not start");
        QVERIFY(QDir().mkpath(QStringLiteral(GUICHET_BINARY_DIR "/test-artifacts")));
        QVERIFY(m_nss.create({readAll(pki(QStringLiteral("ca.cert.pem")))}));
        const Result<QByteArray> summary = forms::embedFile(
            makeQtPdf(2), QStringLiteral("submission.json"), R"({"format":"guichet-submission/1"})",
            QStringLiteral("application/json"), {});
        QVERIFY(summary.ok());
        m_summary = summary.value();
    }

    void signsWithThePivCardThroughOpenSc()
    {
        VirtualCardProcess card({QStringLiteral("--pki"), pki()});
        QVERIFY(card.start());
        Cards cards;
        QTRY_VERIFY_WITH_TIMEOUT(cards.tokenIn(virtualReader0).has_value(), 20000);
        const TokenStatus token = *cards.tokenIn(virtualReader0);
        QVERIFY2(token.modulePath.contains(QStringLiteral("opensc-pkcs11")),
                 qPrintable(token.modulePath));
        // 9C: the PIV digital-signature key (RSA 2048, nonRepudiation).
        const std::optional<TokenCertificate> rsa = certificateWhere(token, isSignatureCertificate);
        QVERIFY(rsa.has_value());
        signAndCheck(cards, token, *rsa, QStringLiteral("piv-rsa"));
        // 9D: the PIV EC P-256 key.
        const std::optional<TokenCertificate> ec = certificateWhere(
            token, [](const TokenCertificate& c) { return c.keyType == TokenKeyType::Ec; });
        QVERIFY(ec.has_value());
        signAndCheck(cards, token, *ec, QStringLiteral("piv-ecdsa"));
    }

    void signsWithTheSoftHsmEid()
    {
        QTemporaryDir tokens;
        const CommandRun made =
            runCommand(QStringLiteral("bash"), {QStringLiteral(MAKE_TOKENS), tokens.path(), pki()});
        QVERIFY2(made.exitCode == 0, qPrintable(made.output));
        qputenv("SOFTHSM2_CONF", tokens.filePath(QStringLiteral("softhsm2.conf")).toUtf8());
        VirtualCardProcess card({QStringLiteral("--port"), QStringLiteral("35964"),
                                 QStringLiteral("--personality"), QStringLiteral("atr-only"),
                                 QStringLiteral("--atr"), QString::fromLatin1(EidAtr)});
        QVERIFY(card.start());
        Cards cards("[smartcard]\neidModules=" SOFTHSM_MODULE "\n");
        QTRY_VERIFY_WITH_TIMEOUT(
            cards.tokenIn(virtualReader1, QStringLiteral("citizen eID")).has_value(), 20000);
        const TokenStatus token = *cards.tokenIn(virtualReader1, QStringLiteral("citizen eID"));
        QCOMPARE(token.modulePath, QStringLiteral(SOFTHSM_MODULE));
        const std::optional<TokenCertificate> signature =
            certificateWhere(token, isSignatureCertificate);
        QVERIFY(signature.has_value());
        signAndCheck(cards, token, *signature, QStringLiteral("softhsm-eid"));
    }
};

QTEST_MAIN(TestFormsPadesRealStack)
#include "tst_forms_pades_realstack.moc"
