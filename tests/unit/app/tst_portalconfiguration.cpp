// Which portal a run talks to (settings and command line) and whose data a sign-in
// opens (IdentityBinding): the decisions of the real client, without a network.
#include "CommandLine.h"
#include "ErrorCodes.h"
#include "IdentityBinding.h"
#include "PortalConfiguration.h"
#include "PortalTls.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SimulatedPki.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;

namespace {

QString codeOf(const Result<QUrl>& url)
{
    return url ? QString() : url.error().code();
}

QString codeOf(const Result<net::PortalEndpoint>& endpoint)
{
    return endpoint ? QString() : endpoint.error().code();
}

QString codeOf(const std::optional<Error>& error)
{
    return error ? error->code() : QString();
}

PortalSession sessionFor(const QString& identityId, const QString& masked = {})
{
    PortalSession session;
    session.identityId = identityId;
    session.nationalNumberMasked = masked;
    return session;
}

} // namespace

class TestPortalConfiguration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Settings> freshSettings(const QString& name)
    {
        return std::make_unique<Settings>(m_dir.filePath(name + QStringLiteral(".ini")),
                                          m_dir.filePath(QStringLiteral("none.ini")));
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }

private Q_SLOTS:
    void httpsAddressesAreTakenAsTheirOrigin()
    {
        const Result<QUrl> url =
            net::checkPortalUrl(QStringLiteral(" https://portal.example.lu:8443/app/?x=1 "), false);
        QVERIFY(url);
        QCOMPARE(url.value().toString(), QStringLiteral("https://portal.example.lu:8443"));
    }

    void plainHttpIsRefusedExceptOnLoopbackWhenAllowed()
    {
        using net::checkPortalUrl;
        const QString notSecure = QString::fromLatin1(ErrorCode::PortalAddressNotSecure);
        QCOMPARE(codeOf(checkPortalUrl(QStringLiteral("http://portal.example.lu"), true)),
                 notSecure);
        QCOMPARE(codeOf(checkPortalUrl(QStringLiteral("http://127.0.0.1:8080"), false)), notSecure);
        QCOMPARE(codeOf(checkPortalUrl(QStringLiteral("http://10.0.0.1:8080"), true)), notSecure);
        QVERIFY(checkPortalUrl(QStringLiteral("http://127.0.0.1:8080"), true));
        QVERIFY(checkPortalUrl(QStringLiteral("http://[::1]:8080"), true));
        QVERIFY(checkPortalUrl(QStringLiteral("http://localhost:8080"), true));
    }

    void malformedAddressesAreRefused()
    {
        const QString invalid = QString::fromLatin1(ErrorCode::PortalAddressInvalid);
        for (const char* text :
             {"portal.example.lu", "https://", "ftp://portal.example.lu",
              "https://user:secret@portal.example.lu", "https://exa mple.lu", "file:///etc/passwd"})
            QCOMPARE(codeOf(net::checkPortalUrl(QString::fromLatin1(text), true)), invalid);
    }

    void trustAnchorsMustBeReadablePem()
    {
        const QString unreadable = QString::fromLatin1(ErrorCode::PortalCaFileUnreadable);
        auto missing = net::readTrustAnchors(m_dir.filePath(QStringLiteral("missing.pem")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), unreadable);
        auto garbage =
            net::readTrustAnchors(writeFile(QStringLiteral("garbage.pem"), "not a cert"));
        QVERIFY(!garbage);
        QCOMPARE(garbage.error().code(), unreadable);
        const sim::PortalTls tls;
        auto good =
            net::readTrustAnchors(writeFile(QStringLiteral("ca.pem"), tls.caCertificate().toPem()));
        QVERIFY(good);
        QCOMPARE(good.value(), QList<QSslCertificate>{tls.caCertificate()});
    }

    void noPortalConfiguredIsSaidWithItsCode()
    {
        auto settings = freshSettings(QStringLiteral("empty"));
        QCOMPARE(codeOf(configuredPortal(*settings, {}, {})),
                 QString::fromLatin1(ErrorCode::PortalNotConfigured));
    }

    void commandLineWinsOverSettingsForOneRun()
    {
        auto settings = freshSettings(QStringLiteral("configured"));
        QVERIFY(settings->setValue(SettingKeys::PortalUrl, QStringLiteral("https://a.example.lu")));
        const sim::PortalTls tls;
        const QString ca = writeFile(QStringLiteral("run-ca.pem"), tls.caCertificate().toPem());
        const auto fromSettings = configuredPortal(*settings, {}, {});
        QVERIFY(fromSettings);
        QCOMPARE(fromSettings.value().url.toString(), QStringLiteral("https://a.example.lu"));
        QVERIFY(fromSettings.value().trust.extraRoots().isEmpty());
        const auto forRun =
            configuredPortal(*settings, QStringLiteral("https://127.0.0.1:9443"), ca);
        QVERIFY(forRun);
        QCOMPARE(forRun.value().url.toString(), QStringLiteral("https://127.0.0.1:9443"));
        QCOMPARE(forRun.value().trust.extraRoots(), QList<QSslCertificate>{tls.caCertificate()});
        // A certificate file that cannot be read stops the portal altogether.
        QCOMPARE(codeOf(configuredPortal(*settings, {}, m_dir.filePath(QStringLiteral("no.pem")))),
                 QString::fromLatin1(ErrorCode::PortalCaFileUnreadable));
    }

    void pinsAndProxyComeFromSettings()
    {
        auto settings = freshSettings(QStringLiteral("pins"));
        const QByteArray pin(32, '\x5a');
        QVERIFY(settings->setValue(SettingKeys::PortalUrl, QStringLiteral("https://a.example.lu")));
        QVERIFY(settings->setValue(SettingKeys::PortalPinnedKeys,
                                   QStringList{QString::fromLatin1(pin.toBase64()),
                                               QString::fromLatin1(QByteArray(32, 1).toHex())}));
        // A pin of the wrong length is refused when it is set.
        QVERIFY(!settings->setValue(SettingKeys::PortalPinnedKeys,
                                    QStringList{QStringLiteral("abcd")}));
        QVERIFY(settings->setValue(SettingKeys::ProxyMode, QStringLiteral("manual")));
        QVERIFY(settings->setValue(SettingKeys::ProxyHost, QStringLiteral("proxy.example.lu")));
        QVERIFY(settings->setValue(SettingKeys::ProxyPort, 8080));
        QVERIFY(settings->setValue(SettingKeys::ProxyUser, QStringLiteral("jdoe")));
        const auto endpoint = configuredPortal(*settings, {}, {});
        QVERIFY(endpoint);
        QCOMPARE(endpoint.value().trust.keyPins(), (QList<QByteArray>{pin, QByteArray(32, 1)}));
        QCOMPARE(endpoint.value().proxy.mode, net::ProxySettings::Mode::Manual);
        QCOMPARE(endpoint.value().proxy.host, QStringLiteral("proxy.example.lu"));
        QCOMPARE(endpoint.value().proxy.port, quint16(8080));
        QCOMPARE(endpoint.value().proxy.user, QStringLiteral("jdoe"));
        QVERIFY(endpoint.value().proxy.password.isEmpty()); // keychain only
    }

    void commandLineNamesThePortal()
    {
        const CommandLineOptions options = parseCommandLine(
            {QStringLiteral("guichet"), QStringLiteral("--portal"), QStringLiteral("https://p.lu"),
             QStringLiteral("--portal-ca"), QStringLiteral("/tmp/ca.pem")});
        QVERIFY(!options.fatalError);
        QCOMPARE(options.portalUrl, QStringLiteral("https://p.lu"));
        QCOMPARE(options.portalCaFile, QStringLiteral("/tmp/ca.pem"));
        const CommandLineOptions both =
            parseCommandLine({QStringLiteral("guichet"), QStringLiteral("--demo"),
                              QStringLiteral("--portal"), QStringLiteral("https://p.lu")});
        QVERIFY(both.fatalError);
        QCOMPARE(both.fatalError->code(), QString::fromLatin1(ErrorCode::BadCommandLine));
    }

    void theCardChoosesTheFolder()
    {
        const sim::SimulatedPki marie(sim::SimulatedPki::demoCitizen());
        const QByteArray card = marie.authentication().certificateDer;
        QCOMPARE(IdentityBinding::cardKey(card),
                 QStringLiteral("nn:") + sim::SimulatedPki::demoCitizen().nationalNumber);
        // A card with neither number (here a certificate naming only a CN): its key.
        const sim::PortalTls tls;
        QVERIFY(IdentityBinding::cardKey(tls.caCertificate().toDer()).startsWith(u"key:"));
        QVERIFY(IdentityBinding::cardKey("not a certificate").isEmpty());

        const DataPaths paths(m_dir.filePath(QStringLiteral("data")));
        const IdentityBinding demo(paths, QStringLiteral("demo"));
        const IdentityBinding real(paths, QStringLiteral("https://portal.example.lu"));
        QVERIFY(!demo.directoryFor(card).isEmpty());
        QCOMPARE(demo.directoryFor(card), demo.directoryFor(card));
        QVERIFY(demo.directoryFor(card) != real.directoryFor(card));
        // The national number never appears in a folder name.
        QVERIFY(!demo.directoryFor(card).contains(sim::SimulatedPki::demoCitizen().nationalNumber));
    }

    void thePortalMustAgreeWithTheCard()
    {
        const sim::SimulatedPki::Persona persona = sim::SimulatedPki::demoCitizen();
        const sim::SimulatedPki marie(persona);
        const QByteArray card = marie.authentication().certificateDer;
        const QString national = persona.nationalNumber;
        const QString masked = national.left(4) + QString(6, QChar(0x2022)) + national.right(3);
        const QString mismatch = QString::fromLatin1(ErrorCode::AuthIdentityMismatch);
        const IdentityBinding binding(DataPaths(m_dir.filePath(QStringLiteral("bind"))),
                                      QStringLiteral("https://portal.example.lu"));

        // Another person's masked number: refused, and nothing is bound.
        const QString other =
            QStringLiteral("1999") + QString(6, QChar(0x2022)) + QStringLiteral("000");
        QCOMPARE(codeOf(binding.check(sessionFor(QStringLiteral("id-a"), other), card)), mismatch);
        QCOMPARE(codeOf(binding.check(sessionFor(QString(), masked), card)), mismatch);
        // The first sign-in binds; the same identity is accepted again, another refused.
        QCOMPARE(codeOf(binding.check(sessionFor(QStringLiteral("id-a"), masked), card)),
                 QString());
        QCOMPARE(codeOf(binding.check(sessionFor(QStringLiteral("id-a"), masked), card)),
                 QString());
        QCOMPARE(codeOf(binding.check(sessionFor(QStringLiteral("id-b"), masked), card)), mismatch);
        QCOMPARE(codeOf(binding.check(sessionFor(QStringLiteral("id-b")), card)), mismatch);
        // Another portal keeps its own binding.
        const IdentityBinding elsewhere(DataPaths(m_dir.filePath(QStringLiteral("bind"))),
                                        QStringLiteral("demo"));
        QCOMPARE(codeOf(elsewhere.check(sessionFor(QStringLiteral("id-b"), masked), card)),
                 QString());
    }
};

QTEST_GUILESS_MAIN(TestPortalConfiguration)
#include "tst_portalconfiguration.moc"
