#include "AccessLogModel.h"
#include "AccessLogPage.h"
#include "Provenance.h"
#include "TextFolding.h"
#include "TransparencyFixture.h"

#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <algorithm>

using namespace guichet;

namespace {

using Column = AccessLogModel::Column;

struct AccessLogScreen
{
    explicit AccessLogScreen(TransparencyFixture& space, AccessLogPage::Clock clock = {})
        : page(*space.source, nullptr, std::move(clock))
    {
        page.resize(1200, 800);
    }
    void show()
    {
        page.show();
        QCoreApplication::processEvents();
        waitUntilRead();
    }
    // The page makes its entries off the GUI thread after each read of the store.
    void waitUntilRead() { QTRY_VERIFY_WITH_TIMEOUT(!page.isReading(), 20000); }
    template <typename T>
    T* find(const char* name)
    {
        return page.findChild<T*>(QLatin1String(name));
    }
    QTableView* table() { return find<QTableView>("accessTable"); }
    QAbstractItemModel* rows() { return table()->model(); }
    int rowCount() { return rows()->rowCount(); }
    QString text(int row, int column) { return rows()->index(row, column).data().toString(); }
    QString id(int row) { return rows()->index(row, 0).data(AccessLogModel::IdRole).toString(); }
    void choose(const char* combo, const QString& value)
    {
        auto* box = find<QComboBox>(combo);
        box->setCurrentIndex(box->findData(value));
    }
    QString countText() { return find<QLabel>("accessCount")->text(); }

    AccessLogPage page;
};

QHash<QString, QJsonObject> entriesById(TransparencyFixture& space)
{
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject& entry : space.objects(QStringLiteral("access")))
        byId.insert(entry.value(u"id").toString(), entry);
    return byId;
}

QDateTime accessedAt(const QJsonObject& entry)
{
    return QDateTime::fromString(entry.value(u"accessedAt").toString(), Qt::ISODate);
}

QString itemLabels(const QJsonObject& entry)
{
    QStringList labels;
    for (const QJsonValue item : entry.value(u"items").toArray())
        labels.append(item.toObject().value(u"label").toString());
    return labels.join(QStringLiteral(", "));
}

// Whether a search for `query` should find the entry (an independent reading of the rule:
// each word of the query in the administration, purpose, items or dossier).
bool matches(const QJsonObject& entry, const QString& query)
{
    const QStringList fields{entry.value(u"administration").toObject().value(u"name").toString(),
                             entry.value(u"purpose").toString(), itemLabels(entry),
                             entry.value(u"dossierId").toString()};
    for (const QString& word : store::searchWords(query)) {
        const bool found = std::any_of(fields.cbegin(), fields.cend(), [&](const QString& field) {
            return store::foldForSearch(field).contains(word);
        });
        if (!found)
            return false;
    }
    return true;
}

QJsonObject accessEntry(const QString& id, const QString& administration, const QString& source,
                        const QStringList& items, const QString& purpose, const QDateTime& at)
{
    QJsonArray labels;
    for (const QString& item : items)
        labels.append(QJsonObject{{QStringLiteral("id"), item}, {QStringLiteral("label"), item}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("administration"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("test-admin")},
                         {QStringLiteral("name"), administration}}},
            {QStringLiteral("source"), source},
            {QStringLiteral("items"), labels},
            {QStringLiteral("purpose"), purpose},
            {QStringLiteral("legalBasis"), QJsonValue::Null},
            {QStringLiteral("accessedAt"), at.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("dossierId"), QJsonValue::Null},
            {QStringLiteral("procedureId"), QJsonValue::Null},
            {QStringLiteral("consentId"), QJsonValue::Null}};
}

