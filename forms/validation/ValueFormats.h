#pragma once

#include "FormDefinition.h"

#include <QJsonValue>
#include <QString>

// The written forms of e-mail addresses and phone numbers, and the normalisation of an
// answer into the shape the portal expects (FieldValue in docs/api/portal.yaml).
namespace guichet::forms {

// "+352 621 123 456", "+352-621/12.34.56" and "00352 621 123 456" all give
// "+352621123456"; a "(0)" after the country code ("+49 (0)30 ...") is dropped.
[[nodiscard]] QString normalisePhone(const QString& input);
// E.164 after normalisation: "+", a country code not starting with 0, 6 to 15 digits.
[[nodiscard]] bool isValidPhone(const QString& input);

// A practical check, not RFC 5322: one "@", a local part without spaces or misplaced
// dots, and a domain of letter/digit labels ending in a top-level domain.
[[nodiscard]] bool isValidEmail(const QString& input);

// The answer as it is submitted: IBAN and VAT number without spaces in upper case,
// national number without spaces, phone in E.164, e-mail trimmed. Other answers, and
// answers of an unexpected JSON type, are returned as they are.
[[nodiscard]] QJsonValue normalisedAnswer(FieldType type, const QJsonValue& value);

} // namespace guichet::forms
