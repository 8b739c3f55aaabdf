#pragma once

// A PinPrompt for tests that answers instead of a person: `answerWith` decides per
// request (return nothing to cancel). The answer runs on the thread that made the
// prompt (the test's GUI thread), as a dialog would, so it may look at widgets and
// count requests without locks; the card thread waits for it meanwhile. It replaces
// the seam production's GuiPinPrompt used to carry (issue #20 §6).
#include "PinPrompt.h"

#include <QMetaObject>
#include <QObject>
#include <QThread>

#include <functional>
#include <optional>

class AnsweringPinPrompt final : public QObject, public guichet::PinPrompt
{
public:
    using Answer = std::function<std::optional<QString>(const guichet::PinRequest&)>;

    void answerWith(Answer answer) { m_answer = std::move(answer); }

    std::optional<guichet::SecretBuffer> askPin(const guichet::PinRequest& request) override
    {
        std::optional<guichet::SecretBuffer> result;
        const auto ask = [&] {
            std::optional<QString> pin = m_answer ? m_answer(request) : std::nullopt;
            if (!pin)
                return;
            // A character outside Latin-1 becomes a control byte, which the format check
            // refuses, as a PinField would never let it through.
            for (QChar& c : *pin)
                if (c.unicode() > 0xff)
                    c = QChar(0x01);
            const QByteArray latin = pin->toLatin1();
            result = guichet::SecretBuffer::fromLatin1(latin.constData(), std::size_t(latin.size()),
                                                       std::size_t(request.maxLength));
        };
        if (QThread::currentThread() == thread())
            ask();
        else
            QMetaObject::invokeMethod(this, ask, Qt::BlockingQueuedConnection);
        return result;
    }

    void pinPadStarted(const guichet::PinRequest&) override {}
    void pinPadFinished() override {}

private:
    Answer m_answer;
};
