#pragma once

#include "DataPaths.h"
#include "Error.h"
#include "PortalEndpoint.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

namespace guichet {

class LocalStoreSource;
class SpaceFolder;
class SpaceSource;
namespace forms {
class DraftStore;
class FormGateway;
class PublicFormGateway;
} // namespace forms
namespace net {
class PortalClient;
}
namespace sync {
class OutboxSender;
class SyncEngine;
} // namespace sync

// What someone who is not signed in can use: the procedure catalogue (synced
// without a token) and the procedures open without a card (filled in, kept as
// drafts and submitted to /public/submissions). Everything lives in the "public"
// folder of the data folder, shared by everyone using this computer without a
// card, never in a person's folder. Exists for the whole run of the application.
class PublicSpace : public QObject
{
    Q_OBJECT

public:
    // portalName keeps the public folders of different portals apart (IdentityBinding).
    PublicSpace(net::PortalEndpoint portal, const QString& portalName, const DataPaths& paths,
                QObject* parent = nullptr);
    ~PublicSpace() override;

    // Null when the public folder could not be opened (then `problem` was emitted).
    [[nodiscard]] forms::FormGateway* forms() const;
    [[nodiscard]] SpaceSource* source() const;

    // Starts the catalogue sync and the outbox; problems are emitted, not returned.
    void start();
    void syncNow();
    // A new proxy configuration (the password arrives from the keychain after start).
    void setProxy(const net::ProxySettings& proxy);
    // The language requests ask the portal to answer in, from the next request on.
    void setLanguage(const QString& language);

Q_SIGNALS:
    void problem(const guichet::Error& error);

private:
    net::PortalEndpoint m_portal;
    QString m_keyName; // the vault key's name in the keychain
    QString m_directory;
    QNetworkAccessManager m_network;
    std::unique_ptr<SpaceFolder> m_folder; // store, vault, drafts: outlive what uses them
    std::unique_ptr<net::PortalClient> m_client;
    std::unique_ptr<forms::DraftStore> m_drafts;
    std::unique_ptr<sync::OutboxSender> m_outbox;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<LocalStoreSource> m_source;
    std::unique_ptr<forms::PublicFormGateway> m_forms;
};

} // namespace guichet
