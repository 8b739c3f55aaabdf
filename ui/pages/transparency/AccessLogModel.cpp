#include "AccessLogModel.h"

#include "Provenance.h"
#include "TextFolding.h"

#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace guichet {

namespace {

// Whether a goes before b in ascending order of the column.
bool lessThan(const AccessEntry& a, const AccessEntry& b, int column)
{
    switch (column) {
    case AccessLogModel::NewColumn:
        return a.isNew != b.isNew ? !a.isNew : a.accessedAt < b.accessedAt;
    case AccessLogModel::AdministrationColumn:
        return a.administrationKey < b.administrationKey;
    case AccessLogModel::SourceColumn:
        return a.sourceKey < b.sourceKey;
    case AccessLogModel::ItemsColumn:
        return a.itemsKey < b.itemsKey;
    case AccessLogModel::PurposeColumn:
        return a.purposeKey < b.purposeKey;
    case AccessLogModel::DossierColumn:
        return a.dossierId < b.dossierId;
    case AccessLogModel::DateColumn:
    default:
        return a.accessedAt < b.accessedAt;
    }
}

} // namespace

void AccessLogModel::setEntries(QList<AccessEntry> entries, qint64 newSince)
{
    beginResetModel();
    m_entries = std::move(entries);
    nameSources();
    m_newCount = 0;
    for (AccessEntry& entry : m_entries) {
        entry.isNew = entry.accessedAt > newSince;
        m_newCount += entry.isNew ? 1 : 0;
    }
    applySort();
    endResetModel();
}

bool AccessLogModel::applySort()
{
    const int column = m_sortColumn;
    const auto before = [column, descending = m_sortOrder == Qt::DescendingOrder](
                            const AccessEntry& a, const AccessEntry& b) {
        return descending ? lessThan(b, a, column) : lessThan(a, b, column);
    };
    // The store hands the log over newest first, the order the page opens in.
    if (std::is_sorted(m_entries.cbegin(), m_entries.cend(), before))
        return false;
    std::stable_sort(m_entries.begin(), m_entries.end(), before);
    return true;
}

void AccessLogModel::sortEntries(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    // Rows move: selections and the current row follow their entry (by id).
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<QString> persistentIds;
    persistentIds.reserve(persistent.size());
    for (const QModelIndex& index : persistent)
        persistentIds.append(m_entries.at(index.row()).id);
    if (applySort() && !persistent.isEmpty()) {
        QHash<QString, int> rowOf;
        for (int row = 0; row < int(m_entries.size()); ++row)
            rowOf.insert(m_entries.at(row).id, row);
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (qsizetype i = 0; i < persistent.size(); ++i)
            moved.append(index(rowOf.value(persistentIds.at(i)), persistent.at(i).column()));
        changePersistentIndexList(persistent, moved);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void AccessLogModel::nameSources()
{
    // A handful of sources: name and fold each once, share the strings between rows.
    QHash<QString, std::pair<QString, QString>> names;
    for (AccessEntry& entry : m_entries) {
        auto found = names.constFind(entry.source);
        if (found == names.cend()) {
            const QString name = forms::sourceDisplayName(entry.source);
            found = names.insert(entry.source, {name, store::foldForSearch(name)});
        }
        entry.sourceName = found->first;
        entry.sourceKey = found->second;
    }
}

int AccessLogModel::markNewerThan(qint64 since)
{
    int count = 0;
    for (AccessEntry& entry : m_entries) {
        entry.isNew = entry.accessedAt > since;
        count += entry.isNew ? 1 : 0;
    }
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::FontRole});
    m_newCount = count;
    if (m_sortColumn == NewColumn)
        sortEntries(m_sortColumn, m_sortOrder);
    return count;
}

void AccessLogModel::retranslate()
{
    nameSources();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
    if (m_sortColumn == SourceColumn) // source names sort differently in another language
        sortEntries(m_sortColumn, m_sortOrder);
}

int AccessLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AccessLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccessLogModel::shownDate(qint64 accessedAt)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(accessedAt).toLocalTime(),
                              QLocale::ShortFormat);
}

QVariant AccessLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AccessEntry& entry = m_entries.at(index.row());
    if (role == IdRole)
        return entry.id;
    if (role == Qt::FontRole) {
        if (!entry.isNew)
            return {};
        QFont bold;
        bold.setBold(true); // with the "New" word: never a colour alone
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NewColumn:
        return entry.isNew ? tr("New") : QString();
    case DateColumn:
        return shownDate(entry.accessedAt);
    case AdministrationColumn:
        return entry.administration;
    case SourceColumn:
        return entry.sourceName;
    case ItemsColumn:
        return entry.items;
    case PurposeColumn:
        return entry.purpose;
    case DossierColumn:
        return entry.dossierId;
    default:
        return {};
    }
}

QVariant AccessLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NewColumn:
        return tr("New");
    case DateColumn:
        return tr("Date");
    case AdministrationColumn:
        return tr("Administration");
    case SourceColumn:
        return tr("Source");
    case ItemsColumn:
        return tr("Data items");
    case PurposeColumn:
        return tr("Purpose");
    case DossierColumn:
        return tr("Procedure");
    default:
        return {};
    }
}

} // namespace guichet
