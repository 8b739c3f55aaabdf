#include "MyDataPage.h"

#include "Announcer.h"
#include "CorrectionDialog.h"
#include "DataStateNotice.h"
#include "DisabledReason.h"
#include "PageLayout.h"
#include "Provenance.h"
#include "ReadableColumns.h"
#include "SpaceSource.h"
#include "SpaceTexts.h"
#include "TransparencyTexts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

#include <algorithm>

namespace guichet {
namespace {

constexpr int SourceRole = Qt::UserRole;
constexpr int ItemIdRole = Qt::UserRole + 1;
enum RecordColumn
{
    LabelColumn,
    ValueColumn,
    CorrectionColumn,
    RecordColumnCount
};
enum CorrectionColumn
{
    CorrectedItemColumn,
    CorrectedSourceColumn,
    ProposedColumn,
    StatusColumn,
    UpdatedColumn,
    NoteColumn,
    CorrectionColumnCount
};

int sourceRank(const QString& source)
{
    const qsizetype rank = TransparencyTexts::dataSourceOrder().indexOf(source);
    return rank < 0 ? int(TransparencyTexts::dataSourceOrder().size()) : int(rank);
}

bool isOpenCorrection(const QString& status)
{
    return status == u"submitted" || status == u"in_review";
}

} // namespace

using SpaceTexts::field;

MyDataPage::MyDataPage(SpaceSource& source, QWidget* parent) : Page(parent), m_source(source)
{
    setObjectName(QStringLiteral("myDataPage"));
    m_runDialog = [](QDialog& dialog) { return dialog.exec(); };

    auto* layout = PageLayout::create(this);
    m_heading = PageLayout::heading(this);
    m_intro = PageLayout::paragraph(this);
    m_notice = new DataStateNotice(this);
    m_notice->setObjectName(QStringLiteral("myDataState"));
    m_recordsView = new QTreeWidget(this);
    m_recordsView->setObjectName(QStringLiteral("dataRecords"));
    m_recordsView->setColumnCount(RecordColumnCount);
    m_recordsView->setAllColumnsShowFocus(true);
    ReadableColumns::apply(m_recordsView, ValueColumn);
    m_request = new QPushButton(this);
    m_request->setObjectName(QStringLiteral("requestCorrection"));
    m_request->setAutoDefault(true); // Enter on the focused button activates it
    m_hint = PageLayout::paragraph(this);
    m_hint->setObjectName(QStringLiteral("correctionHint"));
    m_message = PageLayout::paragraph(this);
    m_message->setObjectName(QStringLiteral("myDataMessage"));
    m_message->hide();
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_request);
    actions->addWidget(m_hint, 1);

    m_correctionsHeading = PageLayout::subheading(this);
    m_noCorrections = PageLayout::paragraph(this);
    m_noCorrections->setObjectName(QStringLiteral("noCorrections"));
    m_correctionsView = new QTreeWidget(this);
    m_correctionsView->setObjectName(QStringLiteral("correctionRequests"));
    m_correctionsView->setColumnCount(CorrectionColumnCount);
    m_correctionsView->setRootIsDecorated(false);
    m_correctionsView->setAllColumnsShowFocus(true);
    ReadableColumns::apply(m_correctionsView, NoteColumn);

    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_notice);
    layout->addWidget(m_recordsView, 3);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_correctionsHeading);
    layout->addWidget(m_noCorrections);
    layout->addWidget(m_correctionsView, 1);
    setTabOrder(m_recordsView, m_request);
    setTabOrder(m_request, m_correctionsView);

    connect(m_recordsView, &QTreeWidget::currentItemChanged, this, &MyDataPage::updateActions);
    // Enter (or a double click) on an item starts its correction.
    connect(m_recordsView, &QTreeWidget::itemActivated, this,
            &MyDataPage::requestCorrectionForCurrent);
    connect(m_request, &QPushButton::clicked, this, &MyDataPage::requestCorrectionForCurrent);
    connect(&m_source, &SpaceSource::changed, this, &MyDataPage::reload);
    connect(&m_source, &SpaceSource::stateChanged, this, &MyDataPage::reload);

    retranslate();
    reload();
}

QString MyDataPage::title() const
{
    return tr("My data");
}

void MyDataPage::retranslate()
{
    m_heading->setText(tr("My data"));
    m_intro->setText(tr("What the authentic sources hold about you. Administrations re-use it "
                        "instead of asking you again. If something is wrong, ask the source "
                        "for a correction."));
    m_recordsView->setHeaderLabels({tr("Item"), tr("Value"), tr("Correction")});
    m_recordsView->setAccessibleName(tr("Your data, by authentic source"));
    m_request->setText(tr("Request a &correction…"));
    m_request->setAccessibleName(tr("Request a correction of the chosen item"));
    m_correctionsHeading->setText(tr("My correction requests"));
    m_noCorrections->setText(tr("You have not asked for any correction."));
    m_correctionsView->setHeaderLabels({tr("Item"), tr("Source"), tr("Proposed value"),
                                        tr("Status"), tr("Last update"), tr("Authority's note")});
    m_correctionsView->setAccessibleName(tr("My correction requests"));
    rebuildRecords();
    rebuildCorrections();
}

