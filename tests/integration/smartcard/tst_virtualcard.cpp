// The virtual card seen through the real middleware: pcscd + vpcd, OpenSC's tools
// and PKCS#11 module, and signatures checked by openssl. Needs the pcscd fixture.
#include "virtualcard/VirtualCardProcess.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet::test;

namespace {

const QString pivAtr = QStringLiteral("3b:8b:80:01:80:f9:a0:00:00:03:08:00:00:10:00:c8");
const QString pivName = QStringLiteral("Personal Identity Verification Card");
const QString pin = QStringLiteral("123456");

QString openscModule()
{
    for (const char* path : {"/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
                             "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so",
                             "/usr/lib64/opensc-pkcs11.so", "/usr/lib/opensc-pkcs11.so"}) {
        if (QFile::exists(QString::fromLatin1(path)))
            return QString::fromLatin1(path);
    }
    return {};
}

QString pkiDir()
{
    return QString::fromLocal8Bit(qgetenv("GUICHET_TEST_PKI"));
}

QStringList pivCard(const QStringList& more = {})
{
    return QStringList{QStringLiteral("--pki"), pkiDir()} + more;
}

ToolRun pkcs11(const QString& reader, const QStringList& arguments)
{
    return runTool(QStringLiteral("pkcs11-tool"),
                   QStringList{QStringLiteral("--module"), openscModule(),
                               QStringLiteral("--slot-description"), reader} +
                       arguments);
}

ToolRun openscTool(const QString& reader, const QString& what)
{
    return runTool(QStringLiteral("opensc-tool"), {QStringLiteral("-r"), reader, what});
}

} // namespace

