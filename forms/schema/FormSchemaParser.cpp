#include "FormSchemaParser.h"

#include "ErrorCodes.h"
#include "FieldParser.h"
#include "FormLimits.h"
#include "RuleParser.h"
#include "SchemaCrossChecks.h"
#include "SchemaReader.h"

#include <QRegularExpression>
#include <QSet>

#include <limits>

namespace guichet::forms {
namespace {

using Presence = SchemaReader::Presence;

// The largest file the contract lets an attachment requirement accept (20 MiB).
constexpr qint64 MaxAttachmentSize = 20971520;

bool readPattern(const QJsonObject& json, QLatin1String key, const QString& where,
                 const QString& pattern, SchemaReader& reader, QString& out)
{
    const QRegularExpression expression(pattern);
    return reader.readId(json, key, where, out, expression);
}

bool readDateTime(const QJsonObject& json, QLatin1String key, const QString& where,
                  SchemaReader& reader, std::optional<QDateTime>& out, bool nullable)
{
    const QJsonValue value = json.value(key);
    if (nullable && value.isNull())
        return true; // present and null: the current version
    QString text;
    if (!reader.readString(json, key, where, text, Presence::Required))
        return false;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return reader.fail(
            ErrorCode::FormSchemaInvalid, where,
            QStringLiteral("'%1' is not an ISO 8601 date-time: '%2'").arg(key, text.left(80)));
    out = time;
    return true;
}

bool readHeader(const QJsonObject& json, SchemaReader& reader, FormDefinition& form)
{
    const QString where = QStringLiteral("form");
    if (!readPattern(json, QLatin1String("id"), where, QStringLiteral("^F-[A-Z0-9-]{2,60}$"),
                     reader, form.id))
        return false;
    const QString formWhere = QStringLiteral("form '%1'").arg(form.id);
    QString signature;
    QJsonObject administration;
    std::optional<QDateTime> publishedAt;
    if (!readPattern(json, QLatin1String("version"), formWhere,
                     QStringLiteral("^[0-9]+\\.[0-9]+\\.[0-9]+$"), reader, form.version) ||
        !readPattern(json, QLatin1String("procedureId"), formWhere,
                     QStringLiteral("^P-(CIT|BUS)-[A-Z0-9-]{2,60}$"), reader, form.procedureId) ||
        !reader.readString(json, QLatin1String("title"), formWhere, form.title,
                           Presence::Required) ||
        !reader.readString(json, QLatin1String("description"), formWhere, form.description,
                           Presence::Optional) ||
        !reader.readEnum(json, QLatin1String("authentication"), formWhere, form.authentication,
                         {QStringLiteral("card"), QStringLiteral("none")}) ||
        !reader.readEnum(json, QLatin1String("signature"), formWhere, signature,
                         {QStringLiteral("card"), QStringLiteral("none")}) ||
        !reader.readObject(json, QLatin1String("administration"), formWhere, administration,
                           Presence::Required) ||
        !parseAdministration(administration, formWhere, reader, form.administrationId,
                             form.administrationName) ||
        !readDateTime(json, QLatin1String("publishedAt"), formWhere, reader, publishedAt, false))
        return false;
    form.signatureRequired = signature == QLatin1String("card");
    form.publishedAt = *publishedAt;
    if (!json.contains(QLatin1String("acceptedUntil")))
        return reader.fail(ErrorCode::FormSchemaInvalid, formWhere,
                           QStringLiteral("missing 'acceptedUntil' (null for the current "
                                          "version)"));
    return readDateTime(json, QLatin1String("acceptedUntil"), formWhere, reader, form.acceptedUntil,
                        true);
}

bool readVisibleWhen(const QJsonObject& json, const QString& where, SchemaReader& reader,
                     VisibilityRule& out)
{
    QJsonObject rule;
    if (!reader.readObject(json, QLatin1String("visibleWhen"), where, rule, Presence::Optional))
        return false;
    return !json.contains(QLatin1String("visibleWhen")) ||
           parseVisibilityRule(rule, where, 1, reader, out);
}

bool readAttachment(const QJsonValue& value, qsizetype index, SchemaReader& reader,
                    QSet<QString>& ids, AttachmentRequirement& out)
{
    const QString anonymous = QStringLiteral("attachment %1").arg(index + 1);
    if (!value.isObject())
        return reader.fail(ErrorCode::FormSchemaInvalid, anonymous,
                           QStringLiteral("not an object but %1").arg(jsonTypeName(value)));
    const QJsonObject json = value.toObject();
    if (!reader.readId(json, QLatin1String("id"), anonymous, out.id, attachmentIdPattern()))
        return false;
    const QString where = QStringLiteral("attachment '%1'").arg(out.id);
    if (ids.contains(out.id))
        return reader.fail(ErrorCode::FormSchemaInvalid, where,
                           QStringLiteral("id already used by another attachment"));
    ids.insert(out.id);

    QJsonArray mediaTypes;
    qint64 maxCount = 1;
    if (!reader.readString(json, QLatin1String("label"), where, out.label, Presence::Required) ||
        !reader.readString(json, QLatin1String("description"), where, out.description,
                           Presence::Optional) ||
        !reader.readBool(json, QLatin1String("required"), where, out.required,
                         Presence::Required) ||
        !reader.readArray(json, QLatin1String("mediaTypes"), where, mediaTypes,
                          limits::MaxListItems, Presence::Required) ||
        !reader.readInteger(json, QLatin1String("maxSize"), where, out.maxSize, 1,
                            MaxAttachmentSize, Presence::Required) ||
        !reader.readInteger(json, QLatin1String("maxCount"), where, maxCount, 1,
                            limits::MaxListItems, Presence::Required) ||
        !reader.readBool(json, QLatin1String("personalReuse"), where, out.personalReuse,
                         Presence::Optional) ||
        !readVisibleWhen(json, where, reader, out.visibleWhen))
        return false;
    out.maxCount = int(maxCount);
    if (mediaTypes.isEmpty())
        return reader.fail(ErrorCode::FormSchemaInvalid, where,
                           QStringLiteral("'mediaTypes' is empty: no file could be accepted"));
    for (const QJsonValue& type : mediaTypes) {
        if (!type.isString() || type.toString().isEmpty() || type.toString().size() > 255)
            return reader.fail(
                ErrorCode::FormSchemaInvalid, where,
                QStringLiteral("'mediaTypes' holds %1, not a media type").arg(jsonTypeName(type)));
        out.mediaTypes.append(type.toString());
    }
    return true;
}

bool readAttachments(const QJsonObject& json, SchemaReader& reader, FieldParseState& state,
                     FormDefinition& form)
{
    QJsonArray attachments;
    if (!reader.readArray(json, QLatin1String("attachments"),
                          QStringLiteral("form '%1'").arg(form.id), attachments,
                          limits::MaxAttachments, Presence::Required))
        return false;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        AttachmentRequirement attachment;
        if (!readAttachment(attachments.at(i), i, reader, state.attachmentIds, attachment))
            return false;
        form.attachments.append(std::move(attachment));
    }
    return true;
}

bool readSection(const QJsonValue& value, qsizetype index, FieldParseState& state,
                 QSet<QString>& ids, FormSection& out)
{
    SchemaReader& reader = state.reader;
    const QString anonymous = QStringLiteral("section %1").arg(index + 1);
    if (!value.isObject())
        return reader.fail(ErrorCode::FormSchemaInvalid, anonymous,
                           QStringLiteral("not an object but %1").arg(jsonTypeName(value)));
    const QJsonObject json = value.toObject();
    if (!reader.readId(json, QLatin1String("id"), anonymous, out.id, fieldIdPattern()))
        return false;
    const QString where = QStringLiteral("section '%1'").arg(out.id);
    if (ids.contains(out.id))
        return reader.fail(ErrorCode::FormSchemaInvalid, where,
                           QStringLiteral("id already used by another section"));
    ids.insert(out.id);

    QJsonArray fields;
    // No length limit on `fields`: the form-wide field count stops a huge list.
    return reader.readString(json, QLatin1String("title"), where, out.title, Presence::Required) &&
           reader.readString(json, QLatin1String("description"), where, out.description,
                             Presence::Optional) &&
           readVisibleWhen(json, where, reader, out.visibleWhen) &&
           reader.readArray(json, QLatin1String("fields"), where, fields,
                            std::numeric_limits<qsizetype>::max(), Presence::Required) &&
           parseFields(fields, where, 0, state, out.fields);
}

bool readSections(const QJsonObject& json, FieldParseState& state, FormDefinition& form)
{
    QJsonArray sections;
    if (!state.reader.readArray(json, QLatin1String("sections"),
                                QStringLiteral("form '%1'").arg(form.id), sections,
                                limits::MaxSections, Presence::Required))
        return false;
    QSet<QString> ids;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        FormSection section;
        if (!readSection(sections.at(i), i, state, ids, section))
            return false;
        form.sections.append(std::move(section));
    }
    return true;
}

} // namespace

Result<FormDefinition> parseFormDefinition(const QJsonObject& json, const QString& language)
{
    SchemaReader reader;
    FieldParseState state(reader);
    FormDefinition form;
    form.language = language;
    // Attachments before sections, so that attachment fields can be checked as they
    // are read.
    if (!readHeader(json, reader, form) || !readAttachments(json, reader, state, form) ||
        !readSections(json, state, form))
        return reader.error();
    form.reindex();
    if (!checkCrossReferences(form, state.fieldPlaces, reader))
        return reader.error();
    return form;
}

} // namespace guichet::forms
