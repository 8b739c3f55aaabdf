#pragma once

#include "Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QLabel;

namespace guichet::forms {
class DraftStore;
}

namespace guichet {

// Saves the draft a moment after each change (so a burst of typing is one write)
// and says so in a small status line: "Saving…", then "Draft saved at 14:02" only
// once the store has committed it. A failed save is shown and tried again at the
// next change.
class DraftAutosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int DelayMs = 400;

    // `content` gives the draft JSON at the time of saving; `status` shows the state.
    DraftAutosave(forms::DraftStore* store, QString draftId, std::function<QJsonObject()> content,
                  QLabel* status, QObject* parent = nullptr);

    // Something changed: save soon.
    void changed();
    // Saves now if a change is waiting; false when that save failed.
    bool flush();
    // The draft was discarded: nothing is saved any more.
    void stop();
    [[nodiscard]] bool isPending() const { return m_timer.isActive(); }
    [[nodiscard]] std::optional<QDateTime> lastSaved() const { return m_savedAt; }
    void retranslate();

Q_SIGNALS:
    void saved(const QDateTime& at);
    void failed(const guichet::Error& error);

private:
    void save();

    forms::DraftStore* m_store;
    QString m_draftId;
    std::function<QJsonObject()> m_content;
    QLabel* m_status;
    QTimer m_timer;
    bool m_stopped = false;
    std::optional<QDateTime> m_savedAt;
    std::optional<Error> m_error;
};

} // namespace guichet
