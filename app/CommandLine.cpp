#include "CommandLine.h"

#include "ErrorCodes.h"
#include "LanguageManager.h"
#include "TrainingScenarios.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace guichet {
CommandLineOptions parseCommandLine(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Guichet Desktop: do your administrative procedures in Luxembourg with your "
                       "identity card."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine", "Language of the interface: fr, de or en."),
        QStringLiteral("code"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QCoreApplication::translate("CommandLine",
                                    "Look of the window for this run: light, dark or high-contrast "
                                    "(instead of the one in Settings)."),
        QStringLiteral("look"));
    const QCommandLineOption screenshots(
        QStringList{QStringLiteral("screenshots")},
        QCoreApplication::translate(
            "CommandLine", "Save pictures of the main pages in every language to <folder> and exit "
                           "(works without a display)."),
        QStringLiteral("folder"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine",
                                    "Demo and training mode: use a simulated identity card "
                                    "(PIN 123456) instead of a real one."));
    const QCommandLineOption persona(
        QStringLiteral("persona"),
        QCoreApplication::translate("CommandLine",
                                    "Demo mode: whose simulated card is inserted: marie-schmit "
                                    "(citizen, the default), luc-weber (business user with a "
                                    "signing stick) or paul-hoffmann."),
        QStringLiteral("name"));
    const QCommandLineOption portal(
        QStringLiteral("portal"),
        QCoreApplication::translate("CommandLine",
                                    "Address of the portal for this run (https://...), instead of "
                                    "the one in Settings."),
        QStringLiteral("url"));
    const QCommandLineOption portalCa(
        QStringLiteral("portal-ca"),
        QCoreApplication::translate("CommandLine",
                                    "PEM file of further certificate authorities trusted for the "
                                    "portal in this run (added to the system's)."),
        QStringLiteral("file"));
    const QCommandLineOption explain(
        QStringLiteral("explain"),
        QCoreApplication::translate("CommandLine",
                                    "Explain an error code (for example NET-004): what it means "
                                    "and what to do, then exit (works without a display)."),
        QStringLiteral("code"));
    const QCommandLineOption diagnose(
        QStringLiteral("diagnose"),
        QCoreApplication::translate("CommandLine",
                                    "Check the smart card service, readers, card, certificates, "
                                    "portal connection, keychain and local data, print what was "
                                    "found, then exit (works without a display). The exit code "
                                    "is 0 when all is well, 3 for a warning, 4 for a failure."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("CommandLine", "With --diagnose: print the report as JSON "
                                                   "(docs/diagnostics-schema.json)."));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        QCoreApplication::translate("CommandLine",
                                    "Demo mode: start in a training scenario that fails like the "
                                    "real thing (portal-unreachable, portal-503, slow-network, "
                                    "clock-ten-minutes-off, pin-one-try-left, pin-blocked)."),
        QStringLiteral("name"));
    const QCommandLineOption background(
        QStringLiteral("background"),
        QCoreApplication::translate("CommandLine",
                                    "Start in the notification area without opening the window "
                                    "(used when starting at login; the window opens where the "
                                    "desktop has no notification area)."));
    QCommandLineOption firstPaint(QStringLiteral("quit-after-first-paint"),
                                  QStringLiteral("Benchmark: print start-up time and memory "
                                                 "after the first paint, then exit."));
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({lang, theme, screenshots, demo, persona, portal, portalCa, explain, diagnose,
                       json, scenario, background, firstPaint});

    CommandLineOptions options;
    const bool parsed = parser.parse(args);
    options.helpText = parser.helpText();
    if (!parsed) {
        options.fatalError = Error(ErrorCode::BadCommandLine, parser.errorText());
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.fatalError =
            Error(ErrorCode::BadCommandLine,
                  QStringLiteral("unexpected argument: ") + parser.positionalArguments().first());
        return options;
    }
    options.showHelp = parser.isSet(help);
    options.showVersion = parser.isSet(version);
    options.screenshotsDirectory = parser.value(screenshots);
    options.quitAfterFirstPaint = parser.isSet(firstPaint);
    options.background = parser.isSet(background);
    options.explainCode = parser.value(explain);
    options.diagnose = parser.isSet(diagnose);
    options.diagnoseJson = parser.isSet(json);
    if (options.diagnoseJson && !options.diagnose) {
        options.fatalError =
            Error(ErrorCode::BadCommandLine, QStringLiteral("--json goes with --diagnose"));
        return options;
    }
    options.demo = parser.isSet(demo) || parser.isSet(persona);
    options.portalUrl = parser.value(portal).trimmed();
    options.portalCaFile = parser.value(portalCa).trimmed();
    if (options.demo && (parser.isSet(portal) || parser.isSet(portalCa))) {
        options.fatalError = Error(ErrorCode::BadCommandLine,
                                   QStringLiteral("--demo has its own portal: leave out --portal "
                                                  "and --portal-ca"));
        return options;
    }
    if (parser.isSet(scenario)) {
        options.scenario = parser.value(scenario).trimmed().toLower();
        if (!options.demo) {
            options.fatalError =
                Error(ErrorCode::BadCommandLine, QStringLiteral("--scenario goes with --demo"));
            return options;
        }
        if (!sim::findTrainingScenario(options.scenario)) {
            QStringList known;
            for (const sim::TrainingScenario& each : sim::trainingScenarios())
                known << each.id;
            options.fatalError =
                Error(ErrorCode::BadCommandLine, QStringLiteral("--scenario ") + options.scenario +
                                                     QStringLiteral(": not one of ") +
                                                     known.join(QStringLiteral(", ")));
            return options;
        }
    }
    if (parser.isSet(persona)) {
        options.persona = parser.value(persona).trimmed().toLower();
        static const QStringList known{QStringLiteral("marie-schmit"), QStringLiteral("luc-weber"),
                                       QStringLiteral("paul-hoffmann")};
        if (!known.contains(options.persona)) {
            options.fatalError =
                Error(ErrorCode::BadCommandLine, QStringLiteral("--persona ") + options.persona +
                                                     QStringLiteral(": not one of ") +
                                                     known.join(QStringLiteral(", ")));
            return options;
        }
    }
    if (parser.isSet(theme)) {
        const QString look = parser.value(theme).trimmed().toLower();
        if (look != QLatin1String("light") && look != QLatin1String("dark") &&
            look != QLatin1String("high-contrast")) {
            options.fatalError =
                Error(ErrorCode::BadCommandLine,
                      QStringLiteral("--theme ") + parser.value(theme) +
                          QStringLiteral(": not one of light, dark, high-contrast"));
            return options;
        }
        options.theme = look;
    }
    if (parser.isSet(lang)) {
        const QString code = parser.value(lang).trimmed().toLower();
        if (LanguageManager::isSupported(code))
            options.language = code;
        else
            options.languageError =
                Error(ErrorCode::UnknownLanguage, QStringLiteral("--lang ") + parser.value(lang));
    }
    return options;
}

} // namespace guichet
