// Issue #15 §2: every place portal text reaches a widget shows it as plain text. A
// signed-in space whose every free text (documents, dossiers and events, messages,
// authentic records, access log, consents, corrections, catalogue, space names, a form
// with every field type and its prefill) is hostile: markup, links, images (one on a
// loopback server the test listens on, one on a local file it watches), 100 kB, a
// right-to-left override, control characters and text that is already escaped. Every
// page of the real window is shown with its lists chosen row by row, threads, dossiers,
// documents and forms open, the dialogs built from portal text opened; every widget,
// item model and dialog is then checked, and nothing may have been fetched.
#include "AccessLogPage.h"
#include "AccessibleChecks.h"
#include "CataloguePage.h"
#include "ConsentsPage.h"
#include "FormFixture.h"
#include "FormLimits.h"
#include "FormPage.h"
#include "FormsPage.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessagesPage.h"
#include "MyDataPage.h"
#include "NewMessageDialog.h"
#include "NoticeBar.h"
#include "Page.h"
#include "Settings.h"
#include "ShellContext.h"
#include "ShellPages.h"
#include "SpaceList.h"
#include "TransparencyFixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>
#endif

#include <memory>

using namespace guichet;

namespace {

const QString CostOfLiving = QStringLiteral("F-COST-OF-LIVING-ALLOWANCE");
const QString StudyGrant = QStringLiteral("F-STUDY-GRANT");
const QString Language = QStringLiteral("fr");

// Widths beyond this mean a 100 kB text was laid out on one line.
constexpr int MaxWidth = 10000;
// Tooltips longer than this mean a 100 kB text was put in one.
constexpr int MaxToolTip = 10000;

// Parts of the hostile strings that Qt reads as markup when it renders rich text.
const QStringList MarkupMarkers = {QStringLiteral("<b>bold"), QStringLiteral("<img"),
                                   QStringLiteral("<a href"), QStringLiteral("&lt;escaped")};
// Parts that show portal text without being markup.
const QStringList OtherMarkers = {QString(QChar(0x202E)), QStringLiteral("\x1b[31m"),
                                  QStringLiteral("LONG-WWWWWWWW")};
// What portal text looks like once the client escaped it: right in a rich text, wrong
// in a plain one (the person would read the entities).
const QStringList EscapedMarkers = {QStringLiteral("&lt;b&gt;bold"), QStringLiteral("&lt;img"),
                                    QStringLiteral("&lt;a href"),
                                    QStringLiteral("&amp;lt;escaped")};

bool containsAny(const QString& text, const QStringList& markers)
{
    for (const QString& marker : markers)
        if (text.contains(marker))
            return true;
    return false;
}

bool isPortalText(const QString& text)
{
    return containsAny(text, MarkupMarkers) || containsAny(text, OtherMarkers);
}

// An ampersand Qt would take as a mnemonic in portal text: "&lt;" not written "&&lt;".
bool hasPortalMnemonic(const QString& text)
{
    for (qsizetype at = text.indexOf(QStringLiteral("&lt;escaped")); at >= 0;
         at = text.indexOf(QStringLiteral("&lt;escaped"), at + 1)) {
        if (at == 0 || text.at(at - 1) != u'&')
            return true;
    }
    return false;
}

// A short, printable excerpt of a text for failure messages.
QString excerpt(const QString& text)
{
    QString shown;
    for (const QChar c : text.left(90)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x202E)
            shown += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    if (text.size() > 90)
        shown += QStringLiteral("… (%1 characters)").arg(text.size());
    return shown;
}

QString describe(const QObject* object)
{
    QStringList path;
    for (const QObject* o = object; o; o = o->parent()) {
        if (!o->objectName().isEmpty() || o == object)
            path.append(QString::fromLatin1(o->metaObject()->className()) + u'#' + o->objectName());
        if (path.size() == 3)
            break;
    }
    return path.join(QStringLiteral(" in "));
}

// The hostile strings, in turn, in place of or after each free text of the portal.
class Hostile
{
public:
    Hostile(quint16 port, const QString& probeFile)
    {
        m_strings = {
            QStringLiteral("<b>bold</b><img src=\"file:///etc/passwd\">"),
            QStringLiteral("<a href=\"https://evil.example/\">click</a>"),
            QStringLiteral("<img src=\"http://127.0.0.1:%1/pixel.png\">").arg(port),
            QStringLiteral("LONG-") + QString(100 * 1024, u'W'),
            QString(QChar(0x202E)) + QStringLiteral("fdp.exe"),
            QStringLiteral("\x01\x1b[31mred\r\nnext line"),
            QStringLiteral("&lt;escaped&gt;"),
            QStringLiteral("<img src=\"%1\">").arg(QUrl::fromLocalFile(probeFile).toString()),
            // A right-to-left name and one made of combining characters (#18).
            QStringLiteral("مريم الشمري — وزارة الداخلية"),
            QStringLiteral("Ma\u0301rie\u0308 Schmi\u0301\u0301\u0301t Z\u0336\u0337\u0338algo"),
        };
    }

