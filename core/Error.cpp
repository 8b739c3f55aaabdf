#include "Error.h"

#include "ErrorCatalogue.h"

#include <QCoreApplication>

namespace guichet {

Error::Error(QString code, QString detail) : m_code(std::move(code)), m_detail(std::move(detail)) {}

QString Error::userMessage() const
{
    const ErrorEntry& entry = ErrorCatalogue::entry(m_code);
    return QCoreApplication::translate(ErrorCatalogue::TranslationContext, entry.message);
}

QString Error::whatToDo() const
{
    const ErrorEntry& entry = ErrorCatalogue::entry(m_code);
    return QCoreApplication::translate(ErrorCatalogue::TranslationContext, entry.whatToDo);
}

QString Error::helpDeskText() const
{
    const ErrorEntry& entry = ErrorCatalogue::entry(m_code);
    QString text = QString::fromLatin1(entry.helpDesk);
    if (!m_detail.isEmpty())
        text += QStringLiteral("\n") + m_detail;
    return text;
}

QString Error::summary() const
{
    return m_code + QStringLiteral(": ") + userMessage();
}

QDebug operator<<(QDebug debug, const Error& error)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << error.code() << " (" << error.detail() << ")";
    return debug;
}

} // namespace guichet