// RFC 4180, as a spreadsheet program reads it.
QList<QStringList> parseCsv(const QString& text, QChar separator = u',')
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (quoted) {
            if (c == u'"' && next == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            record.append(std::exchange(field, {}));
        } else if (c == u'\r' && next == u'\n') {
            record.append(std::exchange(field, {}));
            records.append(std::exchange(record, {}));
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

class TestAccessLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryAccessNewestFirst()
    {
        TransparencyFixture space;
        space.fillTransparency();
        space.source->setState(DataState::Ready);
        AccessLogScreen screen(space);
        screen.show();
        const QHash<QString, QJsonObject> entries = entriesById(space);
        QVERIFY(entries.size() > 20);
        QCOMPARE(screen.rowCount(), entries.size());
        QVERIFY(screen.countText().contains(QString::number(entries.size())));
        for (int row = 0; row < screen.rowCount(); ++row) {
            const QJsonObject entry = entries.value(screen.id(row));
            QCOMPARE(screen.text(row, Column::AdministrationColumn),
                     entry.value(u"administration").toObject().value(u"name").toString());
            QCOMPARE(screen.text(row, Column::SourceColumn),
                     forms::sourceDisplayName(entry.value(u"source").toString()));
            QCOMPARE(screen.text(row, Column::ItemsColumn), itemLabels(entry));
            QCOMPARE(screen.text(row, Column::PurposeColumn), entry.value(u"purpose").toString());
            QCOMPARE(screen.text(row, Column::DossierColumn), entry.value(u"dossierId").toString());
            if (row > 0)
                QVERIFY(accessedAt(entries.value(screen.id(row - 1))) >= accessedAt(entry));
        }
        QVERIFY(!screen.find<QLabel>("accessState")->isVisible());
        for (const char* name :
             {"accessTable", "accessSearch", "accessSourceFilter", "accessAdministrationFilter",
              "accessFrom", "accessTo", "accessExport"})
            QVERIFY2(!screen.find<QWidget>(name)->accessibleName().isEmpty(), name);
    }

    void sortsByDateAndTextBothWays()
    {
        TransparencyFixture space;
        space.fillTransparency();
        space.source->setState(DataState::Ready);
        AccessLogScreen screen(space);
        screen.show();
        const QHash<QString, QJsonObject> entries = entriesById(space);
        QHeaderView* header = screen.table()->horizontalHeader();
        const auto clickHeader = [&](int column) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) + 4, 4));
        };
        // A click on the date header turns the newest-first order around.
        clickHeader(Column::DateColumn);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        for (int row = 1; row < screen.rowCount(); ++row)
            QVERIFY(accessedAt(entries.value(screen.id(row - 1))) <=
                    accessedAt(entries.value(screen.id(row))));
        clickHeader(Column::DateColumn);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        for (int row = 1; row < screen.rowCount(); ++row)
            QVERIFY(accessedAt(entries.value(screen.id(row - 1))) >=
                    accessedAt(entries.value(screen.id(row))));
        // Text columns sort without regard to case and accents.
        for (const int column :
             {int(Column::AdministrationColumn), int(Column::SourceColumn),
              int(Column::PurposeColumn), int(Column::ItemsColumn), int(Column::DossierColumn)}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                screen.table()->sortByColumn(column, order);
                for (int row = 1; row < screen.rowCount(); ++row) {
                    const QString a = store::foldForSearch(screen.text(row - 1, column));
                    const QString b = store::foldForSearch(screen.text(row, column));
                    QVERIFY2(
                        order == Qt::AscendingOrder ? a <= b : a >= b,
                        qPrintable(QStringLiteral("column %1: %2 / %3").arg(column).arg(a, b)));
                }
            }
        }
    }

    // The model orders its own rows (the filter never sorts): the chosen row stays chosen.
    void chosenRowFollowsASort()
    {
        TransparencyFixture space;
        space.fillTransparency();
        space.source->setState(DataState::Ready);
        AccessLogScreen screen(space);
        screen.show();
        const int row = screen.rowCount() / 2;
        const QString chosen = screen.id(row);
        screen.table()->setCurrentIndex(screen.rows()->index(row, Column::DateColumn));
        const QString details = screen.find<QLabel>("accessDetails")->text();
        for (const int column : {int(Column::AdministrationColumn), int(Column::PurposeColumn),
                                 int(Column::DateColumn)}) {
            screen.table()->sortByColumn(column, Qt::AscendingOrder);
            const QModelIndex current = screen.table()->currentIndex();
            QVERIFY(current.isValid());
            QCOMPARE(current.data(AccessLogModel::IdRole).toString(), chosen);
            QCOMPARE(screen.find<QLabel>("accessDetails")->text(), details);
        }
    }

    void filtersBySourceAdministrationAndPeriod()
    {
        TransparencyFixture space;
        space.fillTransparency();
        space.source->setState(DataState::Ready);
        AccessLogScreen screen(space);
        screen.show();
        const QList<QJsonObject> entries = space.objects(QStringLiteral("access"));
        const auto count = [&](const std::function<bool(const QJsonObject&)>& keep) {
            return int(std::count_if(entries.cbegin(), entries.cend(), keep));
        };

        screen.choose("accessSourceFilter", QStringLiteral("vehicles"));
        const int vehicles = count(
            [](const QJsonObject& e) { return e.value(u"source").toString() == u"vehicles"; });
        QVERIFY(vehicles > 0 && vehicles < entries.size());
        QCOMPARE(screen.rowCount(), vehicles);
        for (int row = 0; row < screen.rowCount(); ++row)
            QCOMPARE(screen.text(row, Column::SourceColumn),
                     forms::sourceDisplayName(QStringLiteral("vehicles")));
        QVERIFY(screen.countText().contains(QString::number(vehicles)));

        const QString administration =
            entries.first().value(u"administration").toObject().value(u"id").toString();
        screen.choose("accessSourceFilter", QString());
        screen.choose("accessAdministrationFilter", administration);
        const int byAdministration = count([&](const QJsonObject& e) {
            return e.value(u"administration").toObject().value(u"id").toString() == administration;
        });
        QVERIFY(byAdministration > 0);
        QCOMPARE(screen.rowCount(), byAdministration);
        screen.choose("accessAdministrationFilter", QString());
        QCOMPARE(screen.rowCount(), entries.size());

        // One local day, both ends included.
        const QDate day = accessedAt(entries.at(entries.size() / 2)).toLocalTime().date();
        screen.find<QDateEdit>("accessFrom")->setDate(day);
        screen.find<QDateEdit>("accessTo")->setDate(day);
        const int thatDay =
            count([&](const QJsonObject& e) { return accessedAt(e).toLocalTime().date() == day; });
        QVERIFY(thatDay > 0);
        QCOMPARE(screen.rowCount(), thatDay);
        // From a day on.
        screen.find<QDateEdit>("accessTo")->setDate(QDate(2000, 1, 1)); // "any date"
        const int since =
            count([&](const QJsonObject& e) { return accessedAt(e).toLocalTime().date() >= day; });
        QCOMPARE(screen.rowCount(), since);
        QVERIFY(since > thatDay);
    }

    void searchIgnoresCaseAndAccents()
    {
        TransparencyFixture space;
        space.fillTransparency();
        space.source->setState(DataState::Ready);
        AccessLogScreen screen(space);
        screen.show();
        const QList<QJsonObject> entries = space.objects(QStringLiteral("access"));
        QString dossier;
        for (const QJsonObject& entry : entries) {
            if (dossier.isEmpty())
                dossier = entry.value(u"dossierId").toString();
        }
        QVERIFY(!dossier.isEmpty());
        auto* search = screen.find<QLineEdit>("accessSearch");
        for (const QString& query :
             {QStringLiteral("VERIFICATION"), QStringLiteral("vérif propriété"),
              QStringLiteral("police"), dossier, dossier.left(6), QStringLiteral("zzzqqq")}) {
            search->setText(query); // keyClicks types Latin-1 only
            const int expected =
                int(std::count_if(entries.cbegin(), entries.cend(),
                                  [&](const QJsonObject& entry) { return matches(entry, query); }));
            QVERIFY2(screen.rowCount() == expected,
                     qPrintable(QStringLiteral("%1: %2 shown, %3 expected")
                                    .arg(query)
                                    .arg(screen.rowCount())
                                    .arg(expected)));
            if (query != u"zzzqqq")
                QVERIFY2(expected > 0, qPrintable(query));
        }
        search->clear();
        QCOMPARE(screen.rowCount(), entries.size());
        // Enter in the search box moves to the results.
        QTest::keyClicks(search, QStringLiteral("police"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(screen.table()->currentIndex().isValid());
        QVERIFY(screen.find<QLabel>("accessDetails")->isVisible());
    }

    void exportsReadableCsv()
    {
        TransparencyFixture space;
        space.fillTransparency();
        QJsonObject tricky = accessEntry(
            QStringLiteral("AL-00000000abcd"), QStringLiteral("Commune de \"Test\", Esch"),
            QStringLiteral("rnpp-address"), {QStringLiteral("Adresse, rue")},
            QStringLiteral("Ligne 1\nLigne 2, avec \"guillemets\"\r\nfin"),
            SpaceFixture::now().addDays(-3));
        tricky.insert(QStringLiteral("legalBasis"), QStringLiteral("=1+1"));
        tricky.insert(QStringLiteral("dossierId"), QStringLiteral("D-2026-000042"));
        space.put(QStringLiteral("access"), tricky.value(u"id").toString(), tricky);
        space.flush();
        space.source->setState(DataState::Ready);
        AccessLogScreen screen(space);
        screen.show();
        screen.page.setCsvSeparator(u',');
        const QString path = space.dir.filePath(QStringLiteral("export.csv"));
        QString suggested;
        screen.page.setExportPathChooser([&](const QString& name) {
            suggested = name;
            return path;
        });
        QSignalSpy exported(&screen.page, &AccessLogPage::exported);
        screen.find<QPushButton>("accessExport")->click();
        QCOMPARE(exported.size(), 1);
        QVERIFY(suggested.endsWith(QStringLiteral(".csv")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\"Commune de \"\"Test\"\", Esch\""));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(records.first(),
                 (QStringList{QStringLiteral("Date"), QStringLiteral("Administration"),
                              QStringLiteral("Source"), QStringLiteral("Data items"),
                              QStringLiteral("Purpose"), QStringLiteral("Legal basis"),
                              QStringLiteral("Procedure")}));
        QCOMPARE(records.size(), screen.rowCount() + 1);
        const QHash<QString, QJsonObject> entries = entriesById(space);
        for (int row = 0; row < screen.rowCount(); ++row) {
            const QJsonObject entry = entries.value(screen.id(row));
            QString legalBasis = entry.value(u"legalBasis").toString();
            if (legalBasis.startsWith(u'='))
                legalBasis.prepend(u'\''); // kept from running as a formula
            const QStringList expected{
                accessedAt(entry).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                entry.value(u"administration").toObject().value(u"name").toString(),
                forms::sourceDisplayName(entry.value(u"source").toString()),
                itemLabels(entry),
                entry.value(u"purpose").toString(),
                legalBasis,
                entry.value(u"dossierId").toString()};
            QCOMPARE(records.at(row + 1), expected);
        }
        QVERIFY(std::any_of(records.cbegin(), records.cend(), [](const QStringList& r) {
            return r.value(4) == QStringLiteral("Ligne 1\nLigne 2, avec \"guillemets\"\r\nfin") &&
                   r.value(5) == QStringLiteral("'=1+1");
        }));

        // The export holds what is shown: a filtered list gives only its rows.
        screen.choose("accessSourceFilter", QStringLiteral("vehicles"));
        screen.find<QPushButton>("accessExport")->click();
        QCOMPARE(exported.size(), 2);
        QFile filtered(path);
        QVERIFY(filtered.open(QIODevice::ReadOnly));
        const QList<QStringList> shown = parseCsv(QString::fromUtf8(filtered.readAll().mid(3)));
        QCOMPARE(shown.size(), screen.rowCount() + 1);
        for (qsizetype i = 1; i < shown.size(); ++i)
            QCOMPARE(shown[i].value(2), forms::sourceDisplayName(QStringLiteral("vehicles")));
        // Where spreadsheets expect semicolons (French, German), fields are split on
        // them; a comma inside a field then needs no quotes.
        QCOMPARE(CsvWriter::separatorFor(QLocale(QLocale::French, QLocale::Luxembourg)), u';');
        QCOMPARE(CsvWriter::separatorFor(QLocale(QLocale::German, QLocale::Germany)), u';');
        QCOMPARE(CsvWriter::separatorFor(QLocale(QLocale::English, QLocale::UnitedKingdom)), u',');
        screen.page.setCsvSeparator(u';');
        screen.find<QPushButton>("accessExport")->click();
        QFile semicolons(path);
        QVERIFY(semicolons.open(QIODevice::ReadOnly));
        const QByteArray semicolonBytes = semicolons.readAll();
        QVERIFY(semicolonBytes.mid(3).startsWith("Date;Administration;Source;"));
        QCOMPARE(parseCsv(QString::fromUtf8(semicolonBytes.mid(3)), u';'), shown);
        // Cancelling the file dialog writes nothing.
        screen.page.setExportPathChooser([](const QString&) { return QString(); });
        screen.find<QPushButton>("accessExport")->click();
        QCOMPARE(exported.size(), 3);
    }

    void newAccessesAreMarkedUntilSeen()
    {
        TransparencyFixture space;
        space.fillTransparency();
        space.source->setState(DataState::Ready);
        QDateTime clock = SpaceFixture::now();
        const auto now = [&clock] { return clock; };
        AccessLogScreen screen(space, now);
        // What was there at the first visit is history, not news.
        QCOMPARE(screen.page.newCount(), 0);
        const QString plainTitle = screen.page.title();
        screen.show();
        QSignalSpy titles(&screen.page, &Page::titleChanged);

        // A sync brings two accesses made after the visit began.
        space.put(QStringLiteral("access"), QStringLiteral("AL-0000000000a1"),
                  accessEntry(QStringLiteral("AL-0000000000a1"),
                              QStringLiteral("Police grand-ducale"), QStringLiteral("vehicles"),
                              {QStringLiteral("Plaque")}, QStringLiteral("Contrôle routier"),
                              clock.addSecs(600)));
        space.put(QStringLiteral("access"), QStringLiteral("AL-0000000000a2"),
                  accessEntry(QStringLiteral("AL-0000000000a2"), QStringLiteral("CNS"),
                              QStringLiteral("rnpp-address"), {QStringLiteral("Adresse")},
                              QStringLiteral("Remboursement"), clock.addSecs(700)));
        space.flush();
        space.source->notifyChanged();
        screen.waitUntilRead();
        QCOMPARE(screen.page.newCount(), 2);
        QVERIFY(!titles.isEmpty());
        QVERIFY(screen.page.title() != plainTitle);
        QVERIFY(screen.page.title().contains(QLatin1Char('2')));
        int marked = 0;
        for (int row = 0; row < screen.rowCount(); ++row) {
            const bool isNew = screen.id(row).startsWith(QStringLiteral("AL-0000000000a"));
            const QModelIndex date = screen.rows()->index(row, Column::DateColumn);
            QCOMPARE(screen.text(row, Column::NewColumn).isEmpty(), !isNew);
            QCOMPARE(date.data(Qt::FontRole).value<QFont>().bold(), isNew);
            marked += isNew ? 1 : 0;
        }
        QCOMPARE(marked, 2);
        QCOMPARE(screen.id(0), QStringLiteral("AL-0000000000a2")); // newest first

        // Leaving the page: they have been seen.
        clock = clock.addSecs(3600);
        screen.page.hide();
        QCOMPARE(screen.page.newCount(), 0);
        QCOMPARE(screen.page.title(), plainTitle);

        // An access arriving while the page is closed is counted in the navigation...
        space.put(QStringLiteral("access"), QStringLiteral("AL-0000000000a3"),
                  accessEntry(QStringLiteral("AL-0000000000a3"), QStringLiteral("CNS"),
                              QStringLiteral("rnpp-identity"), {QStringLiteral("Nom")},
                              QStringLiteral("Affiliation"), clock.addSecs(60)));
        space.flush();
        space.source->notifyChanged();
        QCOMPARE(screen.page.newCount(), 1);
        QVERIFY(screen.page.title().contains(QLatin1Char('1')));

        // ...and still after a restart: the last visit is kept in the person's seen file.
        LocalStoreSource again(*space.store, space.vault.get(), space.source->spaceId(),
                               space.dir.filePath(QStringLiteral("seen.ini")));
        again.setState(DataState::Ready);
        clock = clock.addSecs(7200);
        AccessLogPage restarted(again, nullptr, now);
        QCOMPARE(restarted.newCount(), 1);
    }

    // The log is read when the page is shown; a sync while it is hidden only counts
    // the new accesses (above), so the table is read again at the next showing.
    void readsTheLogWhenShown()
    {
        TransparencyFixture space;
        space.fillTransparency();
        space.source->setState(DataState::Ready);
        AccessLogScreen screen(space);
        QVERIFY(!screen.page.isReading());
        QCOMPARE(screen.rowCount(), 0);
        screen.show();
        const int before = screen.rowCount();
        QCOMPARE(before, entriesById(space).size());

        screen.page.hide();
        space.put(QStringLiteral("access"), QStringLiteral("AL-0000000000b1"),
                  accessEntry(QStringLiteral("AL-0000000000b1"), QStringLiteral("CNS"),
                              QStringLiteral("rnpp-address"), {QStringLiteral("Adresse")},
                              QStringLiteral("Remboursement"), SpaceFixture::now().addDays(-1)));
        space.flush();
        space.source->notifyChanged();
        QVERIFY(!screen.page.isReading());
        QCOMPARE(screen.rowCount(), before);

        screen.show();
        QCOMPARE(screen.rowCount(), before + 1);
        QVERIFY(screen.countText().contains(QString::number(before + 1)));
    }

    void statesAreShown()
    {
        TransparencyFixture space;
        AccessLogScreen screen(space);
        screen.show();
        auto* notice = screen.find<QLabel>("accessState");
        QVERIFY(notice->isVisible()); // loading
        const QString loading = notice->text();
        space.source->setState(DataState::Offline);
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text() != loading);
        space.source->setState(DataState::Ready);
        QVERIFY(notice->isVisible()); // nothing yet
        QVERIFY(!screen.find<QPushButton>("accessExport")->isEnabled());
        space.fillTransparency();
        space.source->notifyChanged();
        screen.waitUntilRead();
        QVERIFY(!notice->isVisible());
        QVERIFY(screen.find<QPushButton>("accessExport")->isEnabled());
    }

    void serverTextIsShownLiterally()
    {
        TransparencyFixture space;
        const QStringList markup = TransparencyFixture::markupTexts();
        QJsonObject entry =
            accessEntry(QStringLiteral("AL-00000000beef"), markup[0], QStringLiteral("vehicles"),
                        {markup[1], markup[2]}, markup[2], SpaceFixture::now());
        entry.insert(QStringLiteral("legalBasis"), markup[1]);
        entry.insert(QStringLiteral("dossierId"), markup[0]);
        space.put(QStringLiteral("access"), entry.value(u"id").toString(), entry);
        space.flush();
        space.source->setState(DataState::Ready);
        AccessLogScreen screen(space);
        screen.show();
        QCOMPARE(screen.rowCount(), 1);
        QCOMPARE(screen.text(0, Column::AdministrationColumn), markup[0]);
        QCOMPARE(screen.text(0, Column::ItemsColumn), markup[1] + QStringLiteral(", ") + markup[2]);
        QCOMPARE(screen.text(0, Column::PurposeColumn), markup[2]);
        QCOMPARE(screen.text(0, Column::DossierColumn), markup[0]);
        // Text roles only: no tooltip (which Qt may read as rich text).
        for (int column = 0; column < Column::ColumnCount; ++column)
            QVERIFY(!screen.rows()->index(0, column).data(Qt::ToolTipRole).isValid());
        screen.table()->setCurrentIndex(screen.rows()->index(0, 1));
        const QString details = screen.find<QLabel>("accessDetails")->text();
        QVERIFY(details.contains(markup[1]));
        QCOMPARE(screen.find<QComboBox>("accessAdministrationFilter")->itemText(1), markup[0]);
        TransparencyFixture::verifyPlainLabels(screen.page);
    }

    // The figures of 10,000 entries, for the record (the benchmark measures the same).
    void tenThousandEntries()
    {
        TransparencyFixture space;
        const auto bulk =
            sim::seed::bulkSpace(space.source->spaceId(), SpaceFixture::now(), 1, 1, 1, 10000);
        for (const QJsonObject& entry : bulk.accessLog)
            space.put(QStringLiteral("access"), entry.value(u"id").toString(), entry);
        space.flush();
        space.source->setState(DataState::Ready);

        QElapsedTimer timer;
        timer.start();
        AccessLogScreen screen(space);
        screen.show();
        const qint64 open = timer.elapsed();
        QCOMPARE(screen.rowCount(), 10000);

        QList<qint64> keystrokes;
        auto* search = screen.find<QLineEdit>("accessSearch");
        for (const QChar c : QStringLiteral("verification")) {
            timer.restart();
            QTest::keyClick(search, c.toLatin1());
            QCoreApplication::processEvents();
            keystrokes.append(timer.elapsed());
        }
        QVERIFY(screen.rowCount() > 0);
        QList<qint64> filters;
        auto* sources = screen.find<QComboBox>("accessSourceFilter");
        search->clear();
        for (int i = 1; i < sources->count(); ++i) {
            timer.restart();
            sources->setCurrentIndex(i);
            QCoreApplication::processEvents();
            filters.append(timer.elapsed());
        }
        // Opening from the navigation shows a page that is loaded already.
        screen.page.hide();
        timer.restart();
        screen.show();
        const qint64 reopen = timer.elapsed();
        qInfo("access log, 10,000 entries: open (load + show) %lld ms, show again %lld ms; "
              "keystroke median %lld ms, max %lld ms; source filter median %lld ms, max %lld ms",
              open, reopen, median(keystrokes),
              *std::max_element(keystrokes.cbegin(), keystrokes.cend()), median(filters),
              filters.isEmpty() ? 0LL : *std::max_element(filters.cbegin(), filters.cend()));
    }
};

QTEST_MAIN(TestAccessLog)
#include "tst_accesslog.moc"