    // Every hostile string once in two rounds: replacing the text, then after it.
    QString apply(const QString& original)
    {
        const QString& hostile = m_strings.at(m_next % m_strings.size());
        const bool replace = (m_next / m_strings.size()) % 2 == 0;
        ++m_next;
        ++m_applied;
        const QString spoiled = replace ? hostile : original + u' ' + hostile;
        return m_limit > 0 ? spoiled.left(m_limit) : spoiled;
    }
    // Texts no longer than this (0: no limit), for objects the client refuses beyond a
    // size (a form's texts: FORM-004 over forms::limits::MaxTextLength).
    void setLimit(int characters) { m_limit = characters; }
    // Only the strings that are markup and short enough for any field's validation.
    QString markup()
    {
        static const int order[] = {0, 1, 2, 7};
        return m_strings.at(order[m_markup++ % 4]);
    }
    [[nodiscard]] int applied() const { return m_applied; }

    // The free texts of the portal's objects (docs/api/portal.yaml), by JSON key; ids,
    // codes, enums, dates, numbers, addresses' codes and links are left as they are.
    // `extra`: keys that are free text in this kind of object only (a data item's
    // displayed value, the access log's purpose).
    QJsonValue spoil(const QJsonValue& value, const QSet<QString>& extra = {},
                     const QString& key = {})
    {
        static const QSet<QString> freeText = {
            QStringLiteral("title"),         QStringLiteral("summary"),
            QStringLiteral("description"),   QStringLiteral("name"),
            QStringLiteral("displayName"),   QStringLiteral("reference"),
            QStringLiteral("fileName"),      QStringLiteral("sender"),
            QStringLiteral("subject"),       QStringLiteral("body"),
            QStringLiteral("label"),         QStringLiteral("purposeText"),
            QStringLiteral("who"),           QStringLiteral("conditions"),
            QStringLiteral("prerequisites"), QStringLiteral("deadlines"),
            QStringLiteral("themes"),        QStringLiteral("processingTime"),
            QStringLiteral("organisation"),  QStringLiteral("openingHours"),
            QStringLiteral("street"),        QStringLiteral("addressLine2"),
            QStringLiteral("locality"),      QStringLiteral("itemLabel"),
            QStringLiteral("reason"),        QStringLiteral("proposedValue"),
            QStringLiteral("currentValue"),  QStringLiteral("decisionNote"),
            QStringLiteral("givenBy"),       QStringLiteral("help"),
            QStringLiteral("unit"),          QStringLiteral("message"),
            QStringLiteral("legalForm"),     QStringLiteral("legalBasis")};
        const bool free = freeText.contains(key) || extra.contains(key);
        if (value.isString())
            return free ? QJsonValue(apply(value.toString())) : value;
        if (value.isArray()) {
            QJsonArray array;
            for (const QJsonValue& item : value.toArray())
                array.append(item.isString() ? spoil(item, extra, key) : spoil(item, extra));
            return array;
        }
        if (value.isObject()) {
            QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                it.value() = spoil(it.value(), extra, it.key());
            return object;
        }
        return value;
    }
    QJsonObject spoilObject(const QJsonObject& object, const QSet<QString>& extra = {})
    {
        return spoil(object, extra).toObject();
    }

private:
    QStringList m_strings;
    int m_next = 0;
    int m_markup = 0;
    int m_applied = 0;
    int m_limit = 0;
};

// Whether a local file was opened (Linux: inotify); elsewhere it says no.
class FileProbe
{
public:
    explicit FileProbe(const QString& path)
    {
        // A real picture, so that a renderer that reaches it would show it.
        QImage pixel(1, 1, QImage::Format_RGB32);
        pixel.fill(Qt::red);
        pixel.save(path, "PNG");
#ifdef Q_OS_LINUX
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd >= 0)
            inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_OPEN | IN_ACCESS);
#endif
    }
    ~FileProbe()
    {
#ifdef Q_OS_LINUX
        if (m_fd >= 0)
            ::close(m_fd);
#endif
    }
    FileProbe(const FileProbe&) = delete;
    FileProbe& operator=(const FileProbe&) = delete;

    [[nodiscard]] bool opened()
    {
#ifdef Q_OS_LINUX
        alignas(inotify_event) char buffer[4096];
        if (m_fd >= 0 && ::read(m_fd, buffer, sizeof buffer) > 0)
            m_opened = true;
#endif
        return m_opened;
    }

private:
    int m_fd = -1;
    bool m_opened = false;
};

