#include "PinField.h"

#include <QKeyEvent>

namespace guichet {
namespace {

// What the line edit holds in place of each PIN character (shown as a dot anyway).
constexpr char16_t Placeholder = u'\u2022';

} // namespace

PinField::PinField(int maxLength, bool digitsOnly, QWidget* parent)
    : QLineEdit(parent), m_pin(std::size_t(std::max(maxLength, 0))), m_digitsOnly(digitsOnly)
{
    setEchoMode(QLineEdit::Password);
    setMaxLength(maxLength);
    // No input method (it keeps its own buffer), no context menu (paste, undo).
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setContextMenuPolicy(Qt::NoContextMenu);
    setDragEnabled(false);
    setAcceptDrops(false);
    setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                        (digitsOnly ? Qt::ImhDigitsOnly : Qt::ImhNone));
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!m_showing)
            absorb(text);
    });
}

PinField::~PinField()
{
    // No signal from here: the dialog listening may already be gone. The buffer wipes
    // itself; the line edit only ever held placeholders.
    m_pin.clear();
}

bool PinField::accepts(QChar c) const
{
    if (m_digitsOnly)
        return c >= u'0' && c <= u'9';
    return c.unicode() >= 0x20 && c.unicode() <= 0x7e;
}

void PinField::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    if (event->key() == Qt::Key_Backspace) {
        if (m_pin.size() > 0) {
            m_pin.removeLast();
            showPlaceholders();
        }
        event->accept();
        return;
    }
    // Keys that do not type (Return, Escape, Tab, arrows) work as in any field.
    if (text.isEmpty() || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Escape || event->key() == Qt::Key_Tab ||
        event->key() == Qt::Key_Backtab) {
        QLineEdit::keyPressEvent(event);
        return;
    }
    // Shortcuts (paste, undo, select all) and characters the token cannot take do
    // nothing; a character the PIN can take is kept, up to the maximum length.
    if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        bool changed = false;
        for (const QChar c : text) {
            if (accepts(c) && int(m_pin.size()) < maxLength())
                changed = m_pin.append(char(c.unicode())) || changed;
        }
        if (changed) {
            m_formatRefused = false;
            showPlaceholders();
        }
    }
    event->accept();
}

void PinField::absorb(const QString& text)
{
    // The text shares the line edit's own buffer: overwritten in place below, so the
    // characters do not stay behind in it.
    m_pin.clear();
    m_formatRefused = false;
    for (const QChar c : text) {
        if (c == QChar(Placeholder))
            continue;
        if (!accepts(c) || int(m_pin.size()) >= maxLength()) {
            m_formatRefused = true;
            m_pin.clear();
            break;
        }
        m_pin.append(char(c.unicode()));
    }
    // Only a buffer of the heap: a literal given by code (static, read-only) holds no
    // one's PIN.
    if (text.data_ptr().isMutable())
        SecretBuffer::wipe(const_cast<QChar*>(text.constData()),
                           std::size_t(text.size()) * sizeof(QChar));
    showPlaceholders();
}

void PinField::showPlaceholders()
{
    m_showing = true;
    setText(QString(qsizetype(m_pin.size()), QChar(Placeholder)));
    m_showing = false;
    Q_EMIT pinChanged();
}

bool PinField::samePinAs(const PinField& other) const
{
    const auto a = m_pin.bytes();
    const auto b = other.m_pin.bytes();
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        difference |= a[i] ^ b[i];
    return difference == 0;
}

SecretBuffer PinField::takePin()
{
    SecretBuffer pin(std::size_t(std::max(maxLength(), 0)));
    for (const unsigned char c : m_pin.bytes())
        pin.append(char(c));
    wipe();
    return pin;
}

void PinField::wipe()
{
    m_pin.clear();
    m_formatRefused = false;
    showPlaceholders();
}

} // namespace guichet
