#pragma once

#include "SecretBuffer.h"

#include <QLineEdit>

namespace guichet {

// A line edit for a PIN that never holds the PIN itself: each character typed goes
// straight into a SecretBuffer (wiped when taken, cleared or destroyed) and the line
// edit only ever holds as many placeholder characters, so neither its text nor its
// undo history keeps a digit. Text set from outside (the accessibility bus: a screen
// reader's or a test's setTextContents) is taken the same way, and the line edit's
// buffer it arrived in is overwritten in place, not a detached copy.
//
// Characters the token cannot take (a non-digit for a digits-only PIN, anything
// outside printable ASCII) are refused as they are typed; text from outside that
// holds one leaves the field empty and formatRefused() true, so no try is wasted.
class PinField : public QLineEdit
{
    Q_OBJECT

public:
    PinField(int maxLength, bool digitsOnly, QWidget* parent = nullptr);
    ~PinField() override;

    [[nodiscard]] int pinLength() const { return int(m_pin.size()); }
    // Compared without a copy; false when the lengths differ.
    [[nodiscard]] bool samePinAs(const PinField& other) const;
    // Whether the last text set from outside held a character the token cannot take.
    [[nodiscard]] bool formatRefused() const { return m_formatRefused; }
    // Hands the PIN over and empties the field.
    [[nodiscard]] SecretBuffer takePin();
    void wipe();

Q_SIGNALS:
    void pinChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    [[nodiscard]] bool accepts(QChar c) const;
    void absorb(const QString& text);
    void showPlaceholders();

    SecretBuffer m_pin;
    bool m_digitsOnly;
    bool m_showing = false;
    bool m_formatRefused = false;
};

} // namespace guichet