// Walks widgets, item models and dialogs, and keeps every place portal text is not
// shown as plain text.
class Walker
{
public:
    void walk(QWidget* root, const QString& where, bool models = true)
    {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        QList<QWidget*> wide; // what a long word makes wider than MaxWidth
        for (QWidget* w : std::as_const(widgets)) {
            if (auto* label = qobject_cast<QLabel*>(w))
                checkLabel(label, where);
            if (auto* edit = qobject_cast<QTextEdit*>(w))
                checkDocument(edit, where);
            if (auto* button = qobject_cast<QAbstractButton*>(w))
                checkMnemonic(w, button->text(), where);
            if (auto* box = qobject_cast<QGroupBox*>(w))
                checkMnemonic(w, box->title(), where);
            if (auto* tabs = qobject_cast<QTabBar*>(w))
                for (int i = 0; i < tabs->count(); ++i) {
                    checkMnemonic(w, tabs->tabText(i), where);
                    checkToolTip(w, tabs->tabToolTip(i), where, QStringLiteral("tab tooltip"));
                }
            checkToolTip(w, w->toolTip(), where, QStringLiteral("tooltip"));
            checkToolTip(w, w->whatsThis(), where, QStringLiteral("what's this"));
            checkPlain(w, w->statusTip(), where, QStringLiteral("status tip"));
            checkPlain(w, w->accessibleName(), where, QStringLiteral("accessible name"));
            checkPlain(w, w->accessibleDescription(), where,
                       QStringLiteral("accessible description"));
            if (w->isWindow())
                checkPlain(w, w->windowTitle(), where, QStringLiteral("window title"));
            if (w->isVisibleTo(root->window()) && widens(w))
                wide.append(w);
            if (models)
                if (auto* view = qobject_cast<QAbstractItemView*>(w))
                    checkView(view, where);
        }
        // A window or dialog wider than any screen is a failure (with what made it so);
        // inside a scroll area a long word only makes the content scroll sideways.
        const bool tooWide = root->isWindow() && root->minimumSizeHint().width() > MaxWidth;
        if (tooWide)
            add(where, root,
                QStringLiteral("needs %1 px: wider than any screen")
                    .arg(root->minimumSizeHint().width()),
                {});
        for (const QWidget* w : std::as_const(wide)) {
            const QString line = QStringLiteral("%1: %2 needs %3 px for one long word")
                                     .arg(where, describe(w))
                                     .arg(w->minimumSizeHint().width());
            if (tooWide)
                add(where, w, QStringLiteral("makes it so"), {});
            else if (!notes.contains(line))
                notes.append(line);
        }
    }

    void add(const QString& where, const QObject* object, const QString& problem,
             const QString& text)
    {
        const QString line = QStringLiteral("%1: %2 %3").arg(where, describe(object), problem) +
                             (text.isEmpty() ? QString() : QStringLiteral(": ") + excerpt(text));
        const QString key = describe(object) + problem;
        if (m_keys.contains(key))
            return;
        m_keys.insert(key);
        problems.append(line);
    }
    void sawPortalText(const QString& where) { ++portalTexts[where]; }

