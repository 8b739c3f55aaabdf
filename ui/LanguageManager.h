#pragma once

#include "Error.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTranslator;

namespace guichet {

// Loads the application's and Qt's own translations for one of the supported
// languages and switches between them at run time. Installing a translator makes
// Qt send QEvent::LanguageChange to every widget, which re-translates itself.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    // qtTranslationsFolder: where Qt's own qtbase_<lang>.qm files are; empty for the
    // folder Qt was installed with (QLibraryInfo). Tests give another.
    explicit LanguageManager(QObject* parent = nullptr, QString qtTranslationsFolder = {});
    ~LanguageManager() override;

    // fr, de, en — in the order shown to users.
    [[nodiscard]] static QStringList supportedLanguages();
    [[nodiscard]] static bool isSupported(const QString& code);
    // The first supported language among the system's UI languages; fr otherwise
    // (the portal's default language).
    [[nodiscard]] static QString systemDefault();
    [[nodiscard]] static QString systemDefault(const QStringList& uiLanguages);
    // The language's own name ("Français", "Deutsch", "English").
    [[nodiscard]] static QString nativeName(const QString& code);
    // The locale used for dates and numbers in that language (Luxembourg variants).
    [[nodiscard]] static QLocale localeFor(const QString& code);

    // Switches to code (which must be supported); returns false if code is unknown.
    bool setLanguage(const QString& code);
    [[nodiscard]] const QString& language() const { return m_language; }
    // Why the current language is not complete (APP-007: Qt's own translation missing
    // or damaged), or nothing. The application's own texts are built in.
    [[nodiscard]] const std::optional<Error>& problem() const { return m_problem; }

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    void removeTranslators();

    QString m_qtTranslationsFolder;
    QString m_language;
    std::optional<Error> m_problem;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace guichet
