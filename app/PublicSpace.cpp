#include "PublicSpace.h"

#include "CredentialStore.h"
#include "CredentialStoreSecrets.h"
#include "DocumentVault.h"
#include "DraftStore.h"
#include "KeychainKeyProvider.h"
#include "LocalStore.h"
#include "LocalStoreSource.h"
#include "OutboxSender.h"
#include "PortalClient.h"
#include "PublicFormGateway.h"
#include "SyncEngine.h"
#include "TlsTrust.h"

#include <QCryptographicHash>
#include <QDir>

namespace guichet {
namespace {

constexpr int SyncIntervalMs = 60 * 60 * 1000; // the catalogue changes slowly
// One public folder (and vault key) per portal.
QString publicName(const QString& portalName)
{
    return QStringLiteral("public-") +
           QString::fromLatin1(
               QCryptographicHash::hash(portalName.toUtf8(), QCryptographicHash::Sha256)
                   .toHex()
                   .left(16));
}

} // namespace

PublicSpace::PublicSpace(net::PortalEndpoint portal, const QString& portalName,
                         const DataPaths& paths, QObject* parent)
    : QObject(parent), m_portal(std::move(portal)), m_keyName(publicName(portalName)),
      m_directory(QDir(paths.root()).filePath(m_keyName))
{}

PublicSpace::~PublicSpace()
{
    // The gateway and the engine use the client, the store and the outbox.
    m_forms.reset();
    m_source.reset();
    m_engine.reset();
    m_outbox.reset();
}

forms::FormGateway* PublicSpace::forms() const
{
    return m_forms.get();
}

SpaceSource* PublicSpace::source() const
{
    return m_source.get();
}

void PublicSpace::start()
{
    if (const Status writable = DataPaths::ensureWritable(m_directory); !writable) {
        Q_EMIT problem(writable.error());
        return;
    }
    Result<std::unique_ptr<store::LocalStore>> opened =
        store::LocalStore::open(QDir(m_directory).filePath(QStringLiteral("space.sqlite")));
    if (!opened) {
        Q_EMIT problem(opened.error());
        return;
    }
    m_store = std::move(opened.value());
    // No token: the client only reaches what the portal serves to anyone.
    m_client = std::make_unique<net::PortalClient>(m_network, m_portal.url);
    m_client->setTlsTrust(m_portal.trust);
    m_client->setProxy(m_portal.proxy);

    // Drafts of public procedures: without them forms can still be filled in and
    // sent in one go, so a failure is reported and the gateway still opens.
    auto drafts =
        forms::DraftStore::open(QDir(m_directory).filePath(QStringLiteral("drafts.sqlite")));
    if (drafts)
        m_drafts = std::move(drafts.value());
    else
        Q_EMIT problem(drafts.error());
    m_forms = std::make_unique<forms::PublicFormGateway>(*m_client, *m_store, m_drafts.get());

    // The catalogue only (no spaces): the Procedures page works before sign-in.
    m_source = std::make_unique<LocalStoreSource>(*m_store, nullptr, QString());
    m_engine = std::make_unique<sync::SyncEngine>(*m_client, *m_store);
    m_engine->setCatalogueLanguages(
        {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")});
    m_engine->setInterval(SyncIntervalMs);
    connect(m_engine.get(), &sync::SyncEngine::syncFinished, this, [this](bool) {
        if (m_source)
            m_source->notifyChanged();
    });
    openVault();
    m_engine->syncNow();
}

void PublicSpace::openVault()
{
    m_credentials = std::make_unique<CredentialStore>();
    m_secrets = std::make_unique<store::CredentialStoreSecrets>(*m_credentials);
    m_keys = std::make_unique<store::KeychainKeyProvider>(*m_secrets, m_keyName);
    store::DocumentVault::open(QDir(m_directory).filePath(QStringLiteral("vault")), *m_keys,
                               [this](Result<std::unique_ptr<store::DocumentVault>> vault) {
                                   if (!vault) {
                                       // Forms can still be read and kept as drafts; submitting
                                       // says why not.
                                       Q_EMIT problem(vault.error());
                                       return;
                                   }
                                   m_vault = std::move(vault.value());
                                   m_outbox = std::make_unique<sync::OutboxSender>(
                                       *m_client, *m_store, m_vault.get());
                                   (void)m_outbox->requeueInterrupted();
                                   m_forms->attachOutbox(*m_vault, *m_outbox);
                                   m_outbox->sendPending(); // what a crash left unsent
                               });
}

void PublicSpace::setProxy(const net::ProxySettings& proxy)
{
    m_portal.proxy = proxy;
    if (m_client)
        m_client->setProxy(proxy);
}

void PublicSpace::syncNow()
{
    if (m_engine)
        m_engine->syncNow();
}

} // namespace guichet
