#include "SyncStatusIndicator.h"

#include "Announcer.h"
#include "Error.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace guichet {

SyncStatusIndicator::SyncStatusIndicator(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("syncStatusText"));
    m_text->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    layout->addWidget(m_text);
    layout->addWidget(m_progress);
    refresh();
}

void SyncStatusIndicator::setState(const SyncStatus& status)
{
    m_status = status;
    refresh();
    announceChange();
}

void SyncStatusIndicator::announceChange()
{
    // The steps of a round are not news, and neither is "Up to date" every five
    // minutes: what is said is the end of the first round, a loss of connection or an
    // error, and the way back from them.
    const SyncStatus::Kind kind = m_status.kind;
    if (kind == SyncStatus::Kind::Syncing) {
        m_roundSeen = true;
        return;
    }
    if (!m_settled && !m_roundSeen && kind == SyncStatus::Kind::Idle)
        return; // before any round: nothing happened yet
    const bool news = !m_settled || *m_settled != kind ||
                      (kind == SyncStatus::Kind::Error && m_settledCode != m_status.errorCode);
    m_settled = kind;
    m_settledCode = m_status.errorCode;
    if (news)
        Announcer::announce(this, m_text->text());
}

void SyncStatusIndicator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void SyncStatusIndicator::refresh()
{
    QString text;
    switch (m_status.kind) {
    case SyncStatus::Kind::Idle:
        text = tr("Up to date");
        break;
    case SyncStatus::Kind::Syncing:
        text = m_status.total > 0 ? tr("Syncing… %1 of %2").arg(m_status.done).arg(m_status.total)
                                  : tr("Syncing…");
        break;
    case SyncStatus::Kind::Offline:
        text = tr("Offline — showing the saved copy");
        break;
    case SyncStatus::Kind::Error: {
        const Error error(m_status.errorCode);
        text = tr("Sync failed: %1 (%2)").arg(error.userMessage(), m_status.errorCode);
        m_text->setToolTip(error.whatToDo());
        break;
    }
    }
    if (m_status.kind != SyncStatus::Kind::Error)
        m_text->setToolTip({});
    m_text->setText(text);
    m_progress->setVisible(m_status.kind == SyncStatus::Kind::Syncing);
    // total 0 makes QProgressBar a busy indicator.
    m_progress->setRange(0, qMax(0, m_status.total));
    m_progress->setValue(qMin(m_status.done, m_status.total));
    setAccessibleName(text);
    m_progress->setAccessibleName(text);
}

} // namespace guichet
