#pragma once

// A PinPrompt for tests: answers from a queue (an empty entry = cancel) and
// records every request it was shown.
#include "PinPrompt.h"

#include <QList>
#include <QString>

#include <mutex>
#include <optional>

class ScriptedPinPrompt final : public guichet::PinPrompt
{
public:
    void answer(std::optional<QString> pin)
    {
        const std::lock_guard lock(m_mutex);
        m_answers.append(std::move(pin));
    }

    [[nodiscard]] QList<guichet::PinRequest> requests() const
    {
        const std::lock_guard lock(m_mutex);
        return m_requests;
    }

    std::optional<guichet::SecretBuffer> askPin(const guichet::PinRequest& request) override
    {
        const std::lock_guard lock(m_mutex);
        m_requests.append(request);
        if (m_answers.isEmpty() || !m_answers.first())
            return m_answers.isEmpty() ? std::nullopt : (m_answers.removeFirst(), std::nullopt);
        const QByteArray pin = m_answers.takeFirst()->toLatin1();
        return guichet::SecretBuffer::fromLatin1(pin.constData(), std::size_t(pin.size()), 16);
    }

    void pinPadStarted(const guichet::PinRequest& request) override
    {
        const std::lock_guard lock(m_mutex);
        m_requests.append(request);
        ++pinPadShown;
    }
    void pinPadFinished() override { ++pinPadHidden; }

    int pinPadShown = 0;
    int pinPadHidden = 0;

private:
    mutable std::mutex m_mutex;
    QList<std::optional<QString>> m_answers;
    QList<guichet::PinRequest> m_requests;
};
