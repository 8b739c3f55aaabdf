#pragma once

#include <QList>
#include <QString>

// One problem with one answer, as the form shows it beside the field.
namespace guichet::forms {

enum class IssueKind
{
    Required, // no answer to a required field (or a missing part of an address)
    Type,     // an answer of the wrong JSON type for the field
    Format,   // a date, e-mail, phone, IBAN... not written the expected way
    Option,   // a value that is not one of the field's options
    Checksum, // an IBAN, national or VAT number whose check digits are wrong
    MinLength,
    MaxLength,
    Pattern,
    Min,
    Max,
    MinDate,
    MaxDate,
    MinItems,
    MaxItems,
    MaxFileSize,
    MediaTypes,
    EqualsField,
    AfterField
};

struct ValidationIssue
{
    QString fieldId;
    // The repetition of the field's group, or -1 for a field of a section (or a group
    // itself, for its minItems/maxItems).
    int repetition = -1;
    // The repetition in each group around the field, outermost first; differs from
    // {repetition} only for groups inside groups.
    QList<int> repetitionPath;
    IssueKind kind = IssueKind::Required;
    QString message; // translated, for the person

    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

// The code the portal uses for the same problem (ProblemFieldError.code in
// docs/api/portal.yaml): "required", "format", "enum", "checksum", "minDate"...
[[nodiscard]] QString issueCode(IssueKind kind);

} // namespace guichet::forms
