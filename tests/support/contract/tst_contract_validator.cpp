// The contract checker is itself a test oracle, so it is tested against the real
// contract: valid bodies must pass, and each kind of broken body must be caught and
// reported at the right JSON pointer.

#include "OpenApiContract.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <limits>

// Sanitizers slow every instruction down several times; the time budget is for
// normal builds, so under them the figure is printed but not held to the budget.
#if defined(__SANITIZE_ADDRESS__)
#define GUICHET_SANITIZED_BUILD 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GUICHET_SANITIZED_BUILD 1
#endif
#endif

using guichet::test::OpenApiContract;
using namespace Qt::StringLiterals;

namespace {

// Measured with:
//   python3 -c "import yaml; d = yaml.safe_load(open('docs/api/portal.yaml'));
//   print(sum(m in ('get','put','post','delete','options','head','patch','trace')
//             for item in d['paths'].values() for m in item))"
constexpr qsizetype kOperationCount = 38;

QByteArray toJson(const QJsonValue& value)
{
    // Wrapped and unwrapped so that scalars can be serialised too.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// CPU time of this thread where the platform offers it, so that other builds
// sharing the machine do not count against the checker.
double threadMilliseconds()
{
#ifdef Q_OS_UNIX
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
#else
    static QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return double(clock.nsecsElapsed()) / 1e6;
#endif
}

QString joined(const QStringList& problems)
{
    return problems.isEmpty() ? u"(no problem reported)"_s : problems.join(u'\n');
}

// True when one problem contains every given fragment (pointer and rule).
bool reports(const QStringList& problems, const QStringList& fragments)
{
    return std::any_of(problems.begin(), problems.end(), [&fragments](const QString& problem) {
        return std::all_of(fragments.begin(), fragments.end(),
                           [&problem](const QString& part) { return problem.contains(part); });
    });
}

#define VERIFY_VALID(problems)                                                                     \
    do {                                                                                           \
        const QStringList found_ = (problems);                                                     \
        QVERIFY2(found_.isEmpty(), qPrintable(joined(found_)));                                    \
    } while (false)

#define VERIFY_REPORTS(problems, ...)                                                              \
    do {                                                                                           \
        const QStringList found_ = (problems);                                                     \
        QVERIFY2(reports(found_, __VA_ARGS__), qPrintable(joined(found_)));                        \
    } while (false)

OpenApiContract& contract()
{
    return OpenApiContract::shared();
}

QJsonObject schemaExample(const QString& name)
{
    return contract().document()["components"_L1]["schemas"_L1][name]["example"_L1].toObject();
}

// Sets a value deep inside a JSON object, e.g. at {"items", 1, "id"}.
QJsonValue withValue(const QJsonValue& root, QVariantList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QVariant step = path.takeFirst();
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        const auto index = step.toLongLong();
        array[index] = withValue(array.at(index), path, value);
        return array;
    }
    QJsonObject object = root.toObject();
    object[step.toString()] = withValue(object.value(step.toString()), path, value);
    return object;
}

QJsonObject without(QJsonObject object, const QString& member)
{
    object.remove(member);
    return object;
}

// A tiny contract for routing rules the real file does not exercise.
std::optional<OpenApiContract> loadSmallContract(QTemporaryDir& folder)
{
    const auto jsonResponse = [](const QString& type) {
        return QJsonObject{
            {u"description"_s, u"x"_s},
            {u"content"_s,
             QJsonObject{{u"application/json"_s,
                          QJsonObject{{u"schema"_s, QJsonObject{{u"type"_s, type}}}}}}}};
    };
    const QJsonObject paths{
        {u"/things/{id}"_s,
         QJsonObject{
             {u"get"_s,
              QJsonObject{{u"responses"_s, QJsonObject{{u"200"_s, jsonResponse(u"integer"_s)}}}}}}},
        {u"/things/special"_s,
         QJsonObject{
             {u"get"_s, QJsonObject{{u"responses"_s,
                                     QJsonObject{{u"200"_s, jsonResponse(u"string"_s)},
                                                 {u"4XX"_s, jsonResponse(u"boolean"_s)},
                                                 {u"default"_s, jsonResponse(u"array"_s)}}}}}}}};
    const QJsonObject document{{u"openapi"_s, u"3.0.3"_s},
                               {u"servers"_s, QJsonArray{QJsonObject{{u"url"_s, u"/base"_s}}}},
                               {u"paths"_s, paths}};
    const QString path = folder.filePath(u"small.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(document).toJson()) < 0)
        return std::nullopt;
    file.close();
    QString error;
    return OpenApiContract::load(path, &error);
}

struct ExampleCase
{
    QString where;
    QJsonValue schema;
    QJsonValue example;
};

void collectSchemaExamples(const QJsonValue& schemaValue, const QString& where,
                           QList<ExampleCase>& cases)
{
    const QJsonObject schema = schemaValue.toObject();
    if (schema.isEmpty() || schema.contains("$ref"_L1))
        return; // a referenced schema's examples are collected where it is defined
    if (schema.contains("example"_L1)) // `example: null` counts: it must be allowed
        cases.append({where + u"/example"_s, schema, schema.value("example"_L1)});
    const QJsonObject properties = schema.value("properties"_L1).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        collectSchemaExamples(it.value(), where + u"/properties/"_s + it.key(), cases);
    for (const auto keyword : {"items"_L1, "additionalProperties"_L1, "not"_L1})
        collectSchemaExamples(schema.value(keyword), where + u'/' + keyword, cases);
    for (const auto keyword : {"allOf"_L1, "anyOf"_L1, "oneOf"_L1}) {
        const QJsonArray parts = schema.value(keyword).toArray();
        for (qsizetype i = 0; i < parts.size(); ++i)
            collectSchemaExamples(parts.at(i), where + u'/' + keyword + u'/' + QString::number(i),
                                  cases);
    }
}

// Media type, parameter and header objects: `example`/`examples` go with `schema`.
void collectHolderExamples(const QJsonValue& holderValue, const QString& where,
                           QList<ExampleCase>& cases)
{
    const QJsonObject holder = holderValue.toObject();
    if (holder.contains("$ref"_L1))
        return;
    const QJsonValue schema = holder.value("schema"_L1);
    if (holder.contains("example"_L1))
        cases.append({where + u"/example"_s, schema, holder.value("example"_L1)});
    const QJsonObject examples = holder.value("examples"_L1).toObject();
    for (auto it = examples.begin(); it != examples.end(); ++it) {
        QJsonObject example = it.value().toObject();
        if (example.contains("$ref"_L1))
            example = contract()
                          .validator()
                          .resolveReference(example.value("$ref"_L1).toString())
                          .toObject();
        cases.append({where + u"/examples/"_s + it.key(), schema, example.value("value"_L1)});
    }
    collectSchemaExamples(schema, where + u"/schema"_s, cases);
    const QJsonObject content = holder.value("content"_L1).toObject();
    for (auto it = content.begin(); it != content.end(); ++it)
        collectHolderExamples(it.value(), where + u"/content/"_s + it.key(), cases);
}

void collectResponseExamples(const QJsonValue& responseValue, const QString& where,
                             QList<ExampleCase>& cases)
{
    const QJsonObject response = responseValue.toObject();
    const QJsonObject headers = response.value("headers"_L1).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        collectHolderExamples(it.value(), where + u"/headers/"_s + it.key(), cases);
    const QJsonObject content = response.value("content"_L1).toObject();
    for (auto it = content.begin(); it != content.end(); ++it)
        collectHolderExamples(it.value(), where + u"/content/"_s + it.key(), cases);
}

QList<ExampleCase> everyExample()
{
    QList<ExampleCase> cases;
    const QJsonObject document = contract().document();
    const QJsonObject components = document.value("components"_L1).toObject();
    const auto forEach = [&components](QLatin1StringView section, const auto& visit) {
        const QJsonObject members = components.value(section).toObject();
        for (auto it = members.begin(); it != members.end(); ++it)
            visit(it.value(), u"#/components/"_s + section + u'/' + it.key());
    };
    forEach("schemas"_L1, [&cases](const QJsonValue& v, const QString& w) {
        collectSchemaExamples(v, w, cases);
    });
    for (const auto section : {"parameters"_L1, "headers"_L1, "requestBodies"_L1}) {
        forEach(section, [&cases](const QJsonValue& v, const QString& w) {
            collectHolderExamples(v, w, cases);
        });
    }
    forEach("responses"_L1, [&cases](const QJsonValue& v, const QString& w) {
        collectResponseExamples(v, w, cases);
    });

    const QJsonObject paths = document.value("paths"_L1).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        const QString itemWhere = u"#/paths/"_s + path.key();
        for (auto member = item.begin(); member != item.end(); ++member) {
            const QJsonObject operation = member.value().toObject();
            const QString where = itemWhere + u'/' + member.key();
            const QJsonArray parameters = member.key() == u"parameters"_s
                                              ? member.value().toArray()
                                              : operation.value("parameters"_L1).toArray();
            for (qsizetype i = 0; i < parameters.size(); ++i)
                collectHolderExamples(parameters.at(i),
                                      where + u"/parameters/"_s + QString::number(i), cases);
            if (member.key() == u"parameters"_s)
                continue;
            collectHolderExamples(operation.value("requestBody"_L1), where + u"/requestBody"_s,
                                  cases);
            const QJsonObject responses = operation.value("responses"_L1).toObject();
            for (auto response = responses.begin(); response != responses.end(); ++response)
                collectResponseExamples(response.value(), where + u"/responses/"_s + response.key(),
                                        cases);
        }
    }
    return cases;
}

} // namespace

