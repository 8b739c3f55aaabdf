#include "FieldParser.h"

#include "ErrorCodes.h"
#include "FormLimits.h"
#include "RuleParser.h"
#include "SchemaNames.h"

#include <limits>

namespace guichet::forms {
namespace {

using Presence = SchemaReader::Presence;

bool parseOptions(const QJsonObject& json, const QString& where, SchemaReader& reader,
                  QList<FieldOption>& out)
{
    QJsonArray options;
    if (!reader.readArray(json, QLatin1String("options"), where, options, limits::MaxOptions,
                          Presence::Optional))
        return false;
    if (options.isEmpty())
        return reader.fail(ErrorCode::FormSchemaInvalid, where,
                           QStringLiteral("a choice field needs at least one option"));
    QSet<QString> values;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString optionWhere = QStringLiteral("%1, option %2").arg(where).arg(i + 1);
        if (!options.at(i).isObject())
            return reader.fail(ErrorCode::FormSchemaInvalid, optionWhere,
                               QStringLiteral("not an object"));
        const QJsonObject object = options.at(i).toObject();
        FieldOption option;
        if (!reader.readString(object, QLatin1String("value"), optionWhere, option.value,
                               Presence::Required) ||
            !reader.readString(object, QLatin1String("label"), optionWhere, option.label,
                               Presence::Required))
            return false;
        if (values.contains(option.value))
            return reader.fail(ErrorCode::FormSchemaInvalid, where,
                               QStringLiteral("option value '%1' appears twice").arg(option.value));
        values.insert(option.value);
        out.append(option);
    }
    return true;
}

bool parseRules(const QJsonObject& json, const QString& where, SchemaReader& reader,
                QList<ValidationRule>& out)
{
    QJsonArray rules;
    if (!reader.readArray(json, QLatin1String("validation"), where, rules, limits::MaxListItems,
                          Presence::Optional))
        return false;
    for (const QJsonValue& value : rules) {
        if (!value.isObject())
            return reader.fail(
                ErrorCode::FormSchemaInvalid, where,
                QStringLiteral("a validation rule is %1, not an object").arg(jsonTypeName(value)));
        ValidationRule rule;
        if (!parseValidationRule(value.toObject(), where, reader, rule))
            return false;
        out.append(std::move(rule));
    }
    return true;
}

bool parsePrefill(const QJsonObject& json, const QString& where, SchemaReader& reader,
                  std::optional<PrefillBinding>& out)
{
    QJsonObject object;
    if (!reader.readObject(json, QLatin1String("prefill"), where, object, Presence::Optional))
        return false;
    if (!json.contains(QLatin1String("prefill")))
        return true;
    const QString prefillWhere = where + QStringLiteral(", prefill");
    PrefillBinding binding;
    QString modeName;
    if (!reader.readString(object, QLatin1String("source"), prefillWhere, binding.source,
                           Presence::Required) ||
        !reader.readString(object, QLatin1String("item"), prefillWhere, binding.item,
                           Presence::Required) ||
        !reader.readString(object, QLatin1String("mode"), prefillWhere, modeName,
                           Presence::Required))
        return false;
    const std::optional<PrefillMode> mode = prefillModeFromName(modeName);
    if (!mode)
        return reader.fail(ErrorCode::FormSchemaInvalid, prefillWhere,
                           QStringLiteral("unknown mode '%1'").arg(modeName.left(80)));
    binding.mode = *mode;
    // The purpose is what the consent is given for: without it none can be asked.
    const Presence purpose =
        *mode == PrefillMode::Consent ? Presence::Required : Presence::Optional;
    if (!reader.readString(object, QLatin1String("purpose"), prefillWhere, binding.purpose,
                           purpose) ||
        !reader.readString(object, QLatin1String("purposeText"), prefillWhere, binding.purposeText,
                           Presence::Optional))
        return false;
    QJsonObject administration;
    if (!reader.readObject(object, QLatin1String("administration"), prefillWhere, administration,
                           Presence::Optional))
        return false;
    if (object.contains(QLatin1String("administration")) &&
        !parseAdministration(administration, prefillWhere, reader, binding.administrationId,
                             binding.administrationName))
        return false;
    out = binding;
    return true;
}

bool parseField(const QJsonValue& json, qsizetype index, const QString& container, int groupDepth,
                FieldParseState& state, FormField& out)
{
    SchemaReader& reader = state.reader;
    // Counted before anything else so that a huge form is refused after
    // limits::MaxFields fields, whatever else is wrong further on.
    if (++state.fieldCount > limits::MaxFields)
        return reader.fail(
            ErrorCode::FormTooLarge, container,
            QStringLiteral("the form has more than %1 fields").arg(limits::MaxFields));
    const QString anonymous = QStringLiteral("field %1 in %2").arg(index + 1).arg(container);
    if (!json.isObject())
        return reader.fail(ErrorCode::FormSchemaInvalid, anonymous,
                           QStringLiteral("not an object but %1").arg(jsonTypeName(json)));
    const QJsonObject object = json.toObject();
    if (!reader.readId(object, QLatin1String("id"), anonymous, out.id, fieldIdPattern()))
        return false;
    const QString where = QStringLiteral("field '%1' in %2").arg(out.id, container);
    if (state.fieldPlaces.contains(out.id))
        return reader.fail(
            ErrorCode::FormSchemaInvalid, where,
            QStringLiteral("id already used by the %1").arg(state.fieldPlaces.value(out.id)));
    state.fieldPlaces.insert(out.id, where);

    QString typeName;
    if (!reader.readString(object, QLatin1String("type"), where, typeName, Presence::Required))
        return false;
    const std::optional<FieldType> type = fieldTypeFromName(typeName);
    if (!type)
        return reader.fail(ErrorCode::FormFieldTypeUnknown, where,
                           QStringLiteral("unknown type '%1'").arg(typeName.left(80)));
    out.type = *type;

    if (!reader.readString(object, QLatin1String("label"), where, out.label, Presence::Required) ||
        !reader.readBool(object, QLatin1String("required"), where, out.required,
                         Presence::Required) ||
        !reader.readString(object, QLatin1String("help"), where, out.help, Presence::Optional) ||
        !reader.readBool(object, QLatin1String("readOnly"), where, out.readOnly,
                         Presence::Optional) ||
        !reader.readString(object, QLatin1String("unit"), where, out.unit, Presence::Optional))
        return false;
    if ((out.type == FieldType::Choice || out.type == FieldType::MultiChoice) &&
        !parseOptions(object, where, reader, out.options))
        return false;
    if (!parseRules(object, where, reader, out.validation))
        return false;
    QJsonObject visibleWhen;
    if (!reader.readObject(object, QLatin1String("visibleWhen"), where, visibleWhen,
                           Presence::Optional))
        return false;
    if (object.contains(QLatin1String("visibleWhen")) &&
        !parseVisibilityRule(visibleWhen, where, 1, reader, out.visibleWhen))
        return false;
    if (!parsePrefill(object, where, reader, out.prefill))
        return false;

    if (out.type == FieldType::Attachment) {
        if (!reader.readString(object, QLatin1String("attachmentRequirementId"), where,
                               out.attachmentRequirementId, Presence::Required))
            return false;
        if (!state.attachmentIds.contains(out.attachmentRequirementId))
            return reader.fail(ErrorCode::FormSchemaInvalid, where,
                               QStringLiteral("unknown attachment requirement '%1'")
                                   .arg(out.attachmentRequirementId.left(80)));
    }
    if (out.type == FieldType::Group) {
        // Depth first, children after: a group nested without end is refused here,
        // before its children are even looked at.
        if (groupDepth + 1 > limits::MaxGroupDepth)
            return reader.fail(
                ErrorCode::FormTooLarge, where,
                QStringLiteral("groups nested deeper than %1 levels").arg(limits::MaxGroupDepth));
        QJsonArray children;
        // No length limit here: the field count below stops a huge group after
        // limits::MaxFields fields, with a message about the whole form.
        if (!reader.readArray(object, QLatin1String("fields"), where, children,
                              std::numeric_limits<qsizetype>::max(), Presence::Required))
            return false;
        if (children.isEmpty())
            return reader.fail(ErrorCode::FormSchemaInvalid, where,
                               QStringLiteral("a group needs at least one field"));
        const QString groupContainer = QStringLiteral("group '%1' in %2").arg(out.id, container);
        if (!parseFields(children, groupContainer, groupDepth + 1, state, out.fields))
            return false;
    }
    return true;
}

} // namespace

bool parseFields(const QJsonArray& json, const QString& container, int groupDepth,
                 FieldParseState& state, QList<FormField>& out)
{
    out.reserve(qMin<qsizetype>(json.size(), limits::MaxFields));
    for (qsizetype i = 0; i < json.size(); ++i) {
        FormField field;
        if (!parseField(json.at(i), i, container, groupDepth, state, field))
            return false;
        out.append(std::move(field));
    }
    return true;
}

bool parseAdministration(const QJsonObject& json, const QString& where, SchemaReader& reader,
                         QString& id, QString& name)
{
    const QString administrationWhere = where + QStringLiteral(", administration");
    return reader.readString(json, QLatin1String("id"), administrationWhere, id,
                             Presence::Required) &&
           reader.readString(json, QLatin1String("name"), administrationWhere, name,
                             Presence::Required);
}

} // namespace guichet::forms
