#include "LanguageManager.h"

#include "ErrorCodes.h"
#include "UiLogging.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace guichet {

LanguageManager::LanguageManager(QObject* parent, QString qtTranslationsFolder)
    : QObject(parent),
      m_qtTranslationsFolder(qtTranslationsFolder.isEmpty()
                                 ? QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                                 : std::move(qtTranslationsFolder))
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")};
}

bool LanguageManager::isSupported(const QString& code)
{
    return supportedLanguages().contains(code);
}

QString LanguageManager::systemDefault()
{
    return systemDefault(QLocale::system().uiLanguages());
}

QString LanguageManager::systemDefault(const QStringList& uiLanguages)
{
    for (const QString& tag : uiLanguages) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        if (isSupported(code.toLower()))
            return code.toLower();
    }
    return QStringLiteral("fr");
}

QString LanguageManager::nativeName(const QString& code)
{
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QLocale LanguageManager::localeFor(const QString& code)
{
    if (code == QLatin1String("de"))
        return QLocale(QLocale::German, QLocale::Luxembourg);
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::French, QLocale::Luxembourg);
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

bool LanguageManager::setLanguage(const QString& code)
{
    if (!isSupported(code))
        return false;
    if (code == m_language)
        return true;

    auto appTranslator = std::make_unique<QTranslator>();
    if (!appTranslator->load(QStringLiteral(":/i18n/guichet_%1.qm").arg(code)))
        qCWarning(lcUi) << "No application translation for" << code;
    auto qtTranslator = std::make_unique<QTranslator>();
    // Qt's own strings (standard buttons, file dialogs); English needs none. They are
    // files of the system's Qt, which a package may lack (qt6-translations-l10n) or a
    // broken disk may have damaged: the window works, in part in English, and says so.
    std::optional<Error> problem;
    if (code != QLatin1String("en") &&
        !qtTranslator->load(QStringLiteral("qtbase_%1").arg(code), m_qtTranslationsFolder)) {
        problem = Error(ErrorCode::QtTranslationMissing,
                        QStringLiteral("qtbase_%1.qm in %2").arg(code, m_qtTranslationsFolder));
        qCWarning(lcUi) << "No Qt translation for" << code << "in" << m_qtTranslationsFolder;
    }

    removeTranslators();
    m_appTranslator = std::move(appTranslator);
    m_qtTranslator = std::move(qtTranslator);
    QLocale::setDefault(localeFor(code));
    m_language = code;
    m_problem = problem;
    // Each installation sends LanguageChange; widgets re-translate on the last one too.
    QCoreApplication::installTranslator(m_qtTranslator.get());
    QCoreApplication::installTranslator(m_appTranslator.get());
    // QApplication posts LanguageChange to the windows; deliver it now so every
    // widget is re-translated before this call returns (no half-translated frame).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace guichet
