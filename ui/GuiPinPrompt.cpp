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

void GuiPinPrompt::setAnswerForTests(
    std::function<std::optional<QString>(const PinRequest&)> answer)
{
    m_answer = std::move(answer);
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
        if (m_answer) {
            std::optional<QString> answer = m_answer(request);
            if (answer) {
                // A character outside Latin-1 becomes a control byte, which the format
                // check refuses (never '?', which a card could count as a wrong PIN).
                for (QChar& c : *answer)
                    if (c.unicode() > 0xff)
                        c = QChar(0x01);
                QByteArray latin = answer->toLatin1();
                result = SecretBuffer::fromLatin1(latin.constData(), std::size_t(latin.size()),
                                                  std::size_t(request.maxLength));
                SecretBuffer::wipe(latin.data(), std::size_t(latin.size()));
                SecretBuffer::wipe(*answer);
            }
            return;
        }
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
