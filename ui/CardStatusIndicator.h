#pragma once

#include "ReaderSnapshot.h"
#include "TokenTypes.h"

#include <QLabel>

namespace guichet {

class CardService;

// The card's state in one line for the status bar, kept up to date by the card
// service: which card is there, or why none can be used.
class CardStatusIndicator : public QLabel
{
    Q_OBJECT

public:
    explicit CardStatusIndicator(CardService* service, QWidget* parent = nullptr);

    void showReaders(const pcsc::ReaderSnapshot& snapshot);
    void showTokens(const QList<TokenStatus>& tokens);
    void showCardUses(const QList<CardUse>& uses);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    pcsc::ReaderSnapshot m_snapshot;
    QList<TokenStatus> m_tokens;
    QList<CardUse> m_uses;
};

} // namespace guichet
