#pragma once

#include <QString>

namespace guichet::net {

// How the client reaches the portal through a proxy. Credentials are given to the
// proxy once when it asks; a proxy that refuses them ends the call with NET-009
// instead of asking the user again and again.
struct ProxySettings
{
    enum class Mode
    {
        System, // the operating system's configuration (environment, libproxy)
        Manual,
        None,
    };
    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user;
    QString password; // from the keychain only, under passwordAccount()

    // The keychain account holding a manual proxy's password.
    [[nodiscard]] static QString passwordAccount() { return QStringLiteral("proxy-password"); }
};

} // namespace guichet::net
