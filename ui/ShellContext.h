#pragma once

#include "DataPaths.h"
#include "Error.h"
#include "Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace guichet {

namespace forms {
class FormGateway;
}

namespace diagnosis {
class Runner;
}

namespace notify {
class NotificationCenter;
}

namespace appearance {
class AppearanceManager;
}

class CardService;
class LanguageManager;
class LogRedactor;
class SessionManager;
class SpaceList;
class SpaceSource;
class Settings;

// What the shell's pages need to know about the running application. The app
// room fills it in; pages read it and never create services themselves.
struct ShellContext
{
    Settings* settings = nullptr;
    LanguageManager* languages = nullptr;
    // The look of the window (light, dark, high contrast, or the desktop's); null in
    // tests that do not need it.
    appearance::AppearanceManager* appearance = nullptr;
    DataPaths paths;
    Status dataFolderStatus;
    QString logFile;              // empty when the log file could not be opened
    CardService* cards = nullptr; // lives on the card thread; talk to it by signals and futures
    SessionManager* sessions = nullptr; // the portal session; null when no portal is configured
    // The local copy of the signed-in person's space (catalogue, dossiers, documents);
    // null when no portal is configured. Empty while nobody is signed in.
    SpaceSource* space = nullptr;
    // Where forms come from and signed ones go (the signed-in person's space); null
    // when no portal is configured.
    forms::FormGateway* forms = nullptr;
    // The signed-in person's spaces and which one is shown (the switcher in the
    // navigation); null when no portal is configured. Empty while nobody is signed in.
    SpaceList* spaces = nullptr;
    // Why no portal is used in this run (CFG-005 none configured, CFG-006..008 a wrong
    // address or certificate file); Home and Sign in say so. Empty when one is.
    std::optional<Error> portalProblem;
    // Hands over to a copy of the application in demo mode; empty when not offered.
    std::function<void()> startDemo;
    // Every layer checked at once (the Diagnostics page; the same as `guichet --diagnose`);
    // null when the application was built without it (some tests).
    diagnosis::Runner* diagnosis = nullptr;
    // What tells the person outside the window (Diagnostics says whether it can);
    // null when the application was built without it (some tests).
    const notify::NotificationCenter* notifications = nullptr;
    // Cleans the log lines a saved diagnostics report carries (the log file's own
    // redactor, which also knows the signed-in person's names); null = patterns only.
    const LogRedactor* logRedactor = nullptr;
    // Demo mode: the training scenarios as (id, title source in the translation context
    // "TrainingScenario"), the one in force at start, and how to switch ("" = all well).
    // Empty outside demo mode.
    QList<std::pair<QString, QString>> trainingScenarios;
    QString trainingScenario;
    std::function<void(const QString&)> switchTrainingScenario;
};

} // namespace guichet
