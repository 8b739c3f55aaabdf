#include "PortalStack.h"

#include "CardService.h"
#include "CredentialStore.h"
#include "IdentityBinding.h"
#include "LogRedactor.h"
#include "NotificationCenter.h"
#include "PersonalSpace.h"
#include "PublicSpace.h"
#include "SessionManager.h"
#include "ShellContext.h"
#include "SpaceList.h"

namespace guichet {

PortalStack::PortalStack(net::PortalEndpoint endpoint, const QString& portalName,
                         const DataPaths& paths, QObject* parent)
    : QObject(parent), m_endpoint(std::move(endpoint)),
      m_credentials(std::make_unique<CredentialStore>())
{
    m_sessions = std::make_unique<SessionManager>(m_endpoint.url, m_endpoint.trust.extraRoots());
    m_sessions->setConnection(m_endpoint.trust, m_endpoint.proxy);
    IdentityBinding binding(paths, portalName);
    m_sessions->setIdentityCheck(
        [binding](const PortalSession& session, const QByteArray& certificate) {
            return binding.check(session, certificate);
        });
    m_sessions->setOfflineIdentity(
        [binding](const QByteArray& certificate) { return binding.offlineSession(certificate); });
    m_public = std::make_unique<PublicSpace>(m_endpoint, portalName, paths);
    m_personal = std::make_unique<PersonalSpace>(*m_sessions, m_endpoint, binding);
    connect(m_public.get(), &PublicSpace::problem, this, &PortalStack::problem);
    connect(m_personal.get(), &PersonalSpace::problem, this, &PortalStack::problem);
}

PortalStack::~PortalStack()
{
    m_personal.reset();
    m_public.reset();
    m_sessions.reset();
}

void PortalStack::start()
{
    m_public->start();
    // Signed out, the catalogue and the procedures open without a card still work.
    m_personal->setSignedOutTargets(m_public->forms(), m_public->source());
    const net::ProxySettings& proxy = m_endpoint.proxy;
    if (proxy.mode == net::ProxySettings::Mode::Manual && !proxy.user.isEmpty()) {
        // The password is asked of the proxy only when it challenges, well after this.
        m_credentials->load(net::ProxySettings::passwordAccount(),
                            [this](const Result<QByteArray>& secret) {
                                if (secret)
                                    setProxyPassword(QString::fromUtf8(secret.value()));
                                else
                                    Q_EMIT problem(secret.error());
                            });
    }
}

void PortalStack::setProxyPassword(const QString& password)
{
    net::ProxySettings proxy = m_endpoint.proxy;
    proxy.password = password;
    useProxy(proxy);
}

void PortalStack::useProxy(const net::ProxySettings& proxy)
{
    m_endpoint.proxy = proxy;
    m_sessions->setConnection(m_endpoint.trust, m_endpoint.proxy);
    m_public->setProxy(m_endpoint.proxy);
    m_personal->setProxy(m_endpoint.proxy);
}

void PortalStack::setLanguage(const QString& language)
{
    m_endpoint.language = language;
    m_public->setLanguage(language);
    m_personal->setLanguage(language);
    // The copy of the space read in the former language is read again now, not at the
    // next round of the timer (SpaceSync compares the languages).
    m_personal->syncNow();
}

void PortalStack::fillContext(ShellContext& context)
{
    context.sessions = m_sessions.get();
    context.space = &m_personal->source();
    context.forms = &m_personal->forms();
    context.spaces = &m_personal->spaces();
}

void PortalStack::followCards(CardService& cards, std::function<bool()> lockOnRemoval)
{
    connect(&cards, &CardService::tokensChanged, m_sessions.get(),
            [this, lockOnRemoval = std::move(lockOnRemoval)](const QList<TokenStatus>& tokens) {
                QList<QByteArray> present;
                for (const TokenStatus& inserted : tokens) {
                    for (const TokenCertificate& certificate : inserted.certificates)
                        present.append(certificate.der);
                }
                m_sessions->cardsPresent(present, lockOnRemoval());
            });
}

void PortalStack::redactNamesIn(LogRedactor& redactor)
{
    connect(m_sessions.get(), &SessionManager::sessionChanged, this, [this, &redactor] {
        const auto& session = m_sessions->session();
        if (!session)
            return;
        for (const QString& value : {session->displayName(), session->givenName, session->surname,
                                     session->nationalNumberMasked})
            redactor.addSensitiveValue(value);
    });
    SpaceList& spaces = m_personal->spaces();
    connect(&spaces, &SpaceList::spacesChanged, this, [&redactor, &spaces] {
        for (const SpaceInfo& space : spaces.spaces()) {
            redactor.addSensitiveValue(space.displayName);
            redactor.addSensitiveValue(space.companyName);
        }
    });
}

void PortalStack::tellThrough(notify::NotificationCenter& center)
{
    m_personal->tellAfterSync(center);
    // The card is needed again: said outside the window, never by a PIN dialog.
    connect(m_sessions.get(), &SessionManager::sessionExpired, &center,
            [&center] { center.sessionEnded(); });
    connect(m_sessions.get(), &SessionManager::sessionChanged, &center, [this, &center] {
        if (!m_sessions->session())
            center.signedOut();
    });
}

} // namespace guichet
