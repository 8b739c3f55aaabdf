#include "CorrectionDialog.h"
#include "IdempotencyKey.h"
#include "MyDataPage.h"
#include "Provenance.h"
#include "SpaceTexts.h"
#include "TransparencyFixture.h"
#include "TransparencyTexts.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace guichet;

namespace {

struct MyDataScreen
{
    explicit MyDataScreen(TransparencyFixture& space) : page(*space.source)
    {
        page.setDialogRunner([this](QDialog& dialog) {
            ++dialogsOpened;
            return fillDialog ? fillDialog(dialog) : int(QDialog::Rejected);
        });
        page.resize(1000, 800);
        page.show();
    }
    template <typename T>
    T* find(const char* name)
    {
        return page.findChild<T*>(QLatin1String(name));
    }
    QTreeWidget* records() { return find<QTreeWidget>("dataRecords"); }
    QTreeWidget* corrections() { return find<QTreeWidget>("correctionRequests"); }
    QTreeWidgetItem* group(const QString& source)
    {
        for (int i = 0; i < records()->topLevelItemCount(); ++i) {
            QTreeWidgetItem* group = records()->topLevelItem(i);
            if (group->data(0, Qt::UserRole).toString() == source)
                return group;
        }
        return nullptr;
    }
    QTreeWidgetItem* select(const QString& source, const QString& itemId)
    {
        QTreeWidgetItem* parent = group(source);
        for (int i = 0; parent && i < parent->childCount(); ++i) {
            if (parent->child(i)->data(0, Qt::UserRole + 1).toString() == itemId) {
                records()->setCurrentItem(parent->child(i));
                return parent->child(i);
            }
        }
        return nullptr;
    }

    MyDataPage page;
    int dialogsOpened = 0;
    std::function<int(QDialog&)> fillDialog;
};

QList<store::OutboxEntry> pending(TransparencyFixture& space)
{
    return space.source->pendingOutbox().valueOr({});
}

QJsonObject record(TransparencyFixture& space, const QString& source)
{
    for (const QJsonObject& record : space.objects(QStringLiteral("data"))) {
        if (record.value(u"source").toString() == source)
            return record;
    }
    return {};
}

} // namespace

