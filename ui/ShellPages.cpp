#include "ShellPages.h"

#include "CardStatusIndicator.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SessionManager.h"
#include "ShellContext.h"
#include "SpaceSwitcher.h"
#include "SyncStatusIndicator.h"
#include "forms/FormsPage.h"
#include "pages/AboutPage.h"
#include "pages/CardPage.h"
#include "pages/CataloguePage.h"
#include "pages/DiagnosticsPage.h"
#include "pages/DocumentsPage.h"
#include "pages/HomePage.h"
#include "pages/MyProceduresPage.h"
#include "pages/NoPortalSignInPage.h"
#include "pages/SettingsPage.h"
#include "pages/SignInPage.h"
#include "pages/messages/MessagesPage.h"
#include "pages/transparency/AccessLogPage.h"
#include "pages/transparency/ConsentsPage.h"
#include "pages/transparency/MyDataPage.h"

#include <QDir>
#include <QList>
#include <QStatusBar>

#include <functional>

namespace guichet {

namespace {

// Pages with write actions, told why they are read-only (a viewer) or "" (they are not).
using ReadOnlyFollowers = QList<std::function<void(const QString& reason)>>;

template <typename PageType>
void followReadOnly(ReadOnlyFollowers& followers, PageType* page)
{
    followers.append([page](const QString& reason) { page->setReadOnlyReason(reason); });
}

// Transparency (issue #7): what the sources hold, who read it, and the consents.
void installTransparencyPages(MainWindow& window, SpaceSource& space, ReadOnlyFollowers& followers)
{
    auto* myData = new MyDataPage(space);
    QObject::connect(myData, &MyDataPage::errorOccurred, &window, &MainWindow::showNotice);
    window.addPage(myData);
    followReadOnly(followers, myData);
    auto* accessLog = new AccessLogPage(space);
    QObject::connect(accessLog, &AccessLogPage::errorOccurred, &window, &MainWindow::showNotice);
    window.addPage(accessLog);
    auto* consents = new ConsentsPage(space);
    QObject::connect(consents, &ConsentsPage::errorOccurred, &window, &MainWindow::showNotice);
    window.addPage(consents);
    followReadOnly(followers, consents);
}

// Spaces: the switcher above the navigation, and a viewer's write actions disabled
// with the reason in every page that has some.
void installSpaceSwitcher(MainWindow& window, SpaceList& spaces, LanguageManager* languages,
                          FormsPage* forms, const ReadOnlyFollowers& followers)
{
    auto* switcher = new SpaceSwitcher(spaces);
    window.setNavigationHeader(switcher);
    if (forms)
        forms->setSpaces(&spaces);
    const auto follow = [&spaces, followers] {
        const std::optional<SpaceInfo> space = spaces.current();
        const QString reason =
            space && !space->canWrite() ? SpaceSwitcher::readOnlyReason() : QString();
        for (const auto& tell : followers)
            tell(reason);
    };
    follow();
    QObject::connect(&spaces, &SpaceList::currentChanged, switcher, follow);
    if (languages)
        QObject::connect(languages, &LanguageManager::languageChanged, switcher, follow);
}

// Home's links: the page, then the dossier, thread or draft on it.
void connectHome(MainWindow& window, HomePage& home)
{
    QObject::connect(&home, &HomePage::errorOccurred, &window, &MainWindow::showNotice);
    QObject::connect(&home, &HomePage::openRequested, &window,
                     [&window](const QString& pageId, const QString& itemId) {
                         openPlace(window, pageId, itemId);
                     });
}

} // namespace

bool openPlace(MainWindow& window, const QString& pageId, const QString& itemId)
{
    if (!window.showPage(pageId))
        return false;
    if (itemId.isEmpty())
        return true;
    if (auto* dossiers = window.findChild<MyProceduresPage*>();
        dossiers && pageId == dossiers->pageId())
        dossiers->openDossier(itemId);
    else if (auto* messages = window.findChild<MessagesPage*>();
             messages && pageId == messages->pageId())
        messages->openThread(itemId);
    else if (auto* forms = window.findChild<FormsPage*>(); forms && pageId == forms->pageId())
        forms->resumeDraft(itemId);
    return true;
}

void installShellPages(MainWindow& window, const ShellContext& context)
{
    auto* home = new HomePage(context);
    window.addPage(home);
    if (context.sessions) {
        auto* signIn = new SignInPage(*context.sessions, context.cards);
        QObject::connect(signIn, &SignInPage::errorOccurred, &window, &MainWindow::showNotice);
        window.addPage(signIn);
    } else if (context.portalProblem) {
        window.addPage(new NoPortalSignInPage(context));
    }
    if (context.space) {
        ReadOnlyFollowers readOnly;
        auto* catalogue = new CataloguePage(*context.space, context.languages);
        followReadOnly(readOnly, catalogue);
        QObject::connect(catalogue, &CataloguePage::errorOccurred, &window,
                         &MainWindow::showNotice);
        window.addPage(catalogue);
        if (SessionManager* sessions = context.sessions) {
            const auto follow = [catalogue, sessions] {
                catalogue->setSignedIn(sessions->session().has_value());
            };
            follow();
            QObject::connect(sessions, &SessionManager::sessionChanged, catalogue, follow);
        }
        FormsPage* forms = nullptr;
        if (context.forms) {
            forms = new FormsPage(*context.forms, context.cards, context.languages);
            QObject::connect(forms, &FormsPage::errorOccurred, &window, &MainWindow::showNotice);
            QObject::connect(forms, &FormsPage::showRequested, &window,
                             [&window] { window.showPage(QStringLiteral("forms")); });
            QObject::connect(catalogue, &CataloguePage::startProcedureRequested, forms,
                             &FormsPage::startForm);
            window.addPage(forms);
            followReadOnly(readOnly, forms);
        }
        auto* procedures = new MyProceduresPage(*context.space);
        QObject::connect(procedures, &MyProceduresPage::errorOccurred, &window,
                         &MainWindow::showNotice);
        window.addPage(procedures);
        auto* documents = new DocumentsPage(*context.space);
        if (!context.paths.root().isEmpty())
            documents->setOpenedCopiesFolder(
                QDir(context.paths.root()).filePath(QStringLiteral("opened")));
        QObject::connect(documents, &DocumentsPage::errorOccurred, &window,
                         &MainWindow::showNotice);
        window.addPage(documents);
        followReadOnly(readOnly, documents);
        auto* messages = new MessagesPage(*context.space);
        QObject::connect(messages, &MessagesPage::errorOccurred, &window, &MainWindow::showNotice);
        // An attachment is a document of the space: it opens where documents open.
        QObject::connect(messages, &MessagesPage::documentOpenRequested, documents,
                         [&window, documents](const QString& documentId) {
                             window.showPage(QStringLiteral("documents"));
                             documents->openDocument(documentId);
                         });
        window.addPage(messages);
        followReadOnly(readOnly, messages);
        installTransparencyPages(window, *context.space, readOnly);
        if (context.spaces)
            installSpaceSwitcher(window, *context.spaces, context.languages, forms, readOnly);
    }
    auto* cardPage = new CardPage(context.cards);
    QObject::connect(cardPage, &CardPage::errorOccurred, &window, &MainWindow::showNotice);
    window.addPage(cardPage);
    auto* settingsPage = new SettingsPage(context);
    QObject::connect(settingsPage, &SettingsPage::errorOccurred, &window, &MainWindow::showNotice);
    window.addPage(settingsPage);
    auto* diagnosticsPage = new DiagnosticsPage(context.cards, context.diagnosis);
    diagnosticsPage->setNotifications(context.notifications);
    diagnosticsPage->setLogSource(context.logFile, context.logRedactor);
    if (context.switchTrainingScenario)
        diagnosticsPage->setTrainingScenarios(context.trainingScenarios, context.trainingScenario,
                                              context.switchTrainingScenario);
    QObject::connect(diagnosticsPage, &DiagnosticsPage::errorOccurred, &window,
                     &MainWindow::showNotice);
    window.addPage(diagnosticsPage);
    auto* about = new AboutPage;
    about->setPlaces(context.paths.root(), context.dataFolderStatus, context.logFile);
    window.addPage(about);
    if (context.space) {
        auto* sync = new SyncStatusIndicator;
        sync->setObjectName(QStringLiteral("syncStatus"));
        window.statusBar()->addPermanentWidget(sync);
    }
    window.statusBar()->addPermanentWidget(new CardStatusIndicator(context.cards));
    connectHome(window, *home);
}

} // namespace guichet
