#include "ReadableColumns.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QMap>
#include <QStyle>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>

namespace guichet {
namespace {

// The share of the view's width a column other than the main one may take.
constexpr int OtherColumnShare = 4;
// The share the main column keeps at least, when the others would take more.
constexpr int MainColumnShare = 3;

} // namespace

ReadableColumns* ReadableColumns::apply(QTreeView* view, int mainColumn)
{
    return new ReadableColumns(view, view->header(), mainColumn);
}

ReadableColumns* ReadableColumns::apply(QTableView* view, int mainColumn)
{
    return new ReadableColumns(view, view->horizontalHeader(), mainColumn);
}

ReadableColumns::ReadableColumns(QAbstractItemView* view, QHeaderView* header, int mainColumn)
    : QObject(view), m_view(view), m_header(header), m_mainColumn(mainColumn)
{
    m_view->setTextElideMode(Qt::ElideRight);
    m_header->setStretchLastSection(false);
    m_header->setSectionResizeMode(QHeaderView::Interactive);
    m_header->setMinimumSectionSize(m_view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 3);
    m_view->viewport()->installEventFilter(this);
    connect(m_header, &QHeaderView::sectionResized, this, [this](int column, int, int) {
        if (!m_fitting && column != m_mainColumn)
            m_resizedByPerson.insert(column);
    });
    connect(m_header, &QHeaderView::sectionCountChanged, this, &ReadableColumns::scheduleFit);
    watchModel();
    scheduleFit();
}

void ReadableColumns::watchModel()
{
    QAbstractItemModel* model = m_view->model();
    if (!model)
        return;
    // Rows arrive in batches (a sync, a filter): one fit per event loop turn.
    connect(model, &QAbstractItemModel::modelReset, this, &ReadableColumns::scheduleFit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ReadableColumns::scheduleFit);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ReadableColumns::scheduleFit);
    connect(model, &QAbstractItemModel::dataChanged, this, &ReadableColumns::scheduleFit);
    // A new language changes the headers' texts.
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ReadableColumns::scheduleFit);
}

void ReadableColumns::scheduleFit()
{
    if (m_fitScheduled)
        return;
    m_fitScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_fitScheduled = false;
        fit();
    });
}

void ReadableColumns::fit()
{
    const int count = m_header->count();
    if (m_mainColumn >= count)
        return;
    m_fitting = true;
    m_header->setSectionResizeMode(m_mainColumn, QHeaderView::Stretch);
    const int available = m_view->viewport()->width();
    const int cap = available / OtherColumnShare;
    // What the other columns would like, and the least each may have (its header).
    QMap<int, int> wanted;
    QMap<int, int> least;
    for (int column = 0; column < count; ++column) {
        if (column == m_mainColumn || m_header->isSectionHidden(column))
            continue;
        if (m_resizedByPerson.contains(column)) {
            wanted.insert(column, m_header->sectionSize(column));
            least.insert(column, m_header->sectionSize(column));
            continue;
        }
        const int header = m_header->sectionSizeHint(column);
        // Only the rows on screen are measured: 10,000 rows stay instant.
        const int content = m_view->sizeHintForColumn(column);
        wanted.insert(column, qMax(header, qMin(content, cap)));
        least.insert(column, header);
    }
    // The main column keeps a third of the view: when the others would take more, the
    // widest give back first, down to a common level, and none below its header.
    const int mainLeast =
        qMax(m_header->sectionSizeHint(m_mainColumn), available / MainColumnShare);
    const int budget = available - mainLeast;
    const auto widthAt = [&](int level) {
        int total = 0;
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
            total += qMax(least.value(it.key()), qMin(it.value(), level));
        return total;
    };
    int level = cap;
    if (widthAt(level) > budget) {
        int low = 0;
        while (low < level) { // the highest level that fits
            const int middle = (low + level + 1) / 2;
            if (widthAt(middle) <= budget)
                low = middle;
            else
                level = middle - 1;
        }
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        m_header->resizeSection(it.key(), qMax(least.value(it.key()), qMin(it.value(), level)));
    // Large fonts, a narrow window: when even the headers do not fit, the main column
    // keeps its own width and the view scrolls sideways, rather than cutting headers.
    if (widthAt(level) > budget) {
        m_header->setSectionResizeMode(m_mainColumn, QHeaderView::Interactive);
        m_header->resizeSection(m_mainColumn, mainLeast);
    }
    m_fitting = false;
}

bool ReadableColumns::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::Resize)
            scheduleFit();
        else if (event->type() == QEvent::ToolTip)
            return showFullText(event);
    }
    return QObject::eventFilter(watched, event);
}

bool ReadableColumns::showFullText(QEvent* event)
{
    const auto* help = static_cast<QHelpEvent*>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    // A page's own tooltip is shown the usual way.
    if (!index.isValid() || index.data(Qt::ToolTipRole).isValid())
        return false;
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect cell = m_view->visualRect(index);
    const int margins = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    const bool cut = m_view->fontMetrics().horizontalAdvance(text) + margins > cell.width();
    if (text.isEmpty() || !cut) {
        QToolTip::hideText();
        return true;
    }
    // Portal text: always plain, never read as markup.
    QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text.left(MaxToolTipCharacters)),
                       m_view->viewport(), cell);
    return true;
}

} // namespace guichet
