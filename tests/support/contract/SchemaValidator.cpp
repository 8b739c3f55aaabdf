#include "SchemaValidator.h"

#include "StringFormats.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>
#include <optional>
#include <utility>

namespace guichet::test {

namespace {

using namespace Qt::StringLiterals;

// Deeper than any real payload; only a "$ref" cycle that consumes no value gets here.
constexpr int kMaxDepth = 256;

// Keywords whose effect is implemented below, plus the annotations that never
// change whether a value is valid. Anything else is reported, not skipped.
const QSet<QString>& understoodKeywords()
{
    static const QSet<QString> keywords{u"$ref"_s,
                                        u"type"_s,
                                        u"nullable"_s,
                                        u"enum"_s,
                                        u"required"_s,
                                        u"properties"_s,
                                        u"additionalProperties"_s,
                                        u"items"_s,
                                        u"minItems"_s,
                                        u"maxItems"_s,
                                        u"uniqueItems"_s,
                                        u"minLength"_s,
                                        u"maxLength"_s,
                                        u"pattern"_s,
                                        u"format"_s,
                                        u"minimum"_s,
                                        u"maximum"_s,
                                        u"exclusiveMinimum"_s,
                                        u"exclusiveMaximum"_s,
                                        u"multipleOf"_s,
                                        u"minProperties"_s,
                                        u"maxProperties"_s,
                                        u"allOf"_s,
                                        u"oneOf"_s,
                                        u"anyOf"_s,
                                        u"not"_s,
                                        u"description"_s,
                                        u"title"_s,
                                        u"example"_s,
                                        u"readOnly"_s,
                                        u"writeOnly"_s,
                                        u"deprecated"_s,
                                        u"default"_s,
                                        u"externalDocs"_s,
                                        u"xml"_s};
    return keywords;
}

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

// JSON Schema counts an integer by its value: 3.0 is an integer, 3.5 is not.
bool isInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number;
}

// A short rendering of a value for messages; long strings would bury the rule.
QString shortText(const QJsonValue& value)
{
    if (value.isString()) {
        QString text = value.toString();
        if (text.size() > 60)
            text = text.left(57) + u"..."_s;
        return u'"' + text + u'"';
    }
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return typeName(value);
}

// String lengths in JSON Schema are in characters (code points), not UTF-16 units.
qsizetype codePointCount(const QString& text)
{
    qsizetype count = text.size();
    for (const QChar unit : text) {
        if (unit.isLowSurrogate())
            --count;
    }
    return count;
}

QString unescapePointerToken(QString token)
{
    token = QUrl::fromPercentEncoding(token.toUtf8());
    token.replace(u"~1"_s, u"/"_s);
    token.replace(u"~0"_s, u"~"_s);
    return token;
}

QString escapePointerToken(QString token)
{
    token.replace(u'~', u"~0"_s);
    token.replace(u'/', u"~1"_s);
    return token;
}

std::optional<qint64> optionalCount(const QJsonObject& schema, QLatin1StringView keyword)
{
    const QJsonValue value = schema.value(keyword);
    if (!value.isDouble())
        return std::nullopt;
    return value.toInteger();
}

std::optional<double> optionalNumber(const QJsonObject& schema, QLatin1StringView keyword)
{
    const QJsonValue value = schema.value(keyword);
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

// One schema object, with its keywords read into typed fields.
struct SchemaValidator::Node
{
    enum class Type
    {
        Any,
        String,
        Number,
        Integer,
        Boolean,
        Array,
        Object
    };

    const Node* reference = nullptr; // "$ref": replaces every other keyword
    bool isReference = false;
    bool acceptsNothing = false; // the boolean schema `false`
    QStringList schemaProblems;  // unsupported or malformed keywords, reported on use

    Type type = Type::Any;
    QString typeName;
    bool nullable = false;
    // "enum", split so that the common case (strings) compares without converting
    // every candidate to a QJsonValue.
    bool hasEnum = false;
    QStringList enumStrings;
    QJsonArray enumOthers;

    struct Member
    {
        QString name;
        const Node* schema = nullptr; // null: required but not described
        bool required = false;
    };
    QStringList required;
    std::vector<Member> members;                 // "properties" and "required" together
    QHash<QString, const Node*> declaredMembers; // only filled when extras are checked
    bool extrasForbidden = false;
    const Node* extrasSchema = nullptr;
    std::optional<qint64> minProperties, maxProperties;

    const Node* items = nullptr;
    std::optional<qint64> minItems, maxItems;
    bool uniqueItems = false;

    std::optional<qint64> minLength, maxLength;
    std::optional<QRegularExpression> pattern;
    std::optional<StringFormat> format;
    QString formatName;

    std::optional<double> minimum, maximum, multipleOf;
    bool exclusiveMinimum = false, exclusiveMaximum = false;

    std::vector<const Node*> allOf, anyOf, oneOf;
    const Node* negated = nullptr;
};

// Turns schema JSON into Nodes. References are looked up (or compiled and
// registered before their body, so recursive schemas terminate) in `named`.
class SchemaValidator::Compiler
{
public:
    Compiler(const SchemaValidator& owner, std::vector<std::unique_ptr<Node>>& arena,
             QHash<QString, const Node*>& named)
        : m_owner(owner), m_arena(arena), m_named(named)
    {}

    const Node* compile(const QJsonValue& schema)
    {
        // A resolvable "$ref" is its target: sharing the target's node saves a hop
        // for every value validated through it.
        if (const QJsonValue reference = schema.toObject().value("$ref"_L1); reference.isString()) {
            if (const Node* target = named(reference.toString()))
                return target;
        }
        Node* node = newNode();
        fill(*node, schema);
        return node;
    }

    const Node* named(const QString& reference)
    {
        if (const auto known = m_named.constFind(reference); known != m_named.cend())
            return *known;
        const QJsonValue target = m_owner.resolveReference(reference);
        if (target.isUndefined())
            return nullptr;
        Node* node = newNode();
        m_named.insert(reference, node);
        fill(*node, target);
        return node;
    }

private:
    Node* newNode()
    {
        m_arena.push_back(std::make_unique<Node>());
        return m_arena.back().get();
    }

    const Node* optionalSchema(const QJsonObject& schema, QLatin1StringView keyword)
    {
        const QJsonValue value = schema.value(keyword);
        return value.isUndefined() ? nullptr : compile(value);
    }

    std::vector<const Node*> schemaList(Node& node, const QJsonObject& schema,
                                        QLatin1StringView keyword)
    {
        std::vector<const Node*> list;
        const QJsonValue value = schema.value(keyword);
        if (value.isUndefined())
            return list;
        if (!value.isArray() || value.toArray().isEmpty())
            node.schemaProblems.append(u"malformed keyword %1 (needs a list)"_s.arg(keyword));
        for (const QJsonValue part : value.toArray())
            list.push_back(compile(part));
        return list;
    }

    void fill(Node& node, const QJsonValue& schemaValue)
    {
        if (schemaValue.isBool()) {
            node.acceptsNothing = !schemaValue.toBool();
            return;
        }
        if (!schemaValue.isObject()) {
            node.schemaProblems.append(u"malformed schema (a %1)"_s.arg(typeName(schemaValue)));
            return;
        }
        const QJsonObject schema = schemaValue.toObject();
        // OpenAPI 3.0: a "$ref" replaces its object, so its siblings are ignored.
        if (const QJsonValue reference = schema.value("$ref"_L1); !reference.isUndefined()) {
            node.isReference = true;
            node.reference = named(reference.toString());
            if (!node.reference)
                node.schemaProblems.append(u"unresolvable $ref %1"_s.arg(shortText(reference)));
            return;
        }
        for (auto it = schema.begin(); it != schema.end(); ++it) {
            if (!understoodKeywords().contains(it.key()) && !it.key().startsWith(u"x-"_s))
                node.schemaProblems.append(u"unsupported keyword %1"_s.arg(it.key()));
        }
        fillGeneral(node, schema);
        fillObject(node, schema);
        fillArray(node, schema);
        fillString(node, schema);
        node.minimum = optionalNumber(schema, "minimum"_L1);
        node.maximum = optionalNumber(schema, "maximum"_L1);
        node.multipleOf = optionalNumber(schema, "multipleOf"_L1);
        // OpenAPI 3.0 (JSON Schema draft 5): exclusiveMinimum/Maximum are booleans.
        node.exclusiveMinimum = schema.value("exclusiveMinimum"_L1).toBool();
        node.exclusiveMaximum = schema.value("exclusiveMaximum"_L1).toBool();
        node.allOf = schemaList(node, schema, "allOf"_L1);
        node.anyOf = schemaList(node, schema, "anyOf"_L1);
        node.oneOf = schemaList(node, schema, "oneOf"_L1);
        node.negated = optionalSchema(schema, "not"_L1);
    }

    void fillGeneral(Node& node, const QJsonObject& schema)
    {
        static const QHash<QString, Node::Type> types{
            {u"string"_s, Node::Type::String},   {u"number"_s, Node::Type::Number},
            {u"integer"_s, Node::Type::Integer}, {u"boolean"_s, Node::Type::Boolean},
            {u"array"_s, Node::Type::Array},     {u"object"_s, Node::Type::Object}};
        if (const QJsonValue type = schema.value("type"_L1); !type.isUndefined()) {
            node.typeName = type.toString();
            node.type = types.value(node.typeName, Node::Type::Any);
            if (!types.contains(node.typeName))
                node.schemaProblems.append(u"unsupported type %1"_s.arg(shortText(type)));
        }
        node.nullable = schema.value("nullable"_L1).toBool();
        if (const QJsonValue values = schema.value("enum"_L1); !values.isUndefined()) {
            node.hasEnum = true;
            for (const QJsonValue candidate : values.toArray()) {
                if (candidate.isString())
                    node.enumStrings.append(candidate.toString());
                else
                    node.enumOthers.append(candidate);
            }
        }
    }

    void fillObject(Node& node, const QJsonObject& schema)
    {
        const QJsonObject properties = schema.value("properties"_L1).toObject();
        for (const QJsonValue name : schema.value("required"_L1).toArray())
            node.required.append(name.toString());
        for (auto it = properties.begin(); it != properties.end(); ++it)
            node.members.push_back(
                {it.key(), compile(it.value()), node.required.contains(it.key())});
        for (const QString& name : std::as_const(node.required)) {
            if (!properties.contains(name))
                node.members.push_back({name, nullptr, true});
        }
        const QJsonValue additional = schema.value("additionalProperties"_L1);
        node.extrasForbidden = additional == QJsonValue(false);
        if (additional.isObject())
            node.extrasSchema = compile(additional);
        if (node.extrasForbidden || node.extrasSchema) {
            for (const Node::Member& member : node.members)
                node.declaredMembers.insert(member.name, member.schema);
        }
        node.minProperties = optionalCount(schema, "minProperties"_L1);
        node.maxProperties = optionalCount(schema, "maxProperties"_L1);
    }

    void fillArray(Node& node, const QJsonObject& schema)
    {
        const QJsonValue items = schema.value("items"_L1);
        if (items.isArray())
            node.schemaProblems.append(u"unsupported keyword items as a list (tuple)"_s);
        else if (!items.isUndefined())
            node.items = compile(items);
        node.minItems = optionalCount(schema, "minItems"_L1);
        node.maxItems = optionalCount(schema, "maxItems"_L1);
        node.uniqueItems = schema.value("uniqueItems"_L1).toBool();
    }

    void fillString(Node& node, const QJsonObject& schema)
    {
        node.minLength = optionalCount(schema, "minLength"_L1);
        node.maxLength = optionalCount(schema, "maxLength"_L1);
        if (const QJsonValue pattern = schema.value("pattern"_L1); pattern.isString()) {
            QRegularExpression expression(pattern.toString());
            if (!expression.isValid()) {
                node.schemaProblems.append(
                    u"invalid pattern %1: %2"_s.arg(pattern.toString(), expression.errorString()));
            } else {
                expression.optimize();
                node.pattern = std::move(expression);
            }
        }
        if (const QJsonValue format = schema.value("format"_L1); format.isString()) {
            node.formatName = format.toString();
            node.format = stringFormatFromName(node.formatName);
            if (!node.format)
                node.schemaProblems.append(u"unsupported format %1"_s.arg(node.formatName));
        }
    }

    const SchemaValidator& m_owner;
    std::vector<std::unique_ptr<Node>>& m_arena;
    QHash<QString, const Node*>& m_named;
};

// Walks one value along compiled schemas and collects what is wrong with it.
class SchemaValidator::Checker
{
public:
    explicit Checker(QStringList& problems) : m_problems(problems) {}

    void check(const Node* node, const QJsonValue& value, int depth)
    {
        if (depth > kMaxDepth) {
            report(u"schema nesting deeper than %1 (a $ref cycle?)"_s.arg(kMaxDepth));
            return;
        }
        for (const QString& problem : node->schemaProblems)
            report(problem);
        if (node->isReference) {
            if (node->reference)
                check(node->reference, value, depth + 1);
            return;
        }
        if (node->acceptsNothing) {
            report(u"the schema false accepts no value"_s);
            return;
        }
        if (node->hasEnum && !inEnum(*node, value)) {
            report(u"%1 is not one of the enum values"_s.arg(shortText(value)));
            return;
        }
        if (value.isNull() && node->nullable)
            return; // null is allowed here; no other keyword applies to it
        if (!hasType(*node, value)) {
            const QString actual =
                value.isDouble() && !isInteger(value) ? u"non-integer number"_s : typeName(value);
            report(u"expected type %1, got %2"_s.arg(node->typeName, actual));
            return;
        }
        switch (value.type()) {
        case QJsonValue::Object:
            checkObject(*node, value.toObject(), depth);
            break;
        case QJsonValue::Array:
            checkArray(*node, value.toArray(), depth);
            break;
        case QJsonValue::String:
            // Decoding the string costs more than everything else here; most strings
            // (titles, summaries) have nothing to check beyond their type.
            if (node->minLength || node->maxLength || node->pattern || node->format)
                checkString(*node, value.toString());
            break;
        case QJsonValue::Double:
            checkNumber(*node, value.toDouble());
            break;
        default:
            break;
        }
        checkCombinations(*node, value, depth);
    }

private:
    static bool inEnum(const Node& node, const QJsonValue& value)
    {
        return value.isString() ? node.enumStrings.contains(value.toString())
                                : node.enumOthers.contains(value);
    }

    static bool hasType(const Node& node, const QJsonValue& value)
    {
        switch (node.type) {
        case Node::Type::Any:
            return true;
        case Node::Type::String:
            return value.isString();
        case Node::Type::Number:
            return value.isDouble();
        case Node::Type::Integer:
            return isInteger(value);
        case Node::Type::Boolean:
            return value.isBool();
        case Node::Type::Array:
            return value.isArray();
        case Node::Type::Object:
            return value.isObject();
        }
        return false;
    }

    void checkMember(const Node* node, const QString& name, const QJsonValue& value, int depth)
    {
        m_location.push_back(name);
        check(node, value, depth + 1);
        m_location.pop_back();
    }

    void checkObject(const Node& node, const QJsonObject& object, int depth)
    {
        if (node.minProperties && object.size() < *node.minProperties)
            report(u"has %1 members, minProperties is %2"_s.arg(object.size())
                       .arg(*node.minProperties));
        if (node.maxProperties && object.size() > *node.maxProperties)
            report(u"has %1 members, maxProperties is %2"_s.arg(object.size())
                       .arg(*node.maxProperties));

        // Looking the declared members up (binary search in QJsonObject) is cheaper
        // than decoding every key of the value, which matters on long pages.
        qsizetype requiredSeen = 0;
        for (const Node::Member& declared : node.members) {
            const auto member = object.constFind(declared.name);
            if (member == object.constEnd())
                continue;
            requiredSeen += declared.required ? 1 : 0;
            if (declared.schema)
                checkMember(declared.schema, declared.name, member.value(), depth);
        }
        if (requiredSeen != node.required.size()) {
            for (const QString& name : node.required) {
                if (!object.contains(name))
                    report(u"missing required member \"%1\""_s.arg(name));
            }
        }
        if (!node.extrasForbidden && !node.extrasSchema)
            return;
        for (auto member = object.begin(); member != object.end(); ++member) {
            const QString name = member.key();
            if (node.declaredMembers.contains(name))
                continue;
            if (node.extrasSchema) {
                checkMember(node.extrasSchema, name, member.value(), depth);
            } else {
                m_location.push_back(name);
                report(u"member not allowed (additionalProperties is false)"_s);
                m_location.pop_back();
            }
        }
    }

    void checkArray(const Node& node, const QJsonArray& array, int depth)
    {
        if (node.minItems && array.size() < *node.minItems)
            report(u"has %1 items, minItems is %2"_s.arg(array.size()).arg(*node.minItems));
        if (node.maxItems && array.size() > *node.maxItems)
            report(u"has %1 items, maxItems is %2"_s.arg(array.size()).arg(*node.maxItems));
        if (node.uniqueItems) {
            for (qsizetype i = 1; i < array.size(); ++i) {
                for (qsizetype j = 0; j < i; ++j) {
                    if (array.at(i) == array.at(j))
                        report(u"items %1 and %2 are equal (uniqueItems)"_s.arg(j).arg(i));
                }
            }
        }
        if (!node.items)
            return;
        for (qsizetype index = 0; index < array.size(); ++index)
            checkMember(node.items, QString::number(index), array.at(index), depth);
    }

    void checkString(const Node& node, const QString& text)
    {
        if (node.minLength || node.maxLength) {
            const qsizetype length = codePointCount(text);
            if (node.minLength && length < *node.minLength)
                report(u"length %1 is below minLength %2"_s.arg(length).arg(*node.minLength));
            if (node.maxLength && length > *node.maxLength)
                report(u"length %1 is above maxLength %2"_s.arg(length).arg(*node.maxLength));
        }
        // Unanchored, as in JSON Schema: "^...$" in the pattern anchors it.
        if (node.pattern && !node.pattern->match(text).hasMatch())
            report(u"%1 does not match pattern %2"_s.arg(shortText(text), node.pattern->pattern()));
        if (node.format && !matchesStringFormat(*node.format, text))
            report(u"%1 is not a valid %2"_s.arg(shortText(text), node.formatName));
    }

    void checkNumber(const Node& node, double number)
    {
        const QString text = QString::number(number, 'g', 17);
        if (node.minimum) {
            if (node.exclusiveMinimum ? number <= *node.minimum : number < *node.minimum)
                report(u"%1 is below %2minimum %3"_s.arg(
                    text, node.exclusiveMinimum ? u"exclusive "_s : QString(),
                    QString::number(*node.minimum, 'g', 17)));
        }
        if (node.maximum) {
            if (node.exclusiveMaximum ? number >= *node.maximum : number > *node.maximum)
                report(u"%1 is above %2maximum %3"_s.arg(
                    text, node.exclusiveMaximum ? u"exclusive "_s : QString(),
                    QString::number(*node.maximum, 'g', 17)));
        }
        if (node.multipleOf && *node.multipleOf > 0) {
            const double quotient = number / *node.multipleOf;
            if (std::abs(quotient - std::round(quotient)) > 1e-9)
                report(u"%1 is not a multiple of %2"_s.arg(
                    text, QString::number(*node.multipleOf, 'g', 17)));
        }
    }

    // Tries each alternative on its own; their problems only matter, summarised,
    // when the combination as a whole fails.
    std::vector<qsizetype> passingAlternatives(const std::vector<const Node*>& alternatives,
                                               const QJsonValue& value, int depth,
                                               QStringList& failures)
    {
        std::vector<qsizetype> passing;
        for (std::size_t index = 0; index < alternatives.size(); ++index) {
            QStringList alternativeProblems;
            Checker alternative(alternativeProblems);
            alternative.m_location = m_location;
            alternative.check(alternatives[index], value, depth + 1);
            if (alternativeProblems.isEmpty())
                passing.push_back(qsizetype(index));
            else
                failures.append(u"#%1: %2"_s.arg(index).arg(alternativeProblems.first()));
        }
        return passing;
    }

    void checkCombinations(const Node& node, const QJsonValue& value, int depth)
    {
        for (const Node* part : node.allOf)
            check(part, value, depth + 1);
        if (!node.anyOf.empty()) {
            QStringList failures;
            if (passingAlternatives(node.anyOf, value, depth, failures).empty())
                report(
                    u"matches none of the anyOf alternatives (%1)"_s.arg(failures.join(u"; "_s)));
        }
        if (!node.oneOf.empty()) {
            QStringList failures;
            const std::vector<qsizetype> passing =
                passingAlternatives(node.oneOf, value, depth, failures);
            if (passing.empty()) {
                report(
                    u"matches none of the oneOf alternatives (%1)"_s.arg(failures.join(u"; "_s)));
            } else if (passing.size() > 1) {
                QStringList indexes;
                for (const qsizetype index : passing)
                    indexes.append(u"#"_s + QString::number(index));
                report(u"matches %1 oneOf alternatives (%2), exactly one is allowed"_s
                           .arg(passing.size())
                           .arg(indexes.join(u", "_s)));
            }
        }
        if (node.negated) {
            QStringList negatedProblems;
            Checker negated(negatedProblems);
            negated.check(node.negated, value, depth + 1);
            if (negatedProblems.isEmpty())
                report(u"matches the schema under \"not\""_s);
        }
    }

    void report(const QString& rule)
    {
        QString where;
        for (const QString& token : m_location)
            where += u'/' + escapePointerToken(token);
        m_problems.append((where.isEmpty() ? u"(root)"_s : where) + u": "_s + rule);
    }

    QStringList& m_problems;
    // Kept as tokens and only turned into a JSON pointer when something is wrong.
    std::vector<QString> m_location;
};

SchemaValidator::SchemaValidator(QJsonObject document) : m_document(std::move(document))
{
    Compiler compiler(*this, m_nodes, m_namedSchemas);
    const QJsonObject schemas =
        m_document.value("components"_L1).toObject().value("schemas"_L1).toObject();
    for (auto it = schemas.begin(); it != schemas.end(); ++it)
        compiler.named(u"#/components/schemas/"_s + escapePointerToken(it.key()));
}

SchemaValidator::SchemaValidator(SchemaValidator&&) noexcept = default;
SchemaValidator& SchemaValidator::operator=(SchemaValidator&&) noexcept = default;
SchemaValidator::~SchemaValidator() = default;

QJsonValue SchemaValidator::resolveReference(const QString& reference) const
{
    if (!reference.startsWith(u"#/"_s))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue node = m_document;
    const QStringList tokens = reference.mid(2).split(u'/');
    for (const QString& rawToken : tokens) {
        const QString token = unescapePointerToken(rawToken);
        if (node.isObject()) {
            const QJsonObject object = node.toObject();
            if (!object.contains(token))
                return QJsonValue(QJsonValue::Undefined);
            node = object.value(token);
        } else if (node.isArray()) {
            bool isIndex = false;
            const qsizetype index = token.toLongLong(&isIndex);
            const QJsonArray array = node.toArray();
            if (!isIndex || index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            node = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return node;
}

QStringList SchemaValidator::validate(const QJsonValue& schema, const QJsonValue& value) const
{
    // Inline schemas are compiled per call into a scratch arena; the named schemas
    // they refer to are the ones compiled once in the constructor.
    std::vector<std::unique_ptr<Node>> scratch;
    QHash<QString, const Node*> named = m_namedSchemas;
    Compiler compiler(*this, scratch, named);
    const Node* root = compiler.compile(schema);

    QStringList problems;
    Checker(problems).check(root, value, 0);
    return problems;
}

QStringList SchemaValidator::validateNamed(const QString& schemaName, const QJsonValue& value) const
{
    const QString reference = u"#/components/schemas/"_s + escapePointerToken(schemaName);
    const Node* root = m_namedSchemas.value(reference);
    if (!root)
        return {u"(root): no schema named \"%1\" in components/schemas"_s.arg(schemaName)};
    QStringList problems;
    Checker(problems).check(root, value, 0);
    return problems;
}

} // namespace guichet::test
