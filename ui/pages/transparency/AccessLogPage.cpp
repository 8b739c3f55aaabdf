#include "AccessLogPage.h"

#include "AccessLogFilter.h"
#include "AccessLogModel.h"
#include "AccessibleNames.h"
#include "Announcer.h"
#include "CsvWriter.h"
#include "DataStateNotice.h"
#include "DisabledReason.h"
#include "ErrorCodes.h"
#include "LastVisit.h"
#include "PageLayout.h"
#include "ReadableColumns.h"
#include "SpaceSource.h"
#include "TextFolding.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSaveFile>
#include <QShowEvent>
#include <QStandardPaths>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

#include <iterator>

namespace guichet {
namespace {

// A date edit at this value means "no bound" (shown as the special text "any date").
const QDate AnyDate(2000, 1, 1);
const QString VisitScreen = QString::fromLatin1(LastVisit::AccessLogScreen);

// Tab moves between a date's day, month and year, then leaves. Showing its special text
// ("any date") it has no sections to move between, and Qt's date edit kept the focus:
// Tab never left it.
class PeriodEdit final : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override
    {
        if (date() == minimumDate())
            return QWidget::focusNextPrevChild(next);
        return QDateEdit::focusNextPrevChild(next);
    }
};

QDateEdit* periodEdit(QWidget* parent, const char* objectName)
{
    auto* edit = new PeriodEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(AnyDate);
    edit->setDate(AnyDate);
    return edit;
}

QLabel* filterLabel(QWidget* parent, QWidget* buddy)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(buddy);
    return label;
}

// Rebuilds a filter's choices (value -> shown text, sorted by text) keeping the
// chosen value when it is still there.
void fillChoices(QComboBox* combo, const QString& allText, const QMap<QString, QString>& byName)
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText, QString());
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        combo->addItem(it.key(), it.value());
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

} // namespace

AccessLogPage::AccessLogPage(SpaceSource& source, QWidget* parent, Clock clock)
    : Page(parent), m_source(source), m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("accessLogPage"));
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    m_chooseExportPath = [this](const QString& suggested) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, tr("Export the access log"),
                                            QDir(folder).filePath(suggested),
                                            tr("CSV files (*.csv)"));
    };
    m_model = new AccessLogModel(this);
    m_reader = new QFutureWatcher<QList<AccessEntry>>(this);
    connect(m_reader, &QFutureWatcherBase::finished, this, &AccessLogPage::showRead);
    m_filter = new AccessLogFilter(*m_model, this);
    // The model keeps the order a header click asks for; the filter only filters, and
    // not again on every dataChanged ("new" marks, language).
    m_filter->setDynamicSortFilter(false);

    auto* layout = PageLayout::create(this);
    m_heading = PageLayout::heading(this);
    m_intro = PageLayout::paragraph(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("accessSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel = filterLabel(this, m_search);
    m_sourceFilter = new QComboBox(this);
    m_sourceFilter->setObjectName(QStringLiteral("accessSourceFilter"));
    m_sourceLabel = filterLabel(this, m_sourceFilter);
    m_administrationFilter = new QComboBox(this);
    m_administrationFilter->setObjectName(QStringLiteral("accessAdministrationFilter"));
    m_administrationLabel = filterLabel(this, m_administrationFilter);
    m_from = periodEdit(this, "accessFrom");
    m_fromLabel = filterLabel(this, m_from);
    m_to = periodEdit(this, "accessTo");
    m_toLabel = filterLabel(this, m_to);
    auto* filters = new QGridLayout;
    filters->addWidget(m_searchLabel, 0, 0);
    filters->addWidget(m_search, 0, 1, 1, 3);
    filters->addWidget(m_sourceLabel, 1, 0);
    filters->addWidget(m_sourceFilter, 1, 1);
    filters->addWidget(m_administrationLabel, 1, 2);
    filters->addWidget(m_administrationFilter, 1, 3);
    filters->addWidget(m_fromLabel, 2, 0);
    filters->addWidget(m_from, 2, 1);
    filters->addWidget(m_toLabel, 2, 2);
    filters->addWidget(m_to, 2, 3);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);

    m_notice = new DataStateNotice(this);
    m_notice->setObjectName(QStringLiteral("accessState"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("accessTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AccessLogModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed rows; columns measured on the rows on screen only (10,000 rows stay fast).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    ReadableColumns::apply(m_table, AccessLogModel::PurposeColumn);

    m_count = PageLayout::paragraph(this);
    m_count->setObjectName(QStringLiteral("accessCount"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("accessExport"));
    m_export->setAutoDefault(true); // Enter on the focused button activates it
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_export);
    m_details = PageLayout::value(this, QStringLiteral("accessDetails"));
    m_message = PageLayout::paragraph(this);
    m_message->setObjectName(QStringLiteral("accessMessage"));
    m_message->hide();

    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(filters);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);
    layout->addWidget(m_details);
    layout->addWidget(m_message);
    setTabOrder(m_search, m_sourceFilter);
    setTabOrder(m_sourceFilter, m_administrationFilter);
    setTabOrder(m_administrationFilter, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_table);
    setTabOrder(m_table, m_export);

    connect(m_search, &QLineEdit::textChanged, this, &AccessLogPage::applyFilter);
    // Enter in the search box goes to the results.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus();
        if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_table->setCurrentIndex(m_filter->index(0, AccessLogModel::DateColumn));
    });
    connect(m_sourceFilter, &QComboBox::currentIndexChanged, this, &AccessLogPage::applyFilter);
    connect(m_administrationFilter, &QComboBox::currentIndexChanged, this,
            &AccessLogPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AccessLogPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AccessLogPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccessLogPage::showDetails);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AccessLogPage::showDetails);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AccessLogPage::showDetails);
    connect(m_export, &QPushButton::clicked, this, &AccessLogPage::exportCsv);
    connect(&m_source, &SpaceSource::changed, this, &AccessLogPage::reload);
    connect(&m_source, &SpaceSource::stateChanged, this, &AccessLogPage::refreshCount);

    retranslate(); // texts first: the entries are then read once, by reload()
    reload();
}

