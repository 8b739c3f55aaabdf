#pragma once

#include "FormDefinition.h"

#include <QDate>
#include <QString>
#include <QStringList>

// The validator's own messages, used when the portal gives none for a rule. All are
// translated (context "FieldValidator") when asked for, so a language switch applies to
// the next validation. Short and specific: what to enter, with an example.
namespace guichet::forms::messages {

[[nodiscard]] QString required(FieldType type);
[[nodiscard]] QString wrongFormat(FieldType type); // also for an answer of the wrong type
[[nodiscard]] QString wrongChecksum(const QString& algorithm); // iban, luNationalNumber, luVat
[[nodiscard]] QString notAnOption(FieldType type);

enum class AddressPart
{
    Street,
    HouseNumber,
    AddressLine2,
    PostalCode,
    Locality,
    Country
};
[[nodiscard]] QString addressPartMissing(AddressPart part);
[[nodiscard]] QString addressPartTooLong(AddressPart part, int maximum);
[[nodiscard]] QString countryCodeInvalid();
[[nodiscard]] QString luxembourgPostalCodeInvalid();

[[nodiscard]] QString minLength(int minimum);
[[nodiscard]] QString maxLength(int maximum);
[[nodiscard]] QString pattern();
[[nodiscard]] QString minNumber(double minimum);
[[nodiscard]] QString maxNumber(double maximum);
[[nodiscard]] QString minDate(const QDate& date);
[[nodiscard]] QString maxDate(const QDate& date);
[[nodiscard]] QString minItems(int minimum, bool group);
[[nodiscard]] QString maxItems(int maximum, bool group);
[[nodiscard]] QString maxFileSize(qint64 bytes);
[[nodiscard]] QString mediaTypes(const QStringList& accepted);
[[nodiscard]] QString equalsField(const QString& otherLabel);
[[nodiscard]] QString afterField(const QString& otherLabel);

} // namespace guichet::forms::messages
