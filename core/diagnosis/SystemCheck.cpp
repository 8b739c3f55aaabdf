#include "SystemCheck.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <openssl/crypto.h>

namespace guichet::diagnosis {
namespace {

QString sessionType()
{
    const QString declared = qEnvironmentVariable("XDG_SESSION_TYPE");
    if (!declared.isEmpty())
        return declared;
    if (qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        return QStringLiteral("wayland");
    if (qEnvironmentVariableIsSet("DISPLAY"))
        return QStringLiteral("x11");
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return QStringLiteral("desktop");
#else
    return QStringLiteral("none (no display)");
#endif
}

} // namespace

Check systemCheck()
{
    Check check;
    check.layer = Layer::System;
    check.state = CheckState::Ok;
    check.add(QStringLiteral("application"), QCoreApplication::applicationVersion());
    check.add(QStringLiteral("qt"),
              QStringLiteral("%1 (built with %2)")
                  .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    check.add(QStringLiteral("openssl"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
    check.add(QStringLiteral("os"), QSysInfo::prettyProductName());
    check.add(QStringLiteral("kernel"),
              QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion());
    check.add(QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture());
    check.add(QStringLiteral("session"), sessionType());
    const QString desktop = qEnvironmentVariable("XDG_CURRENT_DESKTOP");
    if (!desktop.isEmpty())
        check.add(QStringLiteral("desktop"), desktop);
    return check;
}

} // namespace guichet::diagnosis
