#include "MainWindow.h"

#include "NoticeBar.h"
#include "Page.h"
#include "PageIcons.h"
#include "appearance/Look.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet {
namespace {

// The navigation is as wide as its longest entry in the current language, between
// these bounds; an entry longer than the widest wraps rather than being cut.
constexpr int NavigationWidth = 200;
constexpr QSize DefaultSize(1180, 720);
constexpr int NavigationMaxWidth = 320;
// An entry's padding in the style sheet below (12 px each side) and a little air.
constexpr int NavigationItemMargins = 2 * 12 + 8;
// The colour of the navigation's text (style sheet below), and so of its icons.

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));

    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("navigation"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setWordWrap(true);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setIconSize(QSize(20, 20));

    // F6 goes to the navigation from anywhere in the window, as in other programs' panes.
    auto* toNavigation = new QShortcut(QKeySequence(Qt::Key_F6), this);
    connect(toNavigation, &QShortcut::activated, this,
            [this] { m_sidebar->setFocus(Qt::ShortcutFocusReason); });

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("pages"));

    m_notices = new QVBoxLayout;
    m_notices->setContentsMargins(12, 12, 12, 0);
    m_notices->setSpacing(6);

    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addLayout(m_notices);
    right->addWidget(m_stack, 1);

    // The navigation column: an optional header (the space switcher) above the list.
    auto* navigation = new QWidget;
    m_navigationColumn = navigation;
    navigation->setObjectName(QStringLiteral("navigationColumn"));
    navigation->setFixedWidth(NavigationWidth);
    navigation->setAttribute(Qt::WA_StyledBackground);
    m_navigation = new QVBoxLayout(navigation);
    m_navigation->setContentsMargins(0, 0, 0, 0);
    m_navigation->setSpacing(0);
    m_navigation->addWidget(m_sidebar, 1);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(navigation);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // Fits a 1280×800 or 1366×768 screen with its panels, and leaves the lists room for
    // their columns beside the navigation.
    resize(DefaultSize);
    appearance::followLook(this, &MainWindow::applyLook);
    applyFont();
    retranslate();
}

void MainWindow::applyLook()
{
    // The navigation's own colours, from the look in force (appearance/Look.cpp holds
    // them with their contrasts).
    const appearance::LookColours& colours = appearance::coloursOf(appearance::currentLook());
    m_sidebar->setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: %1; color: %2; padding-top: 12px;"
                       " outline: 0; }"
                       "QListWidget#navigation::item { padding: 8px 12px; border: none; }"
                       "QListWidget#navigation::item:selected { background: %3; color: %4; }"
                       // The focus is never shown by colour alone: the entry with it is framed.
                       "QListWidget#navigation::item:focus { border: 2px solid %2; }")
            .arg(colours.navigation.background.name(), colours.navigation.text.name(),
                 colours.navigationSelected.background.name(),
                 colours.navigationSelected.text.name()));
    m_navigationColumn->setStyleSheet(QStringLiteral("#navigationColumn { background: %1; }")
                                          .arg(colours.navigation.background.name()));
    for (int row = 0; row < m_sidebar->count(); ++row) {
        QListWidgetItem* item = m_sidebar->item(row);
        item->setIcon(PageIcons::forPage(item->data(Qt::UserRole).toString(),
                                         colours.navigation.text, colours.navigationSelected.text));
    }
}

void MainWindow::addPage(Page* page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(
        PageIcons::forPage(
            page->pageId(), appearance::coloursOf(appearance::currentLook()).navigation.text,
            appearance::coloursOf(appearance::currentLook()).navigationSelected.text),
        page->title(), m_sidebar);
    item->setData(Qt::UserRole, page->pageId());
    connect(page, &Page::titleChanged, this, &MainWindow::updateSidebarTitles);
    if (m_sidebar->currentRow() < 0)
        m_sidebar->setCurrentRow(0);
    updateSidebarTitles();
}

