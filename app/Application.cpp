#include "Application.h"

#include "AppLogging.h"
#include "CardService.h"
#include "CardThread.h"
#include "DemoSetup.h"
#include "DemoWorld.h"
#include "DiagnoseCommand.h"
#include "ErrorCodes.h"
#include "ErrorExplanation.h"
#include "GuiPinPrompt.h"
#include "LanguageManager.h"
#include "LogSink.h"
#include "Logging.h"
#include "MainWindow.h"
#include "NotificationCenter.h"
#include "TrayNotifier.h"
#include "appearance/AppearanceManager.h"
#include "appearance/SystemAppearance.h"
#include "background/BackgroundMode.h"
#include "background/StartAtLogin.h"
#include "background/TrayPresence.h"
#if GUICHET_HAS_FREEDESKTOP_NOTIFICATIONS
#include "FreedesktopNotifier.h"
#endif
#include "PersonalSpace.h"
#include "PortalConfiguration.h"
#include "PortalStack.h"
#include "ScreenshotTour.h"
#include "SessionManager.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "ShellPages.h"
#include "SingleInstance.h"
#include "SpaceList.h"
#include "SystemDiagnosis.h"
#include "TrainingScenarios.h"
#include "ViewMemory.h"
#include "pages/DocumentsPage.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace guichet {
namespace {

void printLine(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

QString errorForTerminal(const Error& error)
{
    QString text = error.summary() + QLatin1Char('\n') + error.whatToDo();
    if (!error.detail().isEmpty())
        text += QStringLiteral("\n(") + error.detail() + QLatin1Char(')');
    return text;
}

// Resident memory of this process in KiB (Linux); 0 where unknown.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    // /proc files report size 0, so read them whole instead of testing atEnd().
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

int runConsole(const QStringList& args, const CommandLineOptions& firstParse)
{
    LanguageManager languages;
    languages.setLanguage(firstParse.language.isEmpty() ? LanguageManager::systemDefault()
                                                        : firstParse.language);
    // Parse again now that the translators are installed, for translated texts.
    const CommandLineOptions options = parseCommandLine(args);
    if (options.fatalError) {
        printLine(stderr, errorForTerminal(*options.fatalError));
        return 2;
    }
    if (options.showVersion) {
        printLine(stdout, QStringLiteral("%1 %2").arg(QGuiApplication::applicationDisplayName(),
                                                      QCoreApplication::applicationVersion()));
        return 0;
    }
    if (options.showHelp) {
        printLine(stdout, options.helpText);
        return 0;
    }
    if (!options.explainCode.isEmpty()) {
        // 0: the code is explained; 1: it is not a code of this version (APP-008).
        const Result<QString> explanation = explainErrorCode(options.explainCode);
        if (!explanation) {
            printLine(stderr, errorForTerminal(explanation.error()));
            return 1;
        }
        printLine(stdout, explanation.value());
        return 0;
    }
    if (options.diagnose)
        return runDiagnose(options);
    // No display: say so in the user's language and how to still see the application.
    printLine(stderr, errorForTerminal(Error(ErrorCode::NoDisplay)));
    return 1;
}

Application::Application(CommandLineOptions options, QElapsedTimer startTimer)
    : m_options(std::move(options)), m_startTimer(startTimer)
{}

Application::~Application()
{
    // The window goes first, while what its pages use still exists: an open form saves
    // its last answers into the drafts of the personal space on the way out (quitting
    // with a form open used to write through a draft store already destroyed).
    m_background.reset();
    m_viewMemory.reset(); // keeps the window's arrangement, so before the window
    m_window.reset();
}

void Application::startLogging()
{
    m_log = std::make_unique<LogSink>();
    m_log->install();
}

void Application::loadSettings()
{
    m_settings =
        std::make_unique<Settings>(Settings::defaultUserFile(), Settings::defaultSystemFile());
    m_languages = std::make_unique<LanguageManager>();
    QString language = m_options.language;
    if (language.isEmpty())
        language = m_settings->value(SettingKeys::Language);
    if (language.isEmpty())
        language = LanguageManager::systemDefault();
    m_languages->setLanguage(language);
    applyLogLevel(
        logLevelFromName(m_settings->value(SettingKeys::LogLevel)).value_or(LogLevel::Info));
    // Before any window: the platform's own palette is read first, then the look applied.
    m_systemLook = std::make_unique<appearance::SystemAppearance>();
    m_appearance = std::make_unique<appearance::AppearanceManager>(*m_systemLook);
    m_appearance->setChoice(m_options.theme.isEmpty() ? m_settings->value(SettingKeys::Theme)
                                                      : m_options.theme);
    m_context.settings = m_settings.get();
    m_context.languages = m_languages.get();
    m_context.appearance = m_appearance.get();
}

void Application::prepareDataFolder()
{
    m_context.paths = DataPaths(m_settings->value(SettingKeys::DataDirectory));
    m_context.dataFolderStatus = DataPaths::ensureWritable(m_context.paths.root());
    if (!m_context.dataFolderStatus) {
        qCWarning(lcApp) << m_context.dataFolderStatus.error();
        return;
    }
    if (Status opened = m_log->openFile(m_context.paths.logDirectory()); !opened)
        qCWarning(lcApp) << opened.error();
    m_context.logFile = m_log->filePath();
    qCInfo(lcApp) << "Guichet Desktop" << GUICHET_VERSION << "started, language"
                  << m_languages->language();
}

bool Application::claimSingleInstance()
{
    m_instance = std::make_unique<SingleInstance>(SingleInstance::defaultName());
    switch (m_instance->start()) {
    case SingleInstance::Outcome::Primary:
        return true;
    case SingleInstance::Outcome::ActivatedOther:
        printLine(stdout, QCoreApplication::translate(
                              "Application", "Guichet Desktop is already running: its window "
                                             "was brought to the front."));
        return false;
    case SingleInstance::Outcome::OtherNotResponding: {
        const Error& error = m_instance->error();
        qCWarning(lcApp) << error;
        QMessageBox box(QMessageBox::Warning,
                        QCoreApplication::translate("Application", "Guichet Desktop"),
                        error.userMessage(), QMessageBox::Close);
        box.setInformativeText(QCoreApplication::translate("Application", "%1\n\nError code: %2")
                                   .arg(error.whatToDo(), error.code()));
        box.setTextFormat(Qt::PlainText);
        box.exec();
        m_exitCode = 1;
        return false;
    }
    case SingleInstance::Outcome::Unavailable:
        // Run anyway; the window shows the notice.
        qCWarning(lcApp) << m_instance->error();
        return true;
    }
    return true;
}

void Application::startCardThread()
{
    if (m_options.demo) {
        startDemoWorld();
        return;
    }
    m_cardThread =
        std::make_unique<CardThread>(m_settings->userFile(), Settings::defaultSystemFile());
    m_context.cards = m_cardThread->service();
    startConfiguredPortal();
}

void Application::startDemoWorld()
{
    m_demo = std::make_unique<sim::DemoWorld>(m_options.persona);
    m_cardThread =
        makeDemoCardThread(m_settings->userFile(), Settings::defaultSystemFile(), *m_demo);
    m_context.cards = m_cardThread->service();
    const Result<net::PortalEndpoint> endpoint = startDemoPortal(*m_demo);
    if (!endpoint) {
        qCWarning(lcApp) << "simulated portal did not start:" << endpoint.error();
        m_context.portalProblem = endpoint.error();
        return;
    }
    qCInfo(lcApp) << "simulated portal on" << endpoint.value().url.toString();
    // Its port changes at every start; its people's local data must not.
    startPortalStack(endpoint.value(), QStringLiteral("demo"));
    offerTraining();
}

void Application::offerTraining()
{
    m_demo->setTrainingSwitches(demoTrainingSwitches(
        [this](const net::ProxySettings& proxy) { m_stack->useProxy(proxy); }));
    for (const sim::TrainingScenario& scenario : sim::trainingScenarios())
        m_context.trainingScenarios.append({scenario.id, QLatin1String(scenario.title)});
    m_context.switchTrainingScenario = [this](const QString& id) {
        if (Status applied = m_demo->applyScenario(id); !applied)
            qCWarning(lcApp) << applied.error();
        else
            qCInfo(lcApp) << "training scenario" << (id.isEmpty() ? QStringLiteral("none") : id);
    };
    if (!m_options.scenario.isEmpty()) {
        m_context.switchTrainingScenario(m_options.scenario);
        m_context.trainingScenario = m_options.scenario;
    }
}

void Application::startConfiguredPortal()
{
    const Result<net::PortalEndpoint> endpoint =
        configuredPortal(*m_settings, m_options.portalUrl, m_options.portalCaFile);
    if (!endpoint) {
        // Nothing is sent anywhere; the card pages work and Home says what to do.
        qCWarning(lcApp) << "no portal:" << endpoint.error();
        m_context.portalProblem = endpoint.error();
        return;
    }
    qCInfo(lcApp) << "portal" << endpoint.value().url.toString();
    startPortalStack(endpoint.value(), endpoint.value().url.toString());
}

void Application::startPortalStack(const net::PortalEndpoint& endpoint, const QString& portalName)
{
    net::PortalEndpoint inLanguage = endpoint;
    inLanguage.language = m_languages->language();
    m_stack = std::make_unique<PortalStack>(inLanguage, portalName, m_context.paths);
    // The portal answers in the interface's language, switched with it.
    QObject::connect(m_languages.get(), &LanguageManager::languageChanged, m_stack.get(),
                     [this](const QString& code) { m_stack->setLanguage(code); });
    m_stack->start();
    m_stack->fillContext(m_context);
    // Taking the card out ends the session when the setting asks for it.
    m_stack->followCards(*m_context.cards,
                         [this] { return m_settings->value(SettingKeys::LockOnCardRemoval); });
    if (m_log) // the signed-in person's names never reach the log file
        m_stack->redactNamesIn(m_log->redactor());
}

void Application::restartInDemo()
{
    // The single-instance guard is released first, or the new copy would only bring
    // this window to the front.
    m_instance.reset();
    QStringList arguments{QStringLiteral("--demo")};
    if (!m_options.language.isEmpty())
        arguments << QStringLiteral("--lang") << m_options.language;
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments)) {
        m_window->showNotice(
            Error(ErrorCode::BadCommandLine,
                  QStringLiteral("could not start ") + QCoreApplication::applicationFilePath()));
        return;
    }
    QCoreApplication::quit();
}