    QStringList problems;
    QStringList notes;               // content that scrolls sideways for a long word
    QHash<QString, int> portalTexts; // per place walked: widgets and cells showing portal text

private:
    // A widget that cannot be narrower than MaxWidth by itself (its children can).
    static bool widens(const QWidget* w)
    {
        if (w->minimumSizeHint().width() <= MaxWidth || w->minimumWidth() > 0 ||
            w->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            return false;
        for (const QWidget* child : w->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            if (!child->isHidden() && child->minimumSizeHint().width() > MaxWidth)
                return false;
        return true;
    }

    void checkLabel(QLabel* label, const QString& where)
    {
        const QString text = label->text();
        if (!isPortalText(text))
            return;
        sawPortalText(where);
        (void)label->sizeHint(); // lays out a rich text, which loads its pictures
        if (label->textFormat() == Qt::PlainText) {
            if (containsAny(text, EscapedMarkers))
                add(where, label, QStringLiteral("shows portal text escaped twice"), text);
        } else if (label->textFormat() == Qt::RichText || Qt::mightBeRichText(text)) {
            if (containsAny(text, MarkupMarkers))
                add(where, label, QStringLiteral("renders portal text as rich text"), text);
        } else {
            // Plain by luck: other portal text in the same label would be read as HTML.
            add(where, label,
                QStringLiteral("shows portal text with Qt::AutoText instead of Qt::PlainText"),
                text);
        }
        if (label->buddy() && hasPortalMnemonic(text))
            add(where, label, QStringLiteral("takes an '&' of portal text as a mnemonic"), text);
    }

    void checkDocument(QTextEdit* edit, const QString& where)
    {
        if (!isPortalText(edit->toPlainText()))
            return;
        sawPortalText(where);
        for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isImageFormat() || format.isAnchor())
                    add(where, edit, QStringLiteral("renders portal markup (image or link)"),
                        edit->toPlainText());
            }
        }
    }

    void checkMnemonic(const QWidget* w, const QString& text, const QString& where)
    {
        if (isPortalText(text))
            sawPortalText(where);
        if (hasPortalMnemonic(text))
            add(where, w, QStringLiteral("takes an '&' of portal text as a mnemonic"), text);
    }

    // Qt renders tooltips and "what's this" as rich text when they look like it.
    void checkToolTip(const QObject* object, const QString& text, const QString& where,
                      const QString& what)
    {
        if (text.isEmpty())
            return;
        if (text.size() > MaxToolTip)
            add(where, object,
                QStringLiteral("has a %1 of %2 characters").arg(what).arg(text.size()), text);
        if (Qt::mightBeRichText(text) && containsAny(text, MarkupMarkers))
            add(where, object, QStringLiteral("has a %1 rendered as rich text").arg(what), text);
        else if (!Qt::mightBeRichText(text) && containsAny(text, EscapedMarkers))
            add(where, object, QStringLiteral("has a %1 escaped twice").arg(what), text);
    }

    // Texts Qt always shows as they are: only escaping them would be wrong.
    void checkPlain(const QObject* object, const QString& text, const QString& where,
                    const QString& what)
    {
        if (containsAny(text, EscapedMarkers))
            add(where, object, QStringLiteral("has a %1 escaped twice").arg(what), text);
    }

    void checkView(QAbstractItemView* view, const QString& where)
    {
        if (qobject_cast<QHeaderView*>(view))
            return;
        QAbstractItemModel* model = view->model();
        if (!model)
            return;
        const QAbstractItemDelegate* delegate = view->itemDelegate();
        const QByteArray delegateClass = delegate ? delegate->metaObject()->className() : "";
        const bool plainDelegate = !delegate || delegateClass == "QStyledItemDelegate" ||
                                   delegateClass == "QItemDelegate" ||
                                   delegateClass == "QComboBoxDelegate" ||
                                   delegateClass == "QComboMenuDelegate";
        for (int section = 0; section < model->columnCount(); ++section)
            checkToolTip(view,
                         model->headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString(),
                         where, QStringLiteral("header tooltip"));
        int cells = 0;
        const std::function<void(const QModelIndex&)> rows = [&](const QModelIndex& parent) {
            for (int row = 0; row < model->rowCount(parent) && cells < 20000; ++row) {
                for (int column = 0; column < model->columnCount(parent); ++column) {
                    const QModelIndex index = model->index(row, column, parent);
                    ++cells;
                    const QString display = index.data(Qt::DisplayRole).toString();
                    if (isPortalText(display)) {
                        sawPortalText(where);
                        if (!plainDelegate && containsAny(display, MarkupMarkers))
                            add(where, view,
                                QStringLiteral("draws portal text with its own delegate (%1)")
                                    .arg(QString::fromLatin1(delegateClass)),
                                display);
                    }
                    checkPlain(view, display, where, QStringLiteral("cell"));
                    checkToolTip(view, index.data(Qt::ToolTipRole).toString(), where,
                                 QStringLiteral("cell tooltip"));
                    checkToolTip(view, index.data(Qt::WhatsThisRole).toString(), where,
                                 QStringLiteral("cell \"what's this\""));
                    checkPlain(view, index.data(Qt::AccessibleTextRole).toString(), where,
                               QStringLiteral("cell accessible text"));
                    checkPlain(view, index.data(Qt::AccessibleDescriptionRole).toString(), where,
                               QStringLiteral("cell accessible description"));
                    if (column == 0 && model->hasChildren(index))
                        rows(index);
                }
            }
        };
        rows(view->rootIndex());
    }

    QSet<QString> m_keys;
};

// The leaves of a view's model in order (a tree's groups are passed over), at most `max`.
QList<QPersistentModelIndex> leaves(QAbstractItemView* view, int max)
{
    QList<QPersistentModelIndex> found;
    QAbstractItemModel* model = view->model();
    const std::function<void(const QModelIndex&)> visit = [&](const QModelIndex& parent) {
        for (int row = 0; row < model->rowCount(parent) && found.size() < max; ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (model->hasChildren(index))
                visit(index);
            else if (index.flags() & Qt::ItemIsSelectable)
                found.append(index);
        }
    };
    if (model)
        visit(view->rootIndex());
    return found;
}

// The item views of a page a person chooses rows in.
QList<QPointer<QAbstractItemView>> listsOf(QWidget* page)
{
    QList<QPointer<QAbstractItemView>> views;
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
        if (qobject_cast<QHeaderView*>(view) || !view->isVisibleTo(page) || !view->model())
            continue;
        if (view->window() != page->window())
            continue; // a combo box's popup
        views.append(view);
    }
    return views;
}

// The window as the app builds it for a signed-in person, over a store, drafts and
// a form gateway holding nothing but hostile portal text.
struct HostileWindow
{
    explicit HostileWindow(Hostile& texts) : hostile(texts)
    {
        languages.setLanguage(Language);
        fillSpace();
        fillCatalogue();
        prepareForms();
        space.source->setState(DataState::Ready);
        settings = std::make_unique<Settings>(space.dir.filePath(QStringLiteral("user.ini")),
                                              space.dir.filePath(QStringLiteral("system.ini")));
        context.settings = settings.get();
        context.languages = &languages;
        context.paths = DataPaths(space.dir.filePath(QStringLiteral("data")));
        context.space = space.source.get();
        context.spaces = &spaces;
        context.forms = &gateway;
        window = std::make_unique<MainWindow>();
        installShellPages(*window, context);
        spaces.setSpaces(spaceList(), space.dir.filePath(QStringLiteral("choices.ini")));
        page<CataloguePage>()->setSignedIn(true);
    }
    ~HostileWindow()
    {
        window.reset();
        languages.setLanguage(QStringLiteral("en"));
    }

    template <typename T>
    T* page() const
    {
        for (Page* p : window->pages())
            if (auto* found = qobject_cast<T*>(p))
                return found;
        return nullptr;
    }

