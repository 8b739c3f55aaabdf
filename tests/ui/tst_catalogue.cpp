#include "CataloguePage.h"
#include "DataStateNotice.h"
#include "LanguageManager.h"
#include "SpaceFixture.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextDocument>
#include <QTranslator>

#include <functional>

using namespace guichet;

namespace {

QJsonObject procedureJson(SpaceFixture& space, const QString& language, const QString& id)
{
    const auto entry = space.source->procedure(language, id);
    if (!entry || !entry.value())
        return {};
    return QJsonDocument::fromJson(entry.value()->json).object();
}

// The first listed procedure for which wanted(json) holds; -1 when none.
int findRow(SpaceFixture& space, QListWidget* list,
            const std::function<bool(const QJsonObject&)>& wanted)
{
    for (int row = 0; row < list->count(); ++row) {
        const QString id = list->item(row)->data(Qt::UserRole).toString();
        if (wanted(procedureJson(space, QStringLiteral("fr"), id)))
            return row;
    }
    return -1;
}

// Stands in for the German translation the lead merges later: marks every text of
// our screens, so the test sees which ones were translated again.
class MarkingTranslator : public QTranslator
{
public:
    [[nodiscard]] bool isEmpty() const override { return false; }
    [[nodiscard]] QString translate(const char* context, const char* source, const char*,
                                    int) const override
    {
        const QByteArray name(context);
        if (name != "guichet::CataloguePage" && name != "guichet::ProcedureDetailView")
            return {};
        return QStringLiteral("[de] ") + QString::fromUtf8(source);
    }
};

struct CatalogueScreen
{
    explicit CatalogueScreen(SpaceFixture& space) : page(*space.source, &languages)
    {
        languages.setLanguage(QStringLiteral("fr"));
        space.source->setState(DataState::Ready);
        page.resize(1000, 700);
        page.show();
    }
    ~CatalogueScreen() { languages.setLanguage(QStringLiteral("en")); }

    template <typename T>
    T* find(const char* name)
    {
        return page.findChild<T*>(QLatin1String(name));
    }
    QLineEdit* search() { return find<QLineEdit>("catalogueSearch"); }
    QListWidget* results() { return find<QListWidget>("catalogueResults"); }
    QLabel* value(const char* name) { return find<QLabel>(name); }

    LanguageManager languages;
    CataloguePage page;
};

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchIgnoresAccentsAndCase()
    {
        SpaceFixture space;
        space.fillCatalogue();
        CatalogueScreen screen(space);
        QTest::keyClicks(screen.search(), QStringLiteral("ecole"));
        QListWidget* list = screen.results();
        QVERIFY(list->count() > 0);
        bool accented = false;
        for (int row = 0; row < list->count(); ++row) {
            const QString title = list->item(row)->text().section(u'\n', 0, 0);
            if (title.contains(QStringLiteral("École")))
                accented = true;
        }
        QVERIFY2(accented, "no title with \"École\" found for \"ecole\"");
        // Upper case finds the same procedures.
        const int count = list->count();
        screen.search()->setText(QStringLiteral("ÉCOLE"));
        QCOMPARE(list->count(), count);
        QVERIFY(!screen.find<QLabel>("catalogueState")->isVisible());
    }

    void audienceFilter()
    {
        SpaceFixture space;
        space.fillCatalogue();
        CatalogueScreen screen(space);
        auto* audience = screen.find<QComboBox>("catalogueAudience");
        const auto onlyPrefix = [&](const QString& prefix) {
            QListWidget* list = screen.results();
            QVERIFY(list->count() > 0);
            for (int row = 0; row < list->count(); ++row)
                QVERIFY(list->item(row)->data(Qt::UserRole).toString().startsWith(prefix));
        };
        audience->setCurrentIndex(audience->findData(QStringLiteral("business")));
        onlyPrefix(QStringLiteral("P-BUS-"));
        audience->setCurrentIndex(audience->findData(QStringLiteral("citizen")));
        onlyPrefix(QStringLiteral("P-CIT-"));
    }

    void detailShowsTheDescription()
    {
        SpaceFixture space;
        space.fillCatalogue();
        CatalogueScreen screen(space);
        QListWidget* list = screen.results();
        const int row = findRow(space, list, [](const QJsonObject& p) {
            return p.contains(u"who") &&
                   !p.value(u"contact").toObject().value(u"phone").toString().isEmpty() &&
                   !p.value(u"legalBasis").toArray().isEmpty();
        });
        QVERIFY(row >= 0);
        list->setCurrentRow(row);
        const QJsonObject p = procedureJson(space, QStringLiteral("fr"),
                                            list->item(row)->data(Qt::UserRole).toString());
        QCOMPARE(screen.value("procedureTitle")->text(), p.value(u"title").toString());
        QCOMPARE(screen.value("procedureWho")->text(), p.value(u"who").toString());
        const QJsonObject contact = p.value(u"contact").toObject();
        QCOMPARE(screen.value("procedureContactPhone")->text(), contact.value(u"phone").toString());
        QCOMPARE(screen.value("procedureContactOrganisation")->text(),
                 contact.value(u"organisation").toString());
        QCOMPARE(screen.value("procedureAdministration")->text(),
                 p.value(u"administration").toObject().value(u"name").toString());
        const QString firstCondition = p.value(u"conditions").toArray().first().toString();
        QVERIFY(screen.value("procedureConditions")->text().contains(firstCondition));
        QVERIFY(screen.value("procedureLegalBasis")
                    ->text()
                    .contains(p.value(u"legalBasis")
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(u"title")
                                  .toString()));
        QVERIFY(screen.value("procedureCosts")->isVisible());
        QVERIFY(screen.value("procedureWho")->isVisible());
        if (contact.contains(u"address"))
            QVERIFY(
                screen.value("procedureContactAddress")
                    ->text()
                    .contains(contact.value(u"address").toObject().value(u"locality").toString()));
    }

