#include "CardThread.h"

#include "AppLogging.h"
#include "CardService.h"

#include <QDeadlineTimer>

namespace guichet {

CardThread::CardThread(const QString& userSettingsFile, const QString& systemSettingsFile,
                       pcsc::PcscApi& api)
    : m_service(std::make_unique<CardService>(userSettingsFile, systemSettingsFile, true, api))
{
    m_thread.setObjectName(QStringLiteral("CardThread"));
}

CardThread::~CardThread()
{
    if (!m_thread.isRunning())
        return;
    // Stop the reader monitor and unload modules on their own thread, in order.
    QMetaObject::invokeMethod(m_service.get(), &CardService::stop, Qt::QueuedConnection);
    m_thread.quit();
    // A vendor module can hang inside a call (a reader that stopped answering). The
    // application must still close: after a grace period the thread is left to the
    // process exit, and the service with it, rather than destroyed under its feet.
    if (!m_thread.wait(QDeadlineTimer(3000))) {
        qCWarning(lcApp) << "card thread did not stop in time; leaving it to process exit";
        (void)m_service.release();
    }
}

void CardThread::addBackend(std::shared_ptr<TokenBackend> backend)
{
    m_service->addBackend(std::move(backend));
}

void CardThread::start(PinPrompt* prompt)
{
    m_service->setPinPrompt(prompt);
    m_service->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_service.get(), &CardService::start, Qt::QueuedConnection);
}

} // namespace guichet
