#include "AccessLogFilter.h"

#include "AccessLogModel.h"

namespace guichet {

AccessLogFilter::AccessLogFilter(AccessLogModel& model, QObject* parent)
    : QSortFilterProxyModel(parent), m_model(model)
{
    setSourceModel(&model);
}

void AccessLogFilter::setCriteria(const AccessCriteria& criteria)
{
    if (criteria == m_criteria)
        return;
    m_criteria = criteria;
    // invalidate() rebuilds the mapping in one pass (one layout change). Qt 6.4's
    // invalidateFilter() instead reports every run of removed or added rows to the
    // view, which over thousands of scattered rows costs far more than the filter.
    invalidate();
}

bool AccessLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const AccessEntry& entry = m_model.entry(sourceRow);
    if (!m_criteria.source.isEmpty() && entry.source != m_criteria.source)
        return false;
    if (!m_criteria.administrationId.isEmpty() &&
        entry.administrationId != m_criteria.administrationId)
        return false;
    if (entry.accessedAt < m_criteria.from || entry.accessedAt > m_criteria.to)
        return false;
    for (const QString& word : m_criteria.words) {
        if (!entry.searchText.contains(word))
            return false;
    }
    return true;
}

void AccessLogFilter::sort(int column, Qt::SortOrder order)
{
    m_model.sortEntries(column, order);
}

} // namespace guichet
