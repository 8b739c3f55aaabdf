#pragma once

#include "Error.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace guichet {

// What the user asked for on the command line.
struct CommandLineOptions
{
    bool showHelp = false;
    bool showVersion = false;
    // A supported language code, or empty to use the settings / system language.
    QString language;
    // A look for this run (--theme): light, dark or high-contrast; empty = the setting.
    QString theme;
    // Write screenshots of the main pages to this folder and exit (for headless machines).
    QString screenshotsDirectory;
    // Demo and training mode: the simulated identity card instead of a real one.
    bool demo = false;
    // Demo mode: whose simulated card is inserted (a key of SimulatedPki::demoPersonas()).
    QString persona;
    // The portal for this run (--portal), instead of the setting portal/url.
    QString portalUrl;
    // Extra trust anchors for the portal for this run (--portal-ca), a PEM file.
    QString portalCaFile;
    // Explain this error code in the terminal and exit (--explain).
    QString explainCode;
    // Check every layer and print the report, then exit (--diagnose; --json for scripts).
    bool diagnose = false;
    bool diagnoseJson = false;
    // Demo mode: start in this training scenario (sim/training/TrainingScenarios.h).
    QString scenario;
    // Start hidden in the notification area (the login item passes it).
    bool background = false;
    // Benchmark hook: print start-up figures after the first paint and exit.
    bool quitAfterFirstPaint = false;
    // Unknown options or missing values: the application cannot start.
    std::optional<Error> fatalError;
    // An unsupported --lang value: reported, then the default language is used.
    std::optional<Error> languageError;
    // The translated --help text, built from the same parser.
    QString helpText;
};

// Parses arguments (args[0] is the program). Texts are translated with the
// translators installed at the time of the call, so call it again after a
// language is installed to get translated help and messages.
[[nodiscard]] CommandLineOptions parseCommandLine(const QStringList& args);

} // namespace guichet
