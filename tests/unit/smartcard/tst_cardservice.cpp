#include "CardService.h"
#include "ErrorCodes.h"
#include "ScriptedPcsc.h"
#include "ScriptedPinPrompt.h"
#include "SimulatedToken.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <future>

using namespace guichet;
using guichet::sim::SimulatedToken;

// The card service on its own thread, as the application runs it.
class TestCardService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QThread m_thread;
    std::unique_ptr<CardService> m_service;
    std::shared_ptr<SimulatedToken> m_token;
    ScriptedPinPrompt m_prompt;
    sim::ScriptedPcsc m_pcsc;

private Q_SLOTS:
    void init()
    {
        m_token = std::make_shared<SimulatedToken>();
        m_pcsc.setReaders({QStringLiteral("Reader 0")});
        m_service = std::make_unique<CardService>(m_dir.filePath(QStringLiteral("u.ini")),
                                                  QString(), true, m_pcsc);
        m_service->addBackend(m_token);
        m_service->setPinPrompt(&m_prompt);
        m_service->moveToThread(&m_thread);
        m_thread.start();
    }

    void cleanup()
    {
        QMetaObject::invokeMethod(m_service.get(), &CardService::stop,
                                  Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        m_service.reset();
    }

    void reportsReadersAndTokens()
    {
        QSignalSpy tokens(m_service.get(), &CardService::tokensChanged);
        QSignalSpy readers(m_service.get(), &CardService::readersChanged);
        QMetaObject::invokeMethod(m_service.get(), &CardService::start);
        QTRY_VERIFY(!tokens.isEmpty());
        const auto list = tokens.last().first().value<QList<TokenStatus>>();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().label, QStringLiteral("Marie Schmit"));
        QTRY_VERIFY(!readers.isEmpty());
        const auto snapshot = readers.last().first().value<pcsc::ReaderSnapshot>();
        QCOMPARE(snapshot.readers.size(), 1);
        QCOMPARE(snapshot.blockingProblem(), QLatin1String(ErrorCode::NoCard));

        // Taking the simulated card out is seen on the next refresh.
        m_token->setInserted(false);
        QMetaObject::invokeMethod(m_service.get(), &CardService::refresh);
        QTRY_VERIFY(tokens.last().first().value<QList<TokenStatus>>().isEmpty());
    }

    void signsOnTheCardThreadWithoutBlockingTheCaller()
    {
        QMetaObject::invokeMethod(m_service.get(), &CardService::start);
        m_prompt.answer(QStringLiteral("123456"));
        const QByteArray digest = QCryptographicHash::hash("doc", QCryptographicHash::Sha256);
        const TokenCertificate cert = m_token->tokens().first().certificates.at(1);
        TokenSigner signer(*m_service, QLatin1String(SimulatedToken::TokenId), cert);
        QCOMPARE(signer.algorithm(), SignatureAlgorithm::Ecdsa);
        QCOMPARE(signer.certificate(), cert.der);
        // A Signer is used from a worker thread (never the GUI thread).
        auto result = std::async(
            std::launch::async, [&] { return signer.signDigest(digest, DigestAlgorithm::Sha256); });
        const Result<QByteArray> signature = result.get();
        QVERIFY(signature.ok());
        QVERIFY(signature.value().size() > 60);
    }

    void unknownTokenAndMissingPromptAreErrors()
    {
        QMetaObject::invokeMethod(m_service.get(), &CardService::start);
        auto unknown = m_service->sign(QStringLiteral("nope"), "x", SignatureAlgorithm::Ecdsa,
                                       DigestAlgorithm::Sha256, QByteArray(32, 'a'));
        unknown.waitForFinished();
        QCOMPARE(unknown.result().error().code(), QLatin1String(ErrorCode::TokenNotFound));
        m_service->setPinPrompt(nullptr);
        auto cancelled = m_service->changePin(QLatin1String(SimulatedToken::TokenId));
        cancelled.waitForFinished();
        QCOMPARE(cancelled.result().error().code(), QLatin1String(ErrorCode::PinEntryCancelled));
    }

    void checksCertificatesAgainstTrustedRoots()
    {
        const QString roots = m_dir.filePath(QStringLiteral("roots"));
        QDir().mkpath(roots);
        QFile ca(roots + QStringLiteral("/demo-ca.der"));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(m_token->pki().caCertificateDer());
        ca.close();
        QFile settings(m_dir.filePath(QStringLiteral("u.ini")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(QStringLiteral("[smartcard]\ntrustedRootsFolder=%1\n").arg(roots).toUtf8());
        settings.close();
        QSignalSpy tokens(m_service.get(), &CardService::tokensChanged);
        QMetaObject::invokeMethod(m_service.get(), &CardService::start);
        QTRY_VERIFY(!tokens.isEmpty());
        const auto list = tokens.last().first().value<QList<TokenStatus>>();
        for (const TokenCertificate& certificate : list.first().certificates)
            QCOMPARE(certificate.trust, QString());
        QFile::remove(m_dir.filePath(QStringLiteral("u.ini")));
    }

    void certificatesAreUncheckedWithoutRoots()
    {
        QSignalSpy tokens(m_service.get(), &CardService::tokensChanged);
        QMetaObject::invokeMethod(m_service.get(), &CardService::start);
        QTRY_VERIFY(!tokens.isEmpty());
        const auto list = tokens.last().first().value<QList<TokenStatus>>();
        QCOMPARE(list.first().certificates.first().trust, QStringLiteral("unchecked"));
    }

    void diagnosticsDescribeTheReaders()
    {
        QMetaObject::invokeMethod(m_service.get(), &CardService::start);
        QTRY_VERIFY(m_service->diagnostics().result().readers.readers.size() == 1);
        const CardDiagnostics report = m_service->diagnostics().result();
        QCOMPARE(report.readers.service, pcsc::ServiceState::Running);
        QCOMPARE(report.tokenCount, 1);
    }
};

QTEST_GUILESS_MAIN(TestCardService)
#include "tst_cardservice.moc"
