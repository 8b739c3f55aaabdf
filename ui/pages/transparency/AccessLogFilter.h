#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

#include <limits>

namespace guichet {

class AccessLogModel;

// What the person narrowed the access log to; empty fields do not filter.
struct AccessCriteria
{
    QString source; // AuthenticSource id
    QString administrationId;
    qint64 from = std::numeric_limits<qint64>::min(); // ms since the epoch, inclusive
    qint64 to = std::numeric_limits<qint64>::max();
    QStringList words; // folded (store::searchWords); each must appear

    bool operator==(const AccessCriteria&) const = default;
};

// Filters the access log on the keys AccessEntry precomputed, so a keystroke over
// 10,000 entries costs a few string searches per row and no JSON. It never sorts: a
// sort the table's header asks for orders the model's entries (AccessLogModel::
// sortEntries), and the filter keeps that order, so a keystroke sorts nothing.
class AccessLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AccessLogFilter(AccessLogModel& model, QObject* parent = nullptr);

    void setCriteria(const AccessCriteria& criteria);
    [[nodiscard]] const AccessCriteria& criteria() const { return m_criteria; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& parent) const override;

private:
    AccessLogModel& m_model;
    AccessCriteria m_criteria;
};

} // namespace guichet
