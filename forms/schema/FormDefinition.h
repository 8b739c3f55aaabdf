#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A form as the portal describes it (FormDefinition in docs/api/portal.yaml), in one
// language: the portal resolves human texts for the request's Accept-Language, so a
// language switch reads the same form again in the other language while the answers
// (keyed by field id, which never change across languages) stay.
namespace guichet::forms {

enum class FieldType
{
    Text,
    Number,
    Date,
    Choice,
    MultiChoice,
    YesNo,
    Address,
    Iban,
    NationalNumber,
    VatNumber,
    Email,
    Phone,
    Attachment,
    Group
};

enum class RuleKind
{
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
    AfterField,
    Checksum
};

// One validation rule; `value` keeps the JSON parameter as the contract defines it per
// kind (checked by the parser, so evaluators may rely on its type).
struct ValidationRule
{
    RuleKind kind = RuleKind::MinLength;
    QJsonValue value;
    QString message; // the portal's own message (plain text), empty when none
};

enum class VisibilityOperator
{
    Equals,
    NotEquals,
    In,
    NotIn,
    IsTrue,
    IsFalse,
    IsEmpty,
    IsNotEmpty,
    GreaterThan,
    LessThan
};

// When a field, section or attachment is shown: always, a comparison with another
// field's value, or all/any of nested rules.
struct VisibilityRule
{
    enum class Kind
    {
        Always,
        Compare,
        All,
        Any
    };
    Kind kind = Kind::Always;
    QString field;
    VisibilityOperator op = VisibilityOperator::Equals;
    QJsonValue value;
    QList<VisibilityRule> children;

    [[nodiscard]] bool isAlways() const { return kind == Kind::Always; }
};

enum class PrefillMode
{
    Automatic,
    Consent,
    Personal
};

// Where a field's value can come from (the Once Only Principle).
struct PrefillBinding
{
    QString source; // an AuthenticSource or "personal"
    QString item;
    PrefillMode mode = PrefillMode::Automatic;
    QString purpose;     // consent mode
    QString purposeText; // consent mode, plain text
    QString administrationId;
    QString administrationName;
};

struct FieldOption
{
    QString value;
    QString label;
};

struct FormField
{
    QString id;
    FieldType type = FieldType::Text;
    QString label;
    QString help;
    bool required = false;
    bool readOnly = false;
    QString unit;
    QList<FieldOption> options;       // choice, multichoice
    QList<ValidationRule> validation; // in the portal's order
    VisibilityRule visibleWhen;
    std::optional<PrefillBinding> prefill;
    QString attachmentRequirementId; // attachment
    QList<FormField> fields;         // group: the fields of one repetition
};

struct FormSection
{
    QString id;
    QString title;
    QString description;
    VisibilityRule visibleWhen;
    QList<FormField> fields;
};

struct AttachmentRequirement
{
    QString id;
    QString label;
    QString description;
    bool required = false;
    QStringList mediaTypes;
    qint64 maxSize = 0;
    int maxCount = 1;
    VisibilityRule visibleWhen;
    bool personalReuse = false;
};

struct FormDefinition
{
    FormDefinition() = default;
    // Copies and moves rebuild the field index, which points into this object's lists.
    FormDefinition(const FormDefinition& other);
    FormDefinition(FormDefinition&& other) noexcept;
    FormDefinition& operator=(const FormDefinition& other);
    FormDefinition& operator=(FormDefinition&& other) noexcept;
    ~FormDefinition() = default;

    QString id;
    QString version;
    QString procedureId;
    QString language; // of the texts: "fr", "de" or "en"
    QString title;
    QString description;
    QString authentication;         // AuthenticationRequirement: "card" or "none"
    bool signatureRequired = false; // signature "card"
    QString administrationId;
    QString administrationName;
    QDateTime publishedAt;
    std::optional<QDateTime> acceptedUntil;
    QList<FormSection> sections;
    QList<AttachmentRequirement> attachments;

    // Every field by id, group children included (ids are unique within a form).
    // Filled by the parser; pointers stay valid while the definition is not changed.
    [[nodiscard]] const FormField* field(const QString& fieldId) const;
    [[nodiscard]] const AttachmentRequirement* attachment(const QString& requirementId) const;
    // The id of the group a field belongs to, or empty for a top-level field.
    [[nodiscard]] QString parentGroup(const QString& fieldId) const;
    // Rebuilds the index after the lists changed (the parser calls it).
    void reindex();

private:
    void copyContent(const FormDefinition& other);

    QHash<QString, const FormField*> m_fields;
    QHash<QString, QString> m_parents;
};

} // namespace guichet::forms
