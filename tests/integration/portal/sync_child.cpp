// A separate process for tst_portal_sync's kill test: runs one sync of one space
// against the portal URL it is given, printing "page <n>" after each applied page
// and "done" at the end, so the test can SIGKILL it at chosen points.
//
// sync_child <portal-url> <ca-file> <token-file> <store-file> <space-id> <page-size>
#include "LocalStore.h"
#include "PortalClient.h"
#include "SyncEngine.h"
#include "TestStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>

#include <cstdio>

using namespace guichet;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        std::fprintf(stderr, "usage: sync_child url ca token store space page-size\n");
        return 2;
    }
    QFile tokenFile(args.at(3));
    if (!tokenFile.open(QIODevice::ReadOnly))
        return 2;
    const QString token = QString::fromLatin1(tokenFile.readAll().trimmed());
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(args.at(2));
    if (ca.isEmpty())
        return 2;

    auto store = guichet::test::openUnlockedStore(args.at(4));
    if (!store) {
        std::fprintf(stderr, "store: %s\n", qPrintable(store.error().detail()));
        return 3;
    }
    QNetworkAccessManager network;
    net::PortalClient client(network, QUrl(args.at(1)));
    client.setTlsTrust(net::TlsTrust(ca));
    client.setTokenProvider([token] { return token; });
    client.connectivity().setUseSystemReachability(false);

    sync::SyncEngine engine(client, *store.value());
    engine.setSpaces({args.at(5)});
    engine.setFeedPageSize(args.at(6).toInt());
    QObject::connect(&engine, &sync::SyncEngine::pageApplied, [](const QString&, int pages) {
        std::printf("page %d\n", pages);
        std::fflush(stdout);
    });
    int status = 0;
    QObject::connect(&engine, &sync::SyncEngine::syncFinished, [&](bool ok) {
        if (!ok)
            std::fprintf(stderr, "sync failed: %s\n", qPrintable(engine.lastError().detail()));
        std::printf(ok ? "done\n" : "failed\n");
        std::fflush(stdout);
        status = ok ? 0 : 1;
        QCoreApplication::quit();
    });
    engine.syncNow();
    app.exec();
    return status;
}
