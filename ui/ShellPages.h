#pragma once

namespace guichet {

class MainWindow;
struct ShellContext;

// Adds the pages of the application shell (Home, Settings, About) to the window
// and connects their error reports to its notices. Used by the app and by tests,
// so both see the same window.
void installShellPages(MainWindow& window, const ShellContext& context);

} // namespace guichet
