#pragma once

#include "Error.h"

#include <QObject>
#include <QString>

class QLocalServer;

namespace guichet {

// Makes sure one copy of the application runs per user. The first copy listens on
// a local socket; a later copy connects, asks it to come to the front, waits for
// the answer and exits. Every outcome is reported so the user always sees what happened.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Primary,            // we are the only copy; activationRequested() may follow
        ActivatedOther,     // another copy answered and came to the front
        OtherNotResponding, // another copy holds the socket but did not answer
        Unavailable,        // the check itself failed; we run anyway
    };

    explicit SingleInstance(QString name, QObject* parent = nullptr);
    ~SingleInstance() override;

    // A per-user name; GUICHET_INSTANCE_NAME overrides it (tests).
    [[nodiscard]] static QString defaultName();

    // Blocks up to timeoutMs (before the window exists, so nothing freezes).
    Outcome start(int timeoutMs = 3000);
    [[nodiscard]] const Error& error() const { return m_error; }

Q_SIGNALS:
    void activationRequested();

private:
    Outcome askRunningInstance(int timeoutMs);
    void onNewConnection();

    QString m_name;
    QLocalServer* m_server = nullptr;
    Error m_error;
};

} // namespace guichet
