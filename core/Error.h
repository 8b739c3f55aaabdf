#pragma once

#include <QDebug>
#include <QString>

namespace guichet {

// An error as the application reports it: a stable catalogue code plus the
// technical detail of this occurrence. The user-facing texts come from the
// catalogue (translated at display time, so a language switch applies to errors
// already on screen); the detail goes to the log and the help-desk view only.
class Error
{
public:
    Error() = default;
    explicit Error(QString code, QString detail = {});

    [[nodiscard]] const QString& code() const { return m_code; }
    [[nodiscard]] const QString& detail() const { return m_detail; }

    // Translated one-line message for the user.
    [[nodiscard]] QString userMessage() const;
    // Translated "what to do" line.
    [[nodiscard]] QString whatToDo() const;
    // Untranslated explanation for help-desk staff, followed by this occurrence's detail.
    [[nodiscard]] QString helpDeskText() const;
    // "CODE: message" for the command line and the log.
    [[nodiscard]] QString summary() const;

    friend bool operator==(const Error&, const Error&) = default;

private:
    QString m_code;
    QString m_detail;
};

QDebug operator<<(QDebug debug, const Error& error);

} // namespace guichet