class TestContractValidator : public QObject
{
    Q_OBJECT

private slots:
    void countsEveryOperationOfTheFile()
    {
        const QStringList operations = contract().operations();
        QCOMPARE(operations.size(), kOperationCount);
        QVERIFY(operations.contains(u"GET /spaces/{spaceId}/documents"_s));
        QVERIFY(operations.contains(u"DELETE /spaces/{spaceId}/consents/{consentId}"_s));
        QVERIFY(!operations.contains(u"PUT /meta"_s));
    }

    void problemSchema()
    {
        const QJsonObject problem{{u"type"_s, u"https://www.myguichet.lu/api/problems/AUTH-009"_s},
                                  {u"title"_s, u"Votre session a expiré."_s},
                                  {u"status"_s, 401},
                                  {u"code"_s, u"AUTH-009"_s},
                                  {u"someExtension"_s, u"kept"_s}};
        VERIFY_VALID(contract().validateSchema(u"Problem"_s, problem));
        VERIFY_REPORTS(contract().validateSchema(u"Problem"_s, without(problem, u"code"_s)),
                       {u"(root): missing required member \"code\""_s});
        VERIFY_REPORTS(
            contract().validateSchema(u"Problem"_s, withValue(problem, {u"code"_s}, u"auth-9"_s)),
            {u"/code:"_s, u"pattern"_s});
        VERIFY_REPORTS(
            contract().validateSchema(u"Problem"_s, withValue(problem, {u"status"_s}, 302)),
            {u"/status:"_s, u"below minimum"_s});
        VERIFY_REPORTS(
            contract().validateSchema(u"Problem"_s, withValue(problem, {u"status"_s}, 401.5)),
            {u"/status:"_s, u"expected type integer"_s});
        VERIFY_REPORTS(contract().validateSchema(u"Problem"_s,
                                                 withValue(problem, {u"type"_s}, u"not a uri"_s)),
                       {u"/type:"_s, u"not a valid uri"_s});
        VERIFY_REPORTS(contract().validateSchema(u"Problem"_s, QJsonArray{}),
                       {u"(root): expected type object, got array"_s});
    }

