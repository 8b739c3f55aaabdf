#pragma once

// The card service on its own thread, as the application runs it, with a scripted PIN
// prompt and the tokens it last reported: for the tests over the real PC/SC stack
// (pcscd, the virtual card, OpenSC, SoftHSM).
#include "CardService.h"
#include "ScriptedPinPrompt.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <future>
#include <memory>
#include <optional>

namespace guichet::test {

struct CardServiceOnThread
{
    // settings: the user settings file's content, if any.
    explicit CardServiceOnThread(const QByteArray& settings = {})
    {
        const QString user = dir.filePath(QStringLiteral("user.ini"));
        if (!settings.isEmpty()) {
            QFile file(user);
            if (file.open(QIODevice::WriteOnly))
                file.write(settings);
        }
        service = std::make_unique<CardService>(user, QString());
        service->setPinPrompt(&prompt);
        service->moveToThread(&thread);
        thread.start();
        spy = std::make_unique<QSignalSpy>(service.get(), &CardService::tokensChanged);
        QMetaObject::invokeMethod(service.get(), &CardService::start);
    }
    ~CardServiceOnThread()
    {
        QMetaObject::invokeMethod(service.get(), &CardService::stop, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }

    QList<TokenStatus> tokens() const
    {
        return spy->isEmpty() ? QList<TokenStatus>()
                              : spy->last().first().value<QList<TokenStatus>>();
    }
    // The token in that reader (with that label, when given: one reader may show the
    // same card through two modules).
    std::optional<TokenStatus> tokenIn(const QString& reader, const QString& label = {}) const
    {
        for (const TokenStatus& token : tokens()) {
            if (token.readerName == reader && (label.isEmpty() || token.label == label))
                return token;
        }
        return std::nullopt;
    }

    // Signs `digest` (SHA-256) with one of the token's certificates, the GUI thread's
    // event loop running meanwhile (the PIN prompt and the service answer through it).
    Result<QByteArray> sign(const TokenStatus& token, int certificate, const QByteArray& digest)
    {
        TokenSigner signer(*service, token.id, token.certificates.at(certificate));
        auto future = std::async(
            std::launch::async, [&] { return signer.signDigest(digest, DigestAlgorithm::Sha256); });
        while (future.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
            QCoreApplication::processEvents();
        return future.get();
    }

    // The result of a card service future, the event loop running meanwhile.
    template <typename T>
    static T wait(QFuture<T> future)
    {
        while (!future.isFinished())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return future.result();
    }

    QTemporaryDir dir;
    ScriptedPinPrompt prompt;
    QThread thread;
    std::unique_ptr<CardService> service;
    std::unique_ptr<QSignalSpy> spy;
};

} // namespace guichet::test
