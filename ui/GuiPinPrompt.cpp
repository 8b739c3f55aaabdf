#include "GuiPinPrompt.h"

#include "dialogs/PinDialog.h"

#include <QCoreApplication>
#include <QThread>
#include <QWidget>

namespace guichet {

GuiPinPrompt::GuiPinPrompt(QWidget* parentWindow) : m_parent(parentWindow) {}

GuiPinPrompt::~GuiPinPrompt()
{
    delete m_pinPad;
}

void GuiPinPrompt::runOnGuiThread(const std::function<void()>& work)
{
    if (QThread::currentThread() == thread())
        work();
    else
        QMetaObject::invokeMethod(this, work, Qt::BlockingQueuedConnection);
}

std::optional<SecretBuffer> GuiPinPrompt::askPin(const PinRequest& request)
{
    std::optional<SecretBuffer> result;
    runOnGuiThread([&] {
        PinDialog dialog(request, m_parent);
        if (dialog.exec() == QDialog::Accepted)
            result = dialog.takePin();
    });
    return result;
}

void GuiPinPrompt::pinPadStarted(const PinRequest& request)
{
    runOnGuiThread([&] {
        delete m_pinPad;
        m_pinPad = new PinPadDialog(request, m_parent);
        m_pinPad->setAttribute(Qt::WA_DeleteOnClose);
        m_pinPad->show();
    });
}

void GuiPinPrompt::pinPadFinished()
{
    runOnGuiThread([&] {
        if (m_pinPad)
            m_pinPad->close();
    });
}

} // namespace guichet