class TestMyData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAreGroupedBySource()
    {
        TransparencyFixture space;
        space.fillTransparency();
        space.source->setState(DataState::Ready);
        MyDataScreen screen(space);

        QStringList expected; // the sources of "My data", in the screen's order
        for (const QString& source : TransparencyTexts::dataSourceOrder()) {
            if (!record(space, source).isEmpty())
                expected.append(source);
        }
        QVERIFY(expected.size() >= 5);
        QCOMPARE(screen.records()->topLevelItemCount(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QTreeWidgetItem* group = screen.records()->topLevelItem(i);
            const QJsonObject data = record(space, expected[i]);
            QCOMPARE(group->data(0, Qt::UserRole).toString(), expected[i]);
            QVERIFY(group->text(0).contains(forms::sourceDisplayName(expected[i])));
            QVERIFY(group->text(0).contains(
                data.value(u"authority").toObject().value(u"name").toString()));
            QVERIFY(group->text(0).contains(
                SpaceTexts::dateTime(data.value(u"lastUpdated").toString())));
            const QJsonArray items = data.value(u"items").toArray();
            QCOMPARE(group->childCount(), items.size());
            for (int row = 0; row < items.size(); ++row) {
                QCOMPARE(group->child(row)->text(0), items[row].toObject().value(u"label"));
                QCOMPARE(group->child(row)->text(1), items[row].toObject().value(u"value"));
            }
        }
        // The criminal record is only ever read with consent: not "My data".
        QVERIFY(!record(space, QStringLiteral("criminal-record")).isEmpty());
        QVERIFY(!screen.group(QStringLiteral("criminal-record")));
        QVERIFY(!screen.find<QLabel>("myDataState")->isVisible());
        QVERIFY(!screen.records()->accessibleName().isEmpty());
        QVERIFY(!screen.find<QPushButton>("requestCorrection")->accessibleName().isEmpty());
    }

    void unavailableSourceSaysSo()
    {
        TransparencyFixture space;
        space.put(QStringLiteral("data"), QStringLiteral("vat"),
                  QJsonObject{{QStringLiteral("source"), QStringLiteral("vat")},
                              {QStringLiteral("title"), QStringLiteral("TVA")},
                              {QStringLiteral("authority"),
                               QJsonObject{{QStringLiteral("id"), QStringLiteral("aed")},
                                           {QStringLiteral("name"), QStringLiteral("AED")}}},
                              {QStringLiteral("status"), QStringLiteral("unavailable")},
                              {QStringLiteral("problemCode"), QStringLiteral("SRC-001")},
                              {QStringLiteral("lastUpdated"), QJsonValue::Null},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("items"), QJsonArray{}}});
        space.flush();
        space.source->setState(DataState::Ready);
        MyDataScreen screen(space);
        QTreeWidgetItem* group = screen.group(QStringLiteral("vat"));
        QVERIFY(group);
        QVERIFY(group->text(0).contains(QStringLiteral("SRC-001")));
        QVERIFY(group->text(0).contains(QStringLiteral("AED")));
        QCOMPARE(group->childCount(), 0);
    }

    void syncedCorrectionsShowTheirState()
    {
        TransparencyFixture space;
        space.fillTransparency();
        space.source->setState(DataState::Ready);
        MyDataScreen screen(space);
        const QList<QJsonObject> corrections = space.objects(QStringLiteral("correction"));
        QCOMPARE(corrections.size(), 2);
        QCOMPARE(screen.corrections()->topLevelItemCount(), 2);
        QStringList statuses;
        for (int i = 0; i < 2; ++i)
            statuses.append(screen.corrections()->topLevelItem(i)->text(3));
        QVERIFY(
            statuses.contains(TransparencyTexts::correctionStatus(QStringLiteral("in_review"))));
        QVERIFY(statuses.contains(TransparencyTexts::correctionStatus(QStringLiteral("rejected"))));

        // One open request per item: the address under review cannot be asked again...
        QTreeWidgetItem* address =
            screen.select(QStringLiteral("rnpp-address"), QStringLiteral("address"));
        QVERIFY(address);
        QCOMPARE(address->text(2),
                 TransparencyTexts::correctionStatus(QStringLiteral("in_review")));
        QVERIFY(!screen.find<QPushButton>("requestCorrection")->isEnabled());
        // ...a rejected one can.
        QTreeWidgetItem* birthPlace =
            screen.select(QStringLiteral("rnpp-identity"), QStringLiteral("birthPlace"));
        QVERIFY(birthPlace);
        QCOMPARE(birthPlace->text(2),
                 TransparencyTexts::correctionStatus(QStringLiteral("rejected")));
        QVERIFY(screen.find<QPushButton>("requestCorrection")->isEnabled());
    }

    void itemsThatCannotBeCorrectedSaySo()
    {
        TransparencyFixture space;
        space.fillTransparency();
        space.source->setState(DataState::Ready);
        MyDataScreen screen(space);
        QString source;
        QString itemId;
        for (const QJsonObject& data : space.objects(QStringLiteral("data"))) {
            for (const QJsonValue item : data.value(u"items").toArray()) {
                if (!item.toObject().value(u"correctable").toBool() && itemId.isEmpty() &&
                    !TransparencyTexts::isConsentOnlySource(data.value(u"source").toString())) {
                    source = data.value(u"source").toString();
                    itemId = item.toObject().value(u"id").toString();
                }
            }
        }
        QVERIFY(!itemId.isEmpty());
        QTreeWidgetItem* row = screen.select(source, itemId);
        QVERIFY(row);
        QVERIFY(!row->text(2).isEmpty());
        QVERIFY(!screen.find<QPushButton>("requestCorrection")->isEnabled());
        QVERIFY(!screen.find<QLabel>("correctionHint")->text().isEmpty());
        screen.records()->setFocus();
        QTest::keyClick(screen.records(), Qt::Key_Return);
        QCOMPARE(screen.dialogsOpened, 0);
    }

    void correctionIsQueuedOnce()
    {
        TransparencyFixture space;
        space.fillMarie(); // documents to cite as proof
        space.fillTransparency();
        space.source->setState(DataState::Ready);
        MyDataScreen screen(space);
        const QString itemId = QStringLiteral("surname");
        QTreeWidgetItem* row = screen.select(QStringLiteral("rnpp-identity"), itemId);
        QVERIFY(row);
        const QString current = row->text(1);
        QString proofId;
        screen.fillDialog = [&](QDialog& dialog) {
            auto* proposed =
                dialog.findChild<QLineEdit*>(QStringLiteral("correctionProposedValue"));
            auto* reason = dialog.findChild<QPlainTextEdit*>(QStringLiteral("correctionReason"));
            auto* documents = dialog.findChild<QListWidget*>(QStringLiteral("correctionDocuments"));
            auto* send = dialog.findChild<QPushButton*>(QStringLiteral("correctionSend"));
            if (!proposed || !reason || !documents || !send)
                return int(QDialog::Rejected);
            // Both the value and the reason are required.
            const bool initiallyDisabled = !send->isEnabled();
            proposed->setText(QStringLiteral("Schmit-Weber"));
            const bool disabledWithoutReason = !send->isEnabled();
            reason->setPlainText(QStringLiteral("Nom d'usage après mariage."));
            if (!initiallyDisabled || !disabledWithoutReason || !send->isEnabled() ||
                documents->count() == 0)
                return int(QDialog::Rejected);
            documents->item(0)->setCheckState(Qt::Checked);
            proofId = documents->item(0)->data(Qt::UserRole).toString();
            send->click();
            return dialog.result();
        };
        // Enter on the item opens the dialog, as the button does.
        screen.records()->setFocus();
        QTest::keyClick(screen.records(), Qt::Key_Return);
        QCOMPARE(screen.dialogsOpened, 1);

        const QList<store::OutboxEntry> entries = pending(space);
        QCOMPARE(entries.size(), 1);
        const store::OutboxEntry& entry = entries.first();
        QCOMPARE(entry.kind, QStringLiteral("correction"));
        QCOMPARE(entry.method, QStringLiteral("POST"));
        QCOMPARE(entry.path,
                 QStringLiteral("/spaces/%1/data/corrections").arg(space.source->spaceId()));
        QVERIFY(net::isValidIdempotencyKey(entry.idempotencyKey.toLatin1()));
        QVERIFY(proofId.startsWith(QStringLiteral("DOC-")));
        const QJsonObject expected{
            {QStringLiteral("source"), QStringLiteral("rnpp-identity")},
            {QStringLiteral("itemId"), itemId},
            {QStringLiteral("currentValue"), current},
            {QStringLiteral("proposedValue"), QStringLiteral("Schmit-Weber")},
            {QStringLiteral("reason"), QStringLiteral("Nom d'usage après mariage.")},
            {QStringLiteral("documentIds"), QJsonArray{proofId}}};
        QCOMPARE(QJsonDocument::fromJson(entry.body).object(), expected);

        // The screen says it waits, and does not let the same item be asked twice.
        row = screen.select(QStringLiteral("rnpp-identity"), itemId);
        QCOMPARE(row->text(2), TransparencyTexts::waitingState(false, false, {}));
        QVERIFY(!screen.find<QPushButton>("requestCorrection")->isEnabled());
        QVERIFY(screen.find<QLabel>("myDataMessage")->isVisible());
        bool listed = false;
        for (int i = 0; i < screen.corrections()->topLevelItemCount(); ++i) {
            QTreeWidgetItem* request = screen.corrections()->topLevelItem(i);
            if (request->text(2) == QStringLiteral("Schmit-Weber")) {
                listed = true;
                QCOMPARE(request->text(3), TransparencyTexts::waitingState(false, false, {}));
                QCOMPARE(request->text(0), row->text(0));
            }
        }
        QVERIFY(listed);
        screen.find<QPushButton>("requestCorrection")->click();
        QCOMPARE(screen.dialogsOpened, 1);
        QCOMPARE(pending(space).size(), 1);
    }

    void cancelledDialogQueuesNothing()
    {
        TransparencyFixture space;
        space.fillTransparency();
        space.source->setState(DataState::Ready);
        MyDataScreen screen(space);
        QVERIFY(screen.select(QStringLiteral("rnpp-identity"), QStringLiteral("givenName")));
        screen.fillDialog = [](QDialog& dialog) {
            dialog.findChild<QLineEdit*>(QStringLiteral("correctionProposedValue"))
                ->setText(QStringLiteral("Maria"));
            dialog.findChild<QPlainTextEdit*>(QStringLiteral("correctionReason"))
                ->setPlainText(QStringLiteral("typo"));
            dialog.findChild<QPushButton*>(QStringLiteral("correctionCancel"))->click();
            return dialog.result();
        };
        screen.find<QPushButton>("requestCorrection")->click();
        QCOMPARE(screen.dialogsOpened, 1);
        QVERIFY(pending(space).isEmpty());
    }

    void aViewerCannotAskForCorrections()
    {
        TransparencyFixture space;
        space.fillTransparency();
        space.source->setState(DataState::Ready);
        MyDataScreen screen(space);
        QVERIFY(screen.select(QStringLiteral("rnpp-identity"), QStringLiteral("givenName")));
        QVERIFY(screen.find<QPushButton>("requestCorrection")->isEnabled());
        const QString reason = QStringLiteral("Only managers may ask for corrections here.");
        screen.page.setReadOnlyReason(reason);
        QVERIFY(!screen.find<QPushButton>("requestCorrection")->isEnabled());
        QCOMPARE(screen.find<QLabel>("correctionHint")->text(), reason);
        screen.page.requestCorrectionForCurrent(); // e.g. Enter on the item
        QCOMPARE(screen.dialogsOpened, 0);
        QVERIFY(pending(space).isEmpty());
        screen.page.setReadOnlyReason({});
        QVERIFY(screen.find<QPushButton>("requestCorrection")->isEnabled());
    }

    void dialogNeedsAChangeAndAReason()
    {
        CorrectionDialog dialog({QStringLiteral("rnpp-address"), QStringLiteral("address"),
                                 QStringLiteral("Adresse"), QStringLiteral("1, rue X")},
                                {});
        auto* proposed = dialog.findChild<QLineEdit*>(QStringLiteral("correctionProposedValue"));
        auto* reason = dialog.findChild<QPlainTextEdit*>(QStringLiteral("correctionReason"));
        auto* send = dialog.findChild<QPushButton*>(QStringLiteral("correctionSend"));
        QCOMPARE(proposed->text(), QStringLiteral("1, rue X"));
        reason->setPlainText(QStringLiteral("wrong"));
        QVERIFY(!send->isEnabled()); // the same value is no correction
        proposed->setText(QStringLiteral("   "));
        QVERIFY(!send->isEnabled());
        proposed->setText(QStringLiteral("2, rue X"));
        QVERIFY(send->isEnabled());
        reason->setPlainText(QStringLiteral("  \n "));
        QVERIFY(!send->isEnabled());
        QVERIFY(!dialog.findChild<QListWidget*>(QStringLiteral("correctionDocuments"))
                     ->isVisibleTo(&dialog));
        TransparencyFixture::verifyPlainLabels(dialog);
    }

    void statesAreShown()
    {
        TransparencyFixture space;
        MyDataScreen screen(space);
        auto* notice = screen.find<QLabel>("myDataState");
        QVERIFY(notice->isVisible()); // Loading: the first sync has not finished
        const QString loading = notice->text();
        space.source->setState(DataState::Offline);
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text() != loading);
        space.source->setState(DataState::Ready);
        QVERIFY(notice->isVisible());
        QVERIFY(!notice->text().isEmpty());
        QVERIFY(screen.find<QLabel>("noCorrections")->isVisible());
        QVERIFY(!screen.corrections()->isVisible());
        space.fillTransparency();
        space.source->notifyChanged();
        QVERIFY(!notice->isVisible());
        space.source->setState(DataState::Offline);
        QVERIFY(notice->isVisible()); // offline: the saved copy is shown, and said so
    }

    void serverTextIsShownLiterally()
    {
        TransparencyFixture space;
        space.source->setState(DataState::Ready);
        const QStringList markup = TransparencyFixture::markupTexts();
        QJsonArray items;
        for (int i = 0; i < markup.size(); ++i)
            items.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("item%1").arg(i)},
                                     {QStringLiteral("label"), markup[i]},
                                     {QStringLiteral("value"), markup[(i + 1) % markup.size()]},
                                     {QStringLiteral("correctable"), true},
                                     {QStringLiteral("pendingCorrectionId"), QJsonValue::Null}});
        space.put(
            QStringLiteral("data"), QStringLiteral("vehicles"),
            QJsonObject{{QStringLiteral("source"), QStringLiteral("vehicles")},
                        {QStringLiteral("title"), markup[0]},
                        {QStringLiteral("authority"),
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("snca")},
                                     {QStringLiteral("name"), markup[2]}}},
                        {QStringLiteral("status"), QStringLiteral("available")},
                        {QStringLiteral("lastUpdated"), QStringLiteral("2024-01-01T00:00:00Z")},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("items"), items}});
        space.put(QStringLiteral("correction"), QStringLiteral("CR-000000000001"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("CR-000000000001")},
                              {QStringLiteral("source"), QStringLiteral("vehicles")},
                              {QStringLiteral("itemId"), QStringLiteral("other")},
                              {QStringLiteral("itemLabel"), markup[1]},
                              {QStringLiteral("proposedValue"), markup[2]},
                              {QStringLiteral("reason"), markup[0]},
                              {QStringLiteral("status"), QStringLiteral("rejected")},
                              {QStringLiteral("updatedAt"), QStringLiteral("2024-02-01T00:00:00Z")},
                              {QStringLiteral("decisionNote"), markup[0]},
                              {QStringLiteral("version"), 1}});
        space.flush();
        MyDataScreen screen(space);
        QTreeWidgetItem* group = screen.group(QStringLiteral("vehicles"));
        QVERIFY(group);
        QVERIFY(group->text(0).contains(markup[2]));
        for (int i = 0; i < markup.size(); ++i) {
            QCOMPARE(group->child(i)->text(0), markup[i]);
            QCOMPARE(group->child(i)->text(1), markup[(i + 1) % markup.size()]);
        }
        QTreeWidgetItem* correction = screen.corrections()->topLevelItem(0);
        QCOMPARE(correction->text(0), markup[1]);
        QCOMPARE(correction->text(2), markup[2]);
        QCOMPARE(correction->text(5), markup[0]);
        TransparencyFixture::verifyPlainLabels(screen.page);

        // The dialog shows them as they are, too.
        QVERIFY(screen.select(QStringLiteral("vehicles"), QStringLiteral("item1")));
        QStringList shown;
        bool plain = true;
        screen.fillDialog = [&](QDialog& dialog) {
            for (const char* name : {"correctionItem", "correctionCurrentValue"})
                shown.append(dialog.findChild<QLabel*>(QLatin1String(name))->text());
            for (const QLabel* label : dialog.findChildren<QLabel*>())
                plain = plain && label->textFormat() == Qt::PlainText;
            return int(QDialog::Rejected);
        };
        screen.find<QPushButton>("requestCorrection")->click();
        QCOMPARE(screen.dialogsOpened, 1);
        QCOMPARE(shown, (QStringList{markup[1], markup[2]}));
        QVERIFY(plain);
        QVERIFY(pending(space).isEmpty());
    }
};

QTEST_MAIN(TestMyData)
#include "tst_mydata.moc"
