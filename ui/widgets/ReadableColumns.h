#pragma once

#include <QObject>
#include <QSet>

class QAbstractItemView;
class QHeaderView;
class QTableView;
class QTreeView;

namespace guichet {

// How a list shares its width (docs/ui.md): the column that matters (a subject, a
// procedure, a purpose) takes what is free; every other column fits its content but
// takes at most a quarter of the view, and never less than its header's text. A
// column the person resized keeps their width. A text cut short by its column shows
// in full, as plain text, in a tooltip; screen readers read the full text already
// (the cell's text is never shortened, only its painting).
class ReadableColumns final : public QObject
{
public:
    // Owned by the view.
    static ReadableColumns* apply(QTreeView* view, int mainColumn);
    static ReadableColumns* apply(QTableView* view, int mainColumn);

    // Widths now (the next event loop turn does it by itself after every change).
    void fit();

    // Tooltips longer than this are cut: a 100 kB text would fill the screen.
    static constexpr int MaxToolTipCharacters = 2000;

private:
    ReadableColumns(QAbstractItemView* view, QHeaderView* header, int mainColumn);
    bool eventFilter(QObject* watched, QEvent* event) override;
    void scheduleFit();
    void watchModel();
    [[nodiscard]] bool showFullText(QEvent* event);

    QAbstractItemView* m_view;
    QHeaderView* m_header;
    int m_mainColumn;
    QSet<int> m_resizedByPerson;
    bool m_fitting = false;
    bool m_fitScheduled = false;
};

} // namespace guichet
