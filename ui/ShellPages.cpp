#include "ShellPages.h"

#include "MainWindow.h"
#include "ShellContext.h"
#include "pages/AboutPage.h"
#include "pages/HomePage.h"
#include "pages/SettingsPage.h"

namespace guichet {

void installShellPages(MainWindow& window, const ShellContext& context)
{
    window.addPage(new HomePage(context));
    auto* settingsPage = new SettingsPage(context);
    QObject::connect(settingsPage, &SettingsPage::errorOccurred, &window, &MainWindow::showNotice);
    window.addPage(settingsPage);
    window.addPage(new AboutPage);
}

} // namespace guichet
