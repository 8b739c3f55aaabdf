#pragma once

#include "Error.h"

#include <QList>
#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QVBoxLayout;

namespace guichet {

class NoticeBar;
class Page;

// The application window: a navigation sidebar on the left, the selected page on
// the right and, above it, notices about problems that do not stop the work.
// Later features add their pages with addPage().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    void addPage(Page* page);
    // A widget above the navigation list (the space switcher); keyboard focus reaches
    // it before the list. The window takes ownership.
    void setNavigationHeader(QWidget* header);
    [[nodiscard]] QList<Page*> pages() const { return m_pages; }
    [[nodiscard]] Page* currentPage() const;
    bool showPage(const QString& pageId);

    void showNotice(const Error& error);
    [[nodiscard]] QList<NoticeBar*> visibleNotices() const;

    // Raises and activates the window (a second launch of the app asks for this).
    void bringToFront();

Q_SIGNALS:
    // Emitted once, after the first paint of the window (used by the start-up benchmark).
    void firstPainted();

protected:
    void changeEvent(QEvent* event) override;
    bool focusNextPrevChild(bool next) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void retranslate();
    void applyLook();
    void applyFont();
    void updateSidebarTitles();

    QWidget* m_navigationColumn = nullptr;
    QListWidget* m_sidebar = nullptr;
    QVBoxLayout* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QVBoxLayout* m_notices = nullptr;
    QList<Page*> m_pages;
    bool m_painted = false;
};

} // namespace guichet
