#include "ScreenshotTour.h"

#include "AppLogging.h"

#include "CertificateParser.h"
#include "ErrorCodes.h"
#include "FormGateway.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "NoticeBar.h"
#include "ScreenshotWriter.h"
#include "SessionManager.h"
#include "ShellContext.h"
#include "SimulatedPki.h"
#include "SimulatedToken.h"
#include "SpaceSource.h"
#include "SyncStatusIndicator.h"
#include "dialogs/CertificateChooserDialog.h"
#include "dialogs/PinDialog.h"
#include "forms/FormsPage.h"
#include "pages/SignInPage.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <functional>

namespace guichet {
namespace {

// Lets the event loop run until done() or the deadline; false at the deadline.
bool waitFor(const std::function<bool()>& done, int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

// A study grant: fields pre-filled from the registers and one that needs consent.
constexpr char TourForm[] = "F-STUDY-GRANT";

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow& window, LanguageManager& languages,
                               const ShellContext& context)
    : m_window(window), m_languages(languages), m_context(context),
      m_languageCodes(LanguageManager::supportedLanguages())
{}

Result<QStringList> ScreenshotTour::run(const QString& directory, bool signIn)
{
    ScreenshotWriter writer(m_window, m_languages);
    QStringList files;
    // Each step adds its pictures; the first one that fails ends the tour with its error.
    std::optional<Error> failed;
    const auto take = [&files, &failed](const Result<QStringList>& written) {
        if (!written)
            failed = written.error();
        else
            files += written.value();
        return !failed;
    };
    if (!take(writer.writeAll(directory, m_languageCodes)) || !signIn)
        return failed ? Result<QStringList>(*failed) : files;
    if (!take(pinDialog(directory)) || !take(certificateChooser(directory)))
        return *failed;
    if (Status in = this->signIn(); !in) {
        // The pages signed out are written; say why the others are not.
        qCWarning(lcApp).noquote() << "signed-in pages not pictured:" << in.error().code()
                                   << in.error().userMessage() << in.error().detail();
        m_window.showPage(QStringLiteral("home"));
        return files;
    }
    if (!take(writer.writeAll(directory, m_languageCodes, QStringLiteral("signed-in-"))) ||
        !take(openForm(directory)))
        return *failed;
    m_window.showPage(QStringLiteral("home"));
    return files;
}

Result<QStringList> ScreenshotTour::pinDialog(const QString& directory)
{
    PinRequest request;
    request.purpose = PinRequest::Purpose::Authenticate;
    request.tokenLabel = QStringLiteral("Guichet Demo");
    request.holderName = QStringLiteral("Marie Schmit");
    request.minLength = 6;
    request.maxLength = 6;
    request.triesLeft = 3;
    request.maxTries = 3;
    PinDialog dialog(request, &m_window);
    ScreenshotWriter writer(m_window, m_languages);
    return writer.writeWindow(dialog, directory, QStringLiteral("pin-dialog"), m_languageCodes);
}

Result<QStringList> ScreenshotTour::certificateChooser(const QString& directory)
{
    // A business user's signing stick: his personal certificate and one per company.
    sim::SimulatedPki::Persona luc;
    for (const sim::SimulatedPki::Persona& persona : sim::SimulatedPki::demoPersonas()) {
        if (!persona.companies.isEmpty())
            luc = persona;
    }
    if (luc.companies.isEmpty())
        return QStringList{};
    const sim::SimulatedPki pki(luc);
    QList<CertificateInfo> certificates;
    QList<QByteArray> ders{pki.signature().certificateDer};
    for (const sim::SimulatedPki::Credential& company : pki.companySignatures())
        ders.append(company.certificateDer);
    for (const QByteArray& der : ders) {
        const Result<CertificateInfo> info = parseCertificate(der);
        if (info)
            certificates.append(info.value());
    }
    CertificateChooserDialog dialog(certificates, luc.companies.first(), luc.companies.first(),
                                    &m_window);
    ScreenshotWriter writer(m_window, m_languages);
    return writer.writeWindow(dialog, directory, QStringLiteral("certificate-chooser"),
                              m_languageCodes);
}

Status ScreenshotTour::signIn()
{
    auto* page = m_window.findChild<SignInPage*>();
    if (!page || !m_context.sessions || !m_context.space)
        return Error(ErrorCode::ScreenshotFailed, QStringLiteral("no sign-in page to sign in"));
    // The demo card's PIN, typed into the real PIN dialog as a trainee would, key by
    // key, then confirmed; the dialog runs its own loop, so a timer does the typing.
    QTimer typist;
    typist.setInterval(50);
    QObject::connect(&typist, &QTimer::timeout, [&typist] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        auto* field = dialog ? dialog->findChild<QLineEdit*>(QStringLiteral("pinField")) : nullptr;
        if (!field || !field->isVisible())
            return;
        typist.stop();
        for (const char digit : QByteArray(sim::SimulatedToken::DefaultPin)) {
            const QString text(QChar::fromLatin1(digit));
            QKeyEvent press(QEvent::KeyPress, Qt::Key_0 + (digit - '0'), Qt::NoModifier, text);
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_0 + (digit - '0'), Qt::NoModifier, text);
            QCoreApplication::sendEvent(field, &press);
            QCoreApplication::sendEvent(field, &release);
        }
        dialog->accept();
    });
    typist.start();
    std::optional<Error> failed;
    const QMetaObject::Connection refused =
        QObject::connect(m_context.sessions, &SessionManager::signInFailed,
                         [&failed](const Error& error) { failed = error; });
    const qsizetype noticesBefore = m_window.visibleNotices().size();
    m_window.showPage(page->pageId());
    // As a person would: the button, once the card is found.
    auto* button = page->findChild<QPushButton*>(QStringLiteral("signInButton"));
    if (!button || !waitFor([button] { return button->isEnabled(); }, 15'000))
        return Error(ErrorCode::ScreenshotFailed, QStringLiteral("the card was not found"));
    button->click();
    const bool in = waitFor(
        [&] { return m_context.sessions->session().has_value() || failed.has_value(); }, 30'000);
    QObject::disconnect(refused);
    typist.stop();
    if (failed)
        return *failed;
    if (!in)
        return Error(ErrorCode::ScreenshotFailed, QStringLiteral("signing in took too long"));
    // The first sync: the pages then show the space, not "Loading…".
    // The person's own space is open (not the signed-out one) and its forms too; or a
    // notice says why it cannot open (no keychain for its key, say).
    const auto opened = [&] {
        return !m_context.space->spaceId().isEmpty() &&
               m_context.space->state() == DataState::Ready &&
               (!m_context.forms || !m_context.forms->spaceId().isEmpty());
    };
    const auto refusedNotice = [&] { return m_window.visibleNotices().size() > noticesBefore; };
    if (!waitFor([&] { return opened() || refusedNotice(); }, 60'000))
        return Error(ErrorCode::ScreenshotFailed, QStringLiteral("the first sync took too long"));
    if (!opened())
        return m_window.visibleNotices().constLast()->error();
    // Pictures of a space at rest, not of its first sync under way.
    if (auto* sync = m_window.findChild<SyncStatusIndicator*>())
        waitFor([sync] { return sync->state().kind != SyncStatus::Kind::Syncing; }, 60'000);
    return {};
}

Result<QStringList> ScreenshotTour::openForm(const QString& directory)
{
    auto* forms = m_window.findChild<FormsPage*>();
    if (!forms)
        return QStringList{};
    std::optional<Error> failed;
    const QMetaObject::Connection refused = QObject::connect(
        forms, &FormsPage::errorOccurred, [&failed](const Error& error) { failed = error; });
    forms->startForm(QString::fromLatin1(TourForm));
    const bool open = waitFor(
        [forms, &failed] { return forms->currentForm() != nullptr || failed.has_value(); }, 20'000);
    QObject::disconnect(refused);
    if (failed)
        return *failed;
    if (!open)
        return Error(ErrorCode::ScreenshotFailed, QStringLiteral("the form did not open"));
    // The registers' answers arrive after the form itself.
    bool merged = false;
    const QMetaObject::Connection prefill = QObject::connect(
        forms->currentForm(), &FormPage::prefillMerged, [&merged] { merged = true; });
    waitFor([&merged] { return merged; }, 10'000);
    QObject::disconnect(prefill);
    ScreenshotWriter writer(m_window, m_languages);
    // A language switch reads the form again in the new language.
    const auto formInLanguage = [forms](const QString& code) {
        waitFor(
            [forms, code] {
                return !forms->currentForm() ||
                       forms->currentForm()->model().definition().language == code;
            },
            10'000);
    };
    return writer.writeWindow(m_window, directory, QStringLiteral("signed-in-form-open"),
                              m_languageCodes, formInLanguage);
}

} // namespace guichet
