#pragma once

#include <QWidget>

#include <functional>

class QCommandLinkButton;
class QLabel;

namespace guichet {

class CardService;

// Home before signing in: how to start (sign in with the card, procedures that need
// no card, the demo when it is offered) and the state of the card right now.
class StartPanel : public QWidget
{
    Q_OBJECT

public:
    // Which ways in this run offers: the Sign in page, the catalogue, the demo (empty =
    // not offered). cards may be null (no card service in this run).
    struct Ways
    {
        bool signIn = false;
        bool catalogue = false;
        std::function<void()> startDemo;
    };
    StartPanel(CardService* cards, Ways ways, QWidget* parent = nullptr);

Q_SIGNALS:
    void openRequested(const QString& pageId, const QString& itemId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_heading = nullptr;
    QCommandLinkButton* m_signIn = nullptr;
    QCommandLinkButton* m_catalogue = nullptr;
    QCommandLinkButton* m_demo = nullptr;
    QLabel* m_cardHeading = nullptr;
    std::function<void()> m_startDemo;
};

} // namespace guichet
