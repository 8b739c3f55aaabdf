#include "MyProceduresPage.h"
#include "SpaceFixture.h"
#include "SpaceTexts.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QTreeWidget>

#include <algorithm>

using namespace guichet;

namespace {

constexpr int ChangeColumn = 4;

struct ProceduresScreen
{
    explicit ProceduresScreen(SpaceFixture& space) : page(*space.source)
    {
        page.resize(1000, 800);
        page.show();
    }
    template <typename T>
    T* find(const char* name)
    {
        return page.findChild<T*>(QLatin1String(name));
    }
    QTreeWidget* tree() { return find<QTreeWidget>("dossierList"); }
    QList<QTreeWidgetItem*> dossierItems()
    {
        QList<QTreeWidgetItem*> items;
        for (int g = 0; g < tree()->topLevelItemCount(); ++g) {
            for (int c = 0; c < tree()->topLevelItem(g)->childCount(); ++c)
                items.append(tree()->topLevelItem(g)->child(c));
        }
        return items;
    }
    QTreeWidgetItem* item(const QString& dossierId)
    {
        for (QTreeWidgetItem* item : dossierItems()) {
            if (item->data(0, Qt::UserRole).toString() == dossierId)
                return item;
        }
        return nullptr;
    }

    MyProceduresPage page;
};

QJsonObject withStatus(const QList<QJsonObject>& dossiers, const QString& status)
{
    for (const QJsonObject& dossier : dossiers) {
        if (dossier.value(u"status").toString() == status)
            return dossier;
    }
    return {};
}

} // namespace

