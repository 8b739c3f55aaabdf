#include "PublicSpace.h"

#include "DraftStore.h"
#include "LocalStore.h"
#include "LocalStoreSource.h"
#include "OutboxSender.h"
#include "PortalClient.h"
#include "PublicFormGateway.h"
#include "SpaceFolder.h"
#include "SyncEngine.h"

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
    Result<std::unique_ptr<SpaceFolder>> folder = SpaceFolder::open(m_directory, m_keyName);
    if (!folder) {
        Q_EMIT problem(folder.error());
        return;
    }
    m_folder = std::move(folder.value());
    // No token: the client only reaches what the portal serves to anyone.
    m_client = SpaceFolder::clientFor(m_network, m_portal);

    store::LocalStore& store = m_folder->store();
    // Drafts come with the folder's key (below).
    m_forms = std::make_unique<forms::PublicFormGateway>(*m_client, store, nullptr);

    // The catalogue only (no spaces): the Procedures page works before sign-in.
    m_source = std::make_unique<LocalStoreSource>(store, nullptr, QString());
    m_engine = std::make_unique<sync::SyncEngine>(*m_client, store);
    m_engine->setCatalogueLanguages(
        {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")});
    m_engine->setInterval(SyncIntervalMs);
    connect(m_engine.get(), &sync::SyncEngine::syncFinished, this, [this](bool) {
        if (m_source)
            m_source->notifyChanged();
    });
    m_folder->openVault([this](const Status& opened) {
        if (!opened) {
            // Forms can still be read and filled in; keeping a draft and submitting say
            // why not (nothing personal is kept without the key).
            Q_EMIT problem(opened.error());
            return;
        }
        // Drafts of public procedures: without them forms can still be filled in and
        // sent in one go, so a failure is reported and the gateway still works.
        auto drafts = m_folder->openDrafts();
        if (drafts) {
            m_drafts = std::move(drafts.value());
            m_forms->attachDrafts(m_drafts.get());
        } else {
            Q_EMIT problem(drafts.error());
        }
        m_outbox =
            std::make_unique<sync::OutboxSender>(*m_client, m_folder->store(), m_folder->vault());
        (void)m_outbox->requeueInterrupted();
        m_forms->attachOutbox(*m_folder->vault(), *m_outbox);
        m_outbox->sendPending(); // what a crash left unsent
    });
    m_engine->syncNow();
}

void PublicSpace::setProxy(const net::ProxySettings& proxy)
{
    m_portal.proxy = proxy;
    if (m_client)
        m_client->setProxy(proxy);
}

void PublicSpace::setLanguage(const QString& language)
{
    m_portal.language = language;
    if (m_client)
        m_client->setLanguage(language);
}

void PublicSpace::syncNow()
{
    if (m_engine)
        m_engine->syncNow();
}

} // namespace guichet