    void metaSchema()
    {
        const QJsonObject meta = schemaExample(u"Meta"_s);
        QVERIFY(!meta.isEmpty());
        VERIFY_VALID(contract().validateSchema(u"Meta"_s, meta));
        VERIFY_REPORTS(contract().validateSchema(u"Meta"_s, withValue(meta, {u"serverTime"_s},
                                                                      u"2025-02-30T10:00:00Z"_s)),
                       {u"/serverTime:"_s, u"date-time"_s});
        VERIFY_REPORTS(
            contract().validateSchema(u"Meta"_s, withValue(meta, {u"languages"_s, 1}, u"it"_s)),
            {u"/languages/1:"_s, u"enum"_s});
        VERIFY_REPORTS(contract().validateSchema(
                           u"Meta"_s, withValue(meta, {u"limits"_s, u"maxPageSize"_s}, u"200"_s)),
                       {u"/limits/maxPageSize:"_s, u"expected type integer, got string"_s});
        // A number where a whole number is required is a type error, not a rounding.
        VERIFY_REPORTS(contract().validateSchema(
                           u"Meta"_s, withValue(meta, {u"limits"_s, u"maxPageSize"_s}, 199.5)),
                       {u"/limits/maxPageSize:"_s, u"non-integer number"_s});
        VERIFY_VALID(contract().validateSchema(
            u"Meta"_s, withValue(meta, {u"limits"_s, u"maxPageSize"_s}, 200.0)));
    }

    void authTokenResponseSchema()
    {
        const QJsonObject token = schemaExample(u"AuthTokenResponse"_s);
        VERIFY_VALID(contract().validateSchema(u"AuthTokenResponse"_s, token));
        VERIFY_REPORTS(contract().validateSchema(u"AuthTokenResponse"_s,
                                                 withValue(token, {u"tokenType"_s}, u"bearer"_s)),
                       {u"/tokenType:"_s, u"\"bearer\" is not one of the enum values"_s});
        VERIFY_REPORTS(contract().validateSchema(u"AuthTokenResponse"_s,
                                                 withValue(token, {u"expiresIn"_s}, 0)),
                       {u"/expiresIn:"_s, u"below minimum 1"_s});
        VERIFY_REPORTS(
            contract().validateSchema(u"AuthTokenResponse"_s, without(token, u"identity"_s)),
            {u"(root)"_s, u"\"identity\""_s});
        VERIFY_REPORTS(contract().validateSchema(
                           u"AuthTokenResponse"_s,
                           withValue(token, {u"identity"_s, u"surname"_s}, QJsonValue::Null)),
                       {u"/identity/surname:"_s, u"got null"_s});
    }