class TestProcedures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupedByStatusInProcedureOrder()
    {
        SpaceFixture space;
        space.fillMarie();
        space.source->setState(DataState::Ready);
        ProceduresScreen screen(space);
        const QList<QJsonObject> dossiers = space.objects(QStringLiteral("dossier"));
        QVERIFY(dossiers.size() >= 5);
        QCOMPARE(screen.dossierItems().size(), dossiers.size());
        // Groups follow the order a procedure goes through; each holds its status only.
        int lastGroup = -1;
        for (int g = 0; g < screen.tree()->topLevelItemCount(); ++g) {
            QTreeWidgetItem* group = screen.tree()->topLevelItem(g);
            const QString status = group->data(0, Qt::UserRole + 1).toString();
            QVERIFY(group->text(0).startsWith(SpaceTexts::dossierStatus(status)));
            const int index = int(SpaceTexts::dossierStatuses().indexOf(status));
            QVERIFY(index > lastGroup);
            lastGroup = index;
            for (int c = 0; c < group->childCount(); ++c) {
                const QString id = group->child(c)->data(0, Qt::UserRole).toString();
                const auto dossier =
                    std::find_if(dossiers.begin(), dossiers.end(),
                                 [&](const auto& d) { return d.value(u"id").toString() == id; });
                QVERIFY(dossier != dossiers.end());
                QCOMPARE(dossier->value(u"status").toString(), status);
                QCOMPARE(group->child(c)->text(0), dossier->value(u"reference").toString());
                QCOMPARE(group->child(c)->text(1), dossier->value(u"title").toString());
            }
        }
        QVERIFY(!screen.tree()->accessibleName().isEmpty());
    }

    void statusFilter()
    {
        SpaceFixture space;
        space.fillMarie();
        space.source->setState(DataState::Ready);
        ProceduresScreen screen(space);
        auto* filter = screen.find<QComboBox>("dossierStatusFilter");
        for (const QString& status : SpaceTexts::dossierStatuses()) {
            filter->setCurrentIndex(filter->findData(status));
            int expected = 0;
            for (const QJsonObject& dossier : space.objects(QStringLiteral("dossier")))
                expected += dossier.value(u"status").toString() == status ? 1 : 0;
            QCOMPARE(screen.dossierItems().size(), expected);
            QVERIFY(screen.tree()->topLevelItemCount() <= 1);
        }
        filter->setCurrentIndex(0);
        QCOMPARE(screen.dossierItems().size(), space.objects(QStringLiteral("dossier")).size());
    }

    void timelineOldestFirstWithRequestAndDecision()
    {
        SpaceFixture space;
        space.fillMarie();
        space.source->setState(DataState::Ready);
        ProceduresScreen screen(space);
        const QList<QJsonObject> dossiers = space.objects(QStringLiteral("dossier"));
        auto* events = screen.find<QListWidget>("dossierEvents");

        const QJsonObject decided = withStatus(dossiers, QStringLiteral("decided"));
        QVERIFY(!decided.isEmpty());
        const QString decidedId = decided.value(u"id").toString();
        screen.tree()->setCurrentItem(screen.item(decidedId));
        QVERIFY(events->count() >= 2);
        QDateTime previous;
        QList<QJsonObject> stored;
        const auto storedEvents = space.source->objects(QStringLiteral("event"), decidedId);
        QVERIFY(storedEvents);
        QCOMPARE(events->count(), storedEvents.value().size());
        for (const auto& object : storedEvents.value())
            stored.append(QJsonDocument::fromJson(object.json).object());
        for (int row = 0; row < events->count(); ++row) {
            const QString id = events->item(row)->data(Qt::UserRole).toString();
            const auto event = std::find_if(stored.begin(), stored.end(), [&](const auto& e) {
                return e.value(u"id").toString() == id;
            });
            QVERIFY(event != stored.end());
            const QDateTime when =
                QDateTime::fromString(event->value(u"occurredAt").toString(), Qt::ISODate);
            QVERIFY(!previous.isValid() || previous <= when);
            previous = when;
            QVERIFY(events->item(row)->text().contains(event->value(u"title").toString()));
        }
        const QString outcome = decided.value(u"decision").toObject().value(u"outcome").toString();
        QVERIFY(find(screen, "dossierDecision")->isVisible());
        QVERIFY(
            find(screen, "dossierDecision")->text().contains(SpaceTexts::decisionOutcome(outcome)));
        QVERIFY(
            find(screen, "dossierFacts")->text().contains(decided.value(u"reference").toString()));

        const QJsonObject asked = withStatus(dossiers, QStringLiteral("information_requested"));
        QVERIFY(!asked.isEmpty());
        screen.tree()->setCurrentItem(screen.item(asked.value(u"id").toString()));
        QLabel* request = find(screen, "dossierRequest");
        QVERIFY(request->isVisible());
        const QJsonObject pending = asked.value(u"pendingRequest").toObject();
        QVERIFY(request->text().contains(pending.value(u"description").toString()));
        if (!pending.value(u"dueDate").toString().isEmpty())
            QVERIFY(
                request->text().contains(SpaceTexts::date(pending.value(u"dueDate").toString())));
        QVERIFY(!find(screen, "dossierDecision")->isVisible());
    }

    void changedStatusIsMarkedUntilOpened()
    {
        SpaceFixture space;
        space.fillMarie();
        space.source->setState(DataState::Ready);
        ProceduresScreen screen(space);
        // The history found at the first complete sync is not news.
        for (QTreeWidgetItem* item : screen.dossierItems())
            QVERIFY(item->text(ChangeColumn).isEmpty());

        QJsonObject dossier =
            withStatus(space.objects(QStringLiteral("dossier")), QStringLiteral("in_processing"));
        QVERIFY(!dossier.isEmpty());
        const QString id = dossier.value(u"id").toString();
        dossier.insert(QStringLiteral("status"), QStringLiteral("decided"));
        dossier.insert(QStringLiteral("version"), dossier.value(u"version").toInteger() + 1);
        space.putObject(QStringLiteral("dossier"), dossier);
        space.source->notifyChanged();
        QTreeWidgetItem* item = screen.item(id);
        QVERIFY(item);
        QVERIFY(!item->text(ChangeColumn).isEmpty()); // words, not colour alone
        QVERIFY(item->font(0).bold());

        screen.tree()->setCurrentItem(item);
        QVERIFY(screen.item(id)->text(ChangeColumn).isEmpty());
        QCOMPARE(space.source->seenStatus(id), QStringLiteral("decided"));
        // Remembered across restarts.
        LocalStoreSource again(*space.store, space.vault.get(), space.source->spaceId(),
                               space.dir.filePath(QStringLiteral("seen.ini")));
        QCOMPARE(again.seenStatus(id), QStringLiteral("decided"));
    }

    void emptyLoadingAndOfflineStates()
    {
        SpaceFixture space;
        ProceduresScreen screen(space);
        auto* notice = find(screen, "dossierState");
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("Loading")));
        space.source->setState(DataState::Ready);
        QVERIFY(notice->text().contains(QStringLiteral("not sent any procedure")));
        space.source->setState(DataState::Offline);
        QVERIFY(notice->text().contains(QStringLiteral("offline")));
        space.fillMarie();
        space.source->notifyChanged();
        QVERIFY(notice->isVisible()); // offline: says the list is the saved copy
        space.source->setState(DataState::Ready);
        QVERIFY(!notice->isVisible());
    }

    void portalTextIsPlainText()
    {
        SpaceFixture space;
        space.fillMarie();
        QJsonObject dossier = space.objects(QStringLiteral("dossier")).first();
        dossier.insert(QStringLiteral("title"), SpaceFixture::markup());
        dossier.insert(QStringLiteral("version"), dossier.value(u"version").toInteger() + 1);
        space.putObject(QStringLiteral("dossier"), dossier);
        space.source->setState(DataState::Ready);
        ProceduresScreen screen(space);
        QTreeWidgetItem* item = screen.item(dossier.value(u"id").toString());
        QCOMPARE(item->text(1), SpaceFixture::markup());
        screen.tree()->setCurrentItem(item);
        QCOMPARE(find(screen, "dossierTitle")->text(), SpaceFixture::markup());
        for (const QLabel* label : screen.page.findChildren<QLabel*>())
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }

private:
    static QLabel* find(ProceduresScreen& screen, const char* name)
    {
        return screen.find<QLabel>(name);
    }
};

QTEST_MAIN(TestProcedures)
#include "tst_procedures.moc"