bool MainWindow::focusNextPrevChild(bool next)
{
    // Tab goes through the navigation column, then the page shown, each in the order
    // its widgets come in the focus chain. Qt's chain is the order widgets were made:
    // the space switcher and whatever a page makes later (a message's text, a consent's
    // button, Home's links) would otherwise come after the switcher, split from their
    // page (found by tests/e2e/keyboard_only.py).
    QList<QWidget*> navigation;
    QList<QWidget*> page;
    for (QWidget* widget = nextInFocusChain(); widget && widget != this;
         widget = widget->nextInFocusChain()) {
        if (widget->window() != this || !widget->isVisible() || !widget->isEnabled() ||
            (widget->focusPolicy() & Qt::TabFocus) != Qt::TabFocus || widget->focusProxy())
            continue;
        (m_navigationColumn->isAncestorOf(widget) ? navigation : page).append(widget);
    }
    // The column reads top to bottom: the space switcher, then the pages.
    std::stable_sort(navigation.begin(), navigation.end(), [this](QWidget* a, QWidget* b) {
        return a->mapTo(m_navigationColumn, QPoint(0, 0)).y() <
               b->mapTo(m_navigationColumn, QPoint(0, 0)).y();
    });
    const QList<QWidget*> order = navigation + page;
    QWidget* current = focusWidget();
    const qsizetype at = current ? order.indexOf(current) : -1;
    if (at < 0 || order.size() < 2)
        return QMainWindow::focusNextPrevChild(next);
    QWidget* target = order.at((at + (next ? 1 : order.size() - 1)) % order.size());
    target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

void MainWindow::setNavigationHeader(QWidget* header)
{
    m_navigation->insertWidget(0, header);
    setTabOrder(header, m_sidebar);
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_stack->currentWidget());
}

bool MainWindow::showPage(const QString& pageId)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->pageId() == pageId) {
            m_sidebar->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void MainWindow::showNotice(const Error& error)
{
    // The same problem reported twice is shown once.
    for (NoticeBar* bar : visibleNotices()) {
        if (bar->error() == error)
            return;
    }
    auto* bar = new NoticeBar;
    m_notices->addWidget(bar);
    bar->showError(error);
}

QList<NoticeBar*> MainWindow::visibleNotices() const
{
    QList<NoticeBar*> result;
    for (int i = 0; i < m_notices->count(); ++i) {
        auto* bar = qobject_cast<NoticeBar*>(m_notices->itemAt(i)->widget());
        if (bar && !bar->isHidden())
            result.append(bar);
    }
    return result;
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::applyFont()
{
    // A tenth larger than the text of the pages, and so larger too when the desktop's
    // fonts are (a fixed size in the style sheet ignored large fonts).
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.1);
    m_sidebar->setFont(larger);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange)
        applyFont();
    QMainWindow::changeEvent(event);
}

void MainWindow::paintEvent(QPaintEvent* event)
{
    QMainWindow::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        // Queued so that the whole first frame is finished when the signal is seen.
        QTimer::singleShot(0, this, &MainWindow::firstPainted);
    }
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Guichet Desktop"));
    m_sidebar->setAccessibleName(tr("Main navigation"));
    updateSidebarTitles();
}

void MainWindow::updateSidebarTitles()
{
    for (int i = 0; i < m_pages.size() && i < m_sidebar->count(); ++i)
        m_sidebar->item(i)->setText(m_pages[i]->title());
    // "Wer auf meine Daten zugegriffen hat" must not read "Wer auf meine Daten zu…".
    m_sidebar->ensurePolished(); // the style sheet's font
    int widest = 0;
    for (int i = 0; i < m_sidebar->count(); ++i)
        widest =
            qMax(widest, m_sidebar->fontMetrics().horizontalAdvance(m_sidebar->item(i)->text()));
    // Each entry has its icon in front of the text, with the style's gap between them.
    const int icon = m_sidebar->iconSize().width() +
                     m_sidebar->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) * 2 + 4;
    const int width =
        qBound(NavigationWidth, widest + icon + NavigationItemMargins + 2 * m_sidebar->spacing(),
               NavigationMaxWidth);
    m_navigationColumn->setFixedWidth(width);
    // An entry longer than the widest wraps. Its height is given here, for the text's
    // width beside the icon: the style's own estimate ignores the style sheet's padding,
    // and a row one line too short is drawn cut ("…") instead of wrapped.
    const int textWidth = width - icon - NavigationItemMargins - 2 * m_sidebar->spacing();
    const int iconHeight = m_sidebar->iconSize().height();
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QListWidgetItem* item = m_sidebar->item(i);
        const QRect text = m_sidebar->fontMetrics().boundingRect(
            QRect(0, 0, qMax(1, textWidth), 100'000), Qt::TextWordWrap, item->text());
        item->setSizeHint(
            QSize(width - 2 * m_sidebar->spacing(), qMax(text.height(), iconHeight) + 2 * 8));
    }
}

} // namespace guichet
