#pragma once

#include "AnswerLookup.h"
#include "FormDefinition.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// Which sections, fields and attachments of a form are shown for the current answers.
// A field is hidden when its section is, when its parent group is, or when its rule
// does not hold — and a rule comparing a hidden field does not hold, so hiding
// cascades. Everything is decided once, in the order of VisibilityGraph (each decision
// after those it reads), without recursion.
//
// Fields inside a group are decided per repetition: `repetitions` gives the index of
// the repetition in each group around the field, outermost first (empty for a field of
// a section). A rule of a group child reads the fields of its own repetition (and of
// enclosing ones) there, and the other fields at the top level.
namespace guichet::forms {

class FormVisibility
{
public:
    // `form` and `answers` must outlive this object; decide again after answers change.
    FormVisibility(const FormDefinition& form, const AnswerLookup& answers);

    [[nodiscard]] bool isSectionVisible(const QString& sectionId) const;
    [[nodiscard]] bool isFieldVisible(const QString& fieldId,
                                      const QList<int>& repetitions = {}) const;
    [[nodiscard]] bool isAttachmentVisible(const QString& requirementId) const;

    // The answer of a field in those repetitions; undefined when there is none.
    [[nodiscard]] QJsonValue answer(const QString& fieldId,
                                    const QList<int>& repetitions = {}) const;
    // The groups around a field, outermost first.
    [[nodiscard]] QStringList groupsAround(const QString& fieldId) const;

    // The answers as a rule of a field in those repetitions reads them: hidden fields
    // are not shown, and a field in a group the field is not part of is not reachable
    // (not shown either). Lives as long as this object.
    class Scope : public AnswerLookup
    {
    public:
        Scope(const FormVisibility& visibility, QStringList groups, QList<int> repetitions);
        [[nodiscard]] QJsonValue answer(const QString& fieldId) const override;
        [[nodiscard]] bool isShown(const QString& fieldId) const override;

    private:
        // How many of our repetitions apply to `fieldId`, or -1 when out of reach.
        [[nodiscard]] int sharedDepth(const QString& fieldId) const;

        const FormVisibility& m_visibility;
        QStringList m_groups;
        QList<int> m_repetitions;
    };
    [[nodiscard]] Scope scopeOf(const QString& fieldId, const QList<int>& repetitions = {}) const;

private:
    struct Site
    {
        const FormField* field = nullptr;
        QString sectionId;
        QStringList groups; // outermost first
    };

    void collectSites(const QList<FormField>& fields, const QString& sectionId,
                      const QStringList& groups);
    void decideField(const Site& site);
    [[nodiscard]] QList<QList<int>> repetitionPaths(const QStringList& groups) const;
    [[nodiscard]] static QString key(const QString& fieldId, const QList<int>& repetitions);

    const AnswerLookup& m_answers;
    QHash<QString, Site> m_sites;
    QHash<QString, bool> m_sections;
    QHash<QString, bool> m_fields; // key(field id, repetitions)
    QHash<QString, bool> m_attachments;
};

} // namespace guichet::forms
