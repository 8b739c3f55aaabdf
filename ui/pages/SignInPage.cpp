#include "SignInPage.h"

#include "CardService.h"
#include "CertificateParser.h"
#include "DisabledReason.h"
#include "PageLayout.h"
#include "SessionManager.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

SignInPage::SignInPage(SessionManager& sessions, CardService* cards, QWidget* parent)
    : Page(parent), m_sessions(sessions), m_cards(cards)
{
    setObjectName(QStringLiteral("signInPage"));
    auto* layout = PageLayout::create(this);
    m_heading = PageLayout::heading(this);
    m_portal = PageLayout::paragraph(this);
    m_portal->setObjectName(QStringLiteral("signInPortal"));
    m_state = PageLayout::subheading(this);
    m_state->setObjectName(QStringLiteral("signInState"));
    m_training = PageLayout::paragraph(this);
    m_training->setObjectName(QStringLiteral("signInTrainingHint"));
    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signOut = new QPushButton(this);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);
    layout->addWidget(m_heading);
    layout->addWidget(m_portal);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addWidget(m_training);
    layout->addStretch(1);

    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::signIn);
    connect(m_signOut, &QPushButton::clicked, &m_sessions, &SessionManager::signOut);
    connect(&m_sessions, &SessionManager::sessionChanged, this, &SignInPage::retranslate);
    connect(&m_sessions, &SessionManager::signInFailed, this, &SignInPage::errorOccurred);
    if (m_cards) {
        connect(m_cards, &CardService::tokensChanged, this, &SignInPage::showTokens);
        // The page may appear after the first report: ask for the current tokens.
        QMetaObject::invokeMethod(m_cards, &CardService::refresh, Qt::QueuedConnection);
    }
    retranslate();
}

QString SignInPage::title() const
{
    return tr("Sign in");
}

void SignInPage::showTokens(const QList<TokenStatus>& tokens)
{
    m_tokens = tokens;
    retranslate();
}

std::optional<std::pair<QString, TokenCertificate>> SignInPage::authenticationKey() const
{
    for (const TokenStatus& token : m_tokens) {
        for (const TokenCertificate& certificate : token.certificates) {
            const Result<CertificateInfo> info = parseCertificate(certificate.der);
            if (info && info.value().role == CertificateRole::Authentication)
                return std::make_pair(token.id, certificate);
        }
    }
    return std::nullopt;
}

void SignInPage::signIn()
{
    const auto key = authenticationKey();
    if (!m_cards || !key)
        return;
    m_sessions.signIn(std::make_unique<TokenSigner>(*m_cards, key->first, key->second));
}

void SignInPage::retranslate()
{
    m_heading->setText(tr("Sign in to MyGuichet"));
    m_portal->setText(tr("Portal: %1").arg(m_sessions.portal().toString()));
    m_signIn->setText(tr("Sign in with my &card"));
    m_signOut->setText(tr("Sign &out"));
    const bool haveKey = authenticationKey().has_value();
    if (const auto& session = m_sessions.session(); session && session->offline) {
        m_state->setText(tr("Signed in without a connection as %1: you see the copy kept on "
                            "this computer. Sign out and in again once the portal can be "
                            "reached to bring it up to date.")
                             .arg(session->displayName()));
    } else if (session) {
        m_state->setText(tr("Signed in as %1").arg(session->displayName()));
    } else if (m_sessions.signingIn()) {
        m_state->setText(tr("Signing in… confirm with your PIN."));
    } else if (!haveKey) {
        m_state->setText(tr("Insert your card to sign in."));
    } else {
        m_state->setText(tr("You are not signed in."));
    }
    // In training mode, say whose simulated card is in and how to be someone else.
    QString trainingCard;
    for (const TokenStatus& token : m_tokens)
        if (token.profileId == QLatin1String("simulated"))
            trainingCard = token.label;
    m_training->setVisible(!trainingCard.isEmpty());
    m_training->setText(
        tr("Training mode: the simulated card of %1 is inserted; its PIN is 123456. To sign in "
           "as someone else, start the application with --persona luc-weber (business user "
           "with a signing stick) or --persona paul-hoffmann.")
            .arg(trainingCard));
    const QString whyNotSignIn = m_sessions.session()     ? tr("You are already signed in.")
                                 : m_sessions.signingIn() ? tr("Signing in…")
                                 : !haveKey
                                     ? tr("Insert your identity card or signing stick first.")
                                     : QString();
    DisabledReason::apply(m_signIn, whyNotSignIn.isEmpty(), whyNotSignIn);
    DisabledReason::apply(m_signOut, m_sessions.session().has_value(),
                          tr("You are not signed in."));
}

} // namespace guichet
