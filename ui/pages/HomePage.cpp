#include "HomePage.h"

#include "AccessibleNames.h"
#include "CardService.h"
#include "CertificateParser.h"
#include "FormGateway.h"
#include "NoPortalPanel.h"
#include "PageLayout.h"
#include "SessionManager.h"
#include "SpaceSource.h"
#include "home/AttentionPanel.h"
#include "home/SpaceAttention.h"
#include "home/StartPanel.h"

#include <QDate>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QShowEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace guichet {

HomePage::HomePage(const ShellContext& context, QWidget* parent) : Page(parent), m_context(context)
{
    setObjectName(QStringLiteral("homePage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // A long attention list scrolls; the page never grows past the window.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("homeScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* body = new QWidget(scroll);
    scroll->setWidget(body);
    outer->addWidget(scroll);

    auto* layout = PageLayout::create(body);
    m_heading = PageLayout::heading(body);
    m_heading->setObjectName(QStringLiteral("homeHeading"));
    m_today = PageLayout::value(body, QStringLiteral("homeToday"));
    layout->addWidget(m_heading);
    layout->addWidget(m_today);
    // Without a portal, the first thing to read is why, and the way to the demo.
    if (m_context.portalProblem)
        layout->addWidget(new NoPortalPanel(*m_context.portalProblem, m_context.startDemo, body));
    layout->addSpacing(8);

    m_panels = new QStackedWidget(body);
    // Without a portal the demo is offered by the panel above, with the reason.
    m_start =
        new StartPanel(m_context.cards,
                       {m_context.sessions || m_context.portalProblem, m_context.space != nullptr,
                        m_context.portalProblem ? std::function<void()>() : m_context.startDemo},
                       m_panels);
    m_attention = new AttentionPanel(m_panels);
    m_panels->addWidget(m_start);
    m_panels->addWidget(m_attention);
    layout->addWidget(m_panels);
    layout->addStretch(1);
    connect(m_start, &StartPanel::openRequested, this, &HomePage::openRequested);
    connect(m_attention, &AttentionPanel::openRequested, this, &HomePage::openRequested);

    if (m_context.sessions)
        connect(m_context.sessions, &SessionManager::sessionChanged, this,
                &HomePage::refreshWhenShown);
    if (m_context.space) {
        connect(m_context.space, &SpaceSource::changed, this, &HomePage::refreshWhenShown);
        connect(m_context.space, &SpaceSource::stateChanged, this, &HomePage::refreshWhenShown);
    }
    if (m_context.cards)
        connect(m_context.cards, &CardService::tokensChanged, this, &HomePage::showTokens);
    retranslate();
}

QString HomePage::title() const
{
    return tr("Home");
}

QList<AttentionItem> HomePage::attention() const
{
    return m_attention->items();
}

bool HomePage::signedIn() const
{
    return m_context.sessions && m_context.sessions->session().has_value() && m_context.space;
}

void HomePage::retranslate()
{
    AccessibleNames::scrollArea(findChild<QScrollArea*>(QStringLiteral("homeScroll")), title());
    m_today->setText(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    updateHeading();
    // Dates and counted lines are words of the language: said again when next shown.
    refreshWhenShown();
}

void HomePage::updateHeading()
{
    const std::optional<PortalSession> session =
        m_context.sessions ? m_context.sessions->session() : std::nullopt;
    // Only the name the card's holder gave the portal; never the national number.
    m_heading->setText(session && !session->displayName().isEmpty()
                           ? tr("Hello, %1").arg(session->displayName())
                           : tr("Welcome to Guichet Desktop"));
}

void HomePage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_stale)
        refresh(); // before the first paint: Home never shows an old list
}

void HomePage::refreshWhenShown()
{
    // Reading a large space costs; a hidden Home catches up when it is shown.
    m_stale = true;
    if (isVisible())
        refresh();
}

void HomePage::refresh()
{
    m_stale = false;
    updateHeading();
    if (!signedIn()) {
        m_panels->setCurrentWidget(m_start);
        return;
    }
    m_panels->setCurrentWidget(m_attention);
    Result<AttentionFacts> facts =
        readSpaceAttention(*m_context.space, m_context.forms ? m_context.forms->drafts() : nullptr);
    if (!facts) {
        Q_EMIT errorOccurred(facts.error());
        return;
    }
    facts.value().certificates = m_certificates;
    m_attention->show(attentionItems(facts.value(), QDateTime::currentDateTimeUtc()),
                      m_context.space->state() == DataState::Loading);
}

void HomePage::showTokens(const QList<TokenStatus>& tokens)
{
    m_certificates.clear();
    for (const TokenStatus& token : tokens) {
        for (const TokenCertificate& certificate : token.certificates) {
            const Result<CertificateInfo> info = parseCertificate(certificate.der);
            if (info)
                m_certificates.append({info.value().holderName, info.value().notAfter});
        }
    }
    refreshWhenShown();
}

} // namespace guichet