    void procedurePageSchema()
    {
        const QJsonObject page = schemaExample(u"ProcedurePage"_s);
        VERIFY_VALID(contract().validateSchema(u"ProcedurePage"_s, page));
        // nextCursor is nullable, and null on the last page.
        VERIFY_VALID(contract().validateSchema(
            u"ProcedurePage"_s, withValue(page, {u"nextCursor"_s}, u"eyJvIjo1MH0"_s)));
        VERIFY_REPORTS(
            contract().validateSchema(u"ProcedurePage"_s, without(page, u"nextCursor"_s)),
            {u"missing required member \"nextCursor\""_s});
        VERIFY_REPORTS(
            contract().validateSchema(u"ProcedurePage"_s, withValue(page, {u"nextCursor"_s}, 3)),
            {u"/nextCursor:"_s, u"expected type string"_s});
        // Deep in the array: item 1, a number where a string is expected.
        VERIFY_REPORTS(contract().validateSchema(u"ProcedurePage"_s,
                                                 withValue(page, {u"items"_s, 1, u"id"_s}, 7)),
                       {u"/items/1/id: expected type string, got number"_s});
        VERIFY_REPORTS(contract().validateSchema(
                           u"ProcedurePage"_s,
                           withValue(page, {u"items"_s, 0, u"administration"_s}, u"menje"_s)),
                       {u"/items/0/administration:"_s, u"expected type object"_s});
        // formId is nullable and has a pattern: null passes, a bad id does not.
        VERIFY_VALID(contract().validateSchema(
            u"ProcedurePage"_s, withValue(page, {u"items"_s, 0, u"formId"_s}, QJsonValue::Null)));
        VERIFY_REPORTS(
            contract().validateSchema(u"ProcedurePage"_s,
                                      withValue(page, {u"items"_s, 0, u"formId"_s}, u"X-1"_s)),
            {u"/items/0/formId:"_s, u"pattern"_s});
    }

    void dossierSchema()
    {
        const QJsonObject dossier = schemaExample(u"Dossier"_s);
        VERIFY_VALID(contract().validateSchema(u"Dossier"_s, dossier));
        VERIFY_VALID(
            contract().validateSchema(u"Dossier"_s, without(dossier, u"pendingRequest"_s)));
        // Optional members are absent when not applicable, never null.
        VERIFY_REPORTS(contract().validateSchema(
                           u"Dossier"_s, withValue(dossier, {u"decision"_s}, QJsonValue::Null)),
                       {u"/decision:"_s, u"got null"_s});
        VERIFY_REPORTS(
            contract().validateSchema(u"Dossier"_s, withValue(dossier, {u"status"_s}, u"lost"_s)),
            {u"/status:"_s, u"enum"_s});
        VERIFY_REPORTS(
            contract().validateSchema(
                u"Dossier"_s, withValue(dossier, {u"attachmentDocumentIds"_s, 0}, u"DOC-XYZ"_s)),
            {u"/attachmentDocumentIds/0:"_s, u"pattern"_s});
    }

    void nullInsideAnEnum()
    {
        const QJsonObject event{
            {u"id"_s, u"EV-2025-004711-3"_s}, {u"dossierId"_s, u"D-2025-004711"_s},
            {u"type"_s, u"decided"_s},        {u"occurredAt"_s, u"2025-03-14T08:12:40Z"_s},
            {u"title"_s, u"Décision"_s},      {u"version"_s, 3}};
        VERIFY_VALID(contract().validateSchema(u"DossierEvent"_s, event));
        VERIFY_VALID(contract().validateSchema(u"DossierEvent"_s,
                                               withValue(event, {u"outcome"_s}, QJsonValue::Null)));
        VERIFY_VALID(contract().validateSchema(u"DossierEvent"_s,
                                               withValue(event, {u"outcome"_s}, u"refused"_s)));
        VERIFY_REPORTS(contract().validateSchema(u"DossierEvent"_s,
                                                 withValue(event, {u"outcome"_s}, u"maybe"_s)),
                       {u"/outcome:"_s, u"enum"_s});
        VERIFY_REPORTS(contract().validateSchema(u"DossierEvent"_s,
                                                 withValue(event, {u"dueDate"_s}, u"2025-4-4"_s)),
                       {u"/dueDate:"_s, u"not a valid date"_s});
    }

    void fieldValueAnyOf()
    {
        const QJsonObject address{{u"street"_s, u"rue de la Gare"_s},
                                  {u"postalCode"_s, u"3236"_s},
                                  {u"locality"_s, u"Bettembourg"_s},
                                  {u"country"_s, u"LU"_s}};
        const QJsonArray group{QJsonObject{{u"child"_s, u"text"_s}, {u"amount"_s, 12.5}}};
        for (const QJsonValue& valid :
             {QJsonValue(u"LU280019400644750000"_s), QJsonValue(12.5), QJsonValue(true),
              QJsonValue(QJsonArray{u"a"_s, u"b"_s}), QJsonValue(group), QJsonValue(address),
              QJsonValue(QJsonObject{{u"sha256"_s, QString(64, u'a')}})})
            VERIFY_VALID(contract().validateSchema(u"FieldValue"_s, valid));

        VERIFY_REPORTS(contract().validateSchema(u"FieldValue"_s, QJsonValue::Null),
                       {u"(root): matches none of the anyOf alternatives"_s});
        VERIFY_REPORTS(contract().validateSchema(u"FieldValue"_s, QJsonArray{u"a"_s, 3}),
                       {u"(root): matches none of the anyOf"_s, u"/1: matches none"_s});
        VERIFY_REPORTS(
            contract().validateSchema(u"FieldValue"_s, withValue(address, {u"country"_s}, u"lu"_s)),
            {u"matches none of the anyOf"_s, u"/country"_s});
        // Nested group values are FieldValues again (recursive $ref).
        VERIFY_REPORTS(
            contract().validateSchema(u"FieldValue"_s,
                                      QJsonArray{QJsonObject{{u"child"_s, QJsonValue::Null}}}),
            {u"matches none of the anyOf"_s});
    }