    void startButtonOnlyForOnlineProcedures()
    {
        SpaceFixture space;
        space.fillCatalogue();
        CatalogueScreen screen(space);
        QListWidget* list = screen.results();
        auto* start = screen.find<QPushButton>("startProcedure");
        auto* cardNote = screen.value("procedureCardNote");

        const int offline =
            findRow(space, list, [](const QJsonObject& p) { return !p.value(u"online").toBool(); });
        QVERIFY(offline >= 0);
        list->setCurrentRow(offline);
        QVERIFY(!start->isVisible());
        QVERIFY(!list->item(offline)->text().contains(CataloguePage::tr("online")));

        const int card = findRow(space, list, [](const QJsonObject& p) {
            return p.value(u"online").toBool() && p.value(u"authentication").toString() == u"card";
        });
        QVERIFY(card >= 0);
        list->setCurrentRow(card);
        QVERIFY(start->isVisible());
        QVERIFY(cardNote->isVisible());
        QVERIFY(list->item(card)->text().contains(CataloguePage::tr("online")));
        const QString formId = procedureJson(space, QStringLiteral("fr"),
                                             list->item(card)->data(Qt::UserRole).toString())
                                   .value(u"formId")
                                   .toString();
        QSignalSpy started(&screen.page, &CataloguePage::startProcedureRequested);
        start->setFocus();
        QTest::keyClick(start, Qt::Key_Space);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toString(), formId);

