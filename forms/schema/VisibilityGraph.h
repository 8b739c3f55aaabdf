#pragma once

#include "FormDefinition.h"

#include <QList>
#include <QString>
#include <QStringList>

// What each visibility decision of a form depends on. A field is shown only when its
// section is, its parent group is, and its own rule holds; the rule in turn reads other
// fields, which must be decided first. The parser uses this graph to refuse cycles
// (FORM-003); the validation room uses its order to decide visibility in one pass.
namespace guichet::forms {

struct VisibilityNode
{
    enum class Kind
    {
        Section,
        Field
    };
    Kind kind = Kind::Field;
    QString id;

    friend bool operator==(const VisibilityNode&, const VisibilityNode&) = default;
};

struct VisibilityOrder
{
    // Every section and field of the form, each after all it depends on (when there is
    // no cycle). References to unknown fields are left out.
    QList<VisibilityNode> nodes;
    // Empty without a cycle; otherwise one cycle, its first node repeated at its end
    // (field a -> field b -> field a). `nodes` is then still complete, but some node in
    // it comes before one it depends on.
    QList<VisibilityNode> cycle;
};

// Linear in the number of fields and rule references; uses no recursion, so a chain of
// thousands of dependencies is fine.
[[nodiscard]] VisibilityOrder visibilityOrder(const FormDefinition& form);

// The ids of the fields a rule compares, all/any branches included, each once.
[[nodiscard]] QStringList referencedFields(const VisibilityRule& rule);

// "field 'a'" or "section 's'", for messages.
[[nodiscard]] QString describe(const VisibilityNode& node);

} // namespace guichet::forms