    void unknownSchemaAndUnsupportedKeywords()
    {
        VERIFY_REPORTS(contract().validateSchema(u"NoSuchSchema"_s, QJsonObject{}),
                       {u"no schema named \"NoSuchSchema\""_s});
        const auto& validator = contract().validator();
        VERIFY_REPORTS(validator.validate(QJsonObject{{u"type"_s, u"string"_s},
                                                      {u"contentEncoding"_s, u"base64"_s}},
                                          u"abc"_s),
                       {u"unsupported keyword contentEncoding"_s});
        VERIFY_REPORTS(validator.validate(QJsonObject{{u"discriminator"_s, QJsonObject{}}}, 1),
                       {u"unsupported keyword discriminator"_s});
        VERIFY_REPORTS(validator.validate(QJsonObject{{u"format"_s, u"ipv4"_s}}, u"1.2.3.4"_s),
                       {u"unsupported format ipv4"_s});
        VERIFY_REPORTS(
            validator.validate(QJsonObject{{u"$ref"_s, u"#/components/schemas/Nope"_s}}, 1),
            {u"unresolvable $ref"_s});
        // Annotations and extensions do not change validity.
        VERIFY_VALID(validator.validate(QJsonObject{{u"type"_s, u"string"_s},
                                                    {u"readOnly"_s, true},
                                                    {u"x-internal"_s, true},
                                                    {u"title"_s, u"t"_s}},
                                        u"abc"_s));
    }

