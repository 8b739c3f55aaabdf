// What a document from the portal may be opened as (ui/pages/OpenableFile).
#include "OpenableFile.h"

#include <QTest>

using namespace guichet;

class TestOpenableFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreReducedToPlainBaseNames()
    {
        using OpenableFile::safeBaseName;
        QCOMPARE(safeBaseName(QStringLiteral("../../etc/passwd")), QStringLiteral("passwd"));
        QCOMPARE(safeBaseName(QStringLiteral("C:\\Users\\x\\Start Menu\\run.bat")),
                 QStringLiteral("run.bat"));
        QCOMPARE(safeBaseName(QStringLiteral(".bashrc")), QStringLiteral("bashrc"));
        QCOMPARE(safeBaseName(QStringLiteral("a\u0001b\u007f:c?.pdf")),
                 QStringLiteral("a_b__c_.pdf"));
        QCOMPARE(safeBaseName(QStringLiteral("invoice.pdf. . ")), QStringLiteral("invoice.pdf"));
        QCOMPARE(safeBaseName(QStringLiteral("CON.pdf")), QStringLiteral("_CON.pdf"));
        QCOMPARE(safeBaseName(QStringLiteral("lpt1")), QStringLiteral("_lpt1"));
        QCOMPARE(safeBaseName(QStringLiteral("cv\u202Efdp.exe")), QStringLiteral("cvfdp.exe"));
        QCOMPARE(safeBaseName(QStringLiteral("\u2066x\u2069.pdf")), QStringLiteral("x.pdf"));
        QCOMPARE(safeBaseName(QString()), QStringLiteral("document"));
        QCOMPARE(safeBaseName(QStringLiteral("../..")), QStringLiteral("document"));
        const QString longName = QString(500, u'a') + QStringLiteral(".pdf");
        QCOMPARE(safeBaseName(longName).size(), 120);
        QVERIFY(safeBaseName(longName).endsWith(u".pdf"));
    }

    void onlyTypesOnTheAllowListWhoseBytesMatchAreOpened()
    {
        using OpenableFile::openName;
        const QByteArray pdf = "%PDF-1.7\n%%EOF\n";
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
        QCOMPARE(openName(QStringLiteral("a.pdf"), QStringLiteral("application/pdf"), pdf),
                 QStringLiteral("a.pdf"));
        QCOMPARE(openName(QStringLiteral("a.pdf.exe"), QStringLiteral("application/pdf"), pdf),
                 QStringLiteral("a.pdf"));
        QCOMPARE(openName(QStringLiteral("scan.desktop"), QStringLiteral("image/png"), png),
                 QStringLiteral("scan.png"));
        QCOMPARE(openName(QStringLiteral("notes"), QStringLiteral("text/plain; charset=utf-8"),
                          "plain words\n"),
                 QStringLiteral("notes.txt"));
        // Declared PDF, really a script; declared executable; a type off the list.
        QVERIFY(openName(QStringLiteral("a.pdf"), QStringLiteral("application/pdf"),
                         "#!/bin/sh\necho\n")
                    .isEmpty());
        QVERIFY(
            openName(QStringLiteral("a.exe"), QStringLiteral("application/x-msdownload"), "MZ\x90")
                .isEmpty());
        QVERIFY(
            openName(QStringLiteral("a.html"), QStringLiteral("text/html"), "<html>").isEmpty());
        QVERIFY(openName(QStringLiteral("a.pdf"), QStringLiteral("image/png"), pdf).isEmpty());
    }

    void theShownNameIsTheNameThatOpens()
    {
        // What a message shows for an attachment is the name Documents opens it under.
        using OpenableFile::shownName;
        const QByteArray pdf = "%PDF-1.4\n%%EOF\n";
        for (const char* name : {"a.pdf", "a.pdf.exe", "../x/rapport.final.pdf", ""})
            QCOMPARE(shownName(QString::fromUtf8(name), QStringLiteral("application/pdf")),
                     OpenableFile::openName(QString::fromUtf8(name),
                                            QStringLiteral("application/pdf"), pdf));
        // A right-to-left override cannot make "fdp.exe" read "exe.pdf".
        const QString spoofed = shownName(QStringLiteral("invoice\u202Efdp.exe"),
                                          QStringLiteral("application/x-msdownload"));
        QVERIFY(!spoofed.contains(QChar(0x202E)));
        QVERIFY(spoofed.endsWith(QStringLiteral(".exe"))); // not openable: saved only
    }

    void noIdBecomesAPath()
    {
        using OpenableFile::folderFor;
        for (const char* id : {"../../x", "/tmp", "DOC-0123456789ab", "", "a/b\\c"}) {
            const QString folder = folderFor(QString::fromLatin1(id));
            QCOMPARE(folder.size(), 24);
            QVERIFY(!folder.contains(u'/') && !folder.contains(u'.') && !folder.contains(u'\\'));
        }
        QVERIFY(folderFor(QStringLiteral("a")) != folderFor(QStringLiteral("b")));
    }
};

QTEST_GUILESS_MAIN(TestOpenableFile)
#include "tst_openablefile.moc"