        const int open = findRow(space, list, [](const QJsonObject& p) {
            return p.value(u"online").toBool() && p.value(u"authentication").toString() == u"none";
        });
        if (open >= 0) {
            list->setCurrentRow(open);
            QVERIFY(start->isVisible());
            QVERIFY(!cardNote->isVisible());
        }
    }

    void enterInSearchMovesToTheFirstMatch()
    {
        SpaceFixture space;
        space.fillCatalogue();
        CatalogueScreen screen(space);
        screen.page.activateWindow();
        screen.search()->setFocus();
        QTest::keyClicks(screen.search(), QStringLiteral("ecole"));
        QTest::keyClick(screen.search(), Qt::Key_Return);
        QCOMPARE(screen.results()->currentRow(), 0);
        QVERIFY(!screen.value("procedureTitle")->text().isEmpty());
        QVERIFY(!screen.results()->accessibleName().isEmpty());
        QVERIFY(!screen.search()->accessibleName().isEmpty());
    }

    void emptyLoadingAndOfflineStates()
    {
        // The screen runs in French: compare with the translated texts, not English ones.
        const auto saysOffline = [](const QString& text) {
            return text == DataStateNotice::tr(
                               "You are offline. This is the copy saved on this computer.") ||
                   text == DataStateNotice::tr(
                               "You are offline and nothing is saved on this computer yet.");
        };
        SpaceFixture space;
        CatalogueScreen screen(space);
        auto* notice = screen.find<QLabel>("catalogueState");
        space.source->setState(DataState::Loading);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(),
                 DataStateNotice::tr(
                     "Loading… the first copy of your data is being fetched from the portal."));
        space.source->setState(DataState::Offline);
        QVERIFY(saysOffline(notice->text()));

        space.fillCatalogue({QStringLiteral("fr")});
        space.source->setState(DataState::Ready);
        space.source->notifyChanged();
        QVERIFY(screen.results()->count() > 0);
        QVERIFY(!notice->isVisible());
        screen.search()->setText(QStringLiteral("zzqqxx"));
        QCOMPARE(screen.results()->count(), 0);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), CataloguePage::tr("No procedure matches “%1”.").arg("zzqqxx"));
        space.source->setState(DataState::Offline);
        QVERIFY(saysOffline(notice->text()));
    }

    void languageSwitchKeepsSearchAndSelection()
    {
        SpaceFixture space;
        space.fillCatalogue();
        CatalogueScreen screen(space);
        screen.search()->setText(QStringLiteral("ecole"));
        QListWidget* list = screen.results();
        QVERIFY(list->count() > 1);
        const QString id = QStringLiteral("P-CIT-ECOLE-EUROPEENNE");
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == id)
                list->setCurrentRow(row);
        }
        QVERIFY(list->currentItem());
        const QString frenchTitle = screen.value("procedureTitle")->text();

        // The marking translator goes in after the real German one, so it is asked first.
        screen.languages.setLanguage(QStringLiteral("de"));
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        QCoreApplication::processEvents();
        QCOMPARE(screen.search()->text(), QStringLiteral("ecole"));
        QVERIFY(screen.search()->placeholderText().startsWith(QStringLiteral("[de] ")));
        QVERIFY(screen.search()->accessibleName().startsWith(QStringLiteral("[de] ")));
        QVERIFY(screen.find<QComboBox>("catalogueAudience")
                    ->itemText(1)
                    .startsWith(QStringLiteral("[de] ")));
        QVERIFY(
            screen.find<QPushButton>("startProcedure")->text().startsWith(QStringLiteral("[de] ")));
        QVERIFY(screen.results()->accessibleName().startsWith(QStringLiteral("[de] ")));
        // The list now holds German matches; the chosen procedure stays on screen, in German.
        const QString germanTitle =
            procedureJson(space, QStringLiteral("de"), id).value(u"title").toString();
        QVERIFY(!germanTitle.isEmpty());
        QVERIFY(germanTitle != frenchTitle);
        QCOMPARE(screen.value("procedureTitle")->text(), germanTitle);
        QVERIFY(list->currentItem());
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), id);
        QVERIFY(list->currentItem()->text().startsWith(germanTitle));

        // A search that no longer lists it in the new language keeps it on screen.
        screen.search()->setText(QStringLiteral("musikschule"));
        QVERIFY(screen.results()->count() >= 1);
        QVERIFY(!screen.results()->currentItem());
        QCOMPARE(screen.value("procedureTitle")->text(), germanTitle);
        screen.search()->setText(QStringLiteral("ecole"));

        // Back in French the same procedure is listed and selected again.
        QCoreApplication::removeTranslator(&marking);
        screen.languages.setLanguage(QStringLiteral("fr"));
        QVERIFY(!screen.search()->placeholderText().startsWith(QStringLiteral("[de] ")));
        QCOMPARE(screen.search()->text(), QStringLiteral("ecole"));
        QVERIFY(list->currentItem());
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), id);
        QCOMPARE(screen.value("procedureTitle")->text(), frenchTitle);
    }

    void portalTextIsPlainText()
    {
        SpaceFixture space;
        QJsonObject p{
            {QStringLiteral("id"), QStringLiteral("P-CIT-MARKUP")},
            {QStringLiteral("status"), QStringLiteral("published")},
            {QStringLiteral("audience"), QStringLiteral("citizen")},
            {QStringLiteral("title"), SpaceFixture::markup()},
            {QStringLiteral("summary"), QStringLiteral("Zyxwvut ") + SpaceFixture::markup()},
            {QStringLiteral("administration"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("adm")},
                         {QStringLiteral("name"), SpaceFixture::markup()}}},
            {QStringLiteral("online"), true},
            {QStringLiteral("formId"), QStringLiteral("F-MARKUP")},
            {QStringLiteral("authentication"), QStringLiteral("none")},
            {QStringLiteral("updatedAt"), QStringLiteral("2026-01-01T00:00:00Z")},
            {QStringLiteral("who"), SpaceFixture::markup()},
            {QStringLiteral("conditions"), QJsonArray{SpaceFixture::markup()}},
            {QStringLiteral("prerequisites"), QJsonArray{}},
            {QStringLiteral("costs"), QJsonObject{{QStringLiteral("free"), true}}},
            {QStringLiteral("contact"),
             QJsonObject{{QStringLiteral("organisation"), SpaceFixture::markup()}}}};
        QVERIFY(space.store->catalogue().upsert(QStringLiteral("fr"), {SpaceFixture::json(p)}));
        CatalogueScreen screen(space);
        screen.search()->setText(QStringLiteral("zyxwvut"));
        QCOMPARE(screen.results()->count(), 1);
        QVERIFY(screen.results()->item(0)->text().startsWith(SpaceFixture::markup()));
        screen.results()->setCurrentRow(0);
        QCOMPARE(screen.value("procedureTitle")->text(), SpaceFixture::markup());
        QCOMPARE(screen.value("procedureWho")->text(), SpaceFixture::markup());
        for (const QLabel* label : screen.page.findChildren<QLabel*>())
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
        // The tooltip shows the summary's characters; no tag survives to be rendered.
        const QString tip = screen.results()->item(0)->toolTip();
        QVERIFY(!tip.contains(QStringLiteral("<img")) && !tip.contains(QStringLiteral("<b>")));
        QVERIFY(tip.contains(QStringLiteral("&lt;img src=&quot;file:///etc/passwd&quot;&gt;")));
        QTextDocument rendered;
        rendered.setHtml(tip);
        QCOMPARE(rendered.toPlainText(), QStringLiteral("Zyxwvut ") + SpaceFixture::markup());
    }
};

QTEST_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