    const sim::seed::SpaceSeed& marie()
    {
        static const QList<sim::seed::PersonaSeed> personas =
            sim::seed::generatePersonas(SpaceFixture::now());
        for (const sim::seed::PersonaSeed& persona : personas)
            for (const sim::seed::SpaceSeed& seed : persona.spaces)
                if (seed.space.value(u"id").toString() == space.source->spaceId())
                    return seed;
        qFatal("no Marie in the seed");
    }

    // Marie's private space, every free text spoiled.
    void fillSpace()
    {
        sim::seed::SpaceSeed seed = marie();
        for (QJsonObject& dossier : seed.dossiers)
            dossier = hostile.spoilObject(dossier);
        for (sim::seed::ScheduledEvent& event : seed.events)
            event.event = hostile.spoilObject(event.event);
        for (QJsonObject& document : seed.documents)
            document = hostile.spoilObject(document);
        space.fillSpace(seed);
        for (const QJsonObject& message : seed.messages)
            space.put(QStringLiteral("message"), message.value(u"id").toString(),
                      hostile.spoilObject(message));
        for (const QJsonObject& record : seed.dataRecords)
            space.put(QStringLiteral("data"), record.value(u"source").toString(),
                      hostile.spoilObject(record, {QStringLiteral("value")}));
        for (const QJsonObject& entry : seed.accessLog)
            space.put(QStringLiteral("access"), entry.value(u"id").toString(),
                      hostile.spoilObject(entry, {QStringLiteral("purpose")}));
        for (const QJsonObject& consent : seed.consents)
            space.put(QStringLiteral("consent"), consent.value(u"id").toString(),
                      hostile.spoilObject(consent));
        for (const QJsonObject& correction : seed.corrections)
            space.put(QStringLiteral("correction"), correction.value(u"id").toString(),
                      hostile.spoilObject(correction));
        space.flush();
        for (const QJsonObject& document : seed.documents)
            gateway.documents.append(
                {document.value(u"id").toString(), document.value(u"title").toString(),
                 document.value(u"fileName").toString(), document.value(u"mediaType").toString(),
                 document.value(u"size").toInteger(), document.value(u"sha256").toString()});
    }

    // A part of the catalogue (the procedures of the hand-written forms among them).
    void fillCatalogue()
    {
        static const sim::seed::CatalogueSeed catalogue =
            sim::seed::generateCatalogue(SpaceFixture::now());
        QList<QByteArray> procedures;
        int taken = 0;
        for (const sim::seed::Localised& localised : catalogue.procedures) {
            const QJsonObject procedure = localised.value(Language);
            const QString formId = procedure.value(u"formId").toString();
            if (taken++ >= 40 && formId != CostOfLiving && formId != StudyGrant)
                continue;
            procedures.append(SpaceFixture::json(hostile.spoilObject(procedure)));
        }
        QVERIFY(space.store->catalogue().upsert(Language, procedures));
    }

