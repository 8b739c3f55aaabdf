#include "ValidationMessages.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace guichet::forms::messages {
namespace {

QString number(double value)
{
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return QLocale().toString(qint64(value));
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString date(const QDate& day)
{
    // The format is translatable so that each language writes dates its own way
    // ("31 December 2025", "31 décembre 2025", "31. Dezember 2025").
    return QLocale().toString(day, QCoreApplication::translate("FieldValidator", "d MMMM yyyy"));
}

QString mediaTypeName(const QString& mediaType)
{
    if (mediaType == QLatin1String("application/pdf"))
        return QStringLiteral("PDF");
    if (mediaType == QLatin1String("image/jpeg"))
        return QStringLiteral("JPEG");
    if (mediaType == QLatin1String("image/png"))
        return QStringLiteral("PNG");
    return mediaType;
}

} // namespace

QString required(FieldType type)
{
    switch (type) {
    case FieldType::Choice:
        return QCoreApplication::translate("FieldValidator", "Choose an answer.");
    case FieldType::MultiChoice:
        return QCoreApplication::translate("FieldValidator", "Choose at least one answer.");
    case FieldType::YesNo:
        return QCoreApplication::translate("FieldValidator", "Answer yes or no.");
    case FieldType::Attachment:
        return QCoreApplication::translate("FieldValidator", "Add this document.");
    case FieldType::Group:
        return QCoreApplication::translate("FieldValidator", "Add at least one entry.");
    default:
        return QCoreApplication::translate("FieldValidator", "This answer is required.");
    }
}

QString wrongFormat(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QCoreApplication::translate("FieldValidator", "Enter text here.");
    case FieldType::Number:
        return QCoreApplication::translate("FieldValidator", "Enter a number, such as 4.");
    case FieldType::Date:
        return QCoreApplication::translate("FieldValidator",
                                           "Enter a real date: day, month and year.");
    case FieldType::Choice:
    case FieldType::MultiChoice:
        return QCoreApplication::translate("FieldValidator", "Choose among the answers offered.");
    case FieldType::YesNo:
        return QCoreApplication::translate("FieldValidator", "Answer yes or no.");
    case FieldType::Address:
        return QCoreApplication::translate("FieldValidator", "Enter the full address.");
    case FieldType::Iban:
        return QCoreApplication::translate("FieldValidator",
                                           "Enter an IBAN such as LU28 0019 4006 4475 0000.");
    case FieldType::NationalNumber:
        return QCoreApplication::translate(
            "FieldValidator", "Enter the 13 digits of the national identification number.");
    case FieldType::VatNumber:
        return QCoreApplication::translate("FieldValidator",
                                           "Enter a Luxembourg VAT number such as LU15027442.");
    case FieldType::Email:
        return QCoreApplication::translate("FieldValidator",
                                           "Enter an e-mail address such as name@example.lu.");
    case FieldType::Phone:
        return QCoreApplication::translate(
            "FieldValidator",
            "Enter a phone number with its country code, such as +352 621 123 456.");
    case FieldType::Attachment:
        return QCoreApplication::translate("FieldValidator",
                                           "This document could not be identified: add it again.");
    case FieldType::Group:
        return QCoreApplication::translate("FieldValidator",
                                           "These entries could not be read: add them again.");
    }
    return QCoreApplication::translate("FieldValidator", "This answer is not valid.");
}

QString wrongChecksum(const QString& algorithm)
{
    if (algorithm == QLatin1String("iban"))
        return QCoreApplication::translate(
            "FieldValidator", "This IBAN is not valid: check it for a typing mistake.");
    if (algorithm == QLatin1String("luNationalNumber"))
        return QCoreApplication::translate(
            "FieldValidator",
            "This national identification number is not valid: check the 13 digits.");
    if (algorithm == QLatin1String("luVat"))
        return QCoreApplication::translate(
            "FieldValidator", "This VAT number is not valid: check the 8 digits after LU.");
    return QCoreApplication::translate("FieldValidator", "This answer is not valid.");
}

QString notAnOption(FieldType type)
{
    return type == FieldType::MultiChoice
               ? QCoreApplication::translate("FieldValidator",
                                             "Choose only among the answers offered.")
               : QCoreApplication::translate("FieldValidator",
                                             "Choose one of the answers offered.");
}