void MyDataPage::reload()
{
    const auto records = m_source.objects(QStringLiteral("data"));
    const auto corrections = m_source.objects(QStringLiteral("correction"));
    if (!records || !corrections) {
        Q_EMIT errorOccurred(!records ? records.error() : corrections.error());
        return;
    }
    m_records.clear();
    for (const QJsonObject& record : parsedObjects(records.value())) {
        if (!TransparencyTexts::isConsentOnlySource(field(record, "source")))
            m_records.append(record);
    }
    std::stable_sort(m_records.begin(), m_records.end(), [](const auto& a, const auto& b) {
        return sourceRank(field(a, "source")) < sourceRank(field(b, "source"));
    });
    m_corrections = parsedObjects(corrections.value());
    m_waiting.clear();
    for (const store::OutboxEntry& entry : m_source.pendingOutbox().valueOr({})) {
        if (entry.kind == u"correction")
            m_waiting.append(entry);
    }
    rebuildRecords();
    rebuildCorrections();
}

MyDataPage::ItemState MyDataPage::itemState(const QString& source, const QJsonObject& item) const
{
    const QString itemId = field(item, "id");
    // What is waiting on this computer is the newest word on the item.
    for (const store::OutboxEntry& entry : m_waiting) {
        const QJsonObject body = QJsonDocument::fromJson(entry.body).object();
        if (field(body, "source") != source || field(body, "itemId") != itemId)
            continue;
        const bool failed = entry.state == store::OutboxState::Failed;
        return {TransparencyTexts::waitingState(failed, entry.state == store::OutboxState::Sending,
                                                entry.lastErrorCode),
                failed};
    }
    if (!item.value(u"correctable").toBool())
        return {tr("Cannot be corrected here"), false};
    for (const QJsonObject& correction : m_corrections) {
        if (field(correction, "source") == source && field(correction, "itemId") == itemId) {
            const QString status = field(correction, "status");
            return {TransparencyTexts::correctionStatus(status), !isOpenCorrection(status)};
        }
    }
    // The portal allows one open request per item (409 CORR-001).
    if (!field(item, "pendingCorrectionId").isEmpty())
        return {TransparencyTexts::correctionStatus(QStringLiteral("submitted")), false};
    return {QString(), true};
}

void MyDataPage::rebuildRecords()
{
    QString selectedSource;
    const QString selectedItem = field(currentItem(&selectedSource), "id");
    const QSignalBlocker blocker(m_recordsView);
    m_recordsView->clear();
    QTreeWidgetItem* toSelect = nullptr;
    for (const QJsonObject& record : std::as_const(m_records)) {
        const QString source = field(record, "source");
        const QString authority = record.value(u"authority").toObject().value(u"name").toString();
        auto* group = new QTreeWidgetItem(m_recordsView);
        const QString name = forms::sourceDisplayName(source);
        QString heading =
            tr("%1 — held by %2, updated %3")
                .arg(name, authority, SpaceTexts::dateTime(field(record, "lastUpdated")));
        if (field(record, "status") == u"unavailable") {
            // The source did not answer; its error code is what the help desk looks up.
            heading = tr("%1 — held by %2: not available at the moment").arg(name, authority);
            if (!field(record, "problemCode").isEmpty())
                heading += QStringLiteral(" (%1)").arg(field(record, "problemCode"));
        }
        group->setText(LabelColumn, heading);
        group->setData(LabelColumn, SourceRole, source);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = m_recordsView->font();
        bold.setBold(true);
        group->setFont(LabelColumn, bold);
        for (const QJsonValue value : record.value(u"items").toArray()) {
            const QJsonObject item = value.toObject();
            auto* row = new QTreeWidgetItem(group);
            row->setData(LabelColumn, SourceRole, source);
            row->setData(LabelColumn, ItemIdRole, field(item, "id"));
            row->setText(LabelColumn, field(item, "label"));
            row->setText(ValueColumn, field(item, "value"));
            row->setText(CorrectionColumn, itemState(source, item).text);
            if (source == selectedSource && field(item, "id") == selectedItem)
                toSelect = row;
        }
        group->setExpanded(true);
    }
    if (toSelect)
        m_recordsView->setCurrentItem(toSelect);
    m_notice->showState(m_source.state(), !m_records.isEmpty(),
                        tr("No data from the authentic sources yet. What the registers hold about "
                           "you appears here after the next synchronisation."));
    updateActions();
}

