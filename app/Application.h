#pragma once

#include "CommandLine.h"
#include "DiagnosisRunner.h"
#include "PortalEndpoint.h"
#include "ShellContext.h"

#include <QElapsedTimer>

#include <memory>

namespace guichet {

class BackgroundMode;
class CardThread;
class PortalStack;
class TrayPresence;
namespace notify {
class DesktopNotifier;
class NotificationCenter;
} // namespace notify
namespace sim {
class DemoWorld;
} // namespace sim
namespace appearance {
class AppearanceManager;
class SystemAppearance;
} // namespace appearance

class GuiPinPrompt;
class LanguageManager;
class LogSink;
class MainWindow;
class ViewMemory;
class Settings;
class SingleInstance;

// The composition root: creates the services in order, wires them to the window
// and runs the event loop. Requires a QApplication to exist.
class Application
{
public:
    Application(CommandLineOptions options, QElapsedTimer startTimer);
    ~Application();

    // Returns the process exit code.
    int run();

private:
    void startLogging();
    void loadSettings();
    void prepareDataFolder();
    [[nodiscard]] bool claimSingleInstance(); // false: this copy must exit
    void startCardThread();
    void startDemoWorld();
    // Demo mode: the training scenarios (--scenario, the Diagnostics page's picker).
    void offerTraining();
    // The configured portal (settings, --portal); without one, the reason is kept for
    // the Home and Sign in pages.
    void startConfiguredPortal();
    void startPortalStack(const net::PortalEndpoint& endpoint, const QString& portalName);
    // "Start the demo" when no portal is configured: this copy hands over to a demo one.
    void restartInDemo();
    // The Diagnostics page's checks: the same composition as `guichet --diagnose`.
    void prepareDiagnosis();
    // Desktop notifications and the notification area (not for screenshots and benchmarks).
    void prepareNotifications();
    void buildWindow();
    // Closing the window, --background, the tray and clicks on notifications.
    void connectBackground();
    void waitForFirstTokens();
    int writeScreenshots();
    void reportFirstPaint();

    CommandLineOptions m_options;
    QElapsedTimer m_startTimer;
    int m_exitCode = 0;
    std::unique_ptr<LogSink> m_log;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<appearance::SystemAppearance> m_systemLook;
    std::unique_ptr<appearance::AppearanceManager> m_appearance;
    std::unique_ptr<SingleInstance> m_instance;
    ShellContext m_context;
    // Before the window, which shows its reports: destroyed after it.
    std::unique_ptr<diagnosis::Runner> m_diagnosis;
    // Before the window, which the notification center leads to: destroyed after it.
    std::unique_ptr<TrayPresence> m_tray;
    std::unique_ptr<notify::DesktopNotifier> m_notifier;
    std::unique_ptr<notify::NotificationCenter> m_notifications;
    std::unique_ptr<MainWindow> m_window;
    // After the window: saves its geometry while it still exists.
    std::unique_ptr<ViewMemory> m_viewMemory;
    std::unique_ptr<BackgroundMode> m_background;
    std::unique_ptr<GuiPinPrompt> m_pinPrompt;
    // Demo mode: the simulated readers, card and portal; outlives what uses them.
    std::unique_ptr<sim::DemoWorld> m_demo;
    // Session, public and personal space of the portal this run talks to.
    std::unique_ptr<PortalStack> m_stack;
    std::unique_ptr<CardThread> m_cardThread; // destroyed first: stops card work
};

// For --help, --version and command-line errors: prints to the terminal in the
// chosen or system language. Requires a QCoreApplication.
int runConsole(const QStringList& args, const CommandLineOptions& firstParse);

// True when a window can be shown (a display exists or a Qt platform was chosen).
[[nodiscard]] bool hasDisplay();

} // namespace guichet
