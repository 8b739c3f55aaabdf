#pragma once

// The client side the forms tests build on, as the app's spaces build it: a
// PortalClient talking to the simulated portal over real TLS (its CA trusted by
// configuration), a LocalStore, a DocumentVault under a fixed test key and an
// OutboxSender, all in one temporary folder.
#include "DocumentVault.h"
#include "KeyProvider.h"
#include "LocalStore.h"
#include "OutboxSender.h"
#include "PortalClient.h"
#include "RetryPolicy.h"
#include "TestStore.h"
#include "TlsTrust.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <functional>
#include <memory>

namespace guichet::test {

struct ClientStack
{
    struct Options
    {
        // The bearer token for each request; empty function = nobody is signed in.
        std::function<QString()> accessToken;
        int maxAttempts = 2; // 1 = never retried
        int baseDelayMs = 10;
        QString storeName = QStringLiteral("space.sqlite");
        unsigned char keyByte = 1; // the vault's test key is 32 times this byte
    };

    QTemporaryDir folder;
    std::unique_ptr<net::PortalClient> client;
    std::unique_ptr<store::LocalStore> store;
    store::InMemoryKeyProvider keys;
    std::unique_ptr<store::DocumentVault> vault;
    std::unique_ptr<sync::OutboxSender> outbox;

    // False, with the reason as a warning, when a part cannot be opened.
    [[nodiscard]] bool open(QNetworkAccessManager& network, const QUrl& portal,
                            const QSslCertificate& portalCa, const Options& options)
    {
        client = std::make_unique<net::PortalClient>(network, portal);
        client->setTlsTrust(net::TlsTrust({portalCa}));
        if (options.accessToken)
            client->setTokenProvider(options.accessToken);
        client->connectivity().setUseSystemReachability(false);
        net::RetryPolicy policy;
        policy.maxAttempts = options.maxAttempts;
        policy.baseDelayMs = options.baseDelayMs;
        client->setRetryPolicy(policy);
        Result<std::unique_ptr<store::LocalStore>> opened =
            guichet::test::openUnlockedStore(folder.filePath(options.storeName));
        if (!opened) {
            qWarning() << "store:" << opened.error().detail();
            return false;
        }
        store = std::move(opened).value();
        std::array<unsigned char, 32> key{};
        key.fill(options.keyByte);
        keys.setKey(key);
        store::DocumentVault::open(folder.filePath(QStringLiteral("vault")), keys,
                                   [this](Result<std::unique_ptr<store::DocumentVault>> v) {
                                       if (v)
                                           vault = std::move(v.value());
                                       else
                                           qWarning() << "vault:" << v.error().detail();
                                   });
        if (!vault)
            return false;
        outbox = std::make_unique<sync::OutboxSender>(*client, *store, vault.get());
        return true;
    }
};

} // namespace guichet::test
