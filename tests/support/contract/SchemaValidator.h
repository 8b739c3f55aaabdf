#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace guichet::test {

// Checks JSON values against the schema objects of one OpenAPI 3.0 document.
//
// Only the subset of OpenAPI 3.0 schemas that docs/api/portal.yaml needs is
// implemented. Any other keyword that could change the verdict is reported as
// "unsupported keyword", so a schema we do not understand never passes silently.
// Each problem reads "<JSON pointer>: <rule broken>", the root being "(root)".
//
// The named schemas of the document are compiled once, in the constructor, so that
// validating a large page does not look up keywords in JSON objects again and again.
// After construction the validator is read-only and may be used from any thread.
class SchemaValidator
{
public:
    // `document` is the whole OpenAPI document: local "$ref"s are resolved in it.
    explicit SchemaValidator(QJsonObject document);
    SchemaValidator(SchemaValidator&&) noexcept;
    SchemaValidator& operator=(SchemaValidator&&) noexcept;
    ~SchemaValidator();

    // Validates `value` against a schema object (or a {"$ref": ...} to one).
    QStringList validate(const QJsonValue& schema, const QJsonValue& value) const;

    // Validates `value` against components/schemas/<schemaName>.
    QStringList validateNamed(const QString& schemaName, const QJsonValue& value) const;

    // The value a local reference ("#/components/responses/NotFound") names;
    // undefined when it names nothing.
    QJsonValue resolveReference(const QString& reference) const;

private:
    struct Node;
    class Compiler;
    class Checker;

    QJsonObject m_document;
    std::vector<std::unique_ptr<Node>> m_nodes; // owns every compiled schema
    QHash<QString, const Node*> m_namedSchemas; // by "$ref" string
};

} // namespace guichet::test