void Application::waitForFirstTokens()
{
    // Screenshots should show the card as a person would see it a moment after start.
    QEventLoop loop;
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    QObject::connect(m_context.cards, &CardService::tokensChanged, &loop, &QEventLoop::quit);
    QObject::connect(m_context.cards, &CardService::readersChanged, &loop, &QEventLoop::quit);
    loop.exec();
    QCoreApplication::processEvents();
}

void Application::prepareDiagnosis()
{
    DiagnosisTargets targets;
    targets.cards = m_context.cards;
    if (m_stack)
        targets.portal = m_stack->endpoint();
    else
        targets.portal = m_context.portalProblem.value_or(Error(ErrorCode::PortalNotConfigured));
    targets.dataRoot = m_context.paths.root();
    m_diagnosis = makeSystemDiagnosis(targets);
    m_context.diagnosis = m_diagnosis.get();
    if (m_log)
        m_context.logRedactor = &m_log->redactor();
}

void Application::prepareNotifications()
{
    m_tray = std::make_unique<TrayPresence>();
#if GUICHET_HAS_FREEDESKTOP_NOTIFICATIONS
    m_notifier = std::make_unique<notify::FreedesktopNotifier>();
#endif
    // Without the D-Bus service, the notification area's balloons where there is one;
    // otherwise the unavailable notifier stays, so Diagnostics can say why.
    if ((!m_notifier || !m_notifier->isAvailable()) && TrayPresence::isSupported())
        m_notifier = std::make_unique<notify::TrayNotifier>(*m_tray->icon());
    m_notifications = std::make_unique<notify::NotificationCenter>(*m_settings, m_notifier.get());
    m_context.notifications = m_notifications.get();
    if (m_stack)
        m_stack->tellThrough(*m_notifications);
    QObject::connect(m_context.cards, &CardService::tokensChanged, m_notifications.get(),
                     &notify::NotificationCenter::tokensPresent);
    // An administrator's lock on "start at login" is kept at every start.
    if (m_settings->isLocked(SettingKeys::StartAtLoginSetting)) {
        const bool wanted = m_settings->value(SettingKeys::StartAtLoginSetting);
        if (StartAtLogin::isEnabled() != wanted)
            if (Status set = StartAtLogin::setEnabled(wanted); !set)
                qCWarning(lcApp) << set.error();
    }
}

