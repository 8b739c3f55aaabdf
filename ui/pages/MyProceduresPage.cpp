#include "MyProceduresPage.h"

#include "AccessibleNames.h"
#include "DataStateNotice.h"
#include "DossierTimelineView.h"
#include "LocalTitles.h"
#include "PageLayout.h"
#include "ReadableColumns.h"
#include "SpaceSource.h"
#include "SpaceTexts.h"
#include "StatusChip.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <algorithm>

namespace guichet {
namespace {

constexpr int IdRole = Qt::UserRole;
// On group rows: the status they gather (for tests and assistive tools).
constexpr int StatusRole = Qt::UserRole + 1;
enum Column
{
    ReferenceColumn,
    TitleColumn,
    AdministrationColumn,
    UpdatedColumn,
    ChangeColumn,
    ColumnCount
};

} // namespace

using SpaceTexts::field;

MyProceduresPage::MyProceduresPage(SpaceSource& source, QWidget* parent)
    : Page(parent), m_source(source)
{
    setObjectName(QStringLiteral("myProceduresPage"));
    auto* layout = PageLayout::create(this);
    m_heading = PageLayout::heading(this);
    m_filterLabel = new QLabel(this);
    m_filterLabel->setTextFormat(Qt::PlainText);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("dossierStatusFilter"));
    m_filterLabel->setBuddy(m_filter);
    m_filter->addItem(QString(), QString());
    for (const QString& status : SpaceTexts::dossierStatuses())
        m_filter->addItem(QString(), status);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);

    m_notice = new DataStateNotice(this);
    m_notice->setObjectName(QStringLiteral("dossierState"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("dossierList"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(true);
    m_tree->setAllColumnsShowFocus(true);
    ReadableColumns::apply(m_tree, TitleColumn);
    m_timeline = new DossierTimelineView(this);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dossierTimelineScroll"));
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("dossierSplit"));
    splitter->addWidget(m_tree);
    splitter->addWidget(scroll);

    layout->addWidget(m_heading);
    layout->addLayout(filterRow);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    setTabOrder(m_filter, m_tree);
    setTabOrder(m_tree, scroll);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &MyProceduresPage::rebuildTree);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &MyProceduresPage::showSelected);
    // Enter (or a double click) moves to the timeline of the chosen dossier.
    connect(m_tree, &QTreeWidget::itemActivated, this, [this, scroll](QTreeWidgetItem* item) {
        if (item && !item->data(0, IdRole).toString().isEmpty())
            scroll->setFocus();
    });
    connect(&m_source, &SpaceSource::changed, this, &MyProceduresPage::reload);
    connect(&m_source, &SpaceSource::stateChanged, this, &MyProceduresPage::reload);

    reload();
    retranslate();
}

QString MyProceduresPage::title() const
{
    return tr("My procedures");
}

void MyProceduresPage::retranslate()
{
    m_heading->setText(tr("My procedures"));
    AccessibleNames::scrollArea(findChild<QScrollArea*>(QStringLiteral("dossierTimelineScroll")),
                                tr("The dossier's progress"));
    m_filterLabel->setText(tr("&Show:"));
    m_filter->setItemText(0, tr("All statuses"));
    for (int i = 0; i < SpaceTexts::dossierStatuses().size(); ++i)
        m_filter->setItemText(i + 1, SpaceTexts::dossierStatus(SpaceTexts::dossierStatuses()[i]));
    m_filter->setAccessibleName(tr("Show procedures with status"));
    m_tree->setHeaderLabels(
        {tr("Reference"), tr("Procedure"), tr("Administration"), tr("Last update"), tr("Change")});
    m_tree->setAccessibleName(tr("My procedures, grouped by status"));
    rebuildTree();
}

void MyProceduresPage::reload()
{
    const auto dossiers = m_source.objects(QStringLiteral("dossier"));
    if (!dossiers) {
        Q_EMIT errorOccurred(dossiers.error());
        return;
    }
    m_dossiers.clear();
    for (const store::StoredObject& object : dossiers.value())
        m_dossiers.append(QJsonDocument::fromJson(object.json).object());
    // The dossiers found at the first complete sync are the person's history, not news.
    if (!m_source.hasSeenRecords() && m_source.state() == DataState::Ready) {
        for (const QJsonObject& dossier : std::as_const(m_dossiers))
            m_source.markSeen(field(dossier, "id"), field(dossier, "status"));
    }
    rebuildTree();
}

bool MyProceduresPage::changedSinceSeen(const QJsonObject& dossier) const
{
    return m_source.seenStatus(field(dossier, "id")) != field(dossier, "status");
}