QString addressPartMissing(AddressPart part)
{
    switch (part) {
    case AddressPart::Street:
        return QCoreApplication::translate("FieldValidator", "Enter the street of the address.");
    case AddressPart::HouseNumber:
        return QCoreApplication::translate("FieldValidator",
                                           "Enter the house number of the address.");
    case AddressPart::AddressLine2:
        return QCoreApplication::translate("FieldValidator",
                                           "Enter the second line of the address.");
    case AddressPart::PostalCode:
        return QCoreApplication::translate("FieldValidator",
                                           "Enter the postal code of the address.");
    case AddressPart::Locality:
        return QCoreApplication::translate("FieldValidator",
                                           "Enter the town or village of the address.");
    case AddressPart::Country:
        return QCoreApplication::translate("FieldValidator", "Choose the country of the address.");
    }
    return QCoreApplication::translate("FieldValidator", "Enter the full address.");
}

QString addressPartTooLong(AddressPart part, int maximum)
{
    switch (part) {
    case AddressPart::Street:
        return QCoreApplication::translate(
            "FieldValidator", "Shorten the street: at most %n characters.", nullptr, maximum);
    case AddressPart::HouseNumber:
        return QCoreApplication::translate(
            "FieldValidator", "Shorten the house number: at most %n characters.", nullptr, maximum);
    case AddressPart::AddressLine2:
        return QCoreApplication::translate(
            "FieldValidator", "Shorten the second address line: at most %n characters.", nullptr,
            maximum);
    case AddressPart::PostalCode:
        return QCoreApplication::translate(
            "FieldValidator", "Shorten the postal code: at most %n characters.", nullptr, maximum);
    case AddressPart::Locality:
        return QCoreApplication::translate("FieldValidator",
                                           "Shorten the town or village: at most %n characters.",
                                           nullptr, maximum);
    case AddressPart::Country:
        break;
    }
    return countryCodeInvalid();
}

QString countryCodeInvalid()
{
    return QCoreApplication::translate("FieldValidator",
                                       "Choose the country of the address from the list.");
}

QString luxembourgPostalCodeInvalid()
{
    return QCoreApplication::translate(
        "FieldValidator", "A Luxembourg postal code has 4 digits, such as 1940 (without \"L-\").");
}

QString minLength(int minimum)
{
    return QCoreApplication::translate("FieldValidator", "Enter at least %n characters.", nullptr,
                                       minimum);
}

QString maxLength(int maximum)
{
    return QCoreApplication::translate("FieldValidator", "Enter at most %n characters.", nullptr,
                                       maximum);
}

QString pattern()
{
    return QCoreApplication::translate(
        "FieldValidator", "This answer is not written as expected: check the example or the help.");
}

QString minNumber(double minimum)
{
    return QCoreApplication::translate("FieldValidator", "Enter a number of at least %1.")
        .arg(number(minimum));
}

QString maxNumber(double maximum)
{
    return QCoreApplication::translate("FieldValidator", "Enter a number of at most %1.")
        .arg(number(maximum));
}

QString minDate(const QDate& day)
{
    return QCoreApplication::translate("FieldValidator", "Enter a date on or after %1.")
        .arg(date(day));
}

QString maxDate(const QDate& day)
{
    return QCoreApplication::translate("FieldValidator", "Enter a date on or before %1.")
        .arg(date(day));
}

QString minItems(int minimum, bool group)
{
    return group ? QCoreApplication::translate("FieldValidator", "Add at least %n entries.",
                                               nullptr, minimum)
                 : QCoreApplication::translate("FieldValidator", "Choose at least %n answers.",
                                               nullptr, minimum);
}

QString maxItems(int maximum, bool group)
{
    return group ? QCoreApplication::translate("FieldValidator", "Add at most %n entries.", nullptr,
                                               maximum)
                 : QCoreApplication::translate("FieldValidator", "Choose at most %n answers.",
                                               nullptr, maximum);
}

QString maxFileSize(qint64 bytes)
{
    return QCoreApplication::translate("FieldValidator", "This file is too large: at most %1.")
        .arg(QLocale().formattedDataSize(bytes));
}

QString mediaTypes(const QStringList& accepted)
{
    QStringList names;
    for (const QString& type : accepted)
        names.append(mediaTypeName(type));
    return QCoreApplication::translate("FieldValidator",
                                       "This kind of file is not accepted: use %1.")
        .arg(QLocale().createSeparatedList(names));
}

QString equalsField(const QString& otherLabel)
{
    if (otherLabel.isEmpty())
        return QCoreApplication::translate("FieldValidator",
                                           "This answer must be the same as the one above.");
    return QCoreApplication::translate("FieldValidator", "This answer must be the same as \"%1\".")
        .arg(otherLabel);
}

QString afterField(const QString& otherLabel)
{
    if (otherLabel.isEmpty())
        return QCoreApplication::translate("FieldValidator", "Enter a date after the one above.");
    return QCoreApplication::translate("FieldValidator", "Enter a date after \"%1\".")
        .arg(otherLabel);
}

} // namespace guichet::forms::messages
