#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>

namespace guichet {

// Removes personal data from log lines before they are written anywhere.
// Patterns catch what has a recognisable shape (national numbers, tokens, e-mail
// addresses, IBANs, certificate subject names); values without a shape, such as a
// card holder's name, are registered once they are known and replaced verbatim.
// Thread-safe: log messages arrive from every thread.
class LogRedactor
{
public:
    // Replaces personal data in text with placeholders such as "[national-number]".
    [[nodiscard]] QString redact(const QString& text) const;

    // A value to remove from every later line (for example the signed-in person's name).
    void addSensitiveValue(const QString& value);
    void clearSensitiveValues();

private:
    mutable QMutex m_mutex;
    QStringList m_values;
};

} // namespace guichet