void MyProceduresPage::setChangeMark(QTreeWidgetItem* item, bool changed)
{
    // Words and bold type, never colour alone.
    item->setText(ChangeColumn, changed ? tr("New status") : QString());
    QFont font = m_tree->font();
    font.setBold(changed);
    for (int column = 0; column < ColumnCount; ++column)
        item->setFont(column, font);
}

void MyProceduresPage::rebuildTree()
{
    QTreeWidgetItem* current = m_tree->currentItem();
    const QString selected = current ? current->data(0, IdRole).toString() : QString();
    const QString only = m_filter->currentData().toString();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QTreeWidgetItem* toSelect = nullptr;
    for (const QString& status : SpaceTexts::dossierStatuses()) {
        if (!only.isEmpty() && only != status)
            continue;
        QList<QTreeWidgetItem*> children;
        for (const QJsonObject& dossier : std::as_const(m_dossiers)) {
            if (field(dossier, "status") != status)
                continue;
            auto* item = new QTreeWidgetItem;
            const QString id = field(dossier, "id");
            item->setData(0, IdRole, id);
            item->setText(ReferenceColumn, field(dossier, "reference"));
            item->setText(TitleColumn,
                          LocalTitles::procedureTitle(m_source, field(dossier, "procedureId"),
                                                      field(dossier, "title")));
            item->setText(AdministrationColumn, SpaceTexts::administrationName(dossier));
            item->setText(UpdatedColumn, SpaceTexts::dateTime(field(dossier, "updatedAt")));
            setChangeMark(item, changedSinceSeen(dossier));
            children.append(item);
            if (id == selected)
                toSelect = item;
        }
        if (children.isEmpty())
            continue;
        auto* group = new QTreeWidgetItem(m_tree);
        group->setText(0,
                       tr("%1 (%2)").arg(SpaceTexts::dossierStatus(status)).arg(children.size()));
        group->setData(0, StatusRole, status);
        group->setFirstColumnSpanned(true);
        // The status's chip colours behind its words (never colour alone).
        const appearance::ColourPair colours = StatusChip::coloursFor(status);
        group->setForeground(0, colours.text);
        group->setBackground(0, colours.background);
        group->setFlags(Qt::ItemIsEnabled);
        group->addChildren(children);
        group->setExpanded(true);
    }
    if (toSelect)
        m_tree->setCurrentItem(toSelect);
    showSelected();
    refreshNotice();
}

void MyProceduresPage::applyLook()
{
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        QTreeWidgetItem* group = m_tree->topLevelItem(row);
        const appearance::ColourPair colours =
            StatusChip::coloursFor(group->data(0, StatusRole).toString());
        group->setForeground(0, colours.text);
        group->setBackground(0, colours.background);
    }
}

void MyProceduresPage::openDossier(const QString& dossierId)
{
    const auto matches = [&dossierId](QTreeWidgetItem* item) {
        return item->data(0, IdRole).toString() == dossierId;
    };
    for (int pass = 0; pass < 2; ++pass) {
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            if (matches(*it)) {
                m_tree->setCurrentItem(*it);
                m_tree->scrollToItem(*it);
                m_tree->setFocus();
                return;
            }
        }
        if (m_filter->currentIndex() == 0)
            return;                   // not in this space (any more)
        m_filter->setCurrentIndex(0); // hidden by the status filter: show them all
    }
}

void MyProceduresPage::showSelected()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    const QString id = item ? item->data(0, IdRole).toString() : QString();
    const auto dossier = std::find_if(m_dossiers.cbegin(), m_dossiers.cend(), [&](const auto& d) {
        return !id.isEmpty() && field(d, "id") == id;
    });
    if (dossier == m_dossiers.cend()) {
        m_timeline->showDossier({}, {});
        return;
    }
    const auto events = m_source.objects(QStringLiteral("event"), id);
    if (!events) {
        Q_EMIT errorOccurred(events.error());
        return;
    }
    QList<QJsonObject> list;
    for (const store::StoredObject& object : events.value())
        list.append(QJsonDocument::fromJson(object.json).object());
    QJsonObject shown = *dossier; // named in the interface's language, as in the list
    shown.insert(
        QStringLiteral("title"),
        LocalTitles::procedureTitle(m_source, field(shown, "procedureId"), field(shown, "title")));
    m_timeline->showDossier(shown, list);
    m_source.markSeen(id, field(*dossier, "status"));
    setChangeMark(item, false);
}

void MyProceduresPage::refreshNotice()
{
    const QString empty =
        m_dossiers.isEmpty()
            ? tr("You have not sent any procedure yet. Find one in the catalogue and start it "
                 "online: it is followed here.")
            : tr("No procedure has this status.");
    m_notice->showState(m_source.state(), m_tree->topLevelItemCount() > 0, empty);
}

} // namespace guichet
