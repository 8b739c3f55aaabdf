#include "ScreenshotWriter.h"

#include "ErrorCodes.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Page.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QPixmap>

namespace guichet {

ScreenshotWriter::ScreenshotWriter(MainWindow& window, LanguageManager& languages)
    : m_window(window), m_languages(languages)
{}

Result<QStringList> ScreenshotWriter::writeWindow(QWidget& window, const QString& directory,
                                                  const QString& name,
                                                  const QStringList& languageCodes,
                                                  const std::function<void(const QString&)>& settle)
{
    if (!QDir().mkpath(directory))
        return Error(ErrorCode::ScreenshotFailed, QStringLiteral("cannot create ") + directory);
    const QString initialLanguage = m_languages.language();
    window.show();
    QStringList written;
    for (const QString& code : languageCodes) {
        m_languages.setLanguage(code);
        QApplication::processEvents();
        if (settle)
            settle(code);
        const QString file = QDir(directory).filePath(QStringLiteral("%1-%2.png").arg(name, code));
        if (!window.grab().save(file, "PNG"))
            return Error(ErrorCode::ScreenshotFailed, file);
        written.append(file);
    }
    if (!initialLanguage.isEmpty())
        m_languages.setLanguage(initialLanguage);
    return written;
}

Result<QStringList> ScreenshotWriter::writeAll(const QString& directory,
                                               const QStringList& languageCodes,
                                               const QString& prefix)
{
    if (!QDir().mkpath(directory))
        return Error(ErrorCode::ScreenshotFailed, QStringLiteral("cannot create ") + directory);
    const QString initialLanguage = m_languages.language();
    const QString initialPage =
        m_window.currentPage() ? m_window.currentPage()->pageId() : QString();
    m_window.show();
    QStringList written;
    for (const QString& code : languageCodes) {
        m_languages.setLanguage(code);
        for (const Page* page : m_window.pages()) {
            m_window.showPage(page->pageId());
            QApplication::processEvents();
            // A list read in the background is pictured once read (5 s at most).
            QDeadlineTimer ready(5000);
            while (page->isBusy() && !ready.hasExpired())
                QApplication::processEvents(QEventLoop::AllEvents, 50);
            const QString file = QDir(directory).filePath(
                QStringLiteral("%1%2-%3.png").arg(prefix, page->pageId(), code));
            if (!m_window.grab().save(file, "PNG"))
                return Error(ErrorCode::ScreenshotFailed, file);
            written.append(file);
        }
    }
    if (!initialLanguage.isEmpty())
        m_languages.setLanguage(initialLanguage);
    if (!initialPage.isEmpty())
        m_window.showPage(initialPage);
    return written;
}

} // namespace guichet
