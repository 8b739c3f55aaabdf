#pragma once

#include "DataPaths.h"
#include "Error.h"
#include "FormGatewayProxy.h"
#include "IdentityBinding.h"
#include "PortalEndpoint.h"
#include "SpaceList.h"
#include "SpaceSourceProxy.h"
#include "SyncStatusIndicator.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <memory>

namespace guichet {

class LocalStoreSource;
class SpaceFolder;
class SessionManager;
namespace forms {
class DraftStore;
class PortalFormGateway;
} // namespace forms
namespace net {
class PortalClient;
}
namespace notify {
class NotificationCenter;
}
namespace store {
class VaultBudget;
} // namespace store
namespace sync {
class DocumentFetcher;
class OutboxSender;
class SyncEngine;
enum class SyncState;
} // namespace sync

// Everything that exists while someone is signed in: their store and vault (in
// their own folder), the REST client with their tokens, the sync engine and the
// outbox sender. Made when the session starts, taken apart when it ends. Runs on
// the GUI thread: the store's writes are short transactions per feed page, and
// the network is asynchronous.
class PersonalSpace : public QObject
{
    Q_OBJECT

public:
    // The person's folder is the one the binding derives from the card that signed in.
    PersonalSpace(SessionManager& sessions, net::PortalEndpoint portal, IdentityBinding binding,
                  QObject* parent = nullptr);
    ~PersonalSpace() override;

    // What the screens read: always valid, empty while nobody is signed in.
    [[nodiscard]] SpaceSource& source() { return m_proxy; }
    // Where the form screens fetch forms, keep drafts and send signed submissions:
    // always valid, refusing everything while nobody is signed in.
    [[nodiscard]] forms::FormGateway& forms() { return m_formsProxy; }
    // The person's spaces (GET /spaces) and the one shown: choosing another moves the
    // screens' source and the forms gateway to it. Empty while nobody is signed in.
    [[nodiscard]] SpaceList& spaces() { return m_spaces; }

    // What the screens use while nobody is signed in (PublicSpace: the catalogue and
    // the procedures open without a card); null = empty lists, forms refused.
    void setSignedOutTargets(forms::FormGateway* forms, SpaceSource* source);

    // Upload a file to the current space through the outbox (kept until sent).
    void uploadDocument(const QString& path);
    void syncNow();
    // A new proxy configuration (the password arrives from the keychain after start).
    void setProxy(const net::ProxySettings& proxy);
    // The language requests ask the portal to answer in, from the next request on.
    void setLanguage(const QString& language);
    // After every sync round that ended well, hands every space of the person, read
    // from the local copy, to the notification center with the person's own ledger.
    void tellAfterSync(notify::NotificationCenter& center);

Q_SIGNALS:
    // A sync round of the signed-in person's spaces ended well.
    void roundSynced();
    void syncStatusChanged(const guichet::SyncStatus& status);
    void problem(const guichet::Error& error);

private:
    void sessionChanged();
    void open(const QString& identityId);
    void vaultReady();
    void spacesListed(const QJsonArray& spaces);
    void keepSpacesForOffline(const QJsonArray& spaces);
    void openOffline();
    // Signed in with the portal (false: nobody, or opened offline with the card).
    [[nodiscard]] bool isOnline() const;
    void showSpace(const QString& spaceId);
    void openForms(const SpaceInfo& space);
    void close();
    [[nodiscard]] DataState dataStateOf(sync::SyncState state) const;
    void refreshDataState();

    SessionManager& m_sessions;
    net::PortalEndpoint m_portal;
    IdentityBinding m_binding;
    QString m_identityId;
    SpaceSourceProxy m_proxy;
    FormGatewayProxy m_formsProxy;
    SpaceList m_spaces;
    QPointer<forms::FormGateway> m_signedOutForms;
    QPointer<SpaceSource> m_signedOutSource;
    QNetworkAccessManager m_network;
    // The person's folder (store, vault, drafts): outlives everything below.
    std::unique_ptr<SpaceFolder> m_folder;
    std::unique_ptr<net::PortalClient> m_client;
    std::unique_ptr<store::VaultBudget> m_budget;
    std::unique_ptr<sync::DocumentFetcher> m_fetcher;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<sync::OutboxSender> m_outbox;
    std::unique_ptr<LocalStoreSource> m_source;
    std::unique_ptr<forms::DraftStore> m_drafts;
    std::unique_ptr<forms::PortalFormGateway> m_forms;
};

} // namespace guichet