    // The forms as the portal sends them, spoiled; the cost-of-living form also gets
    // the one field type it lacks (a VAT number). One draft is waiting in the list.
    // The long texts are as long as a form may hold (a longer one is refused whole).
    void prepareForms()
    {
        hostile.setLimit(forms::limits::MaxTextLength);
        for (const sim::seed::Localised& localised :
             sim::seed::handWrittenForms(SpaceFixture::now())) {
            QJsonObject form = hostile.spoilObject(localised.value(Language));
            const QString id = form.value(u"id").toString();
            if (id != CostOfLiving && id != StudyGrant)
                continue;
            if (id == CostOfLiving) {
                QJsonArray sections = form.value(u"sections").toArray();
                QJsonObject first = sections.first().toObject();
                QJsonArray fields = first.value(u"fields").toArray();
                fields.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("companyVat")},
                                          {QStringLiteral("type"), QStringLiteral("vatNumber")},
                                          {QStringLiteral("label"), hostile.apply({})},
                                          {QStringLiteral("help"), hostile.apply({})},
                                          {QStringLiteral("required"), false}});
                first.insert(QStringLiteral("fields"), fields);
                sections.replace(0, first);
                form.insert(QStringLiteral("sections"), sections);
            }
            gateway.definitions.insert(id, form);
        }
        hostile.setLimit(0);
        QCOMPARE(gateway.definitions.size(), 2);
        // Marie's registered data as the portal prefills it, her names and address spoiled.
        QJsonArray values;
        for (const QJsonValue& value : mariePrefill()) {
            QJsonObject prefill = value.toObject();
            const QString field = prefill.value(u"fieldId").toString();
            if (field == u"surname" || field == u"givenName")
                prefill.insert(QStringLiteral("value"), hostile.markup());
            if (field == u"address") {
                QJsonObject address = prefill.value(u"value").toObject();
                address.insert(QStringLiteral("street"), hostile.markup());
                address.insert(QStringLiteral("locality"), hostile.markup());
                prefill.insert(QStringLiteral("value"), address);
            }
            values.append(prefill);
        }
        gateway.automaticValues = values;
        const forms::FormDefinition study = definition(StudyGrant);
        gateway.consent = cadastreConsent(study);
        gateway.consentValues = cadastreValues();
        QJsonObject commune = gateway.consentValues.at(1).toObject();
        commune.insert(QStringLiteral("value"), hostile.markup());
        gateway.consentValues.replace(1, commune);
        gateway.drafts_ = drafts.store.get();
        drafts.create(definition(CostOfLiving));
    }

    [[nodiscard]] forms::FormDefinition definition(const QString& formId) const
    {
        auto parsed = forms::parseFormDefinition(gateway.definitions.value(formId), Language);
        if (!parsed)
            qFatal("%s: %s", qPrintable(formId), qPrintable(parsed.error().summary()));
        return std::move(parsed).value();
    }

    // Marie's space and a company's, their names spoiled.
    QList<SpaceInfo> spaceList()
    {
        QJsonObject own = hostile.spoilObject(marie().space);
        const QJsonObject company = hostile.spoilObject(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("sp-pro-hostile-company")},
            {QStringLiteral("kind"), QStringLiteral("professional")},
            {QStringLiteral("displayName"), QStringLiteral("Company")},
            {QStringLiteral("role"), QStringLiteral("member")},
            {QStringLiteral("company"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Company")},
                         {QStringLiteral("legalForm"), QStringLiteral("S.A.")},
                         {QStringLiteral("rcsNumber"), QStringLiteral("B123456")},
                         {QStringLiteral("vatNumber"), QStringLiteral("LU19283746")}}}});
        return {*SpaceInfo::fromJson(own), *SpaceInfo::fromJson(company)};
    }

    // The portal's forms, prefill and consents, all spoiled; drafts in a real database.
    struct Gateway : FakeGateway
    {
        void fetchForm(const QString& formId, const QString&, QObject* context,
                       JsonDone done) override
        {
            const QJsonObject form = definitions.value(formId);
            QTimer::singleShot(0, context, [done, form] {
                if (form.isEmpty())
                    done(Error(QStringLiteral("NET-005")));
                else
                    done(form);
            });
        }
        void fetchPrefill(const QString& formId, const QString& version, const QString& language,
                          QObject* context, JsonDone done) override
        {
            missingConsents =
                formId == StudyGrant && consented.isEmpty() ? QJsonArray{consent} : QJsonArray{};
            FakeGateway::fetchPrefill(formId, version, language, context, std::move(done));
        }
        [[nodiscard]] forms::DraftStore* drafts() const override { return drafts_; }

        QHash<QString, QJsonObject> definitions;
        QJsonObject consent;
        forms::DraftStore* drafts_ = nullptr;
    };

    Hostile& hostile;
    TransparencyFixture space;
    DraftFixture drafts;
    Gateway gateway;
    LanguageManager languages;
    std::unique_ptr<Settings> settings;
    SpaceList spaces;
    ShellContext context;
    std::unique_ptr<MainWindow> window;
};

// Walks and closes the dialogs `open` shows (message boxes run by exec()).
int walkDialogs(Walker& walker, const QString& where, const std::function<void()>& open)
{
    int walked = 0;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QDialog*>(top);
            if (!dialog || !dialog->isVisible())
                continue;
            ++walked;
            walker.walk(dialog, where);
            dialog->reject();
        }
    });
    poll.start();
    open();
    poll.stop();
    return walked;
}

} // namespace

// The prefill answer has been merged once the registered surname is in the form (it
// may come before a spy made after the form could see it).
#define WAIT_FOR_PREFILL(form)                                                                     \
    QTRY_VERIFY_WITH_TIMEOUT(                                                                      \
        !forms::isEmptyValue((form)->model().value(QStringLiteral("surname"))), 5000)

