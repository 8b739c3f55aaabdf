#include "TrayPresence.h"

#include <QCoreApplication>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace guichet {

TrayPresence::TrayPresence(QObject* parent)
    : QObject(parent), m_icon(new QSystemTrayIcon(
                           QIcon(QStringLiteral(":/guichet/icons/lu.guichet.Desktop.svg")), this)),
      m_menu(new QMenu)
{
    m_open = m_menu->addAction(QString());
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString());
    m_icon->setContextMenu(m_menu);
    connect(m_open, &QAction::triggered, this, &TrayPresence::openRequested);
    connect(m_quit, &QAction::triggered, this, &TrayPresence::quitRequested);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT openRequested();
            });
    // A language switch is sent to the application and its widgets, not to plain
    // objects: this one watches the application.
    QCoreApplication::instance()->installEventFilter(this);
    retranslate();
}

TrayPresence::~TrayPresence()
{
    delete m_menu; // a menu has no QObject parent here (QSystemTrayIcon does not own it)
}

bool TrayPresence::isSupported()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayPresence::setVisible(bool visible)
{
    m_icon->setVisible(visible && isSupported());
}

bool TrayPresence::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TrayPresence::retranslate()
{
    m_icon->setToolTip(tr("Guichet Desktop: keeps your space up to date"));
    m_open->setText(tr("&Open Guichet Desktop"));
    m_quit->setText(tr("&Quit"));
}

} // namespace guichet
