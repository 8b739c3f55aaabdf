// Issue #22 §2: the lists of the personal space can be read in the real window at its
// default size and at 1366×768, in French, German and English, over Marie Schmit's
// seeded space: the column that matters (subject, procedure, value, purpose) gets
// room, no column is narrower than its header's text, and a text cut short shows in
// full, as plain text, in a tooltip.
#include "AccessLogPage.h"
#include "DataPaths.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Page.h"
#include "ReadableColumns.h"
#include "Settings.h"
#include "ShellContext.h"
#include "ShellPages.h"
#include "SpaceList.h"
#include "TransparencyFixture.h"
#include "ViewMemory.h"

#include <QComboBox>
#include <QHeaderView>
#include <QHelpEvent>
#include <QListWidget>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

using namespace guichet;

namespace {

// The column that matters on each list, and the least width it must get.
struct ListRule
{
    const char* page;
    const char* list;
    int mainColumn;
};
constexpr ListRule Rules[] = {
    {"messages", "threadList", 0},    // subject
    {"dossiers", "dossierList", 1},   // procedure
    {"documents", "documentList", 0}, // title
    {"mydata", "dataRecords", 1},     // value
    {"accesslog", "accessTable", 5},  // purpose
};
constexpr int MainColumnMinimum = 200;

struct ReadableWindow
{
    ReadableWindow()
    {
        const auto personas = sim::seed::generatePersonas(SpaceFixture::now());
        for (const sim::seed::PersonaSeed& persona : personas) {
            for (const sim::seed::SpaceSeed& seed : persona.spaces) {
                if (seed.space.value(u"id").toString() != space.source->spaceId())
                    continue;
                space.fillSpace(seed);
                for (const QJsonObject& message : seed.messages)
                    space.put(QStringLiteral("message"), message.value(u"id").toString(), message);
                own = *SpaceInfo::fromJson(seed.space);
            }
        }
        space.flush();
        space.fillTransparency();
        space.source->setState(DataState::Ready);
        settings = std::make_unique<Settings>(space.dir.filePath(QStringLiteral("user.ini")),
                                              space.dir.filePath(QStringLiteral("system.ini")));
        context.settings = settings.get();
        context.languages = &languages;
        context.paths = DataPaths(space.dir.filePath(QStringLiteral("data")));
        context.space = space.source.get();
        context.spaces = &spaces;
        window = std::make_unique<MainWindow>();
        installShellPages(*window, context);
        spaces.setSpaces({own}, space.dir.filePath(QStringLiteral("choices.ini")));
    }
    ~ReadableWindow()
    {
        window.reset();
        languages.setLanguage(QStringLiteral("en"));
    }

    TransparencyFixture space;
    SpaceInfo own;
    LanguageManager languages;
    std::unique_ptr<Settings> settings;
    SpaceList spaces;
    ShellContext context;
    std::unique_ptr<MainWindow> window;
};

// The size a new window opens with.
QSize defaultSize()
{
    static const QSize size = MainWindow().size();
    return size;
}

QHeaderView* headerOf(QAbstractItemView* view)
{
    if (auto* tree = qobject_cast<QTreeView*>(view))
        return tree->header();
    if (auto* table = qobject_cast<QTableView*>(view))
        return table->horizontalHeader();
    return nullptr;
}

} // namespace

