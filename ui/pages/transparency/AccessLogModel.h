#pragma once

#include "AccessEntry.h"

#include <QAbstractTableModel>
#include <QHash>

namespace guichet {

// The access log as a table. The entries are read once (AccessEntry); the model only
// hands out their texts. Server texts are returned as text roles only: the standard
// delegate draws them as plain text, and no tooltip (which Qt may read as HTML) is given.
class AccessLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NewColumn, // the "New" badge
        DateColumn,
        AdministrationColumn,
        SourceColumn,
        ItemsColumn,
        PurposeColumn,
        DossierColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    // Entries accessed after newSince (ms since the epoch) are marked new.
    void setEntries(QList<AccessEntry> entries, qint64 newSince);
    [[nodiscard]] const QList<AccessEntry>& entries() const { return m_entries; }
    [[nodiscard]] const AccessEntry& entry(int row) const { return m_entries.at(row); }

    // Marks the entries accessed after `since` (ms since the epoch) as new; returns
    // how many there are.
    int markNewerThan(qint64 since);
    [[nodiscard]] int newCount() const { return m_newCount; }

    // Source names and headers follow the language.
    void retranslate();

    // Orders the entries themselves (the table's header asks through AccessLogFilter),
    // so that the filter never sorts: a keystroke then costs one pass over the rows.
    // Text columns compare their folded keys; equal keys keep their order. The order
    // is kept by setEntries, and by markNewerThan and retranslate when they change
    // what it compares.
    void sortEntries(int column, Qt::SortOrder order);
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // The date as the table and the export show it (local time).
    [[nodiscard]] static QString shownDate(qint64 accessedAt);

private:
    void nameSources();
    // Puts m_entries in the chosen order; false when they were in it already.
    bool applySort();

    QList<AccessEntry> m_entries;
    int m_newCount = 0;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace guichet
