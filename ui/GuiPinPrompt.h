#pragma once

#include "PinPrompt.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace guichet {

class PinPadDialog;

// PinPrompt for the card thread: each request is shown as a dialog on the GUI
// thread while the card thread waits. The GUI thread itself never waits.
class GuiPinPrompt : public QObject, public PinPrompt
{
    Q_OBJECT

public:
    explicit GuiPinPrompt(QWidget* parentWindow = nullptr);
    ~GuiPinPrompt() override;

    [[nodiscard]] std::optional<SecretBuffer> askPin(const PinRequest& request) override;
    void pinPadStarted(const PinRequest& request) override;
    void pinPadFinished() override;

private:
    void runOnGuiThread(const std::function<void()>& work);

    QPointer<QWidget> m_parent;
    QPointer<PinPadDialog> m_pinPad;
};

} // namespace guichet
