#include "ViewMemory.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace guichet {
namespace {

const QString GeometryKey = QStringLiteral("window/geometry");

QString splitterKey(const QSplitter& splitter)
{
    return QStringLiteral("splitters/") + splitter.objectName();
}

QString sortKey(const QAbstractItemView& view)
{
    return QStringLiteral("sorting/") + view.objectName();
}

// The header of a list the person can sort, or null.
QHeaderView* sortableHeader(QAbstractItemView* view)
{
    if (auto* tree = qobject_cast<QTreeView*>(view))
        return tree->isSortingEnabled() ? tree->header() : nullptr;
    if (auto* table = qobject_cast<QTableView*>(view))
        return table->isSortingEnabled() ? table->horizontalHeader() : nullptr;
    return nullptr;
}

} // namespace

ViewMemory::ViewMemory(QString file, QObject* parent) : QObject(parent), m_file(std::move(file)) {}

ViewMemory::~ViewMemory()
{
    saveWindow();
}

void ViewMemory::saveWindow()
{
    if (!m_window)
        return;
    QSettings memory(m_file, QSettings::IniFormat);
    memory.setValue(GeometryKey, m_window->saveGeometry());
    // Splitters also move without the person (a page laying itself out): their last
    // place is what counts.
    for (QSplitter* splitter : m_window->findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            memory.setValue(splitterKey(*splitter), splitter->saveState());
}

void ViewMemory::remember(QMainWindow& window)
{
    m_window = &window;
    QSettings memory(m_file, QSettings::IniFormat);
    // A geometry from a screen that is gone is put back on one by Qt.
    if (const QByteArray geometry = memory.value(GeometryKey).toByteArray(); !geometry.isEmpty())
        window.restoreGeometry(geometry);

    for (QSplitter* splitter : window.findChildren<QSplitter*>()) {
        if (splitter->objectName().isEmpty())
            continue;
        // Saved with the window's geometry when it closes: a drag moves it hundreds of
        // times, and the file need not be written each time.
        if (const QByteArray state = memory.value(splitterKey(*splitter)).toByteArray();
            !state.isEmpty())
            splitter->restoreState(state);
    }

    for (QAbstractItemView* view : window.findChildren<QAbstractItemView*>()) {
        QHeaderView* header = sortableHeader(view);
        if (!header || view->objectName().isEmpty())
            continue;
        const QStringList sorted = memory.value(sortKey(*view)).toStringList();
        if (sorted.size() == 2) {
            const int column = sorted.first().toInt();
            if (column >= 0 && column < header->count())
                header->setSortIndicator(column, sorted.last() == QLatin1String("descending")
                                                     ? Qt::DescendingOrder
                                                     : Qt::AscendingOrder);
        }
        connect(header, &QHeaderView::sortIndicatorChanged, this,
                [this, view](int column, Qt::SortOrder order) {
                    QSettings(m_file, QSettings::IniFormat)
                        .setValue(sortKey(*view), QStringList{QString::number(column),
                                                              order == Qt::DescendingOrder
                                                                  ? QStringLiteral("descending")
                                                                  : QStringLiteral("ascending")});
                });
    }
}

} // namespace guichet
