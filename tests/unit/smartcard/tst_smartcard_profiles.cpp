#include "AtrTable.h"
#include "CardProfile.h"
#include "ModuleDefaults.h"
#include "ModuleSelection.h"
#include "P11KitRegistry.h"
#include "ProfileMatcher.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;

// The table's checks run in the compiler: a rule of mismatched lengths would not build.
static_assert(maskedAtr("3B 88 00 01", "FF FF 00 FF").length == 4);
static_assert(exactAtr("3B 00").mask[1] == 0xFF);

namespace {

QByteArray atr(const char* hex)
{
    return QByteArray::fromHex(QByteArray(hex).replace(' ', ""));
}

const CardProfile* profile(ProfileId id)
{
    return &cardProfile(id);
}

constexpr char ShellReader[] = "Gemalto USB Shell Token V2 (A4CD3948) 00 00";
constexpr char PlainReader[] = "REINER SCT cyberJack RFID basis 00 00";

} // namespace

class TestSmartcardProfiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString user() const { return m_dir.filePath(QStringLiteral("user.ini")); }
    QString system() const { return m_dir.filePath(QStringLiteral("system.ini")); }

    void writeSystem(const QByteArray& content)
    {
        QFile file(system());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(user());
        QFile::remove(system());
    }

    void everyTableRuleMatchesItsProfile()
    {
        for (const AtrRule& rule : atrRules()) {
            const QByteArray bytes = rule.atr.patternBytes();
            QVERIFY2(matchProfile(bytes, QString::fromLatin1(PlainReader)) == profile(rule.profile),
                     qPrintable(atrToHex(bytes)));
        }
    }

    void publicAtrsMatch_data()
    {
        QTest::addColumn<QByteArray>("atr");
        QTest::addColumn<int>("expected");
        const auto row = [](const char* name, const char* hex, ProfileId id) {
            QTest::newRow(name) << atr(hex) << static_cast<int>(id);
        };
        row("eID 2014, pcsc-tools", "3B 8F 80 01 80 31 80 65 B0 85 03 00 EF 12 0F FF 82 90 00 73",
            ProfileId::LuxembourgEid2014);
        row("eID applet 03 contact", "3B 7F 96 00 00 80 31 80 65 B0 85 03 00 EF 12 0F FF 82 90 00",
            ProfileId::LuxembourgEid2014);
        row("eID applet 05 contactless",
            "3B 8F 80 01 80 31 80 65 B0 85 05 00 11 12 0F FF 82 90 00 FF",
            ProfileId::LuxembourgEid2021);
        row("eID type B", "3B 88 80 01 E1 F3 5E 11 77 A1 97 00 15", ProfileId::LuxembourgEid2021);
        row("LuxTrust IDPrime", "3B 7F 96 00 00 80 31 80 65 B0 85 05 00 11 12 0F FF 82 90 00",
            ProfileId::LuxTrustSmartcard);
        row("LuxTrust Classic 6D", "3B 6D 00 00 80 31 80 65 B0 83 02 04 7E 83 00 90 00",
            ProfileId::LuxTrustSmartcard);
        row("LuxTrust Classic 7D", "3B 7D 94 00 00 80 31 80 65 B0 83 11 00 C8 83 00 90 00",
            ProfileId::LuxTrustSmartcard);
    }

    void publicAtrsMatch()
    {
        QFETCH(QByteArray, atr);
        QFETCH(int, expected);
        QCOMPARE(matchProfile(atr, QString::fromLatin1(PlainReader)),
                 profile(static_cast<ProfileId>(expected)));
    }

    void bytesUnderAZeroMaskMayDiffer()
    {
        // Applet 03 contactless: bytes 2, 9, 11, 12 and the checksum (19) are masked.
        QByteArray card = atr("3B 8F 80 01 80 31 80 65 B0 85 03 00 EF 12 0F FF 82 90 00 73");
        card[2] = char(0x11);
        card[9] = char(0x84);
        card[11] = char(0x01);
        card[12] = char(0x5A);
        card[19] = char(0x42);
        QCOMPARE(matchProfile(card, QString()), profile(ProfileId::LuxembourgEid2014));
        card[10] = char(0x09); // the applet version sits under FF
        QCOMPARE(matchProfile(card, QString()), nullptr);
    }

    void signingStickIsKnownByItsReader()
    {
        const QString reader = QString::fromLatin1(ShellReader);
        const QByteArray luxTrustChip =
            atr("3B 7F 96 00 00 80 31 80 65 B0 85 05 00 11 12 0F FF 82 90 00");
        QCOMPARE(matchProfile(luxTrustChip, reader), profile(ProfileId::LuxTrustSigningStick));
        QCOMPARE(matchProfile(atr("3B D2 18 00 81 31 FE 58 C9 03 16"), reader.toLower()),
                 profile(ProfileId::LuxTrustSigningStick));
    }

    void foreignAndUnknownCardsHaveNoProfile()
    {
        const QString reader = QString::fromLatin1(PlainReader);
        // Belgian eID v1.8: an identity card mask would accept it.
        QCOMPARE(matchProfile(atr("3B 7F 96 00 00 80 31 80 65 B0 85 04 01 20 12 0F FF 82 90 00"),
                              reader),
                 nullptr);
        QCOMPARE(
            matchProfile(atr("3B DB 96 00 80 B1 FE 45 1F 83 00 12 23 3F 53 65 49 44 0F 90 00 F1"),
                         reader),
            nullptr);
        // One byte too long or short for an otherwise known ATR.
        const QByteArray known = atr("3B 6D 00 00 80 31 80 65 B0 83 02 04 7E 83 00 90 00");
        QCOMPARE(matchProfile(known + '\0', reader), nullptr);
        QCOMPARE(matchProfile(known.chopped(1), reader), nullptr);
    }

    void malformedAtrsNeverMatch()
    {
        const QString shell = QString::fromLatin1(ShellReader);
        QCOMPARE(matchProfile(QByteArray(), shell), nullptr);
        QCOMPARE(matchProfile(QByteArray(1, '\x3B'), shell), nullptr);
        QCOMPARE(matchProfile(QByteArray(34, '\x3B'), shell), nullptr);
        QByteArray huge(1 << 20, '\0');
        QRandomGenerator random(7);
        for (char& byte : huge)
            byte = static_cast<char>(random.generate());
        QCOMPARE(matchProfile(huge, shell), nullptr);
        for (int length = 2; length <= 33; ++length) {
            const QByteArray noise = huge.left(length);
            const CardProfile* found = matchProfile(noise, QString());
            QVERIFY(found == nullptr || found->kind == CardKind::LuxembourgEid ||
                    found->kind == CardKind::LuxTrustSmartcard);
        }
    }

    void atrToHexIsSpacedUpperCase()
    {
        QCOMPARE(atrToHex(atr("3b8f8001")), QStringLiteral("3B 8F 80 01"));
        QCOMPARE(atrToHex(QByteArray()), QString());
    }

    void pinRules()
    {
        for (const ProfileId id : {ProfileId::LuxembourgEid2014, ProfileId::LuxembourgEid2021}) {
            const PinRules pin = cardProfile(id).pin;
            QCOMPARE(pin.minLength, 6);
            QCOMPARE(pin.maxLength, 8);
            QVERIFY(pin.digitsOnly);
        }
        for (const ProfileId id : {ProfileId::LuxTrustSmartcard, ProfileId::LuxTrustSigningStick}) {
            const PinRules pin = cardProfile(id).pin;
            QCOMPARE(pin.maxTries, 5);
            QVERIFY(pin.minLength >= 4 && pin.minLength <= pin.maxLength);
        }
        QCOMPARE(allCardProfiles().size(), 4);
        for (const CardProfile* each : allCardProfiles()) {
            QVERIFY(!each->id.isEmpty());
            QVERIFY(qstrlen(each->displayName) > 0);
            QVERIFY(each->defaultModules.size() >= 2);
        }
    }

    void defaultModulesWhenNothingIsConfigured()
    {
        const Settings settings(user(), system());
        const CardProfile* eid = profile(ProfileId::LuxembourgEid2021);
        QCOMPARE(modulesFor(eid, settings), eid->defaultModules);
        const QStringList modules = modulesFor(eid, settings);
        QVERIFY(modules.indexOf(classicClientModules().first()) <
                modules.indexOf(openScModules().first()));
    }

    void relativeModulePathsAreRefused()
    {
        Settings settings(user(), system());
        QVERIFY(
            !settings.setValue(SettingKeys::EidModules, QStringList{QStringLiteral("gclib.dll")})
                 .ok());
        QVERIFY(!settings
                     .setValue(SettingKeys::ExtraModules,
                               QStringList{QStringLiteral("/opt/a.so"), QStringLiteral("lib/b.so")})
                     .ok());
        for (const QString& module : modulesFor(nullptr, settings))
            QVERIFY2(QDir::isAbsolutePath(module), qPrintable(module));
        for (const CardProfile* each : allCardProfiles())
            for (const QString& module : each->defaultModules)
                QVERIFY2(QDir::isAbsolutePath(module), qPrintable(module));
    }

    void configuredModulesReplaceTheDefaults()
    {
        Settings settings(user(), system());
        QVERIFY(settings
                    .setValue(SettingKeys::EidModules, QStringList{QStringLiteral("/opt/eid/a.so"),
                                                                   QStringLiteral("/opt/eid/b.so")})
                    .ok());
        QVERIFY(
            settings
                .setValue(SettingKeys::ExtraModules, QStringList{QStringLiteral("/opt/extra.so"),
                                                                 QStringLiteral(" /opt/eid//a.so")})
                .ok());
        QCOMPARE(modulesFor(profile(ProfileId::LuxembourgEid2014), settings),
                 (QStringList{QStringLiteral("/opt/eid/a.so"), QStringLiteral("/opt/eid/b.so"),
                              QStringLiteral("/opt/extra.so")}));
        // LuxTrust devices keep their defaults, then the extra modules (trimmed).
        const CardProfile* stick = profile(ProfileId::LuxTrustSigningStick);
        const QStringList expected =
            stick->defaultModules +
            QStringList{QStringLiteral("/opt/extra.so"), QStringLiteral("/opt/eid//a.so")};
        QCOMPARE(modulesFor(stick, settings), expected);
    }

    void administratorListApplies()
    {
        writeSystem("[smartcard]\nluxtrustModules=/opt/admin/gclib.so\n");
        const Settings settings(user(), system());
        QCOMPARE(modulesFor(profile(ProfileId::LuxTrustSmartcard), settings),
                 QStringList{QStringLiteral("/opt/admin/gclib.so")});
    }

    void unknownCardsTryExtraModulesThenOpenSc()
    {
        Settings settings(user(), system());
        QCOMPARE(modulesFor(nullptr, settings), openScModules());
        QVERIFY(
            settings
                .setValue(SettingKeys::ExtraModules,
                          QStringList{QStringLiteral("/opt/vendor.so"), openScModules().first()})
                .ok());
        QCOMPARE(modulesFor(nullptr, settings),
                 QStringList{QStringLiteral("/opt/vendor.so")} + openScModules());
    }

    // A link to a module and the module are one library: loading both would initialise
    // it twice (Debian's pkcs11/opensc-pkcs11.so links to ../opensc-pkcs11.so).
    void duplicateModulesAreDroppedByFileNotSpelling()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString module = dir.filePath(QStringLiteral("module.so"));
        const QString link = dir.filePath(QStringLiteral("pkcs11/module.so"));
        const QString missing = dir.filePath(QStringLiteral("missing.so"));
        QFile file(module);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("pkcs11"))));
        QVERIFY(QFile::link(module, link));
        QCOMPARE(withoutDuplicateModules({link, module, missing, QStringLiteral(" ") + missing,
                                          QStringLiteral("relative.so")}),
                 (QStringList{link, missing}));
    }

    // p11-kit's registry (pkcs11.conf(5)): the package folder, then the administrator's,
    // which replaces a package file of the same name; read as text, nothing loaded.
    void p11KitRegistryListsRegisteredModules()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString package = dir.filePath(QStringLiteral("share/modules"));
        const QString admin = dir.filePath(QStringLiteral("etc/modules"));
        QVERIFY(QDir().mkpath(package) && QDir().mkpath(admin));
        const auto write = [](const QString& path, const QByteArray& text) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(package + QStringLiteral("/opensc-pkcs11.module"),
              "# comment\nmodule: opensc-pkcs11.so\n");
        write(package + QStringLiteral("/p11-kit-trust.module"),
              "module: p11-kit-trust.so\npriority: 1\ntrust-policy: yes\n");
        write(package + QStringLiteral("/vendor.module"), "module: /opt/vendor/old.so\n");
        write(admin + QStringLiteral("/vendor.module"), "module: /opt/vendor/new.so\n");
        write(package + QStringLiteral("/elsewhere.module"),
              "module: /opt/other.so\nenable-in: firefox, thunderbird\n");
        write(package + QStringLiteral("/notforus.module"),
              "module: /opt/notforus.so\ndisable-in: guichet\n");
        write(package + QStringLiteral("/forus.module"),
              "module: /opt/forus.so\nenable-in: p11-kit-proxy guichet\n");
        write(package + QStringLiteral("/empty.module"), "priority: 3\n");
        write(package + QStringLiteral("/notes.txt"), "module: /opt/ignored.so\n");

        P11KitRegistryFolders folders{{package, admin}, QStringLiteral("/usr/lib/pkcs11")};
        QCOMPARE(p11KitRegisteredModules(folders, QStringLiteral("guichet")),
                 (QStringList{QStringLiteral("/opt/forus.so"),
                              QStringLiteral("/usr/lib/pkcs11/opensc-pkcs11.so"),
                              QStringLiteral("/opt/vendor/new.so")}));

        // Without p11-kit's module folder a bare name cannot be loaded safely: left out.
        folders.moduleFolder.clear();
        QVERIFY(!p11KitRegisteredModules(folders, QStringLiteral("guichet"))
                     .contains(QStringLiteral("opensc-pkcs11.so")));
        // Missing folders are no error.
        QVERIFY(p11KitRegisteredModules({{dir.filePath(QStringLiteral("none"))}, {}},
                                        QStringLiteral("guichet"))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSmartcardProfiles)
#include "tst_smartcard_profiles.moc"
