// guichet: the desktop client's executable. Everything is built in the libraries;
// this file only decides between the terminal path and the window path.
#include "Application.h"
#include "CommandLine.h"

#include <QApplication>
#include <QElapsedTimer>

int main(int argc, char* argv[])
{
    QElapsedTimer startTimer;
    startTimer.start();

    QCoreApplication::setOrganizationName(QStringLiteral("guichet-desktop"));
    QCoreApplication::setApplicationName(QStringLiteral("guichet"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Guichet Desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("lu.guichet.Desktop"));

    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const guichet::CommandLineOptions options = guichet::parseCommandLine(args);

    const bool screenshots = !options.screenshotsDirectory.isEmpty();
    if (screenshots && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (options.fatalError || options.showHelp || options.showVersion ||
        !options.explainCode.isEmpty() || options.diagnose || !guichet::hasDisplay()) {
        QCoreApplication console(argc, argv);
        return guichet::runConsole(args, options);
    }

    QApplication app(argc, argv);
    guichet::Application application(options, startTimer);
    return application.run();
}