AccessLogPage::~AccessLogPage() = default;

QString AccessLogPage::title() const
{
    const int count = newCount();
    return count > 0 ? tr("Who accessed my data (%n new)", nullptr, count)
                     : tr("Who accessed my data");
}

int AccessLogPage::newCount() const
{
    return m_newCount;
}

void AccessLogPage::retranslate()
{
    m_heading->setText(tr("Who accessed my data"));
    AccessibleNames::clearButton(m_search);
    m_intro->setText(tr("Each time an administration read your data in an authentic source: "
                        "when, which data, why, and for which procedure."));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Administration, purpose, data, procedure…"));
    m_search->setAccessibleName(tr("Search the accesses"));
    m_sourceLabel->setText(tr("S&ource:"));
    m_sourceFilter->setAccessibleName(tr("Show accesses to the source"));
    m_administrationLabel->setText(tr("&Administration:"));
    m_administrationFilter->setAccessibleName(tr("Show accesses by the administration"));
    m_fromLabel->setText(tr("&From:"));
    m_from->setSpecialValueText(tr("any date"));
    m_from->setAccessibleName(tr("Show accesses from this date"));
    m_toLabel->setText(tr("&To:"));
    m_to->setSpecialValueText(tr("any date"));
    m_to->setAccessibleName(tr("Show accesses until this date"));
    m_table->setAccessibleName(tr("Accesses to your data"));
    m_export->setText(tr("&Export as CSV…"));
    m_export->setAccessibleName(tr("Export the accesses shown as a CSV file"));
    m_model->retranslate();
    rebuildFilters();
    refreshCount();
    showDetails();
}

void AccessLogPage::reload()
{
    loadVisitMark();
    // A sync changes the store while the page is hidden, most often not its log:
    // reading 10,000 entries then would only delay the sync's other screens. The
    // table is read when the page is next shown; the navigation's count of new
    // accesses stays current from their dates alone.
    if (!isVisible()) {
        m_stale = true;
        if (m_source.spaceId() != m_loadedSpace) {
            m_model->setEntries({}, m_newSince); // another person's or space's log
            m_loadedSpace.clear();
        }
        countNew();
        return;
    }
    const auto log = m_source.objectsJson(QStringLiteral("access"));
    if (!log) {
        Q_EMIT errorOccurred(log.error());
        return;
    }
    m_stale = false;
    m_loadedSpace = m_source.spaceId();
    // Making 10,000 entries of their JSON takes longer than a screen may freeze: it
    // is done on another thread while the page shows what it had, or that it is
    // reading. A newer read replaces one still running (the watcher drops its result).
    m_reading = true;
    m_reader->setFuture(QtConcurrent::run(&readAccessEntries, log.value()));
    refreshCount();
}

void AccessLogPage::showRead()
{
    if (!m_reading)
        return;
    m_reading = false;
    if (m_loadedSpace != m_source.spaceId()) {
        m_stale = true; // read for a space that is no longer shown
        return;
    }
    // Read once; the table, the filters and the search never read the store again.
    m_model->setEntries(m_reader->result(), m_newSince);
    m_newCount = m_model->newCount();
    rebuildFilters();
    applyFilter();
    refreshCount();
    Q_EMIT loaded();
}

void AccessLogPage::countNew()
{
    const auto dates = m_source.objectDates(QStringLiteral("access"));
    if (!dates) {
        Q_EMIT errorOccurred(dates.error());
        return;
    }
    int count = 0;
    for (const QString& date : dates.value())
        count += parseUtcMillis(date) > m_newSince ? 1 : 0;
    m_newCount = count;
    refreshCount();
}

void AccessLogPage::rebuildFilters()
{
    // Shown name -> id. Hashed first: 10,000 entries name a few dozen, and inserting
    // each into a sorted map cost more than the rest of the page's update.
    QHash<QString, QString> sources;
    QHash<QString, QString> administrations;
    for (const AccessEntry& entry : m_model->entries()) {
        sources.insert(entry.sourceName, entry.source);
        administrations.insert(entry.administration, entry.administrationId);
    }
    const auto sorted = [](const QHash<QString, QString>& byName) {
        QMap<QString, QString> map;
        for (auto it = byName.cbegin(); it != byName.cend(); ++it)
            map.insert(it.key(), it.value());
        return map;
    };
    fillChoices(m_sourceFilter, tr("All sources"), sorted(sources));
    fillChoices(m_administrationFilter, tr("All administrations"), sorted(administrations));
}

