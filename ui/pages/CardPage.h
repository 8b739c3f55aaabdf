#pragma once

#include "Error.h"
#include "Page.h"
#include "ReaderSnapshot.h"
#include "Result.h"
#include "TokenTypes.h"

#include <QFuture>

#include <functional>

class QLabel;
class QListWidget;
class QTableWidget;
class QVBoxLayout;

namespace guichet {

class CardService;

// The readers, the card in them, its certificates and the state of its PIN, with
// "Change PIN", "Unblock the PIN" (or, where the card's issuer keeps that, what to do
// instead) and certificate details. Follows the card service's signals.
class CardPage : public Page
{
    Q_OBJECT

public:
    explicit CardPage(CardService* service, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override { return QStringLiteral("card"); }
    [[nodiscard]] QString title() const override;

    void showReaders(const pcsc::ReaderSnapshot& snapshot);
    void showTokens(const QList<TokenStatus>& tokens);
    void showCardUses(const QList<CardUse>& uses);

Q_SIGNALS:
    void errorOccurred(const guichet::Error& error);

protected:
    void retranslate() override;

private:
    void rebuildTokens();
    void changePin(const QString& tokenId);
    void unblockPin(const QString& tokenId);
    void runPinOperation(const std::function<QFuture<Status>()>& start);
    void showDetails(const QByteArray& der, const QString& trust);

    CardService* m_service;
    pcsc::ReaderSnapshot m_snapshot;
    QList<TokenStatus> m_tokens;
    QList<CardUse> m_uses;
    QLabel* m_heading = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_whatToDo = nullptr;
    QLabel* m_readersHeading = nullptr;
    QListWidget* m_readers = nullptr;
    QVBoxLayout* m_tokenArea = nullptr;
    bool m_changingPin = false; // a PIN change or unblocking is running
};

} // namespace guichet
