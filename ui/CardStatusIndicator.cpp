#include "CardStatusIndicator.h"

#include "CardService.h"
#include "CardTexts.h"
#include "appearance/Look.h"

#include <QEvent>

namespace guichet {

CardStatusIndicator::CardStatusIndicator(CardService* service, QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("cardStatus"));
    setTextFormat(Qt::PlainText);
    if (service) {
        connect(service, &CardService::readersChanged, this, &CardStatusIndicator::showReaders);
        connect(service, &CardService::tokensChanged, this, &CardStatusIndicator::showTokens);
        connect(service, &CardService::cardUsesChanged, this, &CardStatusIndicator::showCardUses);
    }
    appearance::followLook(this, &CardStatusIndicator::refresh);
}

void CardStatusIndicator::showReaders(const pcsc::ReaderSnapshot& snapshot)
{
    m_snapshot = snapshot;
    refresh();
}

void CardStatusIndicator::showTokens(const QList<TokenStatus>& tokens)
{
    m_tokens = tokens;
    refresh();
}

void CardStatusIndicator::showCardUses(const QList<CardUse>& uses)
{
    m_uses = uses;
    refresh();
}

void CardStatusIndicator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void CardStatusIndicator::refresh()
{
    const bool ready = !m_tokens.isEmpty() && m_tokens.first().pinState != TokenPinState::Locked;
    // A coloured dot as well as words: the state is never told by colour alone.
    const appearance::LookColours& colours = appearance::coloursOf(appearance::currentLook());
    setStyleSheet(QStringLiteral("color: %1;")
                      .arg((ready ? colours.readyText : colours.attentionText).name()));
    setText((ready ? QStringLiteral("● ") : QStringLiteral("○ ")) +
            CardTexts::statusLine(m_snapshot, m_tokens, m_uses));
    setAccessibleName(text().mid(2));
}

} // namespace guichet