void AccessLogPage::applyFilter()
{
    AccessCriteria criteria;
    criteria.source = m_sourceFilter->currentData().toString();
    criteria.administrationId = m_administrationFilter->currentData().toString();
    // The period is in the person's local days, both ends included.
    if (m_from->date() > AnyDate)
        criteria.from = m_from->date().startOfDay().toMSecsSinceEpoch();
    if (m_to->date() > AnyDate)
        criteria.to = m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch() - 1;
    criteria.words = store::searchWords(m_search->text());
    m_filter->setCriteria(criteria);
    refreshCount();
}

void AccessLogPage::refreshCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_count->setText(shown == total ? tr("%n accesses", nullptr, total)
                                    : tr("%n of %1 accesses", nullptr, shown).arg(total));
    DisabledReason::apply(m_export, shown > 0, tr("There is no access to save."));
    if (m_reading && total == 0)
        m_notice->showState(DataState::Ready, false, tr("Reading the access log…"));
    else
        m_notice->showState(m_source.state(), total > 0,
                            tr("No administration has read your data in an authentic source yet."));
    if (m_newCount != m_shownNewCount) {
        m_shownNewCount = m_newCount;
        Q_EMIT titleChanged();
    }
}

void AccessLogPage::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        m_details->hide();
        return;
    }
    const AccessEntry& entry = m_model->entry(m_filter->mapToSource(current).row());
    QStringList lines{tr("Data items: %1").arg(entry.items)};
    if (!entry.legalBasis.isEmpty())
        lines.append(tr("Legal basis: %1").arg(entry.legalBasis));
    if (!entry.procedureId.isEmpty())
        lines.append(tr("Procedure: %1").arg(entry.procedureId));
    if (!entry.consentId.isEmpty())
        lines.append(tr("Read with your consent (%1)").arg(entry.consentId));
    m_details->setText(lines.join(u'\n'));
    m_details->show();
}

void AccessLogPage::loadVisitMark()
{
    const QString space = m_source.spaceId();
    if (space == m_visitSpace)
        return;
    m_visitSpace = space;
    m_lastVisit = LastVisit::read(m_source.seenFile(), VisitScreen, space);
    // The accesses found the first time are the person's history, not news.
    if (!m_lastVisit.isValid())
        recordVisit();
    m_newSince = m_lastVisit.toMSecsSinceEpoch();
}

void AccessLogPage::recordVisit()
{
    m_lastVisit = m_clock();
    LastVisit::write(m_source.seenFile(), VisitScreen, m_visitSpace, m_lastVisit);
}

void AccessLogPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_stale)
        reload(); // before the first paint: the page never shows an old list
    if (event->spontaneous())
        return; // the window coming back, not the person opening the page
    // The marks stay while the person reads; the next visit starts from now.
    recordVisit();
}

void AccessLogPage::hideEvent(QHideEvent* event)
{
    Page::hideEvent(event);
    if (event->spontaneous())
        return;
    // What arrived while the page was open has been seen.
    recordVisit();
    m_newSince = m_lastVisit.toMSecsSinceEpoch();
    m_newCount = m_model->markNewerThan(m_newSince);
    refreshCount();
}

QByteArray AccessLogPage::csv() const
{
    QStringList header;
    for (int column = AccessLogModel::DateColumn; column < AccessLogModel::ColumnCount; ++column) {
        header.append(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        if (column == AccessLogModel::PurposeColumn)
            header.append(tr("Legal basis"));
    }
    QList<QStringList> rows;
    rows.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const AccessEntry& entry =
            m_model->entry(m_filter->mapToSource(m_filter->index(row, 0)).row());
        // A date spreadsheets read as one, in the person's time zone.
        const QString when = QDateTime::fromMSecsSinceEpoch(entry.accessedAt)
                                 .toLocalTime()
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        rows.append({when, entry.administration, entry.sourceName, entry.items, entry.purpose,
                     entry.legalBasis, entry.dossierId});
    }
    return CsvWriter::document(header, rows, m_csvSeparator);
}

void AccessLogPage::exportCsv()
{
    const QString suggested = QStringLiteral("access-log-%1.csv")
                                  .arg(m_clock().toLocalTime().date().toString(Qt::ISODate));
    const QString path = m_chooseExportPath(suggested);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv()) < 0 || !file.commit()) {
        Q_EMIT errorOccurred(Error(QString::fromLatin1(ErrorCode::DataFolderNotWritable), path));
        return;
    }
    m_message->setText(tr("Saved %n accesses as %1.", nullptr, m_filter->rowCount())
                           .arg(QDir::toNativeSeparators(path)));
    m_message->show();
    Announcer::announce(this, m_message->text());
    Q_EMIT exported(path);
}

} // namespace guichet
