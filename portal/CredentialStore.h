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

private:
    QString m_service;
};

} // namespace guichet
