#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace guichet {

class LanguageManager;
class MainWindow;

// Saves a PNG of every page of the window in each given language, so a person on
// a machine without a display can still see the application (`guichet --screenshots DIR`).
class ScreenshotWriter
{
public:
    ScreenshotWriter(MainWindow& window, LanguageManager& languages);

    // Writes DIR/<prefix><page>-<lang>.png; returns the files written or the first failure.
    [[nodiscard]] Result<QStringList> writeAll(const QString& directory,
                                               const QStringList& languageCodes,
                                               const QString& prefix = {});
    // Writes DIR/<name>-<lang>.png of one window (a dialog, or the main window on the
    // page it shows), in each language. settle, when given, runs after each switch of
    // language and returns once what is shown has caught up (a form read again).
    [[nodiscard]] Result<QStringList>
    writeWindow(QWidget& window, const QString& directory, const QString& name,
                const QStringList& languageCodes,
                const std::function<void(const QString&)>& settle = {});

private:
    MainWindow& m_window;
    LanguageManager& m_languages;
};

} // namespace guichet
