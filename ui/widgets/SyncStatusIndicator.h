#pragma once

#include <QString>
#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;

namespace guichet {

// What the sync engine is doing, as the status bar shows it.
struct SyncStatus
{
    enum class Kind
    {
        Idle,
        Syncing,
        Offline,
        Error,
    };
    Kind kind = Kind::Idle;
    int done = 0;      // Syncing: steps finished...
    int total = 0;     // ...out of total; 0 = unknown (busy indicator)
    QString errorCode; // Error: a code of the error catalogue, e.g. "NET-007"
};

// The sync state in the status bar: words (never colour alone), a progress bar while
// syncing and, on error, the catalogue message with its code for the help desk.
class SyncStatusIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusIndicator(QWidget* parent = nullptr);

    void setState(const SyncStatus& status);
    [[nodiscard]] const SyncStatus& state() const { return m_status; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void announceChange();

    SyncStatus m_status;
    std::optional<SyncStatus::Kind> m_settled; // the last state other than Syncing
    QString m_settledCode;
    bool m_roundSeen = false;
    QLabel* m_text = nullptr;
    QProgressBar* m_progress = nullptr;
};

} // namespace guichet
