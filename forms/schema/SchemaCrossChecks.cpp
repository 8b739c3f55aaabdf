#include "SchemaCrossChecks.h"

#include "ErrorCodes.h"
#include "VisibilityGraph.h"

#include <QStringList>

namespace guichet::forms {
namespace {

// The groups around a field, outermost first (empty for a field of a section).
QStringList groupsAround(const FormDefinition& form, const QString& fieldId)
{
    QStringList groups;
    for (QString parent = form.parentGroup(fieldId); !parent.isEmpty();
         parent = form.parentGroup(parent))
        groups.prepend(parent);
    return groups;
}

// A rule may read a field of the same repetition or of an enclosing one, never one
// inside a group the rule's owner is not part of: that field has one value per
// repetition, and none of them would be "the" value.
bool isReachable(const FormDefinition& form, const QStringList& ownerGroups,
                 const QString& targetId)
{
    const QStringList targetGroups = groupsAround(form, targetId);
    return targetGroups.size() <= ownerGroups.size() &&
           ownerGroups.mid(0, targetGroups.size()) == targetGroups;
}

bool checkKnownReferences(const FormDefinition& form, const VisibilityRule& rule,
                          const QString& where, SchemaReader& reader)
{
    for (const QString& fieldId : referencedFields(rule))
        if (!form.field(fieldId))
            return reader.fail(
                ErrorCode::FormRuleCycle, where,
                QStringLiteral("visibility refers to unknown field '%1'").arg(fieldId.left(80)));
    return true;
}

bool checkKnownInFields(const FormDefinition& form, const QList<FormField>& fields,
                        const QHash<QString, QString>& fieldPlaces, SchemaReader& reader)
{
    for (const FormField& field : fields)
        if (!checkKnownReferences(form, field.visibleWhen, fieldPlaces.value(field.id), reader) ||
            !checkKnownInFields(form, field.fields, fieldPlaces, reader))
            return false;
    return true;
}

bool checkReachableReferences(const FormDefinition& form, const VisibilityRule& rule,
                              const QStringList& ownerGroups, const QString& where,
                              SchemaReader& reader)
{
    for (const QString& fieldId : referencedFields(rule))
        if (!isReachable(form, ownerGroups, fieldId))
            return reader.fail(ErrorCode::FormRuleCycle, where,
                               QStringLiteral("visibility refers to field '%1' inside group "
                                              "'%2', which this is not part of")
                                   .arg(fieldId, form.parentGroup(fieldId)));
    return true;
}

bool checkFieldRules(const FormDefinition& form, const FormField& field, const QString& where,
                     SchemaReader& reader)
{
    const QStringList ownGroups = groupsAround(form, field.id);
    if (!checkReachableReferences(form, field.visibleWhen, ownGroups, where, reader))
        return false;
    for (const ValidationRule& rule : field.validation) {
        if (rule.kind != RuleKind::EqualsField && rule.kind != RuleKind::AfterField)
            continue;
        const QString kindName = rule.kind == RuleKind::EqualsField ? QStringLiteral("equalsField")
                                                                    : QStringLiteral("afterField");
        const QString targetId = rule.value.toString();
        const FormField* target = form.field(targetId);
        if (!target)
            return reader.fail(
                ErrorCode::FormSchemaInvalid, where,
                QStringLiteral("rule '%1' names unknown field '%2'").arg(kindName, targetId));
        if (targetId == field.id)
            return reader.fail(
                ErrorCode::FormSchemaInvalid, where,
                QStringLiteral("rule '%1' compares the field with itself").arg(kindName));
        if (!isReachable(form, ownGroups, targetId))
            return reader.fail(ErrorCode::FormSchemaInvalid, where,
                               QStringLiteral("rule '%1' names field '%2' inside group '%3', "
                                              "which this is not part of")
                                   .arg(kindName, targetId, form.parentGroup(targetId)));
        if (rule.kind == RuleKind::AfterField &&
            (field.type != FieldType::Date || target->type != FieldType::Date))
            return reader.fail(ErrorCode::FormSchemaInvalid, where,
                               QStringLiteral("rule 'afterField' needs two date fields, and "
                                              "'%1' or this field is not one")
                                   .arg(targetId));
    }
    return true;
}

bool checkFields(const FormDefinition& form, const QList<FormField>& fields,
                 const QHash<QString, QString>& fieldPlaces, SchemaReader& reader)
{
    for (const FormField& field : fields) {
        if (!checkFieldRules(form, field, fieldPlaces.value(field.id), reader))
            return false;
        if (!checkFields(form, field.fields, fieldPlaces, reader))
            return false;
    }
    return true;
}

QString describeCycle(const QList<VisibilityNode>& cycle)
{
    QStringList steps;
    for (const VisibilityNode& node : cycle)
        steps.append(describe(node));
    return steps.join(QStringLiteral(" -> "));
}

} // namespace

bool checkCrossReferences(const FormDefinition& form, const QHash<QString, QString>& fieldPlaces,
                          SchemaReader& reader)
{
    // Three passes, so that each problem gets the clearest message: unknown fields
    // first (the graph leaves them out), then cycles (a group shown depending on its own
    // child is a cycle before it is a reference into a group), then the rest.
    for (const FormSection& section : form.sections)
        if (!checkKnownReferences(form, section.visibleWhen,
                                  QStringLiteral("section '%1'").arg(section.id), reader) ||
            !checkKnownInFields(form, section.fields, fieldPlaces, reader))
            return false;
    for (const AttachmentRequirement& attachment : form.attachments)
        if (!checkKnownReferences(form, attachment.visibleWhen,
                                  QStringLiteral("attachment '%1'").arg(attachment.id), reader))
            return false;

    const VisibilityOrder order = visibilityOrder(form);
    if (!order.cycle.isEmpty()) {
        const VisibilityNode& first = order.cycle.first();
        const QString where = first.kind == VisibilityNode::Kind::Field
                                  ? fieldPlaces.value(first.id, describe(first))
                                  : describe(first);
        return reader.fail(
            ErrorCode::FormRuleCycle, where,
            QStringLiteral("visibility depends on itself: %1").arg(describeCycle(order.cycle)));
    }

    // Sections and attachments are outside every group.
    for (const FormSection& section : form.sections)
        if (!checkReachableReferences(form, section.visibleWhen, {},
                                      QStringLiteral("section '%1'").arg(section.id), reader) ||
            !checkFields(form, section.fields, fieldPlaces, reader))
            return false;
    for (const AttachmentRequirement& attachment : form.attachments)
        if (!checkReachableReferences(form, attachment.visibleWhen, {},
                                      QStringLiteral("attachment '%1'").arg(attachment.id), reader))
            return false;
    return true;
}

} // namespace guichet::forms
