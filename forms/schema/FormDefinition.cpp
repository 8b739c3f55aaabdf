#include "FormDefinition.h"

namespace guichet::forms {
namespace {

void indexFields(const QList<FormField>& fields, const QString& parent,
                 QHash<QString, const FormField*>& index, QHash<QString, QString>& parents)
{
    for (const FormField& f : fields) {
        index.insert(f.id, &f);
        if (!parent.isEmpty())
            parents.insert(f.id, parent);
        indexFields(f.fields, f.id, index, parents);
    }
}

} // namespace

FormDefinition::FormDefinition(const FormDefinition& other)
{
    copyContent(other);
}

FormDefinition::FormDefinition(FormDefinition&& other) noexcept
{
    *this = std::move(other);
}

FormDefinition& FormDefinition::operator=(const FormDefinition& other)
{
    if (this != &other)
        copyContent(other);
    return *this;
}

FormDefinition& FormDefinition::operator=(FormDefinition&& other) noexcept
{
    if (this == &other)
        return *this;
    id = std::move(other.id);
    version = std::move(other.version);
    procedureId = std::move(other.procedureId);
    language = std::move(other.language);
    title = std::move(other.title);
    description = std::move(other.description);
    authentication = std::move(other.authentication);
    signatureRequired = other.signatureRequired;
    administrationId = std::move(other.administrationId);
    administrationName = std::move(other.administrationName);
    publishedAt = std::move(other.publishedAt);
    acceptedUntil = std::move(other.acceptedUntil);
    sections = std::move(other.sections);
    attachments = std::move(other.attachments);
    reindex();
    other.reindex();
    return *this;
}

void FormDefinition::copyContent(const FormDefinition& other)
{
    id = other.id;
    version = other.version;
    procedureId = other.procedureId;
    language = other.language;
    title = other.title;
    description = other.description;
    authentication = other.authentication;
    signatureRequired = other.signatureRequired;
    administrationId = other.administrationId;
    administrationName = other.administrationName;
    publishedAt = other.publishedAt;
    acceptedUntil = other.acceptedUntil;
    sections = other.sections;
    attachments = other.attachments;
    // QList shares its data on copy; detach so the index points at our own elements.
    sections.detach();
    reindex();
}

const FormField* FormDefinition::field(const QString& fieldId) const
{
    return m_fields.value(fieldId, nullptr);
}

const AttachmentRequirement* FormDefinition::attachment(const QString& requirementId) const
{
    for (const AttachmentRequirement& a : attachments)
        if (a.id == requirementId)
            return &a;
    return nullptr;
}

QString FormDefinition::parentGroup(const QString& fieldId) const
{
    return m_parents.value(fieldId);
}

void FormDefinition::reindex()
{
    m_fields.clear();
    m_parents.clear();
    for (const FormSection& s : sections)
        indexFields(s.fields, {}, m_fields, m_parents);
}

} // namespace guichet::forms
