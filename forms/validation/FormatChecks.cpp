#include "Checksums.h"
#include "DateExpression.h"
#include "FieldChecks.h"
#include "ValidationMessages.h"
#include "ValueFormats.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace guichet::forms {
namespace {

using messages::AddressPart;

struct PartRule
{
    const char* key;
    AddressPart part;
    bool required;
    int maxLength; // the contract's Address maxLength
};

// The house number is required too: every address the register gives has one, and a
// letter cannot be delivered without it.
constexpr PartRule AddressParts[] = {
    {"street", AddressPart::Street, true, 120},
    {"houseNumber", AddressPart::HouseNumber, true, 12},
    {"addressLine2", AddressPart::AddressLine2, false, 120},
    {"postalCode", AddressPart::PostalCode, true, 10},
    {"locality", AddressPart::Locality, true, 80},
    {"country", AddressPart::Country, true, 2},
};

std::optional<Problem> checkAddress(const QJsonObject& address)
{
    for (const PartRule& rule : AddressParts) {
        const QJsonValue part = address.value(QLatin1String(rule.key));
        if (part.isUndefined() || part.isNull() ||
            (part.isString() && part.toString().trimmed().isEmpty())) {
            if (rule.required)
                return Problem{IssueKind::Required, messages::addressPartMissing(rule.part)};
            continue;
        }
        if (!part.isString())
            return Problem{IssueKind::Type, messages::wrongFormat(FieldType::Address)};
        if (rule.part == AddressPart::Country)
            continue; // checked below, with its own message
        if (part.toString().size() > rule.maxLength)
            return Problem{IssueKind::MaxLength,
                           messages::addressPartTooLong(rule.part, rule.maxLength)};
    }
    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    const QString country = address.value(QLatin1String("country")).toString();
    if (!countryCode.match(country).hasMatch())
        return Problem{IssueKind::Format, messages::countryCodeInvalid()};
    static const QRegularExpression luxembourgPostalCode(QStringLiteral("^[0-9]{4}$"));
    if (country == QLatin1String("LU") &&
        !luxembourgPostalCode.match(address.value(QLatin1String("postalCode")).toString())
             .hasMatch())
        return Problem{IssueKind::Format, messages::luxembourgPostalCodeInvalid()};
    return std::nullopt;
}

bool isOption(const FormField& field, const QString& value)
{
    for (const FieldOption& option : field.options)
        if (option.value == value)
            return true;
    return false;
}

std::optional<Problem> checkMultiChoice(const FormField& field, const QJsonArray& values)
{
    QSet<QString> seen;
    for (const QJsonValue& value : values) {
        if (!value.isString())
            return Problem{IssueKind::Type, messages::wrongFormat(field.type)};
        if (!isOption(field, value.toString()) || seen.contains(value.toString()))
            return Problem{IssueKind::Option, messages::notAnOption(field.type)};
        seen.insert(value.toString());
    }
    return std::nullopt;
}

// An identifier with check digits: the shape first, then the check digits, so that
// the message says which of the two is wrong.
std::optional<Problem> checkIdentifier(const FormField& field, const QString& text,
                                       bool (*hasShape)(const QString&),
                                       bool (*isValid)(const QString&))
{
    if (!hasShape(text))
        return Problem{IssueKind::Format, messages::wrongFormat(field.type)};
    if (!isValid(text)) {
        const QString algorithm = impliedChecksum(field.type);
        return Problem{IssueKind::Checksum, ruleMessageOr(field, RuleKind::Checksum,
                                                          messages::wrongChecksum(algorithm))};
    }
    return std::nullopt;
}

bool hasExpectedJsonType(FieldType type, const QJsonValue& value)
{
    switch (type) {
    case FieldType::Number:
        return value.isDouble();
    case FieldType::YesNo:
        return value.isBool();
    case FieldType::MultiChoice:
    case FieldType::Group:
        return value.isArray();
    case FieldType::Address:
    case FieldType::Attachment:
        return value.isObject();
    default:
        return value.isString();
    }
}

} // namespace

QString impliedChecksum(FieldType type)
{
    switch (type) {
    case FieldType::Iban:
        return QStringLiteral("iban");
    case FieldType::NationalNumber:
        return QStringLiteral("luNationalNumber");
    case FieldType::VatNumber:
        return QStringLiteral("luVat");
    default:
        return {};
    }
}

QString ruleMessageOr(const FormField& field, RuleKind kind, const QString& fallback)
{
    for (const ValidationRule& rule : field.validation)
        if (rule.kind == kind && !rule.message.isEmpty())
            return rule.message;
    return fallback;
}

std::optional<Problem> checkFormat(const FormField& field, const QJsonValue& value)
{
    if (!hasExpectedJsonType(field.type, value))
        return Problem{IssueKind::Type, messages::wrongFormat(field.type)};
    const QString text = value.toString();
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Number:
    case FieldType::YesNo:
        return std::nullopt;
    case FieldType::Date:
        if (!parseIsoDate(text))
            return Problem{IssueKind::Format, messages::wrongFormat(field.type)};
        return std::nullopt;
    case FieldType::Choice:
        if (!isOption(field, text))
            return Problem{IssueKind::Option, messages::notAnOption(field.type)};
        return std::nullopt;
    case FieldType::MultiChoice:
        return checkMultiChoice(field, value.toArray());
    case FieldType::Address:
        return checkAddress(value.toObject());
    case FieldType::Iban:
        return checkIdentifier(field, text, hasIbanShape, isValidIban);
    case FieldType::NationalNumber:
        return checkIdentifier(field, text, hasLuNationalNumberShape, isValidLuNationalNumber);
    case FieldType::VatNumber:
        return checkIdentifier(field, text, hasLuVatShape, isValidLuVat);
    case FieldType::Email:
        if (!isValidEmail(text))
            return Problem{IssueKind::Format, messages::wrongFormat(field.type)};
        return std::nullopt;
    case FieldType::Phone:
        if (!isValidPhone(text))
            return Problem{IssueKind::Format, messages::wrongFormat(field.type)};
        return std::nullopt;
    case FieldType::Attachment: {
        // The file itself is checked when it is added; here only that the answer
        // refers to one by its digest (AttachmentValue).
        static const QRegularExpression digest(QStringLiteral("^[0-9a-f]{64}$"));
        if (!digest.match(value.toObject().value(QLatin1String("sha256")).toString()).hasMatch())
            return Problem{IssueKind::Format, messages::wrongFormat(field.type)};
        return std::nullopt;
    }
    case FieldType::Group:
        for (const QJsonValue& repetition : value.toArray())
            if (!repetition.isObject())
                return Problem{IssueKind::Type, messages::wrongFormat(field.type)};
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace guichet::forms