void Application::connectBackground()
{
    m_background = std::make_unique<BackgroundMode>(*m_window, *m_settings, *m_tray);
    QObject::connect(m_notifications.get(), &notify::NotificationCenter::openRequested,
                     m_window.get(),
                     [this](const QString& spaceId, const QString& pageId, const QString& itemId) {
                         if (m_context.spaces && !spaceId.isEmpty())
                             m_context.spaces->choose(spaceId);
                         m_background->showWindow();
                         openPlace(*m_window, pageId, itemId);
                     });
}

void Application::buildWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setWindowIcon(QIcon(QStringLiteral(":/guichet/icons/lu.guichet.Desktop.svg")));
    // Offered on Home (and, without a portal, with the reason why) outside demo mode.
    if (!m_options.demo)
        m_context.startDemo = [this] { restartInDemo(); };
    installShellPages(*m_window, m_context);
    if (m_stack) {
        SessionManager* sessions = &m_stack->sessions();
        PersonalSpace* space = &m_stack->personal();
        QObject::connect(sessions, &SessionManager::lockedByCardRemoval, m_window.get(), [this] {
            m_window->showNotice(
                Error(ErrorCode::AuthSessionExpired, QStringLiteral("card taken out")));
        });
        QObject::connect(sessions, &SessionManager::keychainProblem, m_window.get(),
                         &MainWindow::showNotice);
        QObject::connect(sessions, &SessionManager::sessionExpired, m_window.get(),
                         &MainWindow::showNotice);
        QObject::connect(sessions, &SessionManager::signedInOffline, m_window.get(),
                         &MainWindow::showNotice);
        QObject::connect(m_stack.get(), &PortalStack::problem, m_window.get(),
                         &MainWindow::showNotice);
        if (auto* documents = m_window->findChild<DocumentsPage*>())
            QObject::connect(documents, &DocumentsPage::uploadRequested, space,
                             &PersonalSpace::uploadDocument);
        if (auto* indicator = m_window->findChild<SyncStatusIndicator*>())
            QObject::connect(space, &PersonalSpace::syncStatusChanged, indicator,
                             &SyncStatusIndicator::setState);
    }
    m_pinPrompt = std::make_unique<GuiPinPrompt>(m_window.get());
    m_cardThread->start(m_pinPrompt.get());

    if (m_options.languageError)
        m_window->showNotice(*m_options.languageError);
    // Qt's own translations are files of the system (APP-007 when missing): said at start
    // and after each switch to a language that lacks them.
    const auto showLanguageProblem = [this] {
        if (const std::optional<Error>& problem = m_languages->problem())
            m_window->showNotice(*problem);
    };
    showLanguageProblem();
    QObject::connect(m_languages.get(), &LanguageManager::languageChanged, m_window.get(),
                     showLanguageProblem);
    for (const Error& problem : m_settings->loadProblems())
        m_window->showNotice(problem);
    if (!m_context.dataFolderStatus)
        m_window->showNotice(m_context.dataFolderStatus.error());
    else if (m_context.logFile.isEmpty())
        m_window->showNotice(Error(ErrorCode::LogFileUnavailable));
    if (m_instance && !m_instance->error().code().isEmpty())
        m_window->showNotice(m_instance->error());
    if (m_instance) {
        QObject::connect(m_instance.get(), &SingleInstance::activationRequested, m_window.get(),
                         &MainWindow::bringToFront);
    }
}

