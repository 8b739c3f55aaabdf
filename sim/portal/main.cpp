// guichet-portal-sim: the simulated portal on its own, for trying the API with curl
// or another client. HTTPS on 127.0.0.1 only, with a CA of its own written to the
// data folder so clients can trust it explicitly.
#include "PortalServer.h"
#include "PortalTls.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSslCertificate>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guichet-portal-sim"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulated MyGuichet portal (loopback only) for tests and demos."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port on 127.0.0.1 (0 = any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Folder for the portal's CA certificate "
                                                 "(portal-ca.pem) and its database "
                                                 "(portal.sqlite, seeded when new)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption trust(QStringLiteral("trust"),
                                   QStringLiteral("A CA certificate (PEM or DER) whose cards may "
                                                  "sign in; repeatable."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption plain(QStringLiteral("plain-http"),
                                   QStringLiteral("Serve plain HTTP instead of HTTPS (for "
                                                  "experiments with other tools only)."));
    parser.addOptions({port, data, trust, plain});
    parser.process(app);
    if (!parser.isSet(data)) {
        std::fputs("guichet-portal-sim: --data DIR is required\n", stderr);
        return 2;
    }

    QList<QByteArray> trusted;
    for (const QString& file : parser.values(trust)) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "guichet-portal-sim: cannot read %s\n", qPrintable(file));
            return 2;
        }
        const QByteArray bytes = in.readAll();
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromData(bytes, bytes.startsWith("-----") ? QSsl::Pem : QSsl::Der);
        for (const QSslCertificate& certificate : certificates)
            trusted.append(certificate.toDer());
    }

    guichet::sim::PortalTls tls;
    const QString folder = parser.value(data);
    QDir().mkpath(folder);
    QFile ca(QDir(folder).filePath(QStringLiteral("portal-ca.pem")));
    if (!ca.open(QIODevice::WriteOnly) || ca.write(tls.caCertificate().toPem()) < 0) {
        std::fprintf(stderr, "guichet-portal-sim: cannot write %s\n", qPrintable(ca.fileName()));
        return 2;
    }
    ca.close();

    guichet::sim::PortalServer::Options options;
    options.databasePath = QDir(folder).filePath(QStringLiteral("portal.sqlite"));
    options.plainHttp = parser.isSet(plain);
    guichet::sim::PortalServer server(trusted, options);
    const auto started =
        server.start(tls.serverConfiguration(), quint16(parser.value(port).toUInt()));
    if (!started) {
        std::fprintf(stderr, "guichet-portal-sim: %s\n", qPrintable(started.error().detail()));
        return 1;
    }
    const auto& seeded = server.seedFigures();
    if (seeded.procedures > 0)
        std::printf("seeded %s in %lld ms: %d procedures, %d forms, %d personas, %d objects\n",
                    qPrintable(options.databasePath), seeded.milliseconds, seeded.procedures,
                    seeded.forms, seeded.personas, seeded.items);
    std::printf("listening on %s (CA: %s)\n", qPrintable(server.baseUrl().toString()),
                qPrintable(ca.fileName()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