void MyDataPage::rebuildCorrections()
{
    m_correctionsView->clear();
    const auto addRow = [this](const QString& source, const QString& itemLabel,
                               const QString& proposed, const QString& status,
                               const QString& updated, const QString& note) {
        auto* row = new QTreeWidgetItem(m_correctionsView);
        row->setText(CorrectedItemColumn, itemLabel);
        row->setText(CorrectedSourceColumn, forms::sourceDisplayName(source));
        row->setText(ProposedColumn, proposed);
        row->setText(StatusColumn, status);
        row->setText(UpdatedColumn, updated);
        row->setText(NoteColumn, note);
    };
    for (const store::OutboxEntry& entry : std::as_const(m_waiting)) {
        const QJsonObject body = QJsonDocument::fromJson(entry.body).object();
        const QString source = field(body, "source");
        const QJsonObject item = findItem(source, field(body, "itemId"));
        addRow(source, item.isEmpty() ? field(body, "itemId") : field(item, "label"),
               field(body, "proposedValue"),
               TransparencyTexts::waitingState(entry.state == store::OutboxState::Failed,
                                               entry.state == store::OutboxState::Sending,
                                               entry.lastErrorCode),
               SpaceTexts::dateTime(entry.createdAt.toString(Qt::ISODate)), QString());
    }
    for (const QJsonObject& correction : std::as_const(m_corrections))
        addRow(field(correction, "source"), field(correction, "itemLabel"),
               field(correction, "proposedValue"),
               TransparencyTexts::correctionStatus(field(correction, "status")),
               SpaceTexts::dateTime(field(correction, "updatedAt")),
               field(correction, "decisionNote"));
    const bool any = m_correctionsView->topLevelItemCount() > 0;
    m_correctionsView->setVisible(any);
    m_noCorrections->setVisible(!any);
}

QJsonObject MyDataPage::findItem(const QString& source, const QString& itemId) const
{
    for (const QJsonObject& record : m_records) {
        if (field(record, "source") != source)
            continue;
        for (const QJsonValue value : record.value(u"items").toArray()) {
            if (field(value.toObject(), "id") == itemId)
                return value.toObject();
        }
    }
    return {};
}

QJsonObject MyDataPage::currentItem(QString* source) const
{
    const QTreeWidgetItem* row = m_recordsView->currentItem();
    if (!row || row->data(LabelColumn, ItemIdRole).toString().isEmpty())
        return {};
    *source = row->data(LabelColumn, SourceRole).toString();
    return findItem(*source, row->data(LabelColumn, ItemIdRole).toString());
}

void MyDataPage::setReadOnlyReason(const QString& reason)
{
    m_readOnlyReason = reason;
    updateActions();
}

void MyDataPage::updateActions()
{
    QString source;
    const QJsonObject item = currentItem(&source);
    const ItemState state = item.isEmpty() ? ItemState{} : itemState(source, item);
    if (!m_readOnlyReason.isEmpty())
        m_hint->setText(m_readOnlyReason);
    else if (item.isEmpty())
        m_hint->setText(tr("Choose an item to ask for its correction."));
    else if (!item.value(u"correctable").toBool())
        m_hint->setText(tr("This item cannot be corrected through the portal. Contact the "
                           "administration that holds it."));
    else if (!state.canRequest)
        m_hint->setText(tr("A correction of this item is already under way."));
    else
        m_hint->setText(QString());
    // The hint says why a correction cannot be asked: the button says it too.
    DisabledReason::apply(m_request, state.canRequest && m_readOnlyReason.isEmpty(),
                          m_hint->text());
}

void MyDataPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    Announcer::announce(this, text);
}

void MyDataPage::requestCorrectionForCurrent()
{
    QString source;
    const QJsonObject item = currentItem(&source);
    if (item.isEmpty() || !itemState(source, item).canRequest || !m_readOnlyReason.isEmpty())
        return;
    QList<CorrectionDialog::ProofDocument> proofs;
    for (const QJsonObject& document :
         parsedObjects(m_source.objects(QStringLiteral("document")).valueOr({}))) {
        // Only documents the portal has can be cited; a local upload has no DOC- id yet.
        if (field(document, "id").startsWith(u"DOC-"))
            proofs.append({field(document, "id"), field(document, "title")});
    }
    CorrectionDialog dialog({source, field(item, "id"), field(item, "label"), field(item, "value")},
                            proofs, this);
    if (m_runDialog(dialog) != QDialog::Accepted || !dialog.isComplete())
        return;
    const Status queued = m_source.requestCorrection(dialog.request());
    if (!queued) {
        Q_EMIT errorOccurred(queued.error());
        return;
    }
    showMessage(tr("Your request is saved on this computer. It is sent to %1 as soon as the "
                   "portal can be reached.")
                    .arg(forms::sourceDisplayName(source)));
}

} // namespace guichet
