#include "ErrorCatalogue.h"

#include "ErrorCodes.h"

#include <QtGlobal>

#include <algorithm>
#include <array>

namespace guichet {
namespace {

namespace Code = ErrorCode;

// Keep in the same order as docs/errors.md; a test compares the two.
constexpr std::array Entries{
    ErrorEntry{Code::UnknownLanguage,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The requested language is not available."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Choose one of fr (French), de (German) or en (English)."),
               "--lang was given a value other than fr, de or en."},
    ErrorEntry{Code::AlreadyRunningNoAnswer,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Guichet Desktop is already running but does not respond."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Close the other Guichet Desktop window, or end it from the "
                                 "task manager, then start the application again."),
               "A first instance holds the single-instance socket but did not acknowledge the "
               "activation request within the time limit."},
    ErrorEntry{Code::SingleInstanceUnavailable,
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Guichet Desktop cannot check whether it is already running."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "You can go on working. Avoid starting the application twice."),
               "QLocalServer::listen failed for the single-instance socket (see detail)."},
    ErrorEntry{Code::BadCommandLine,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The command line is not valid."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Run guichet --help to see the options that are accepted."),
               "Unknown option or missing value on the command line (see detail)."},
    ErrorEntry{Code::ScreenshotFailed,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The screenshots could not be saved."),
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Choose a folder you are allowed to write to."),
               "Writing a PNG for --screenshots failed (see detail for the path)."},
    ErrorEntry{Code::NoDisplay,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "No screen is available to show the window."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Start the application from a desktop session, or use "
                                 "--screenshots FOLDER to save pictures of its pages instead."),
               "Neither DISPLAY nor WAYLAND_DISPLAY is set and no QT_QPA_PLATFORM was chosen."},
    ErrorEntry{Code::SettingsCorrupt,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Your settings file is damaged."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The damaged file was kept aside and default settings are "
                                 "used. Check your settings again."),
               "The user settings file could not be parsed; it was renamed (see detail) and "
               "defaults are in force."},
    ErrorEntry{
        Code::SettingLocked,
        QT_TRANSLATE_NOOP("ErrorCatalogue", "This setting is managed by your administrator."),
        QT_TRANSLATE_NOOP("ErrorCatalogue", "Ask your administrator if it needs to be changed."),
        "The key is listed under [policy] locked in the system settings file."},
    ErrorEntry{Code::SettingsNotWritable,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "Your settings cannot be saved."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Check that your home folder is not full and that you may "
                                 "write to it. Changes apply until you close the application."),
               "QSettings reported an access error when writing the user settings file."},
    ErrorEntry{Code::SettingValueInvalid,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "A setting has a value that is not allowed."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The default value is used instead. Check your settings."),
               "A stored or requested value failed the setting's validation (see detail)."},
    ErrorEntry{Code::DataFolderNotWritable,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The data folder cannot be written to."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Free some disk space or choose another data folder in the "
                                 "settings. Nothing is saved until then."),
               "Creating the data folder or writing a probe file into it failed (see detail)."},
    ErrorEntry{Code::LogFileUnavailable,
               QT_TRANSLATE_NOOP("ErrorCatalogue", "The log file cannot be written."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "The application works normally; only the log for help-desk "
                                 "staff is missing."),
               "Opening or rotating the log file failed; messages go to standard error only."},
    ErrorEntry{Code::Unknown, QT_TRANSLATE_NOOP("ErrorCatalogue", "An unexpected error occurred."),
               QT_TRANSLATE_NOOP("ErrorCatalogue",
                                 "Try again. If it happens again, contact the help desk."),
               "No catalogue entry exists for the reported code (see detail)."},
};

} // namespace

const ErrorEntry& ErrorCatalogue::entry(const QString& code)
{
    const auto found = std::find_if(Entries.begin(), Entries.end(), [&](const ErrorEntry& e) {
        return code == QLatin1String(e.code);
    });
    if (found != Entries.end())
        return *found;
    return Entries.back();
}

bool ErrorCatalogue::contains(const QString& code)
{
    return std::any_of(Entries.begin(), Entries.end(),
                       [&](const ErrorEntry& e) { return code == QLatin1String(e.code); });
}

std::span<const ErrorEntry> ErrorCatalogue::all()
{
    return Entries;
}

} // namespace guichet
