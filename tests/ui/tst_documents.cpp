#include "DocumentsPage.h"
#include "SpaceFixture.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace guichet;

namespace {

struct DocumentsScreen
{
    explicit DocumentsScreen(SpaceFixture& space) : page(*space.source)
    {
        page.setFileOpener([this](const QString& path) {
            opened.append(path);
            return true;
        });
        page.resize(1000, 700);
        page.show();
    }
    template <typename T>
    T* find(const char* name)
    {
        return page.findChild<T*>(QLatin1String(name));
    }
    QTreeWidget* list() { return find<QTreeWidget>("documentList"); }
    // Selects the document and returns its row, or nullptr.
    QTreeWidgetItem* select(const QString& documentId)
    {
        for (int row = 0; row < list()->topLevelItemCount(); ++row) {
            QTreeWidgetItem* item = list()->topLevelItem(row);
            if (item->data(0, Qt::UserRole).toString() == documentId) {
                list()->setCurrentItem(item);
                return item;
            }
        }
        return nullptr;
    }

    DocumentsPage page;
    QStringList opened;
};

QString storedDocumentId(SpaceFixture& space)
{
    for (const QJsonObject& document : space.objects(QStringLiteral("document"))) {
        if (space.contents.contains(document.value(u"id").toString()))
            return document.value(u"id").toString();
    }
    return {};
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listShowsEveryDocument()
    {
        SpaceFixture space;
        space.fillMarie();
        space.source->setState(DataState::Ready);
        DocumentsScreen screen(space);
        const QList<QJsonObject> documents = space.objects(QStringLiteral("document"));
        QVERIFY(!documents.isEmpty());
        QCOMPARE(screen.list()->topLevelItemCount(), documents.size());
        for (int row = 0; row < documents.size(); ++row) {
            QTreeWidgetItem* item = screen.list()->topLevelItem(row);
            QCOMPARE(item->text(0), documents[row].value(u"title").toString());
            QCOMPARE(item->text(4), documents[row].value(u"dossierId").toString());
            QVERIFY(!item->text(1).isEmpty()); // origin
            QVERIFY(!item->text(2).isEmpty()); // size
        }
        QVERIFY(!screen.find<QLabel>("documentState")->isVisible());
        QVERIFY(!screen.list()->accessibleName().isEmpty());
        for (const char* button : {"documentOpen", "documentSaveAs", "documentUpload"})
            QVERIFY(!screen.find<QPushButton>(button)->accessibleName().isEmpty());
    }

    void openWritesTheDecryptedBytes()
    {
        SpaceFixture space;
        space.fillMarie();
        space.source->setState(DataState::Ready);
        DocumentsScreen screen(space);
        const QString id = storedDocumentId(space);
        QVERIFY(!id.isEmpty());
        QVERIFY(screen.select(id));
        QSignalSpy opened(&screen.page, &DocumentsPage::documentOpened);
        // Enter on the list opens, as a double click does.
        screen.list()->setFocus();
        QTest::keyClick(screen.list(), Qt::Key_Return);
        QCOMPARE(screen.opened.size(), 1);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), id);
        const QString path = screen.opened.first();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), space.contents.value(id));
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
    }

    void filesFromThePortalNeverChooseWhereOrWhatRuns()
    {
        SpaceFixture space;
        space.fillMarie();
        space.source->setState(DataState::Ready);
        const QByteArray pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
        const QJsonObject base = space.objects(QStringLiteral("document")).first();
        const auto hostile = [&](const QString& id, const QString& fileName,
                                 const QString& mediaType, const QByteArray& content) {
            QJsonObject document = base;
            document.insert(QStringLiteral("id"), id);
            document.insert(QStringLiteral("title"), id);
            document.insert(QStringLiteral("fileName"), fileName);
            document.insert(QStringLiteral("mediaType"), mediaType);
            space.putDocument(document, content);
        };
        const QString escape = QStringLiteral("../../../../../../tmp/guichet-escape-test");
        hostile(escape, QStringLiteral("../../.config/autostart/x.desktop"),
                QStringLiteral("application/pdf"), pdf);
        hostile(QStringLiteral("/tmp"), QStringLiteral("report.pdf.exe"),
                QStringLiteral("application/pdf"), pdf);
        hostile(QStringLiteral("DOC-00000000000a"), QStringLiteral("invoice.pdf"),
                QStringLiteral("application/x-msdownload"), "MZ\x90\x00");
        hostile(QStringLiteral("DOC-00000000000b"), QStringLiteral("statement.pdf"),
                QStringLiteral("application/pdf"), "#!/bin/sh\nrm -rf ~\n");
        hostile(QStringLiteral("DOC-00000000000c"), QStringLiteral("photo\u202Egnp.exe"),
                QStringLiteral("application/pdf"), pdf);
        space.source->notifyChanged();
        DocumentsScreen screen(space);
        auto* open = screen.find<QPushButton>("documentOpen");

        // Traversal in the id, a path and an autostart entry in the name: the copy is
        // written as a PDF in the page's own folder, under a folder of ours.
        QVERIFY(screen.select(escape));
        open->click();
        QCOMPARE(screen.opened.size(), 1);
        const QFileInfo first(screen.opened.last());
        QCOMPARE(first.fileName(), QStringLiteral("x.pdf"));
        QVERIFY(!first.absoluteFilePath().contains(QStringLiteral("..")));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/guichet-escape-test")));
        QVERIFY(!first.absolutePath().contains(QStringLiteral("guichet-escape-test")));

        // An absolute id and a double extension: still our folder, still a PDF.
        QVERIFY(screen.select(QStringLiteral("/tmp")));
        open->click();
        QCOMPARE(screen.opened.size(), 2);
        QCOMPARE(QFileInfo(screen.opened.last()).fileName(), QStringLiteral("report.pdf"));
        QCOMPARE(QFileInfo(screen.opened.last()).absoluteDir().absolutePath().section(u'/', 0, -2),
                 first.absoluteDir().absolutePath().section(u'/', 0, -2));

        // A type off the allow-list, or bytes that are not what the portal declares:
        // never handed to the opener, nothing written; Save as is offered instead.
        auto* message = screen.find<QLabel>("documentMessage");
        for (const char* id : {"DOC-00000000000a", "DOC-00000000000b"}) {
            QVERIFY(screen.select(QString::fromLatin1(id)));
            open->click();
            QCOMPARE(screen.opened.size(), 2);
            QVERIFY(message->text().contains(QStringLiteral("Save as")));
        }

        // A right-to-left override cannot make "exe" look like "png": it is dropped.
        QVERIFY(screen.select(QStringLiteral("DOC-00000000000c")));
        open->click();
        QCOMPARE(screen.opened.size(), 3);
        QCOMPARE(QFileInfo(screen.opened.last()).fileName(), QStringLiteral("photognp.pdf"));
    }

    void openedCopiesLeaveWithThePage()
    {
        SpaceFixture space;
        space.fillMarie();
        space.source->setState(DataState::Ready);
        QString path;
        {
            DocumentsScreen screen(space);
            QVERIFY(screen.select(storedDocumentId(space)));
            screen.find<QPushButton>("documentOpen")->click();
            QCOMPARE(screen.opened.size(), 1);
            path = screen.opened.first();
            QVERIFY(QFile::exists(path));
        }
        QVERIFY(!QFile::exists(path));
    }

    void saveAsWritesWhereThePersonChose()
    {
        SpaceFixture space;
        space.fillMarie();
        space.source->setState(DataState::Ready);
        DocumentsScreen screen(space);
        const QString id = storedDocumentId(space);
        QVERIFY(screen.select(id));
        const QString target = space.dir.filePath(QStringLiteral("copy.pdf"));
        QString suggested;
        screen.page.setSaveLocationChooser([&](const QString& name) {
            suggested = name;
            return target;
        });
        screen.find<QPushButton>("documentSaveAs")->click();
        QVERIFY(!suggested.isEmpty());
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), space.contents.value(id));

        // Cancelling the dialog writes nothing.
        screen.page.setSaveLocationChooser([](const QString&) { return QString(); });
        QVERIFY(QFile::remove(target));
        screen.find<QPushButton>("documentSaveAs")->click();
        QVERIFY(!QFile::exists(target));
    }

    void missingContentIsExplained()
    {
        SpaceFixture space;
        space.fillMarie();
        QJsonObject extra = space.objects(QStringLiteral("document")).first();
        extra.insert(QStringLiteral("id"), QStringLiteral("DOC-00000000beef"));
        space.putObject(QStringLiteral("document"), extra);
        space.source->setState(DataState::Offline);
        DocumentsScreen screen(space);
        QVERIFY(screen.select(QStringLiteral("DOC-00000000beef")));
        screen.find<QPushButton>("documentOpen")->click();
        QVERIFY(screen.opened.isEmpty());
        QVERIFY(screen.find<QLabel>("documentMessage")->isVisible());
        QVERIFY(
            screen.find<QLabel>("documentMessage")->text().contains(QStringLiteral("not saved")));
    }

    void pinTogglesTheStoreFlag()
    {
        SpaceFixture space;
        space.fillMarie();
        space.source->setState(DataState::Ready);
        DocumentsScreen screen(space);
        const QString id = storedDocumentId(space);
        QTreeWidgetItem* item = screen.select(id);
        QVERIFY(item);
        auto* pin = screen.find<QCheckBox>("documentPin");
        QVERIFY(pin->isEnabled());
        QVERIFY(!pin->isChecked());
        pin->click();
        const auto pinned = [&] {
            return space.store->objects()
                .object(space.source->spaceId(), QStringLiteral("document"), id)
                .value()
                ->pinned;
        };
        QVERIFY(pinned());
        QVERIFY(space.store->documentCache().entry(id).value()->pinned);
        QVERIFY(!screen.list()->currentItem()->text(5).isEmpty()); // said in words
        pin->click();
        QVERIFY(!pinned());
        QVERIFY(!space.store->documentCache().entry(id).value()->pinned);
    }

    void uploadEmitsTheChosenFile()
    {
        SpaceFixture space;
        space.source->setState(DataState::Ready);
        DocumentsScreen screen(space);
        const QString chosen = space.dir.filePath(QStringLiteral("payslip.pdf"));
        screen.page.setUploadFileChooser([&](const QString&) { return chosen; });
        QSignalSpy upload(&screen.page, &DocumentsPage::uploadRequested);
        screen.find<QPushButton>("documentUpload")->click();
        QCOMPARE(upload.size(), 1);
        QCOMPARE(upload.first().at(0).toString(), chosen);
        screen.page.setUploadFileChooser([](const QString&) { return QString(); });
        screen.find<QPushButton>("documentUpload")->click();
        QCOMPARE(upload.size(), 1);
    }

    void queuedUploadsAreShownWithTheirState()
    {
        SpaceFixture space;
        space.source->setState(DataState::Ready);
        DocumentsScreen screen(space);
        auto* pending = screen.find<QLabel>("pendingUploads");
        QVERIFY(!pending->isVisible());
        store::OutboxEntry entry;
        entry.spaceId = space.source->spaceId();
        entry.kind = QStringLiteral("upload");
        entry.method = QStringLiteral("POST");
        entry.path = QStringLiteral("/spaces/%1/documents").arg(entry.spaceId);
        entry.idempotencyKey = QStringLiteral("k-0123456789abcdef");
        entry.body = "{}";
        entry.attachments = {{QStringLiteral("local-1"), QStringLiteral("<b>lease</b>.pdf"),
                              QStringLiteral("application/pdf")}};
        const auto id = space.store->outbox().enqueue(entry);
        QVERIFY(id.ok());
        space.source->notifyChanged();
        QVERIFY(pending->isVisible());
        QCOMPARE(pending->textFormat(), Qt::PlainText);
        QCOMPARE(pending->text(),
                 DocumentsPage::tr("%1: saved on this computer, waiting to be sent")
                     .arg(QStringLiteral("<b>lease</b>.pdf")));
        QVERIFY(space.store->outbox()
                    .markFailed(id.value(), Error(QStringLiteral("NET-008"), {}), false)
                    .ok());
        space.source->notifyChanged();
        QVERIFY(pending->text().contains(QStringLiteral("NET-008")));
        QVERIFY(space.store->outbox().markSent(id.value(), "{}").ok());
        space.source->notifyChanged();
        QVERIFY(!pending->isVisible());
    }

    void emptyLoadingAndOfflineStates()
    {
        SpaceFixture space;
        DocumentsScreen screen(space);
        auto* notice = screen.find<QLabel>("documentState");
        QVERIFY(notice->text().contains(QStringLiteral("Loading")));
        space.source->setState(DataState::Ready);
        QVERIFY(notice->text().contains(QStringLiteral("No document")));
        space.source->setState(DataState::Offline);
        QVERIFY(notice->text().contains(QStringLiteral("offline")));
        QVERIFY(!screen.find<QPushButton>("documentOpen")->isEnabled());
    }

    void portalTextIsPlainText()
    {
        SpaceFixture space;
        space.fillMarie();
        QJsonObject document = space.objects(QStringLiteral("document")).first();
        document.insert(QStringLiteral("title"), SpaceFixture::markup());
        document.insert(QStringLiteral("version"), document.value(u"version").toInteger() + 1);
        space.putObject(QStringLiteral("document"), document);
        space.source->setState(DataState::Ready);
        DocumentsScreen screen(space);
        QTreeWidgetItem* item = screen.select(document.value(u"id").toString());
        QCOMPARE(item->text(0), SpaceFixture::markup());
        for (const QLabel* label : screen.page.findChildren<QLabel*>())
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
