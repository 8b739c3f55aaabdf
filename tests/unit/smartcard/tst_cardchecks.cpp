// The card layers of the diagnosis, decided from what the card service saw; and the
// Pkcs11Backend naming a card it cannot use (its middleware missing, or a module that
// does not see it).
#include "CardChecks.h"
#include "ErrorCodes.h"
#include "Pkcs11Backend.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "TestCertificates.h"

#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using diagnosis::Check;
using diagnosis::CheckState;
using diagnosis::Layer;

namespace {

// The 2014 Luxembourg identity card, as pcsc-tools lists it.
const QByteArray Eid2014Atr = QByteArray::fromHex("3B8F800180318065B0850300EF120FFF82900073");
constexpr char NationalNumber[] = "1985061512345";

pcsc::ReaderSnapshot oneReader(bool card, const QByteArray& atr = Eid2014Atr)
{
    pcsc::ReaderSnapshot snapshot;
    snapshot.service = pcsc::ServiceState::Running;
    pcsc::ReaderState reader;
    reader.name = QStringLiteral("Cherry SmartTerminal ST-2000 00 00");
    reader.cardPresent = card;
    reader.atr = card ? atr : QByteArray();
    snapshot.readers = {reader};
    return snapshot;
}

QList<Check> of(const QList<Check>& checks, Layer layer)
{
    QList<Check> found;
    for (const Check& check : checks)
        if (check.layer == layer)
            found.append(check);
    return found;
}

QString everything(const QList<Check>& checks)
{
    QString text;
    for (const Check& check : checks) {
        text += check.subject + QLatin1Char('\n');
        for (const diagnosis::Evidence& fact : check.evidence)
            text += fact.name + QStringLiteral(": ") + fact.value + QLatin1Char('\n');
    }
    return text;
}

TokenStatus tokenWith(const QByteArray& certificateDer)
{
    TokenStatus token;
    token.id = QStringLiteral("m#1");
    token.readerName = QStringLiteral("Cherry SmartTerminal ST-2000 00 00");
    token.profileId = QStringLiteral("lu-eid-2014");
    token.label = QStringLiteral("Marie Schmit");
    token.modulePath = QStringLiteral("/usr/lib/libgclib.so");
    token.serialNumber = QStringLiteral("SERIAL-0042");
    TokenCertificate certificate;
    certificate.der = certificateDer;
    certificate.keyType = TokenKeyType::Ec;
    certificate.keyBits = 256;
    token.certificates = {certificate};
    return token;
}

} // namespace

class TestCardChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSmartCardServiceStopsTheCardLayers()
    {
        CardDiagnostics report;
        report.readers.service = pcsc::ServiceState::NotRunning;
        const QList<Check> checks = cardChecks(report, QDateTime::currentDateTimeUtc());
        QCOMPARE(checks.first().layer, Layer::PcscService);
        QCOMPARE(checks.first().state, CheckState::Failed);
        QCOMPARE(checks.first().code, QLatin1String(ErrorCode::PcscServiceNotRunning));
        QCOMPARE(of(checks, Layer::Readers).first().state, CheckState::NotChecked);
        QCOMPARE(of(checks, Layer::Token).first().state, CheckState::NotChecked);
    }

    void noReaderAndNoCardHaveTheirCodes()
    {
        CardDiagnostics report;
        report.readers.service = pcsc::ServiceState::Running;
        QList<Check> checks = cardChecks(report, QDateTime::currentDateTimeUtc());
        QCOMPARE(of(checks, Layer::Readers).first().code, QLatin1String(ErrorCode::NoReader));

        report.readers = oneReader(false);
        checks = cardChecks(report, QDateTime::currentDateTimeUtc());
        QCOMPARE(of(checks, Layer::Readers).first().state, CheckState::Ok);
        QVERIFY(of(checks, Layer::Readers)
                    .first()
                    .value(QStringLiteral("reader"))
                    .contains(QStringLiteral("no card")));
        QCOMPARE(of(checks, Layer::Card).first().code, QLatin1String(ErrorCode::NoCard));
    }

    void aKnownCardWithoutItsMiddlewareIsNamed()
    {
        CardDiagnostics report;
        report.readers = oneReader(true);
        CardUse use;
        use.readerName = report.readers.readers.first().name;
        use.atr = Eid2014Atr;
        use.profileId = QStringLiteral("lu-eid-2014");
        use.tried = {QStringLiteral("/usr/lib/libgclib.so")};
        use.missing = use.tried;
        use.problemCode = QLatin1String(ErrorCode::CardMiddlewareMissing);
        report.cards = {use};
        const QList<Check> checks = cardChecks(report, QDateTime::currentDateTimeUtc());
        const Check card = of(checks, Layer::Card).first();
        QCOMPARE(card.state, CheckState::Failed);
        QCOMPARE(card.code, QLatin1String(ErrorCode::CardMiddlewareMissing));
        QCOMPARE(card.value(QStringLiteral("profile")), QStringLiteral("lu-eid-2014"));
        QCOMPARE(card.value(QStringLiteral("module-not-found")),
                 QStringLiteral("/usr/lib/libgclib.so"));
        QCOMPARE(card.value(QStringLiteral("atr")),
                 QStringLiteral("3B 8F 80 01 80 31 80 65 B0 85 03 00 EF 12 0F FF 82 90 00 73"));
    }

    void certificatesAreJudgedButNeverNamed()
    {
        testpki::CertificateSpec spec;
        spec.commonName = "Marie Schmit";
        spec.serialNumber = NationalNumber;
        spec.notAfterOffset = 10L * 24 * 3600; // ten days left
        CardDiagnostics report;
        report.readers = oneReader(true);
        report.tokens = {tokenWith(testpki::makeCertificate(spec))};
        QList<Check> checks = cardChecks(report, QDateTime::currentDateTimeUtc());
        const Check certificate = of(checks, Layer::Certificate).first();
        QCOMPARE(certificate.state, CheckState::Warning);
        QVERIFY(certificate.value(QStringLiteral("expires-in-days")).toInt() <= 10);
        QCOMPARE(certificate.value(QStringLiteral("holder-kind")),
                 QStringLiteral("resident with a national number"));
        const QString text = everything(checks);
        QVERIFY2(!text.contains(QLatin1String(NationalNumber)), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Marie")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Schmit")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("SERIAL-0042")), qPrintable(text));

        spec.notAfterOffset = -3600;
        spec.notBeforeOffset = -7200;
        report.tokens = {tokenWith(testpki::makeCertificate(spec))};
        checks = cardChecks(report, QDateTime::currentDateTimeUtc());
        QCOMPARE(of(checks, Layer::Certificate).first().code,
                 QLatin1String(ErrorCode::CertificateExpired));

        spec.notBeforeOffset = 3600;
        spec.notAfterOffset = 7200;
        report.tokens = {tokenWith(testpki::makeCertificate(spec))};
        checks = cardChecks(report, QDateTime::currentDateTimeUtc());
        QCOMPARE(of(checks, Layer::Certificate).first().code,
                 QLatin1String(ErrorCode::CertificateNotYetValid));
    }

    void pinStatesAreReported()
    {
        CardDiagnostics report;
        report.readers = oneReader(true);
        TokenStatus token = tokenWith(testpki::der(QStringLiteral("citizen-auth")));
        token.pinState = TokenPinState::Locked;
        token.triesLeft = 0;
        report.tokens = {token};
        QList<Check> checks = cardChecks(report, QDateTime::currentDateTimeUtc());
        Check check = of(checks, Layer::Token).first();
        QCOMPARE(check.code, QLatin1String(ErrorCode::PinBlocked));
        QCOMPARE(check.value(QStringLiteral("pin-tries-left")), QStringLiteral("0"));

        token.pinState = TokenPinState::FinalTry;
        token.triesLeft = 1;
        report.tokens = {token};
        checks = cardChecks(report, QDateTime::currentDateTimeUtc());
        QCOMPARE(of(checks, Layer::Token).first().state, CheckState::Warning);

        token.pinState = TokenPinState::Ok;
        token.certificates.clear();
        report.tokens = {token};
        checks = cardChecks(report, QDateTime::currentDateTimeUtc());
        QCOMPARE(of(checks, Layer::Token).first().code, QLatin1String(ErrorCode::KeyNotFound));
    }

    // The real backend, real module loading: with the card's own middleware absent it
    // says so (CARD-014); with a module that loads but has no token for this reader
    // (SoftHSM), it says that instead (P11-013); an unknown card stays CARD-005.
    void theBackendTellsWhyACardIsNotUsable()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("u.ini")),
                          dir.filePath(QStringLiteral("s.ini")));
        QVERIFY(settings.setValue(SettingKeys::EidModules,
                                  QStringList{dir.filePath(QStringLiteral("libnot-here.so"))}));
        Pkcs11Backend backend(settings);
        backend.setReaders(oneReader(true));
        QVERIFY(backend.tokens().isEmpty());
        QCOMPARE(backend.cardUses().size(), 1);
        CardUse use = backend.cardUses().first();
        QCOMPARE(use.profileId, QStringLiteral("lu-eid-2014"));
        QCOMPARE(use.problemCode, QLatin1String(ErrorCode::CardMiddlewareMissing));
        QCOMPARE(use.missing, QStringList{dir.filePath(QStringLiteral("libnot-here.so"))});

        const QString softhsm = QStringLiteral(SOFTHSM_MODULE);
        if (!QFileInfo::exists(softhsm))
            QSKIP("SoftHSM is not installed");
        qputenv("SOFTHSM2_CONF", dir.filePath(QStringLiteral("softhsm2.conf")).toLocal8Bit());
        QFile conf(dir.filePath(QStringLiteral("softhsm2.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        QDir(dir.path()).mkpath(QStringLiteral("tokens"));
        conf.write("directories.tokendir = " +
                   dir.filePath(QStringLiteral("tokens")).toLocal8Bit() + "\n");
        conf.close();
        QVERIFY(settings.setValue(SettingKeys::EidModules, QStringList{softhsm}));
        Pkcs11Backend withModule(settings);
        withModule.setReaders(oneReader(true));
        QVERIFY(withModule.tokens().isEmpty());
        use = withModule.cardUses().first();
        QCOMPARE(use.problemCode, QLatin1String(ErrorCode::ModuleDoesNotSeeCard));
        QVERIFY(use.missing.isEmpty());

        Pkcs11Backend unknown(settings);
        unknown.setReaders(oneReader(true, QByteArray::fromHex("3B0102")));
        QVERIFY(unknown.tokens().isEmpty());
        QCOMPARE(unknown.cardUses().first().problemCode,
                 QLatin1String(ErrorCode::CardNotSupported));
    }
};

QTEST_GUILESS_MAIN(TestCardChecks)
#include "tst_cardchecks.moc"
