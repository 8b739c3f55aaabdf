#pragma once

#include <QString>

namespace guichet {

class MainWindow;
struct ShellContext;

// Adds the pages of the application shell (Home, Settings, About) to the window
// and connects their error reports to its notices. Used by the app and by tests,
// so both see the same window.
void installShellPages(MainWindow& window, const ShellContext& context);

// Shows a page and, when itemId is given, the item on it: a dossier on "dossiers", a
// conversation on "messages", a draft on "forms". Home's lines and notifications lead
// here. False when the window has no such page.
bool openPlace(MainWindow& window, const QString& pageId, const QString& itemId);

} // namespace guichet