int Application::writeScreenshots()
{
    // In demo mode the tour also signs in and pictures the signed-in pages and a form.
    ScreenshotTour tour(*m_window, *m_languages, m_context);
    const Result<QStringList> written =
        tour.run(m_options.screenshotsDirectory, m_demo != nullptr && m_stack != nullptr);
    if (!written) {
        printLine(stderr, errorForTerminal(written.error()));
        return 1;
    }
    for (const QString& file : written.value())
        printLine(stdout, file);
    return 0;
}

void Application::reportFirstPaint()
{
    printLine(stdout, QStringLiteral("first-paint-ms=%1 rss-kib=%2")
                          .arg(m_startTimer.elapsed())
                          .arg(residentKiB()));
    QCoreApplication::quit();
}

int Application::run()
{
    startLogging();
    loadSettings();
    prepareDataFolder();
    if (m_options.languageError)
        printLine(stderr, errorForTerminal(*m_options.languageError));

    // Screenshots and benchmarks may run beside a normal session.
    const bool tool = !m_options.screenshotsDirectory.isEmpty() || m_options.quitAfterFirstPaint;
    if (!tool && !claimSingleInstance())
        return m_exitCode;

    startCardThread();
    prepareDiagnosis();
    if (!tool)
        prepareNotifications();
    buildWindow();
    if (!tool) {
        connectBackground();
        // Screenshots and benchmarks always see the window as it opens the first time.
        m_viewMemory = std::make_unique<ViewMemory>(
            QFileInfo(m_settings->userFile()).dir().filePath(QStringLiteral("window.ini")));
        m_viewMemory->remember(*m_window);
    }
    if (!m_options.screenshotsDirectory.isEmpty()) {
        waitForFirstTokens();
        return writeScreenshots();
    }
    if (m_options.quitAfterFirstPaint) {
        QObject::connect(m_window.get(), &MainWindow::firstPainted, m_window.get(),
                         [this] { reportFirstPaint(); });
    }
    // Started at login: straight to the notification area, where there is one.
    if (m_options.background && m_background && TrayPresence::isSupported())
        m_background->startHidden();
    else
        m_window->show();
    return QApplication::exec();
}

} // namespace guichet
