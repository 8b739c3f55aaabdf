#pragma once

#include "PinField.h"
#include "PinPrompt.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace guichet {

// Asks for a PIN: masked, digits only when the card wants digits, no more
// characters than the card accepts, the tries left shown before typing, and OK
// enabled only for a PIN of an acceptable length. The typed text is wiped from
// the field as soon as it has been taken.
class PinDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PinDialog(const PinRequest& request, QWidget* parent = nullptr);
    ~PinDialog() override;

    // The PIN typed (after Accepted); the field is emptied by the call.
    [[nodiscard]] SecretBuffer takePin();

    [[nodiscard]] static QString purposeText(PinRequest::Purpose purpose);
    [[nodiscard]] static QString triesText(const PinRequest& request);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void updateAcceptance();

    PinRequest m_request;
    QLabel* m_purpose = nullptr;
    QLabel* m_token = nullptr;
    QLabel* m_rules = nullptr;
    QLabel* m_tries = nullptr;
    QLabel* m_pinLabel = nullptr;
    PinField* m_pin = nullptr;
    QLabel* m_confirmLabel = nullptr;
    PinField* m_confirm = nullptr; // only for a new PIN: typed twice
    QDialogButtonBox* m_buttons = nullptr;
};

// Shown while the reader's own keypad takes the PIN.
class PinPadDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PinPadDialog(const PinRequest& request, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    PinRequest m_request;
    QLabel* m_message = nullptr;
    QLabel* m_tries = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace guichet