    void keywordRules_data()
    {
        QTest::addColumn<QJsonObject>("schema");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char* name, const QJsonObject& schema, const QJsonValue& value,
                            bool valid) { QTest::newRow(name) << schema << value << valid; };
        const QJsonObject digits{{u"pattern"_s, u"[0-9]+"_s}};
        row("pattern is unanchored", digits, u"ab12cd"_s, true);
        row("pattern needs a match", digits, u"abcd"_s, false);
        row("pattern ignores non-strings", digits, 5, true);
        const QJsonObject dateTime{{u"type"_s, u"string"_s}, {u"format"_s, u"date-time"_s}};
        row("date-time Z", dateTime, u"2025-03-14T09:30:00Z"_s, true);
        row("date-time fraction offset", dateTime, u"2024-02-29T23:59:60.123+01:00"_s, true);
        row("date-time no zone", dateTime, u"2025-03-14T09:30:00"_s, false);
        row("date-time 25h", dateTime, u"2025-03-14T25:30:00Z"_s, false);
        row("date-time 29 Feb 2025", dateTime, u"2025-02-29T10:00:00Z"_s, false);
        const QJsonObject date{{u"format"_s, u"date"_s}};
        row("date", date, u"2025-04-04"_s, true);
        row("date with time", date, u"2025-04-04T00:00:00Z"_s, false);
        row("date month 13", date, u"2025-13-04"_s, false);
        const QJsonObject uri{{u"format"_s, u"uri"_s}};
        row("uri https", uri, u"https://www.myguichet.lu/api/problems/X-001"_s, true);
        row("uri urn", uri, u"urn:uuid:0b6d2a64-5f0e-4c4e-9b52-3f1f8f1c2a01"_s, true);
        row("uri relative", uri, u"/api/v1/spaces"_s, false);
        row("uri space", uri, u"https://a b"_s, false);
        const QJsonObject reference{{u"format"_s, u"uri-reference"_s}};
        row("uri-reference relative", reference, u"/api/v1/spaces/sp-1"_s, true);
        row("uri-reference space", reference, u"/api v1"_s, false);
        const QJsonObject email{{u"format"_s, u"email"_s}};
        row("email", email, u"marie.schmit@example.lu"_s, true);
        row("email without domain", email, u"marie.schmit@"_s, false);
        const QJsonObject bytes{{u"format"_s, u"byte"_s}};
        row("byte", bytes, u"SGVsbG8="_s, true);
        row("byte bad padding", bytes, u"SGVsbG8"_s, false);
        const QJsonObject uuid{{u"format"_s, u"uuid"_s}};
        row("uuid", uuid, u"0b6d2a64-5f0e-4c4e-9b52-3f1f8f1c2a9e"_s, true);
        row("uuid short", uuid, u"0b6d2a64-5f0e"_s, false);
        const QJsonObject lengths{{u"minLength"_s, 2}, {u"maxLength"_s, 3}};
        row("length counts characters", lengths, u"é😀"_s, true);
        row("too short", lengths, u"a"_s, false);
        row("too long", lengths, u"abcd"_s, false);
        const QJsonObject counted{{u"type"_s, u"array"_s}, {u"minItems"_s, 1}, {u"maxItems"_s, 2}};
        row("items within bounds", counted, QJsonArray{1, 2}, true);
        row("no items", counted, QJsonArray{}, false);
        row("too many items", counted, QJsonArray{1, 2, 3}, false);
        const QJsonObject closed{{u"type"_s, u"object"_s},
                                 {u"properties"_s, QJsonObject{{u"a"_s, QJsonObject{}}}},
                                 {u"additionalProperties"_s, false}};
        row("closed object", closed, QJsonObject{{u"a"_s, 1}}, true);
        row("closed object extra member", closed, QJsonObject{{u"b"_s, 1}}, false);
        const QJsonObject typedExtras{
            {u"additionalProperties"_s, QJsonObject{{u"type"_s, u"integer"_s}}}};
        row("additionalProperties schema", typedExtras, QJsonObject{{u"n"_s, 3}}, true);
        row("additionalProperties schema broken", typedExtras, QJsonObject{{u"n"_s, u"3"_s}},
            false);
        const QJsonObject exactlyOne{
            {u"oneOf"_s, QJsonArray{QJsonObject{{u"type"_s, u"integer"_s}},
                                    QJsonObject{{u"type"_s, u"number"_s}}}}};
        row("oneOf one match", exactlyOne, 1.5, true);
        row("oneOf two matches", exactlyOne, 1, false);
        row("oneOf no match", exactlyOne, u"1"_s, false);
        const QJsonObject both{{u"allOf"_s, QJsonArray{QJsonObject{{u"minimum"_s, 1}},
                                                       QJsonObject{{u"maximum"_s, 3}}}}};
        row("allOf both", both, 2, true);
        row("allOf one broken", both, 4, false);
        row("not nullable rejects null", QJsonObject{{u"type"_s, u"string"_s}}, QJsonValue::Null,
            false);
        row("nullable accepts null", QJsonObject{{u"type"_s, u"string"_s}, {u"nullable"_s, true}},
            QJsonValue::Null, true);
    }

    void keywordRules()
    {
        QFETCH(QJsonObject, schema);
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);
        const QStringList problems = contract().validator().validate(schema, value);
        QVERIFY2(problems.isEmpty() == valid, qPrintable(joined(problems)));
    }

    void matchesPathsWithParametersAndQueries()
    {
        const QJsonObject page{{u"items"_s, QJsonArray{schemaExample(u"Document"_s)}},
                               {u"nextCursor"_s, QJsonValue::Null}};
        const QByteArray body = toJson(page);
        for (const QString& path :
             {u"/api/v1/spaces/sp-1/documents?cursor=x"_s, u"/spaces/sp-1/documents"_s,
              u"http://127.0.0.1:8470/api/v1/spaces/sp%2D1/documents?limit=5"_s})
            VERIFY_VALID(
                contract().validateResponse(u"GET"_s, path, 200, "application/json", body));
        // The same body is not a dossier list: the path decides which schema applies.
        VERIFY_REPORTS(contract().validateResponse(u"GET"_s, u"/api/v1/spaces/sp-1/dossiers"_s, 200,
                                                   "application/json", body),
                       {u"/items/0"_s});
        VERIFY_REPORTS(contract().validateResponse(u"GET"_s, u"/api/v1/nothing/here"_s, 200,
                                                   "application/json", "{}"),
                       {u"no path of the contract matches"_s});
        VERIFY_REPORTS(contract().validateResponse(u"GET"_s, u"/api/v1/spaces/sp-1/documents/"_s,
                                                   200, "application/json", "{}"),
                       {u"no path of the contract matches"_s});
        VERIFY_REPORTS(
            contract().validateResponse(u"PUT"_s, u"/api/v1/meta"_s, 200, "application/json", "{}"),
            {u"declares no PUT"_s, u"GET"_s});
    }

    void literalSegmentsWinAndStatusRanges()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        std::optional<OpenApiContract> small = loadSmallContract(folder);
        QVERIFY(small.has_value());
        // "/things/special" answers strings; "/things/{id}" answers integers.
        VERIFY_VALID(small->validateResponse(u"GET"_s, u"/base/things/special"_s, 200,
                                             "application/json", "\"text\""));
        VERIFY_REPORTS(small->validateResponse(u"GET"_s, u"/base/things/special"_s, 200,
                                               "application/json", "5"),
                       {u"expected type string"_s});
        VERIFY_VALID(
            small->validateResponse(u"GET"_s, u"/base/things/42"_s, 200, "application/json", "5"));
        // 404 falls into "4XX" (booleans), 500 into "default" (arrays).
        VERIFY_VALID(small->validateResponse(u"GET"_s, u"/base/things/special"_s, 404,
                                             "application/json", "true"));
        VERIFY_REPORTS(small->validateResponse(u"GET"_s, u"/base/things/special"_s, 404,
                                               "application/json", "[]"),
                       {u"expected type boolean"_s});
        VERIFY_VALID(small->validateResponse(u"GET"_s, u"/base/things/special"_s, 500,
                                             "application/json", "[]"));
        // "/things/{id}" has neither a range nor a default.
        VERIFY_REPORTS(
            small->validateResponse(u"GET"_s, u"/base/things/1"_s, 404, "application/json", "true"),
            {u"status 404 is not declared"_s});

        QString error;
        QVERIFY(!OpenApiContract::load(folder.filePath(u"missing.json"_s), &error));
        QVERIFY2(error.contains(u"missing.json"_s), qPrintable(error));
    }

    void checksStatusAndMediaType()
    {
        const QByteArray meta = toJson(schemaExample(u"Meta"_s));
        VERIFY_VALID(contract().validateResponse(u"GET"_s, u"/api/v1/meta"_s, 200,
                                                 "application/json; charset=utf-8", meta));
        VERIFY_REPORTS(
            contract().validateResponse(u"GET"_s, u"/api/v1/meta"_s, 418, "application/json", meta),
            {u"status 418 is not declared"_s});
        VERIFY_REPORTS(
            contract().validateResponse(u"GET"_s, u"/api/v1/meta"_s, 200, "text/html", "<html/>"),
            {u"media type \"text/html\" is not declared"_s});
        VERIFY_REPORTS(contract().validateResponse(u"GET"_s, u"/api/v1/meta"_s, 200, "", meta),
                       {u"is not declared"_s});
        VERIFY_REPORTS(contract().validateResponse(u"GET"_s, u"/api/v1/meta"_s, 200,
                                                   "application/json", "{\"apiVersion\":"),
                       {u"body is not valid JSON"_s});

        // Errors are problem+json with the Problem schema; plain JSON is refused.
        const QByteArray problem =
            toJson(QJsonObject{{u"type"_s, u"https://www.myguichet.lu/api/problems/AUTH-009"_s},
                               {u"title"_s, u"Expired"_s},
                               {u"status"_s, 401},
                               {u"code"_s, u"AUTH-009"_s}});
        VERIFY_VALID(contract().validateResponse(u"GET"_s, u"/api/v1/spaces"_s, 401,
                                                 "application/problem+json", problem));
        VERIFY_REPORTS(contract().validateResponse(u"GET"_s, u"/api/v1/spaces"_s, 401,
                                                   "application/json", problem),
                       {u"\"application/json\" is not declared"_s});
        VERIFY_REPORTS(contract().validateResponse(u"GET"_s, u"/api/v1/spaces"_s, 500,
                                                   "application/problem+json", "{}"),
                       {u"missing required member \"code\""_s});

        // Binary media: only the type is checked.
        const QString content = u"/api/v1/spaces/sp-1/documents/DOC-0c5e8f2a7b91/content"_s;
        VERIFY_VALID(
            contract().validateResponse(u"GET"_s, content, 200, "application/pdf", "%PDF-1.7"));
        VERIFY_VALID(contract().validateResponse(u"GET"_s, content, 206, "image/png", "\x89PNG"));
        VERIFY_REPORTS(contract().validateResponse(u"GET"_s, content, 200, "image/gif", "GIF89a"),
                       {u"\"image/gif\" is not declared"_s});
        VERIFY_VALID(contract().validateResponse(u"POST"_s, u"/api/v1/tsa"_s, 200,
                                                 "application/timestamp-reply", "\x30\x03"));

        // 204 and 304 carry no body.
        const QString document = u"/api/v1/spaces/sp-1/documents/DOC-0c5e8f2a7b91"_s;
        VERIFY_VALID(contract().validateResponse(u"DELETE"_s, document, 204, "", ""));
        VERIFY_REPORTS(
            contract().validateResponse(u"DELETE"_s, document, 204, "application/json", "{}"),
            {u"must have no body"_s});
        VERIFY_VALID(contract().validateResponse(u"GET"_s, u"/api/v1/meta"_s, 304, "", ""));
        VERIFY_REPORTS(
            contract().validateResponse(u"GET"_s, u"/api/v1/meta"_s, 304, "application/json", meta),
            {u"must have no body"_s});
    }

    void validatesRequests()
    {
        const QJsonObject request = schemaExample(u"AuthTokenRequest"_s);
        VERIFY_VALID(contract().validateRequest(u"POST"_s, u"/api/v1/auth/token"_s,
                                                "application/json", toJson(request)));
        VERIFY_REPORTS(contract().validateRequest(u"POST"_s, u"/api/v1/auth/token"_s,
                                                  "application/json",
                                                  toJson(without(request, u"nonce"_s))),
                       {u"missing required member \"nonce\""_s});
        VERIFY_REPORTS(
            contract().validateRequest(u"POST"_s, u"/api/v1/auth/token"_s, "text/plain", "x"),
            {u"\"text/plain\" is not declared"_s});
        VERIFY_VALID(contract().validateRequest(u"POST"_s, u"/api/v1/spaces/sp-1/documents"_s,
                                                "multipart/form-data; boundary=xyz", "--xyz--"));
        VERIFY_REPORTS(
            contract().validateRequest(u"GET"_s, u"/api/v1/meta"_s, "application/json", "{}"),
            {u"takes no body"_s});
        VERIFY_VALID(contract().validateRequest(u"GET"_s, u"/api/v1/meta"_s, "", ""));
    }

    void tracksCoverage()
    {
        QString error;
        std::optional<OpenApiContract> fresh =
            OpenApiContract::load(QStringLiteral(GUICHET_OPENAPI_JSON), &error);
        QVERIFY2(fresh.has_value(), qPrintable(error));
        QCOMPARE(fresh->uncoveredOperations(), fresh->operations());

        fresh->validateResponse(u"GET"_s, u"/api/v1/meta"_s, 304, "", "");
        // A wrong answer still proves the operation is served.
        fresh->validateResponse(u"DELETE"_s, u"/api/v1/spaces/s/consents/c"_s, 599, "", "");
        // Requests and unknown paths do not count.
        fresh->validateRequest(u"POST"_s, u"/api/v1/auth/token"_s, "", "");
        fresh->validateResponse(u"GET"_s, u"/api/v1/unknown"_s, 200, "", "");

        const QStringList uncovered = fresh->uncoveredOperations();
        QCOMPARE(uncovered.size(), kOperationCount - 2);
        QVERIFY(!uncovered.contains(u"GET /meta"_s));
        QVERIFY(!uncovered.contains(u"DELETE /spaces/{spaceId}/consents/{consentId}"_s));
        QVERIFY(uncovered.contains(u"POST /auth/token"_s));
    }

    void everyExampleOfTheFileIsValid_data()
    {
        QTest::addColumn<QJsonValue>("schema");
        QTest::addColumn<QJsonValue>("example");
        const QList<ExampleCase> cases = everyExample();
        // Guards against a walk that silently finds nothing (the file has hundreds).
        QVERIFY2(cases.size() > 300, qPrintable(QString::number(cases.size())));
        for (const ExampleCase& example : cases)
            QTest::newRow(qPrintable(example.where)) << example.schema << example.example;
    }

    void everyExampleOfTheFileIsValid()
    {
        QFETCH(QJsonValue, schema);
        QFETCH(QJsonValue, example);
        VERIFY_VALID(contract().validator().validate(schema, example));
    }

    void validatesALargePageQuickly()
    {
        const QJsonObject summary = schemaExample(u"ProcedureSummary"_s);
        QJsonArray items;
        for (int i = 0; i < 500; ++i) {
            QJsonObject item = summary;
            item[u"id"_s] = u"P-CIT-ITEM-%1"_s.arg(i);
            items.append(item);
        }
        const QJsonObject page{{u"items"_s, items}, {u"nextCursor"_s, u"eyJvIjo1MDB9"_s}};
        const QByteArray body = toJson(page);
        const QJsonValue parsed = QJsonDocument::fromJson(body).object();

        // Best of several runs of each: the best run is the cost of the checker
        // rather than of whatever else the machine is doing.
        double validateOnly = std::numeric_limits<double>::max();
        double parseAndValidate = std::numeric_limits<double>::max();
        for (int run = 0; run < 15; ++run) {
            const double start = threadMilliseconds();
            const QStringList problems = contract().validateSchema(u"ProcedurePage"_s, parsed);
            const double validated = threadMilliseconds();
            const QStringList responseProblems =
                contract().validateResponse(u"GET"_s, u"/api/v1/catalogue/procedures?limit=500"_s,
                                            200, "application/json", body);
            const double responded = threadMilliseconds();
            validateOnly = std::min(validateOnly, validated - start);
            parseAndValidate = std::min(parseAndValidate, responded - validated);
            QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
            QVERIFY2(responseProblems.isEmpty(), qPrintable(joined(responseProblems)));
        }
        qInfo("500-item ProcedurePage (%lld bytes): validation %.2f ms; "
              "validateResponse (QJsonDocument parse + validation) %.2f ms",
              static_cast<long long>(body.size()), validateOnly, parseAndValidate);
#ifdef GUICHET_SANITIZED_BUILD
        QSKIP("sanitizer build: the 5 ms budget is not checked");
#else
        QVERIFY2(validateOnly < 5.0, qPrintable(QString::number(validateOnly)));
#endif
    }
};

QTEST_GUILESS_MAIN(TestContractValidator)
#include "tst_contract_validator.moc"