class TestReadableLists : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReadableWindow> m_window;

    QAbstractItemView* showList(const ListRule& rule)
    {
        MainWindow& window = *m_window->window;
        if (!window.showPage(QLatin1String(rule.page)))
            return nullptr;
        for (Page* page : window.pages())
            if (auto* accessLog = qobject_cast<AccessLogPage*>(page))
                if (page->pageId() == QLatin1String(rule.page))
                    for (int waited = 0; accessLog->isReading() && waited < 20000; waited += 20)
                        QTest::qWait(20);
        auto* view = window.findChild<QAbstractItemView*>(QLatin1String(rule.list));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        return view;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_window = std::make_unique<ReadableWindow>();
        m_window->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window->window.get()));
    }

    void everyListGivesRoomToWhatMatters_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char* language : {"fr", "de", "en"}) {
            // The window's default size, then a common laptop screen.
            for (const QSize& size : {defaultSize(), QSize(1366, 768)})
                QTest::addRow("%s %dx%d", language, size.width(), size.height())
                    << QString::fromLatin1(language) << size;
        }
    }

    void everyListGivesRoomToWhatMatters()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        m_window->languages.setLanguage(language);
        m_window->window->resize(size);
        QStringList problems;
        for (const ListRule& rule : Rules) {
            QAbstractItemView* view = showList(rule);
            QVERIFY2(view, rule.list);
            QVERIFY2(view->model()->rowCount() > 0, rule.list);
            QHeaderView* header = headerOf(view);
            for (int column = 0; column < header->count(); ++column) {
                if (header->isSectionHidden(column))
                    continue;
                const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
                // Narrower than its header's text: the header reads "Adminis…".
                if (header->sectionSize(column) < header->sectionSizeHint(column))
                    problems << QStringLiteral("%1: column '%2' is %3 px for a header of %4 px")
                                    .arg(QLatin1String(rule.list), title)
                                    .arg(header->sectionSize(column))
                                    .arg(header->sectionSizeHint(column));
            }
            if (header->sectionSize(rule.mainColumn) < MainColumnMinimum) {
                QStringList widths;
                for (int column = 0; column < header->count(); ++column)
                    widths << QStringLiteral("%1 %2/%3")
                                  .arg(view->model()->headerData(column, Qt::Horizontal).toString())
                                  .arg(header->sectionSize(column))
                                  .arg(header->sectionSizeHint(column));
                problems << QStringLiteral("%1: the main column has %2 px (%3)")
                                .arg(QLatin1String(rule.list))
                                .arg(header->sectionSize(rule.mainColumn))
                                .arg(widths.join(QStringLiteral(", ")));
            }
            // Everything fits the view: no sideways scrolling.
            if (header->length() > view->viewport()->width() + 1)
                problems << QStringLiteral("%1: %2 px of columns in %3 px")
                                .arg(QLatin1String(rule.list))
                                .arg(header->length())
                                .arg(view->viewport()->width());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Every navigation entry reads in full in each language, without sideways scrolling.
    void theNavigationShowsEveryEntryInFull()
    {
        auto* navigation = m_window->window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        for (const char* language : {"fr", "de", "en"}) {
            m_window->languages.setLanguage(QLatin1String(language));
            m_window->window->resize(defaultSize());
            QCoreApplication::processEvents();
            QVERIFY(!navigation->horizontalScrollBar()->isVisible());
            for (int row = 0; row < navigation->count(); ++row) {
                QListWidgetItem* item = navigation->item(row);
                const QRect rect = navigation->visualItemRect(item);
                // Whole on one line, or wrapped onto as many lines as the row holds:
                // never cut with "…". Its icon and padding stand beside the text.
                const int available = rect.width() - navigation->iconSize().width() - 2 * 12 - 12;
                const QRect needed = navigation->fontMetrics().boundingRect(
                    QRect(0, 0, qMax(1, available), 100000), Qt::TextWordWrap, item->text());
                QVERIFY2(needed.width() <= available && needed.height() <= rect.height() - 16,
                         qPrintable(QStringLiteral("%1: '%2' needs %3x%4 px in %5x%6")
                                        .arg(QLatin1String(language), item->text())
                                        .arg(needed.width())
                                        .arg(needed.height())
                                        .arg(available)
                                        .arg(rect.height() - 16)));
            }
        }
    }

    // Bad input: a space named with 300 characters and no space pushes nothing out of
    // view; the switcher's list opens wide enough for whole names.
    void aVeryLongSpaceNameStaysInItsPlace()
    {
        m_window->languages.setLanguage(QStringLiteral("en"));
        m_window->window->resize(defaultSize());
        auto* navigation =
            m_window->window->findChild<QWidget*>(QStringLiteral("navigationColumn"));
        QVERIFY(navigation);
        const int before = navigation->width();
        SpaceInfo company;
        company.id = QStringLiteral("sp-pro-long");
        company.professional = true;
        company.displayName = QString(300, QChar(u'W'));
        company.role = SpaceRole::Manager;
        SpaceInfo medium = m_window->own;
        medium.id = QStringLiteral("sp-pro-medium");
        medium.displayName = QStringLiteral("Boulangerie Weber S.à r.l. — Esch-sur-Alzette");
        m_window->spaces.setSpaces({m_window->own, medium, company},
                                   m_window->space.dir.filePath(QStringLiteral("choices.ini")));
        QCoreApplication::processEvents();
        auto* combo = m_window->window->findChild<QComboBox*>(QStringLiteral("spaceCombo"));
        QVERIFY(combo && combo->isVisible());
        QCOMPARE(navigation->width(), before);
        QVERIFY(combo->geometry().right() <= navigation->width());
        combo->showPopup();
        QCoreApplication::processEvents();
        // Whole names, up to half the screen.
        const int longest = combo->view()->sizeHintForColumn(0);
        QVERIFY2(
            combo->view()->width() >=
                qMin(longest, combo->screen()->availableGeometry().width() / 2),
            qPrintable(QStringLiteral("%1 px for %2").arg(combo->view()->width()).arg(longest)));
        combo->hidePopup();
        m_window->spaces.setSpaces({m_window->own},
                                   m_window->space.dir.filePath(QStringLiteral("choices.ini")));
    }

    // The window's size, a splitter's place and a list's sort order come back in the
    // next run.
    void theArrangementIsRemembered()
    {
        const QString file = m_window->space.dir.filePath(QStringLiteral("window.ini"));
        int listHeight = 0;
        {
            ReadableWindow first;
            ViewMemory memory(file);
            memory.remember(*first.window);
            first.window->resize(1234, 701);
            first.window->show();
            QVERIFY(first.window->showPage(QStringLiteral("messages")));
            QVERIFY(QTest::qWaitForWindowExposed(first.window.get()));
            auto* split = first.window->findChild<QSplitter*>(QStringLiteral("messagesSplit"));
            QVERIFY(split);
            split->setSizes({100, split->height() - 100});
            QCoreApplication::processEvents();
            listHeight = split->sizes().first();
            auto* access = first.window->findChild<QTableView*>(QStringLiteral("accessTable"));
            QVERIFY(access);
            access->sortByColumn(2, Qt::AscendingOrder); // by administration
        }
        ReadableWindow second;
        ViewMemory memory(file);
        memory.remember(*second.window);
        QCOMPARE(second.window->size(), QSize(1234, 701));
        second.window->show();
        QVERIFY(second.window->showPage(QStringLiteral("messages")));
        QVERIFY(QTest::qWaitForWindowExposed(second.window.get()));
        auto* split = second.window->findChild<QSplitter*>(QStringLiteral("messagesSplit"));
        QTRY_COMPARE(split->sizes().first(), listHeight);
        auto* access = second.window->findChild<QTableView*>(QStringLiteral("accessTable"));
        QCOMPARE(access->horizontalHeader()->sortIndicatorSection(), 2);
        QCOMPARE(access->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    }

    // A cut text shows in full in a tooltip, as plain text; a text that fits has none.
    void aCutTextShowsInFullAsPlainText()
    {
        m_window->languages.setLanguage(QStringLiteral("en"));
        m_window->window->resize(defaultSize());
        QAbstractItemView* view = showList(Rules[0]);
        QVERIFY(view);
        QHeaderView* header = headerOf(view);
        const QModelIndex first = view->model()->index(0, Rules[0].mainColumn);
        const QString text = first.data().toString();
        QVERIFY(!text.isEmpty());
        // The person narrows the subject until it is cut.
        header->setSectionResizeMode(Rules[0].mainColumn, QHeaderView::Interactive);
        header->resizeSection(Rules[0].mainColumn, 60);
        QCoreApplication::processEvents();
        const QRect cell = view->visualRect(first);
        QHelpEvent help(QEvent::ToolTip, cell.center(),
                        view->viewport()->mapToGlobal(cell.center()));
        QCoreApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), Qt::convertFromPlainText(text));
        QToolTip::hideText();
    }
};

QTEST_MAIN(TestReadableLists)
#include "tst_readablelists.moc"
