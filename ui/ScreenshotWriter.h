#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace guichet {

class LanguageManager;
class MainWindow;

// Saves a PNG of every page of the window in each given language, so a person on
// a machine without a display can still see the application (`guichet --screenshots DIR`).
class ScreenshotWriter
{
public:
    ScreenshotWriter(MainWindow& window, LanguageManager& languages);

    // Writes DIR/<page>-<lang>.png; returns the files written or the first failure.
    [[nodiscard]] Result<QStringList> writeAll(const QString& directory,
                                               const QStringList& languageCodes);

private:
    MainWindow& m_window;
    LanguageManager& m_languages;
};

} // namespace guichet