class TestHostileStrings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++m_fetches;
                socket->close();
                socket->deleteLater();
            }
        });
        QVERIFY(m_dir.isValid());
        const QString probe = m_dir.filePath(QStringLiteral("probe.png"));
        m_probe = std::make_unique<FileProbe>(probe);
        m_hostile = std::make_unique<Hostile>(m_server.serverPort(), probe);
        m_window = std::make_unique<HostileWindow>(*m_hostile);
        QVERIFY2(m_hostile->applied() > 500, qPrintable(QString::number(m_hostile->applied())));
        m_window->window->resize(1280, 800);
        m_window->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window->window.get()));
    }

    // Each page, then each of its lists row by row: what the details show is walked.
    void everyPageShowsPortalTextAsPlainText()
    {
        MainWindow& window = *m_window->window;
        for (Page* page : window.pages()) {
            const QString where = page->pageId();
            QVERIFY(window.showPage(where));
            if (auto* accessLog = qobject_cast<AccessLogPage*>(page))
                QTRY_VERIFY_WITH_TIMEOUT(!accessLog->isReading(), 20000);
            QCoreApplication::processEvents();
            m_walker.walk(&window, where);
            for (const QPointer<QAbstractItemView>& view : listsOf(page)) {
                // Choosing a row may rebuild a list (a thread marked read): the rows
                // gone are passed over.
                for (const QPersistentModelIndex& index : leaves(view, 10)) {
                    if (!view || !view->isVisibleTo(page))
                        break; // the page changed what it shows
                    if (!index.isValid())
                        continue;
                    view->setCurrentIndex(index);
                    QCoreApplication::processEvents();
                    m_walker.walk(&window, where, false);
                }
            }
            m_walker.walk(&window, where);
            // Issue #18: the hostile texts break neither a name nor a layout.
            const QStringList unnamed = test::unnamedControls(window);
            QVERIFY2(unnamed.isEmpty(),
                     qPrintable(where + QStringLiteral(": ") + unnamed.join(u'\n')));
            const QStringList overlapping = test::overlaps(window);
            QVERIFY2(overlapping.isEmpty(),
                     qPrintable(where + QStringLiteral(": ") + overlapping.join(u'\n')));
        }
        // The pages that show portal data showed it (the walk saw what it checks).
        for (const char* id : {"catalogue", "dossiers", "documents", "messages", "mydata",
                               "accesslog", "consents", "forms"})
            QVERIFY2(m_walker.portalTexts.value(QLatin1String(id)) > 0, id);
        // The hostile texts stopped no page from loading.
        QStringList notices;
        for (NoticeBar* bar : window.visibleNotices())
            for (QLabel* label : bar->findChildren<QLabel*>())
                notices.append(label->text());
        QVERIFY2(notices.isEmpty(), qPrintable(notices.join(u'\n')));
        verifyNoProblems();
    }

    // The dialogs made of portal texts: revoking a consent, asking a correction,
    // writing to an administration, discarding a draft.
    void dialogsShowPortalTextAsPlainText()
    {
        MainWindow& window = *m_window->window;

        QVERIFY(window.showPage(QStringLiteral("consents")));
        ConsentsPage* consents = m_window->page<ConsentsPage>();
        QPushButton* revoke = consents->findChild<QPushButton*>(QStringLiteral("consentRevoke"));
        QVERIFY(revoke);
        QCOMPARE(walkDialogs(m_walker, QStringLiteral("consents (revoke)"),
                             [revoke] { revoke->click(); }),
                 1);

        QVERIFY(window.showPage(QStringLiteral("mydata")));
        MyDataPage* myData = m_window->page<MyDataPage>();
        int corrections = 0;
        myData->setDialogRunner([&](QDialog& dialog) {
            dialog.show();
            QCoreApplication::processEvents();
            m_walker.walk(&dialog, QStringLiteral("mydata (correction)"));
            ++corrections;
            return int(QDialog::Rejected);
        });
        for (const QPointer<QAbstractItemView>& view : listsOf(myData)) {
            for (const QPersistentModelIndex& index : leaves(view, 40)) {
                if (!view || !index.isValid())
                    continue;
                view->setCurrentIndex(index);
                myData->requestCorrectionForCurrent();
            }
        }
        QVERIFY(corrections > 0);

        QVERIFY(window.showPage(QStringLiteral("messages")));
        MessagesPage* messages = m_window->page<MessagesPage>();
        int composed = 0;
        messages->setComposer([&](NewMessageDialog& dialog) {
            dialog.show();
            QCoreApplication::processEvents();
            m_walker.walk(&dialog, QStringLiteral("messages (new message)"));
            ++composed;
            return false;
        });
        messages->writeMessage();
        QCOMPARE(composed, 1);

        QVERIFY(window.showPage(QStringLiteral("forms")));
        FormsPage* formsPage = m_window->page<FormsPage>();
        formsPage->showList();
        auto* drafts = formsPage->findChild<QAbstractItemView*>(QStringLiteral("draftList"));
        QVERIFY(drafts && drafts->model()->rowCount() > 0);
        drafts->setCurrentIndex(drafts->model()->index(0, 0));
        auto* discard = formsPage->findChild<QPushButton*>(QStringLiteral("discardDraft"));
        QCOMPARE(walkDialogs(m_walker, QStringLiteral("forms (discard draft)"),
                             [discard] { discard->click(); }),
                 1);
        QVERIFY(drafts->model()->rowCount() > 0); // kept: the question was not answered yes
        verifyNoProblems();
    }

    // A form started from the catalogue and its checks, the consent a form asks for,
    // and a filled form's summary.
    void formsShowPortalTextAsPlainText()
    {
        MainWindow& window = *m_window->window;
        QVERIFY(window.showPage(QStringLiteral("catalogue")));
        auto* results =
            window.currentPage()->findChild<QAbstractItemView*>(QStringLiteral("catalogueResults"));
        QVERIFY(results);
        const QModelIndexList matches = results->model()->match(
            results->model()->index(0, 0), Qt::UserRole,
            QStringLiteral("P-CIT-COST-OF-LIVING-ALLOWANCE"), 1, Qt::MatchExactly);
        QCOMPARE(matches.size(), 1);
        results->setCurrentIndex(matches.first());
        auto* start =
            window.currentPage()->findChild<QPushButton*>(QStringLiteral("startProcedure"));
        QVERIFY(start && start->isEnabled());
        FormsPage* formsPage = m_window->page<FormsPage>();
        QSignalSpy opened(formsPage, &FormsPage::formOpened);
        start->click();
        QVERIFY(opened.wait(5000));
        QCOMPARE(window.currentPage(), formsPage);
        QVERIFY(formsPage->currentForm());
        WAIT_FOR_PREFILL(formsPage->currentForm());
        m_walker.walk(&window, QStringLiteral("form"));
        // Every check fails with the portal's messages next to the fields.
        QVERIFY(!formsPage->currentForm()->continueToSummary());
        m_walker.walk(&window, QStringLiteral("form (checks)"));
        QCOMPARE(walkDialogs(m_walker, QStringLiteral("form (discard)"),
                             [form = formsPage->currentForm()] { form->discardDraft(); }),
                 1);

        formsPage->startForm(StudyGrant);
        QVERIFY(opened.wait(5000));
        QVERIFY(formsPage->currentForm());
        WAIT_FOR_PREFILL(formsPage->currentForm());
        QTRY_VERIFY(
            formsPage->currentForm()->findChild<QWidget*>(QStringLiteral("consent_cadastre")));
        m_walker.walk(&window, QStringLiteral("form (consent)"));
        formsPage->currentForm()->findChild<QPushButton*>(QStringLiteral("consentAgree"))->click();
        QTRY_VERIFY(
            !formsPage->currentForm()->findChild<QWidget*>(QStringLiteral("consent_cadastre")));
        m_walker.walk(&window, QStringLiteral("form (consented)"));
        QVERIFY(m_walker.portalTexts.value(QStringLiteral("form")) > 0);
        QVERIFY(m_walker.portalTexts.value(QStringLiteral("form (consent)")) > 0);

        // The summary of a filled form, on its own page as the shell shows it.
        forms::FormModel model(m_window->definition(CostOfLiving));
        const auto set = [&model](const char* id, const QJsonValue& value) {
            QCOMPARE(model.setValue(QLatin1String(id), value), forms::EditOutcome::Changed);
        };
        set("maritalStatus", QStringLiteral("married"));
        set("householdMembers",
            QJsonArray{QJsonObject{
                {QStringLiteral("memberName"), m_hostile->markup()},
                {QStringLiteral("memberNationalNumber"), QStringLiteral("2012030445690")},
                {QStringLiteral("memberRelationship"), QStringLiteral("child")}}});
        set("incomeKinds", QJsonArray{QStringLiteral("salary")});
        set("monthlyIncome", 2500);
        set("housingTenure", QStringLiteral("owner"));
        set("energyPremium", false);
        set("otherHolder", false);
        set("honourDeclaration", true);
        const QString draftId = m_window->drafts.create(model.definition());
        FormPage page(std::move(model), &m_window->gateway, m_window->drafts.store.get(), draftId);
        page.resize(1000, 800);
        page.show();
        WAIT_FOR_PREFILL(&page);
        const QString payslip = m_dir.filePath(QStringLiteral("payslip.pdf"));
        QFile file(payslip);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n%%EOF\n");
        file.close();
        page.setFileChooser([payslip](QWidget*) { return payslip; });
        page.findChild<QPushButton*>(QStringLiteral("chooseFile_incomeProofs"))->click();
        if (!page.continueToSummary()) {
            QStringList shown;
            for (const QLabel* label : page.findChildren<QLabel*>())
                if (label->objectName().startsWith(QLatin1String("message_")) &&
                    label->isVisibleTo(&page))
                    shown.append(label->objectName());
            QFAIL(qPrintable(QStringLiteral("issues left: ") + shown.join(QStringLiteral(", "))));
        }
        m_walker.walk(&page, QStringLiteral("form (summary)"));
        QVERIFY(m_walker.portalTexts.value(QStringLiteral("form (summary)")) > 0);
        verifyNoProblems();
    }

    // Nothing was fetched: no connection to the loopback server, the local picture
    // never opened; the window never grew with the 100 kB texts.
    void nothingWasFetched()
    {
        QTest::qWait(1000);
        QCOMPARE(m_fetches, 0);
        QVERIFY(!m_server.hasPendingConnections());
        QVERIFY2(!m_probe->opened(), "a picture named in portal text was read");
        QVERIFY(m_window->window->isVisible());
        QVERIFY(m_window->window->width() <= MaxWidth);
        // Not failures: content of a scroll area a long word makes scroll sideways.
        for (const QString& note : std::as_const(m_walker.notes))
            qInfo("note: %s", qPrintable(note));
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    void verifyNoProblems()
    {
        const QStringList found = m_walker.problems.mid(m_reported);
        m_reported = m_walker.problems.size();
        for (const QString& problem : found)
            qInfo("%s", qPrintable(problem)); // one line each: QVERIFY2 cuts long messages
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1 places (listed above)").arg(found.size())));
    }

    QTemporaryDir m_dir;
    QTcpServer m_server;
    int m_fetches = 0;
    std::unique_ptr<FileProbe> m_probe;
    std::unique_ptr<Hostile> m_hostile;
    std::unique_ptr<HostileWindow> m_window;
    Walker m_walker;
    int m_reported = 0;
};

QTEST_MAIN(TestHostileStrings)
#include "tst_hostile_strings.moc"
