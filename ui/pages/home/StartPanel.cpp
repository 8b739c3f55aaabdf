#include "StartPanel.h"

#include "CardStatusIndicator.h"
#include "DeskLink.h"
#include "PageLayout.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace guichet {

StartPanel::StartPanel(CardService* cards, Ways ways, QWidget* parent)
    : QWidget(parent), m_startDemo(std::move(ways.startDemo))
{
    setObjectName(QStringLiteral("startPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = PageLayout::subheading(this);
    layout->addWidget(m_heading);

    if (ways.signIn) {
        m_signIn = DeskLink::create({}, {}, this);
        m_signIn->setObjectName(QStringLiteral("startSignIn"));
        connect(m_signIn, &QAbstractButton::clicked, this,
                [this] { Q_EMIT openRequested(QStringLiteral("signin"), {}); });
        layout->addWidget(m_signIn);
    }
    if (ways.catalogue) {
        m_catalogue = DeskLink::create({}, {}, this);
        m_catalogue->setObjectName(QStringLiteral("startCatalogue"));
        connect(m_catalogue, &QAbstractButton::clicked, this,
                [this] { Q_EMIT openRequested(QStringLiteral("catalogue"), {}); });
        layout->addWidget(m_catalogue);
    }
    if (m_startDemo) {
        m_demo = DeskLink::create({}, {}, this);
        m_demo->setObjectName(QStringLiteral("startDemoLink"));
        connect(m_demo, &QAbstractButton::clicked, this, [this] { m_startDemo(); });
        layout->addWidget(m_demo);
    }

    m_cardHeading = PageLayout::subheading(this);
    layout->addSpacing(8);
    layout->addWidget(m_cardHeading);
    // The same words as the status bar, kept current by the card service.
    auto* card = new CardStatusIndicator(cards, this);
    card->setObjectName(QStringLiteral("homeCardState"));
    card->setWordWrap(true);
    layout->addWidget(card);
    retranslate();
}

void StartPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StartPanel::retranslate()
{
    m_heading->setText(tr("How to start"));
    if (m_signIn)
        DeskLink::setTexts(m_signIn, tr("Sign in with your card"),
                           tr("Put your identity card or LuxTrust token in the reader, then "
                              "sign in with your PIN. Your procedures, messages and documents "
                              "then appear here."));
    if (m_catalogue)
        DeskLink::setTexts(m_catalogue, tr("Find a procedure"),
                           tr("Read what each procedure asks for; some can be done without a "
                              "card."));
    if (m_demo)
        DeskLink::setTexts(m_demo, tr("Try the demo"),
                           tr("The application opens again with a simulated portal and a "
                              "simulated card (PIN 123456): everything can be tried without "
                              "touching real data."));
    m_cardHeading->setText(tr("Your card"));
}

} // namespace guichet
