#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace guichet {

class LanguageManager;
class MainWindow;
struct ShellContext;

// What `guichet --demo --screenshots DIR` pictures, in each language at the window's
// default size: every page signed out; the PIN dialog and the certificate chooser of a
// business user's signing stick; then, signed in as the demo
// persona with the demo card's PIN (typed by the tour, never shown or logged), every
// page again and a form opened with its pre-filled and consent fields. The README and
// people on a machine without a display look at these; tests check them for cut text.
class ScreenshotTour
{
public:
    ScreenshotTour(MainWindow& window, LanguageManager& languages, const ShellContext& context);

    // Signed out only when signIn is false (no portal in this run). Returns the files
    // written, or the first failure (APP-005 for a file, the sign-in's own error).
    [[nodiscard]] Result<QStringList> run(const QString& directory, bool signIn);

private:
    [[nodiscard]] Status signIn();
    [[nodiscard]] Result<QStringList> pinDialog(const QString& directory);
    [[nodiscard]] Result<QStringList> certificateChooser(const QString& directory);
    [[nodiscard]] Result<QStringList> openForm(const QString& directory);

    MainWindow& m_window;
    LanguageManager& m_languages;
    const ShellContext& m_context;
    QStringList m_languageCodes;
};

} // namespace guichet
