#pragma once

#include "Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace guichet {

// Secrets the application must keep between runs (the portal's refresh token,
// later the vault key) live in the operating system's keychain — Secret Service
// on Linux, Keychain on macOS, Credential Manager on Windows — never in a file.
// Asynchronous: the keychain may ask the person to unlock it.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QString service = QStringLiteral("guichet-desktop"),
                             QObject* parent = nullptr);

    void store(const QString& account, const QByteArray& secret, std::function<void(Status)> done);
    void load(const QString& account, std::function<void(Result<QByteArray>)> done);
    void remove(const QString& account, std::function<void(Status)> done);

    // Training (demo mode only): from now on every request of every store fails as on
    // a desktop where no keychain service answers (QKeychain's NoBackendAvailable),
    // without asking the system keychain; false asks it again.
    static void simulateNoKeychain(bool unavailable);

private:
    // The failure a request meets while simulateNoKeychain is on, answered
    // asynchronously like a real job; false when the keychain is to be asked.
    [[nodiscard]] bool failIfSimulatedAway(const QString& what,
                                           const std::function<void(Error)>& fail);

    QString m_service;
};

} // namespace guichet
