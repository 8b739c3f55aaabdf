#include "PersonalSpace.h"

#include "DraftStore.h"
#include "PortalFormGateway.h"

#include "AppLogging.h"
#include "DocumentFetcher.h"
#include "DocumentVault.h"
#include "ErrorCodes.h"
#include "IdempotencyKey.h"
#include "LocalStore.h"
#include "LocalStoreSource.h"
#include "NotificationCenter.h"
#include "OutboxSender.h"
#include "PortalClient.h"
#include "SessionManager.h"
#include "SpaceFolder.h"
#include "SyncEngine.h"
#include "VaultBudget.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QSaveFile>

namespace guichet {
namespace {

constexpr int SyncIntervalMs = 5 * 60 * 1000;
constexpr qint64 VaultBudgetBytes = 500LL * 1024 * 1024;

SyncStatus statusOf(sync::SyncState state, const Error& error)
{
    SyncStatus status;
    switch (state) {
    case sync::SyncState::Idle:
        status.kind = SyncStatus::Kind::Idle;
        break;
    case sync::SyncState::Syncing:
        status.kind = SyncStatus::Kind::Syncing;
        break;
    case sync::SyncState::Offline:
        status.kind = SyncStatus::Kind::Offline;
        break;
    case sync::SyncState::Error:
        status.kind = SyncStatus::Kind::Error;
        status.errorCode = error.code();
        break;
    }
    return status;
}

} // namespace

bool PersonalSpace::isOnline() const
{
    return m_sessions.session() && !m_sessions.session()->offline;
}

void PersonalSpace::refreshDataState()
{
    if (m_source && m_engine)
        m_source->setState(dataStateOf(m_engine->state()));
}

DataState PersonalSpace::dataStateOf(sync::SyncState state) const
{
    if (state == sync::SyncState::Offline)
        return DataState::Offline;
    // Until the first sync of the space is complete, an empty list only means "not yet".
    // (A cursor is stored with each page; the date only once the last page is in.)
    const Result<QDateTime> synced =
        m_folder->store().syncState().lastFullSync(m_source->spaceId());
    if (state == sync::SyncState::Syncing && (!synced || !synced.value().isValid()))
        return DataState::Loading;
    return DataState::Ready;
}

PersonalSpace::PersonalSpace(SessionManager& sessions, net::PortalEndpoint portal,
                             IdentityBinding binding, QObject* parent)
    : QObject(parent), m_sessions(sessions), m_portal(std::move(portal)),
      m_binding(std::move(binding))
{
    m_proxy.setTarget(nullptr);
    connect(&m_sessions, &SessionManager::sessionChanged, this, &PersonalSpace::sessionChanged);
    connect(&m_spaces, &SpaceList::currentChanged, this, &PersonalSpace::showSpace);
}

PersonalSpace::~PersonalSpace()
{
    close();
}

void PersonalSpace::setSignedOutTargets(forms::FormGateway* forms, SpaceSource* source)
{
    m_signedOutForms = forms;
    m_signedOutSource = source;
    if (m_identityId.isEmpty()) {
        m_formsProxy.setTarget(forms);
        m_proxy.setTarget(source);
    }
}

void PersonalSpace::sessionChanged()
{
    const auto& session = m_sessions.session();
    if (!session) {
        close();
        return;
    }
    if (session->identityId != m_identityId) {
        close();
        open(session->identityId);
    }
}

void PersonalSpace::open(const QString& identityId)
{
    // One folder, one database and one vault key per person, chosen from the card that
    // signed in (the session was only taken once the binding accepted the portal's
    // answer): two people on one computer never see each other's data.
    m_identityId = identityId;
    const QByteArray certificate = m_sessions.signedInCertificate();
    // Until the person's own space is ready, nothing of the public one is offered:
    // a signed-in person's form must never go out as a public submission.
    m_formsProxy.setTarget(nullptr);
    m_proxy.setTarget(nullptr);
    Result<std::unique_ptr<SpaceFolder>> folder = SpaceFolder::open(
        m_binding.directoryFor(certificate), m_binding.localIdentity(certificate));
    if (!folder) {
        Q_EMIT problem(folder.error());
        return;
    }
    m_folder = std::move(folder.value());
    // What a crash left of a download in plaintext goes before anything else.
    sync::DocumentFetcher::removeScratch(m_folder->filePath(QStringLiteral("downloads")));
    // Signed out meanwhile: the folder is gone and this is never called.
    m_folder->openVault([this](const Status& opened) {
        if (!opened) {
            // Without the key nothing of the person's is kept or shown on this computer
            // (the local copy is sealed with it); the notice says why, never an empty space.
            Q_EMIT problem(opened.error());
            return;
        }
        vaultReady();
    });
}

void PersonalSpace::vaultReady()
{
    store::LocalStore& store = m_folder->store();
    store::DocumentVault* vault = m_folder->vault();
    m_client = SpaceFolder::clientFor(m_network, m_portal);
    m_client->setTokenProvider(
        [this] { return m_sessions.session() ? m_sessions.session()->accessToken : QString(); });
    m_client->setRefreshHook([this](std::function<void(bool)> done) {
        if (!isOnline()) {
            done(false); // no tokens offline: the request fails as unauthorised
            return;
        }
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection =
            connect(&m_sessions, &SessionManager::sessionChanged, this, [this, connection, done] {
                disconnect(*connection);
                done(m_sessions.session().has_value());
            });
        m_sessions.refreshSession();
    });

    m_engine = std::make_unique<sync::SyncEngine>(*m_client, store);
    m_engine->setCatalogueLanguages(
        {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")});
    if (isOnline())
        m_engine->setInterval(SyncIntervalMs);
    if (vault) {
        m_budget =
            std::make_unique<store::VaultBudget>(store.documentCache(), *vault, VaultBudgetBytes);
        m_fetcher = std::make_unique<sync::DocumentFetcher>(
            *m_client, store, *vault, *m_budget, m_folder->filePath(QStringLiteral("downloads")));
        m_engine->setDocumentFetcher(m_fetcher.get());
        // Opening a document that is not here yet downloads it; the screen is told
        // when it arrived (or why not).
        m_proxy.setDocumentRequester([this](const QString& documentId) {
            if (!m_fetcher || !m_source)
                return;
            m_fetcher->open(m_source->spaceId(), documentId,
                            [this](const Result<QByteArray>& content) {
                                if (!content)
                                    Q_EMIT problem(content.error());
                                else if (m_source)
                                    m_source->notifyChanged();
                            });
        });
    }
    m_outbox = std::make_unique<sync::OutboxSender>(*m_client, store, vault);
    (void)m_outbox->requeueInterrupted();
    connect(m_outbox.get(), &sync::OutboxSender::entryStateChanged, this, [this] {
        if (m_source)
            m_source->notifyChanged();
    });
    // What a screen queues (corrections, revocations, messages, read marks) goes out at
    // once, not at the next sync round; one try per request, so an unreachable portal
    // is left to the sender's retry timer. Through the proxy: whichever space is shown.
    // Offline, they stay queued until the next online sign-in.
    connect(&m_proxy, &SpaceSource::requestQueued, m_outbox.get(), [this] {
        if (isOnline())
            m_outbox->sendPending();
    });
    // What was sent comes back through the feed (a message in its thread, a read mark).
    connect(m_outbox.get(), &sync::OutboxSender::roundFinished, this, [this](int sent) {
        if (sent > 0 && m_engine)
            m_engine->syncNow();
    });

    connect(m_engine.get(), &sync::SyncEngine::stateChanged, this,
            [this](sync::SyncState state, const Error& error) {
                Q_EMIT syncStatusChanged(statusOf(state, error));
                if (m_source)
                    m_source->setState(dataStateOf(state));
            });
    // The space on screen is ready as soon as its own first sync is applied, even
    // while the engine goes on with the person's other spaces.
    connect(m_engine.get(), &sync::SyncEngine::pageApplied, this,
            [this](const QString& spaceId, int) {
                if (m_source && spaceId == m_source->spaceId())
                    refreshDataState();
            });
    connect(m_engine.get(), &sync::SyncEngine::progress, this, [this](int done, int total) {
        SyncStatus status;
        status.kind = SyncStatus::Kind::Syncing;
        status.done = done;
        status.total = total;
        Q_EMIT syncStatusChanged(status);
    });
    connect(m_engine.get(), &sync::SyncEngine::syncFinished, this, [this](bool ok) {
        if (m_source)
            m_source->notifyChanged();
        if (isOnline())
            m_outbox->sendPending();
        if (ok && isOnline())
            Q_EMIT roundSynced();
    });

    // Opened offline with the card: the copy as it was, nothing synced or sent.
    if (!isOnline()) {
        openOffline();
        return;
    }
    // The spaces of the person, then the first sync.
    m_client->getJson(QStringLiteral("/spaces"), {}, this,
                      [this](const Result<QJsonDocument>& spaces) {
                          if (!spaces) {
                              Q_EMIT problem(spaces.error());
                              return;
                          }
                          const QJsonArray items =
                              spaces.value().object().value(QStringLiteral("items")).toArray();
                          keepSpacesForOffline(items);
                          spacesListed(items);
                      });
}

void PersonalSpace::keepSpacesForOffline(const QJsonArray& spaces)
{
    // What an offline sign-in shows: the same spaces as at the last online one. Sealed:
    // the names of the spaces are the person's and their companies' names.
    if (const Status kept = m_folder->writeSealed(
            QStringLiteral("spaces.json"), QJsonDocument(spaces).toJson(QJsonDocument::Compact));
        !kept)
        qCWarning(lcApp) << "spaces not kept for offline use:" << kept.error().code();
}

void PersonalSpace::openOffline()
{
    const Result<QByteArray> kept =
        m_folder->readSealed(QStringLiteral("spaces.json"), 4 * 1024 * 1024);
    if (!kept) {
        Q_EMIT problem(kept.error());
        return;
    }
    spacesListed(QJsonDocument::fromJson(kept.value()).array());
    SyncStatus status;
    status.kind = SyncStatus::Kind::Offline;
    Q_EMIT syncStatusChanged(status);
    if (m_source)
        m_source->setState(DataState::Offline);
}

void PersonalSpace::spacesListed(const QJsonArray& spaces)
{
    QList<SpaceInfo> infos;
    QStringList ids;
    for (const QJsonValue space : spaces) {
        if (const std::optional<SpaceInfo> info = SpaceInfo::fromJson(space.toObject())) {
            infos.append(*info);
            ids.append(info->id);
        }
    }
    if (ids.isEmpty())
        return;
    // Drafts live beside the person's store; without them forms can still be read but
    // not kept, so a failure here is reported and the gateway still opens.
    auto drafts = m_folder->openDrafts();
    if (drafts)
        m_drafts = std::move(drafts.value());
    else
        Q_EMIT problem(drafts.error());
    // Every space is kept in sync; the screens show one, the last one chosen, and
    // that one is synced first.
    m_spaces.setSpaces(infos, m_folder->filePath(QStringLiteral("choices.ini")));
    if (const QString shown = m_spaces.currentId(); ids.removeOne(shown))
        ids.prepend(shown);
    m_engine->setSpaces(ids);
    if (!isOnline())
        return; // nothing is synced until the person signs in online
    m_engine->syncNow();
}

void PersonalSpace::showSpace(const QString& spaceId)
{
    const std::optional<SpaceInfo> space = m_spaces.current();
    if (spaceId.isEmpty() || !space || !m_folder)
        return; // signed out
    if (!m_source) {
        m_source = std::make_unique<LocalStoreSource>(
            m_folder->store(), m_folder->vault(), spaceId,
            m_folder->filePath(QStringLiteral("seen-dossiers.ini")));
        m_proxy.setTarget(m_source.get());
    } else {
        m_source->setSpaceId(spaceId); // the screens reload from the other space's copy
    }
    // "Loading" or not is per space: this one may not have had its first sync yet.
    refreshDataState();
    openForms(*space);
}

void PersonalSpace::openForms(const SpaceInfo& space)
{
    if (!m_folder || !m_folder->vault())
        return; // submissions need the vault to wait in the outbox
    const auto& session = m_sessions.session();
    forms::PortalFormGateway::Identity identity;
    identity.spaceId = space.id;
    if (session)
        identity.personName = session->displayName();
    // In a company's space forms are submitted on the company's behalf.
    if (space.professional)
        identity.company = {space.companyName.isEmpty() ? space.displayName : space.companyName,
                            space.rcsNumber, space.vatNumber};
    identity.drafts = m_drafts.get();
    // The gateway of the previous space goes only once the proxy no longer points to it.
    std::unique_ptr<forms::PortalFormGateway> previous = std::move(m_forms);
    m_forms = std::make_unique<forms::PortalFormGateway>(*m_client, m_folder->store(),
                                                         *m_folder->vault(), *m_outbox, identity);
    m_formsProxy.setTarget(m_forms.get());
}

void PersonalSpace::tellAfterSync(notify::NotificationCenter& center)
{
    connect(this, &PersonalSpace::roundSynced, &center, [this, &center] {
        if (!m_folder)
            return;
        // A source per space over the same store (the screens' one shows only one).
        std::vector<std::unique_ptr<LocalStoreSource>> sources;
        QList<notify::NotificationCenter::SyncedSpace> spaces;
        for (const SpaceInfo& space : m_spaces.spaces()) {
            sources.push_back(std::make_unique<LocalStoreSource>(
                m_folder->store(), m_folder->vault(), space.id,
                m_folder->filePath(QStringLiteral("seen-dossiers.ini"))));
            spaces.append({sources.back().get(), space.shownName()});
        }
        center.spacesSynced(m_folder->filePath(QStringLiteral("notified.ini")), spaces);
    });
}

void PersonalSpace::close()
{
    m_spaces.clear();
    m_formsProxy.setTarget(m_signedOutForms);
    m_forms.reset();
    m_drafts.reset();
    m_proxy.setTarget(m_signedOutSource);
    m_proxy.setDocumentRequester({});
    m_source.reset();
    m_outbox.reset();
    m_engine.reset();
    m_fetcher.reset();
    m_budget.reset();
    m_client.reset();
    if (m_folder) // partial downloads are plaintext: none outlives the session
        sync::DocumentFetcher::removeScratch(m_folder->filePath(QStringLiteral("downloads")));
    m_folder.reset();
    m_identityId.clear();
    Q_EMIT syncStatusChanged({});
}

void PersonalSpace::setProxy(const net::ProxySettings& proxy)
{
    m_portal.proxy = proxy;
    if (m_client)
        m_client->setProxy(proxy);
}

void PersonalSpace::setLanguage(const QString& language)
{
    m_portal.language = language;
    if (m_client)
        m_client->setLanguage(language);
}

void PersonalSpace::syncNow()
{
    if (m_engine)
        m_engine->syncNow();
}

void PersonalSpace::uploadDocument(const QString& path)
{
    if (!m_folder || !m_folder->vault() || !m_source) {
        Q_EMIT problem(Error(ErrorCode::StoreOpenFailed, QStringLiteral("nobody is signed in")));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT problem(Error(ErrorCode::DataFolderNotWritable, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    // Kept in the vault and queued durably before anything is sent: never lost.
    const QString localId =
        QStringLiteral("local-") +
        QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16));
    if (const auto written = m_folder->vault()->write(localId, bytes); !written) {
        Q_EMIT problem(written.error());
        return;
    }
    const QString fileName = QFileInfo(path).fileName();
    store::OutboxEntry entry;
    entry.spaceId = m_source->spaceId();
    entry.kind = QStringLiteral("upload");
    entry.method = QStringLiteral("POST");
    entry.path = QStringLiteral("/spaces/%1/documents").arg(entry.spaceId);
    entry.idempotencyKey = QString::fromLatin1(net::newIdempotencyKey());
    entry.body = QJsonDocument(
                     QJsonObject{{QStringLiteral("fields"),
                                  QJsonObject{{QStringLiteral("title"), fileName}}},
                                 {QStringLiteral("fileParts"), QJsonArray{QStringLiteral("file")}}})
                     .toJson(QJsonDocument::Compact);
    entry.attachments = {{localId, fileName, QMimeDatabase().mimeTypeForFile(path).name()}};
    if (const auto queued = m_folder->store().outbox().enqueue(entry); !queued) {
        Q_EMIT problem(queued.error());
        return;
    }
    m_source->notifyChanged(); // the page says "saved, waiting to be sent"
    if (isOnline())
        m_outbox->sendPending();
}

} // namespace guichet
