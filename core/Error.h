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

    // What the portal answered, when the error is an HTTP answer: its status and the
    // `code` of its problem+json body. The client decides on these fields (a cursor
    // too old is 410 with FEED-001), never by searching the detail, whose text the
    // portal partly writes. 0 / empty otherwise. The portal's code is never shown as
    // ours (code() is always one of our catalogue).
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    [[nodiscard]] const QString& portalCode() const { return m_portalCode; }
    [[nodiscard]] bool isPortalAnswer(int status, QStringView portalCode) const
    {
        return m_httpStatus == status && m_portalCode == portalCode;
    }
    Error& withPortalAnswer(int status, QString portalCode)
    {
        m_httpStatus = status;
        m_portalCode = std::move(portalCode);
        return *this;
    }

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
    int m_httpStatus = 0;
    QString m_portalCode;
};

QDebug operator<<(QDebug debug, const Error& error);

} // namespace guichet