class TestVirtualCard : public QObject
{
    Q_OBJECT

private:
    // Signs `data` with pkcs11-tool and checks the signature with openssl against the
    // certificate NAME.cert.der of the test PKI.
    void signAndVerify(const QString& id, const QString& mechanism, const QString& certName,
                       const QString& reader = virtualReader0)
    {
        const QString data = work.filePath(QStringLiteral("data.txt"));
        const QString signature = work.filePath(QStringLiteral("sig-") + id);
        const QString publicKey =
            work.filePath(QStringLiteral("pub-") + certName + QStringLiteral(".pem"));
        QFile file(data);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Guichet Desktop virtual card test\n");
        file.close();
        QFile::remove(signature);

        const ToolRun sign = pkcs11(
            reader, {QStringLiteral("--login"), QStringLiteral("--pin"), pin,
                     QStringLiteral("--sign"), QStringLiteral("--id"), id, QStringLiteral("-m"),
                     mechanism, QStringLiteral("--signature-format"), QStringLiteral("openssl"),
                     QStringLiteral("-i"), data, QStringLiteral("-o"), signature});
        QVERIFY2(sign.finished && sign.exitCode == 0, sign.err.constData());
        qInfo("pkcs11-tool signature with id %s (%s): %lld ms", qPrintable(id),
              qPrintable(mechanism), sign.elapsedMs);

        const ToolRun extract = runTool(
            QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
             QStringLiteral("-in"), QDir(pkiDir()).filePath(certName + QStringLiteral(".cert.der")),
             QStringLiteral("-pubkey"), QStringLiteral("-noout"), QStringLiteral("-out"),
             publicKey});
        QVERIFY2(extract.exitCode == 0, extract.err.constData());
        QStringList verify{QStringLiteral("dgst"),       QStringLiteral("-sha256"),
                           QStringLiteral("-verify"),    publicKey,
                           QStringLiteral("-signature"), signature};
        if (mechanism.contains(u"PSS"))
            verify << QStringLiteral("-sigopt") << QStringLiteral("rsa_padding_mode:pss")
                   << QStringLiteral("-sigopt") << QStringLiteral("rsa_pss_saltlen:-1");
        const ToolRun check = runTool(QStringLiteral("openssl"), verify << data);
        QVERIFY2(check.exitCode == 0 && check.out.contains("Verified OK"),
                 (check.out + check.err).constData());
    }

    QTemporaryDir work;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(work.isValid());
        QVERIFY2(!openscModule().isEmpty(), "opensc-pkcs11.so not found (package opensc-pkcs11)");
        QVERIFY2(QFile::exists(QDir(pkiDir()).filePath(QStringLiteral("piv-auth.key.pem"))),
                 "GUICHET_TEST_PKI does not hold the test PKI (test prepare_test_pki)");
        QVERIFY2(pcscdFixture(QStringLiteral("status")) == 0,
                 "pcscd does not list the virtual reader (fixture pcscd_start)");
    }

    void cleanup()
    {
        // The next test's card must not be mistaken for this one: wait until pcscd
        // has seen both readers empty.
        QVERIFY(waitForCardState(virtualReader0, false));
        QVERIFY(waitForCardState(virtualReader1, false));
    }

    void recognisedAsPiv()
    {
        VirtualCardProcess card(pivCard());
        QVERIFY2(card.start(), qPrintable(card.errors()));
        QVERIFY(card.waitForLine(QStringLiteral("inserted")));
        QVERIFY(waitForCardState(virtualReader0, true));
        QCOMPARE(QString::fromUtf8(openscTool(virtualReader0, QStringLiteral("-a")).out).trimmed(),
                 pivAtr);
        const ToolRun name = openscTool(virtualReader0, QStringLiteral("-n"));
        QVERIFY2(name.out.contains(pivName.toUtf8()), (name.out + name.err).constData());
    }

    void listsThreeCertificatesAndKeys()
    {
        VirtualCardProcess card(pivCard());
        QVERIFY(card.start());
        QVERIFY(card.waitForLine(QStringLiteral("inserted")));
        QVERIFY(waitForCardState(virtualReader0, true));
        const ToolRun objects = pkcs11(virtualReader0, {QStringLiteral("-O")});
        QVERIFY2(objects.exitCode == 0, objects.err.constData());
        QCOMPARE(objects.out.count("Certificate Object"), 3);
        const ToolRun keys =
            pkcs11(virtualReader0, {QStringLiteral("--login"), QStringLiteral("--pin"), pin,
                                    QStringLiteral("--list-objects"), QStringLiteral("--type"),
                                    QStringLiteral("privkey")});
        QVERIFY2(keys.exitCode == 0, keys.err.constData());
        QCOMPARE(keys.out.count("Private Key Object"), 3);
        // OpenSC's PIV emulation numbers the keys by slot: 9A 01, 9C 02, 9D 03.
        const QString listing = QString::fromUtf8(keys.out);
        const QRegularExpression ids(QStringLiteral("ID:\\s+(\\w+)"));
        QStringList found;
        for (const QRegularExpressionMatch& match : ids.globalMatch(listing))
            found << match.captured(1);
        QCOMPARE(found,
                 (QStringList{QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03")}));
    }

    void signs_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("mechanism");
        QTest::addColumn<QString>("certificate");
        QTest::newRow("9A RSA PKCS#1") << "01"
                                       << "SHA256-RSA-PKCS"
                                       << "piv-auth";
        QTest::newRow("9C RSA PKCS#1") << "02"
                                       << "SHA256-RSA-PKCS"
                                       << "piv-sign";
        QTest::newRow("9C RSA PSS") << "02"
                                    << "SHA256-RSA-PKCS-PSS"
                                    << "piv-sign";
        QTest::newRow("9D ECDSA P-256") << "03"
                                        << "ECDSA-SHA256"
                                        << "piv-ec";
    }

    void signs()
    {
        QFETCH(QString, id);
        QFETCH(QString, mechanism);
        QFETCH(QString, certificate);
        VirtualCardProcess card(pivCard());
        QVERIFY(card.start());
        QVERIFY(card.waitForLine(QStringLiteral("inserted")));
        QVERIFY(waitForCardState(virtualReader0, true));
        signAndVerify(id, mechanism, certificate);
        QVERIFY(card.waitForLine(QStringLiteral("signed"), 1000));
    }

    void wrongPinThenRightPin()
    {
        VirtualCardProcess card(pivCard());
        QVERIFY(card.start());
        QVERIFY(card.waitForLine(QStringLiteral("inserted")));
        QVERIFY(waitForCardState(virtualReader0, true));
        const ToolRun wrong =
            pkcs11(virtualReader0, {QStringLiteral("--login"), QStringLiteral("--pin"),
                                    QStringLiteral("000000"), QStringLiteral("-O")});
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.err.contains("CKR_PIN_INCORRECT"), wrong.err.constData());
        QVERIFY(card.waitForLine(QStringLiteral("pin-wrong 2"), 1000));
        signAndVerify(QStringLiteral("01"), QStringLiteral("SHA256-RSA-PKCS"),
                      QStringLiteral("piv-auth"));
        QVERIFY(card.waitForLine(QStringLiteral("pin-ok"), 1000));
        QVERIFY(card.waitForLine(QStringLiteral("signed"), 1000));
        // A right PIN restores the retry counter.
        pkcs11(virtualReader0, {QStringLiteral("--login"), QStringLiteral("--pin"),
                                QStringLiteral("000000"), QStringLiteral("-O")});
        QVERIFY(card.waitForLine(QStringLiteral("pin-wrong 2"), 1000));
    }

    void pinBlocksAfterLastTry()
    {
        VirtualCardProcess card(pivCard({QStringLiteral("--tries"), QStringLiteral("2")}));
        QVERIFY(card.start());
        QVERIFY(card.waitForLine(QStringLiteral("inserted")));
        QVERIFY(waitForCardState(virtualReader0, true));
        const QStringList wrongLogin{QStringLiteral("--login"), QStringLiteral("--pin"),
                                     QStringLiteral("000000"), QStringLiteral("-O")};
        pkcs11(virtualReader0, wrongLogin);
        QVERIFY(card.waitForLine(QStringLiteral("pin-wrong 1"), 1000));
        const ToolRun last = pkcs11(virtualReader0, wrongLogin);
        QVERIFY2(last.err.contains("CKR_PIN_LOCKED"), last.err.constData());
        QVERIFY(card.waitForLine(QStringLiteral("pin-blocked"), 1000));
        const ToolRun right =
            pkcs11(virtualReader0,
                   {QStringLiteral("--login"), QStringLiteral("--pin"), pin, QStringLiteral("-O")});
        QVERIFY2(right.exitCode != 0 && right.err.contains("CKR_PIN_LOCKED"),
                 right.err.constData());
    }

    void removedAndInserted()
    {
        VirtualCardProcess card(pivCard());
        QVERIFY(card.start());
        QVERIFY(card.waitForLine(QStringLiteral("inserted")));
        QVERIFY(waitForCardState(virtualReader0, true));
        card.send(QStringLiteral("remove"));
        QVERIFY(card.waitForLine(QStringLiteral("removed")));
        QVERIFY(waitForCardState(virtualReader0, false));
        card.send(QStringLiteral("insert"));
        QVERIFY(card.waitForLine(QStringLiteral("inserted")));
        QVERIFY(waitForCardState(virtualReader0, true));
        QVERIFY(openscTool(virtualReader0, QStringLiteral("-n")).out.contains(pivName.toUtf8()));
    }

    void pulledOutWhileSigning()
    {
        VirtualCardProcess card(pivCard({QStringLiteral("--remove-on-sign")}));
        QVERIFY(card.start());
        QVERIFY(card.waitForLine(QStringLiteral("inserted")));
        QVERIFY(waitForCardState(virtualReader0, true));
        const QString data = work.filePath(QStringLiteral("pulled.txt"));
        QFile file(data);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        const ToolRun sign =
            pkcs11(virtualReader0,
                   {QStringLiteral("--login"), QStringLiteral("--pin"), pin,
                    QStringLiteral("--sign"), QStringLiteral("--id"), QStringLiteral("01"),
                    QStringLiteral("-m"), QStringLiteral("SHA256-RSA-PKCS"), QStringLiteral("-i"),
                    data, QStringLiteral("-o"), work.filePath(QStringLiteral("pulled.sig"))});
        QVERIFY(sign.finished);
        QVERIFY(sign.exitCode != 0);
        // OpenSC reports CKR_DEVICE_REMOVED or CKR_GENERAL_ERROR, depending on whether
        // pcscd's reader thread noticed the removal before the failed transmit returned.
        QVERIFY2(sign.err.contains("CKR_DEVICE_REMOVED") || sign.err.contains("CKR_GENERAL_ERROR"),
                 sign.err.constData());
        QVERIFY(card.waitForLine(QStringLiteral("removed"), 1000));
        QVERIFY(waitForCardState(virtualReader0, false));
        card.send(QStringLiteral("insert"));
        QVERIFY(card.waitForLine(QStringLiteral("inserted")));
        QVERIFY(waitForCardState(virtualReader0, true));
        signAndVerify(QStringLiteral("01"), QStringLiteral("SHA256-RSA-PKCS"),
                      QStringLiteral("piv-auth"));
    }

    void secondReaderStartsEmpty()
    {
        VirtualCardProcess card(pivCard(
            {QStringLiteral("--port"), QStringLiteral("35964"), QStringLiteral("--removed")}));
        QVERIFY(card.start());
        QTest::qWait(500);
        QVERIFY(!readerHasCard(virtualReader1));
        card.send(QStringLiteral("insert"));
        QVERIFY(card.waitForLine(QStringLiteral("inserted")));
        QVERIFY(waitForCardState(virtualReader1, true));
        QVERIFY(!readerHasCard(virtualReader0));
        QVERIFY(openscTool(virtualReader1, QStringLiteral("-n")).out.contains(pivName.toUtf8()));
        signAndVerify(QStringLiteral("03"), QStringLiteral("ECDSA-SHA256"),
                      QStringLiteral("piv-ec"), virtualReader1);
    }

    void atrOnlyCard()
    {
        const QString atr = QStringLiteral("3b:8b:80:01:47:75:69:63:68:65:74:2d:41:54:52:21");
        VirtualCardProcess card({QStringLiteral("--personality"), QStringLiteral("atr-only"),
                                 QStringLiteral("--atr"), QString(atr).remove(u':')});
        QVERIFY(card.start());
        QVERIFY(card.waitForLine(QStringLiteral("inserted")));
        QVERIFY(waitForCardState(virtualReader0, true));
        QCOMPARE(QString::fromUtf8(openscTool(virtualReader0, QStringLiteral("-a")).out).trimmed(),
                 atr);
        QVERIFY(!openscTool(virtualReader0, QStringLiteral("-n")).out.contains(pivName.toUtf8()));
    }

    void reconnectsAfterPcscdRestart()
    {
        VirtualCardProcess card(pivCard());
        QVERIFY(card.start());
        QVERIFY(card.waitForLine(QStringLiteral("inserted")));
        QVERIFY(waitForCardState(virtualReader0, true));
        const int killed = pcscdFixture(QStringLiteral("kill"));
        if (killed == 77)
            QSKIP("pcscd was not started by the fixture; not killing it");
        QCOMPARE(killed, 0);
        QVERIFY(card.waitForLine(QStringLiteral("removed"), 3000));
        QCOMPARE(pcscdFixture(QStringLiteral("restart")), 0);
        QVERIFY(card.waitForLine(QStringLiteral("inserted"), 10000));
        QVERIFY(waitForCardState(virtualReader0, true));
        signAndVerify(QStringLiteral("02"), QStringLiteral("SHA256-RSA-PKCS"),
                      QStringLiteral("piv-sign"));
    }
};

QTEST_GUILESS_MAIN(TestVirtualCard)
#include "tst_virtualcard.moc"
