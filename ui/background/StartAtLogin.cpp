#include "StartAtLogin.h"

#include "ErrorCodes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace guichet::StartAtLogin {
namespace {

const QString BackgroundOption = QStringLiteral("--background");

QString program()
{
    return QCoreApplication::applicationFilePath();
}

Error failed(const QString& detail)
{
    return Error(QString::fromLatin1(ErrorCode::StartAtLoginFailed), detail);
}

#if defined(Q_OS_WIN)

const QString RunKey =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString ValueName = QStringLiteral("Guichet Desktop");

QString command()
{
    return u'"' + QDir::toNativeSeparators(program()) + u'"' + u' ' + BackgroundOption;
}

#else

// A desktop entry's Exec value: the program quoted as the specification asks
// (backslash before ", `, $ and \ inside double quotes).
QString quotedForExec(const QString& path)
{
    QString quoted;
    for (const QChar c : path) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    return u'"' + quoted + u'"';
}

#endif

} // namespace

#if defined(Q_OS_WIN)

QString location()
{
    return RunKey + u'\\' + ValueName;
}

bool isEnabled()
{
    return QSettings(RunKey, QSettings::NativeFormat).value(ValueName).toString() == command();
}

Status setEnabled(bool enabled)
{
    QSettings run(RunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(ValueName, command());
    else
        run.remove(ValueName);
    run.sync();
    if (run.status() != QSettings::NoError)
        return failed(location());
    return {};
}

#else

QString location()
{
#if defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/lu.guichet.Desktop.plist");
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/lu.guichet.Desktop.desktop");
#endif
}

namespace {

QByteArray loginItem()
{
#if defined(Q_OS_MACOS)
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\"><dict>\n"
                          "<key>Label</key><string>lu.guichet.Desktop</string>\n"
                          "<key>ProgramArguments</key><array><string>%1</string>"
                          "<string>%2</string></array>\n"
                          "<key>RunAtLoad</key><true/>\n"
                          "</dict></plist>\n")
        .arg(program().toHtmlEscaped(), BackgroundOption)
        .toUtf8();
#else
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Guichet Desktop\n"
                          "Comment=Keeps your MyGuichet space up to date and tells you what "
                          "changed\n"
                          "Exec=%1 %2\n"
                          "Icon=lu.guichet.Desktop\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(quotedForExec(program()), BackgroundOption)
        .toUtf8();
#endif
}

} // namespace

bool isEnabled()
{
    QFile file(location());
    return file.open(QIODevice::ReadOnly) && file.readAll() == loginItem();
}

Status setEnabled(bool enabled)
{
    const QString path = location();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return failed(path);
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failed(QFileInfo(path).absolutePath());
    // Whole or not at all: a session manager never reads half an entry.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(loginItem()) < 0 || !file.commit())
        return failed(path + QStringLiteral(": ") + file.errorString());
    return {};
}

#endif

} // namespace guichet::StartAtLogin
