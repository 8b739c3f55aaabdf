#include "FormVisibility.h"

#include "VisibilityEvaluator.h"
#include "VisibilityGraph.h"

#include <QJsonArray>
#include <QJsonObject>

namespace guichet::forms {

FormVisibility::FormVisibility(const FormDefinition& form, const AnswerLookup& answers)
    : m_answers(answers)
{
    QHash<QString, const FormSection*> sections;
    for (const FormSection& section : form.sections) {
        sections.insert(section.id, &section);
        collectSites(section.fields, section.id, {});
    }

    const Scope top(*this, {}, {});
    for (const VisibilityNode& node : visibilityOrder(form).nodes) {
        if (node.kind == VisibilityNode::Kind::Section) {
            if (const FormSection* section = sections.value(node.id))
                m_sections.insert(section->id, isVisible(section->visibleWhen, top));
        } else if (const auto site = m_sites.constFind(node.id); site != m_sites.cend()) {
            decideField(*site);
        }
    }
    for (const AttachmentRequirement& attachment : form.attachments)
        m_attachments.insert(attachment.id, isVisible(attachment.visibleWhen, top));
}

void FormVisibility::collectSites(const QList<FormField>& fields, const QString& sectionId,
                                  const QStringList& groups)
{
    for (const FormField& field : fields) {
        m_sites.insert(field.id, {&field, sectionId, groups});
        if (!field.fields.isEmpty())
            collectSites(field.fields, sectionId, QStringList(groups) << field.id);
    }
}

void FormVisibility::decideField(const Site& site)
{
    for (const QList<int>& repetitions : repetitionPaths(site.groups)) {
        const bool containerShown =
            site.groups.isEmpty()
                ? m_sections.value(site.sectionId, false)
                : m_fields.value(
                      key(site.groups.last(), repetitions.mid(0, repetitions.size() - 1)), false);
        const Scope scope(*this, site.groups, repetitions);
        m_fields.insert(key(site.field->id, repetitions),
                        containerShown && isVisible(site.field->visibleWhen, scope));
    }
}

QList<QList<int>> FormVisibility::repetitionPaths(const QStringList& groups) const
{
    // One step per group around the field: every repetition of the outer group, then
    // within each, every repetition of the next one.
    QList<QList<int>> paths{{}};
    for (qsizetype depth = 0; depth < groups.size(); ++depth) {
        QList<QList<int>> deeper;
        for (const QList<int>& path : paths) {
            const qsizetype count = answer(groups.at(depth), path).toArray().size();
            for (qsizetype index = 0; index < count; ++index)
                deeper.append(QList<int>(path) << int(index));
        }
        paths = deeper;
    }
    return paths;
}

QString FormVisibility::key(const QString& fieldId, const QList<int>& repetitions)
{
    QString result = fieldId + QLatin1Char('#');
    for (const int index : repetitions)
        result += QString::number(index) + QLatin1Char('.');
    return result;
}

bool FormVisibility::isSectionVisible(const QString& sectionId) const
{
    return m_sections.value(sectionId, false);
}

bool FormVisibility::isFieldVisible(const QString& fieldId, const QList<int>& repetitions) const
{
    return m_fields.value(key(fieldId, repetitions), false);
}

bool FormVisibility::isAttachmentVisible(const QString& requirementId) const
{
    return m_attachments.value(requirementId, false);
}

QJsonValue FormVisibility::answer(const QString& fieldId, const QList<int>& repetitions) const
{
    const auto site = m_sites.constFind(fieldId);
    if (site == m_sites.cend() || repetitions.size() != site->groups.size())
        return QJsonValue(QJsonValue::Undefined);
    if (site->groups.isEmpty())
        return m_answers.answer(fieldId);
    // Down from the outermost group's answer: its array, the repetition's object, the
    // next group's array in it... and finally the field's own value.
    QJsonValue value = m_answers.answer(site->groups.first());
    for (qsizetype depth = 0; depth < repetitions.size(); ++depth) {
        const QJsonObject repetition = value.toArray().at(repetitions.at(depth)).toObject();
        const QString next = depth + 1 < site->groups.size() ? site->groups.at(depth + 1) : fieldId;
        value = repetition.value(next);
    }
    return value;
}

QStringList FormVisibility::groupsAround(const QString& fieldId) const
{
    return m_sites.value(fieldId).groups;
}

FormVisibility::Scope FormVisibility::scopeOf(const QString& fieldId,
                                              const QList<int>& repetitions) const
{
    return Scope(*this, groupsAround(fieldId), repetitions);
}

FormVisibility::Scope::Scope(const FormVisibility& visibility, QStringList groups,
                             QList<int> repetitions)
    : m_visibility(visibility), m_groups(std::move(groups)), m_repetitions(std::move(repetitions))
{}

int FormVisibility::Scope::sharedDepth(const QString& fieldId) const
{
    const QStringList theirs = m_visibility.groupsAround(fieldId);
    if (theirs.size() > m_groups.size() || m_groups.mid(0, theirs.size()) != theirs ||
        theirs.size() > m_repetitions.size())
        return -1;
    return int(theirs.size());
}

QJsonValue FormVisibility::Scope::answer(const QString& fieldId) const
{
    const int depth = sharedDepth(fieldId);
    if (depth < 0)
        return QJsonValue(QJsonValue::Undefined);
    return m_visibility.answer(fieldId, m_repetitions.mid(0, depth));
}

bool FormVisibility::Scope::isShown(const QString& fieldId) const
{
    const int depth = sharedDepth(fieldId);
    return depth >= 0 && m_visibility.isFieldVisible(fieldId, m_repetitions.mid(0, depth));
}

} // namespace guichet::forms
