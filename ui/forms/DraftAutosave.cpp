#include "DraftAutosave.h"

#include "Announcer.h"
#include "DraftStore.h"

#include <QLabel>
#include <QLocale>

namespace guichet {

DraftAutosave::DraftAutosave(forms::DraftStore* store, QString draftId,
                             std::function<QJsonObject()> content, QLabel* status, QObject* parent)
    : QObject(parent), m_store(store), m_draftId(std::move(draftId)), m_content(std::move(content)),
      m_status(status)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosave::save);
    retranslate();
}

void DraftAutosave::changed()
{
    if (m_stopped || !m_store)
        return;
    m_timer.start(); // restarts: the save waits for a pause in the typing
    retranslate();
}

bool DraftAutosave::flush()
{
    if (!m_timer.isActive())
        return !m_error;
    m_timer.stop();
    save();
    return !m_error;
}

void DraftAutosave::stop()
{
    m_stopped = true;
    m_timer.stop();
    retranslate();
}

void DraftAutosave::save()
{
    if (m_stopped || !m_store)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Status done = m_store->save(m_draftId, m_content(), now);
    if (!done) {
        m_error = done.error();
        retranslate();
        Announcer::announce(m_status, m_status->text());
        Q_EMIT failed(done.error());
        return;
    }
    // Said once per form and after a failure, not after every pause in the typing: a
    // screen reader would otherwise talk over the person's own keys.
    const bool news = !m_savedAt || m_error;
    m_error.reset();
    m_savedAt = now;
    retranslate();
    if (news)
        Announcer::announce(m_status, m_status->text());
    Q_EMIT saved(now);
}

void DraftAutosave::retranslate()
{
    QString text;
    if (m_stopped || !m_store)
        text.clear();
    else if (m_timer.isActive())
        text = tr("Saving…");
    else if (m_error)
        text = tr("The draft could not be saved: %1 It will be tried again at your next change.")
                   .arg(m_error->userMessage());
    else if (m_savedAt)
        text = tr("Draft saved at %1")
                   .arg(QLocale().toString(m_savedAt->toLocalTime().time(), QLocale::ShortFormat));
    m_status->setText(text);
    m_status->setAccessibleName(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace guichet
