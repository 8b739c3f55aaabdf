#include "BackgroundMode.h"

#include "SettingKeys.h"
#include "Settings.h"
#include "TrayPresence.h"
#include "UiLogging.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace guichet {

BackgroundMode::BackgroundMode(QWidget& window, Settings& settings, TrayPresence& tray,
                               QObject* parent)
    : QObject(parent), m_window(window), m_settings(settings), m_tray(tray)
{
    m_window.installEventFilter(this);
    connect(&m_tray, &TrayPresence::openRequested, this, &BackgroundMode::showWindow);
    connect(&m_tray, &TrayPresence::quitRequested, this, &BackgroundMode::quit);
    connect(&m_settings, &Settings::valueChanged, this, [this](const QString& key) {
        if (key == SettingKeys::KeepRunningInBackground.key)
            applySetting();
    });
    applySetting();
}

bool BackgroundMode::keepsRunning() const
{
    return TrayPresence::isSupported() && m_settings.value(SettingKeys::KeepRunningInBackground);
}

void BackgroundMode::applySetting()
{
    const bool on = keepsRunning();
    m_tray.setVisible(on);
    // With the window hidden, the last window is "closed": only an explicit quit ends.
    QApplication::setQuitOnLastWindowClosed(!on);
}

void BackgroundMode::startHidden()
{
    m_tray.setVisible(true);
    QApplication::setQuitOnLastWindowClosed(false);
    qCInfo(lcUi) << "started in the background";
}

void BackgroundMode::showWindow()
{
    if (m_window.isMinimized())
        m_window.setWindowState(m_window.windowState() & ~Qt::WindowMinimized);
    m_window.show();
    m_window.raise();
    m_window.activateWindow();
}

void BackgroundMode::quit()
{
    m_quitting = true;
    m_window.close();
    QCoreApplication::quit();
}

bool BackgroundMode::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != &m_window || event->type() != QEvent::Close || m_quitting)
        return QObject::eventFilter(watched, event);
    if (keepsRunning()) {
        event->ignore();
        m_window.hide();
        qCInfo(lcUi) << "window closed: running in the background";
        return true;
    }
    // Asked once, where asking makes sense: a notification area exists and nobody
    // decided for the person.
    if (TrayPresence::isSupported() && !m_settings.value(SettingKeys::BackgroundAsked) &&
        !m_settings.isLocked(SettingKeys::KeepRunningInBackground)) {
        event->ignore();
        ask();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void BackgroundMode::ask()
{
    if (m_question)
        return;
    m_question = new QMessageBox(QMessageBox::Question, tr("Keep Guichet Desktop running?"),
                                 tr("Keep Guichet Desktop running when its window is closed?"),
                                 QMessageBox::NoButton, &m_window);
    m_question->setObjectName(QStringLiteral("keepRunningQuestion"));
    m_question->setTextFormat(Qt::PlainText);
    m_question->setInformativeText(
        tr("It then stays in the notification area, keeps your space up to date and tells you "
           "when a dossier moves on, an administration writes to you or someone consults your "
           "data. You can change this at any time in Settings."));
    QPushButton* keep = m_question->addButton(tr("&Keep running"), QMessageBox::YesRole);
    keep->setObjectName(QStringLiteral("keepRunningButton"));
    QPushButton* quitButton = m_question->addButton(tr("&Quit"), QMessageBox::NoRole);
    quitButton->setObjectName(QStringLiteral("quitButton"));
    m_question->setDefaultButton(keep);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    m_question->setWindowModality(Qt::WindowModal);
    connect(m_question, &QMessageBox::finished, this, [this, keep] {
        const bool keepRunning = m_question && m_question->clickedButton() == keep;
        (void)m_settings.setValue(SettingKeys::BackgroundAsked, true);
        (void)m_settings.setValue(SettingKeys::KeepRunningInBackground, keepRunning);
        // Closing again applies the answer: hidden, or quit (Escape means "Quit", as the
        // close the person started).
        QMetaObject::invokeMethod(&m_window, &QWidget::close, Qt::QueuedConnection);
    });
    m_question->open();
}

} // namespace guichet
