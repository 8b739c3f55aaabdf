#include "CatalogueGenerator.h"
#include "DateExpression.h"
#include "ErrorCodes.h"
#include "FormLibrary.h"
#include "FormSchemaParser.h"
#include "VisibilityGraph.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace guichet;
using namespace guichet::forms;

namespace {

// A field of the given type with what the contract requires.
QJsonObject field(const QString& id, const QString& type = "text", QJsonObject extra = {})
{
    extra.insert("id", id);
    extra.insert("type", type);
    if (!extra.contains("label"))
        extra.insert("label", "Label of " + id);
    if (!extra.contains("required"))
        extra.insert("required", false);
    return extra;
}

QJsonObject section(const QString& id, const QJsonArray& fields, QJsonObject extra = {})
{
    extra.insert("id", id);
    if (!extra.contains("title"))
        extra.insert("title", "Title of " + id);
    extra.insert("fields", fields);
    return extra;
}

QJsonObject compare(const QString& fieldId, const QString& op, const QJsonValue& value = {})
{
    QJsonObject rule{{"field", fieldId}, {"operator", op}};
    if (!value.isNull())
        rule.insert("value", value);
    return rule;
}

QJsonObject rule(const QString& kind, const QJsonValue& value)
{
    return {{"kind", kind}, {"value", value}};
}

QJsonObject attachment(const QString& id)
{
    return {{"id", id},           {"label", "Document " + id},
            {"required", true},   {"mediaTypes", QJsonArray{"application/pdf"}},
            {"maxSize", 5242880}, {"maxCount", 1}};
}

QJsonObject form(const QJsonArray& sections, const QJsonArray& attachments = {})
{
    return {{"id", "F-TEST-FORM"},
            {"version", "1.2.3"},
            {"procedureId", "P-CIT-TEST-FORM"},
            {"title", "Test form"},
            {"authentication", "card"},
            {"signature", "card"},
            {"administration", QJsonObject{{"id", "ctie"}, {"name", "CTIE"}}},
            {"publishedAt", "2025-02-20T10:00:00Z"},
            {"acceptedUntil", QJsonValue::Null},
            {"sections", sections},
            {"attachments", attachments}};
}

// One section "main" holding `fields`.
QJsonObject formWith(const QJsonArray& fields, const QJsonArray& attachments = {})
{
    return form({section("main", fields)}, attachments);
}

// Groups nested `depth` deep, the innermost holding one text field.
QJsonObject nestedGroups(int depth)
{
    QJsonObject inner = field("leaf");
    for (int level = depth; level >= 1; --level)
        inner = field(QStringLiteral("g%1").arg(level), "group", {{"fields", QJsonArray{inner}}});
    return inner;
}

// A visibility rule of `depth` levels: all(all(...(compare)...)).
QJsonObject nestedRule(int depth)
{
    QJsonObject rule = compare("a", "isTrue");
    for (int level = 1; level < depth; ++level)
        rule = QJsonObject{{"all", QJsonArray{rule}}};
    return rule;
}

} // namespace

class TestFormsSchema : public QObject
{
    Q_OBJECT

private slots:
    void handWrittenFormsParse();
    void generatedFormsParse();
    void readsEveryPart();
    void refusals_data();
    void refusals();
    void limitsAreInclusive();
    void tenThousandFieldsAreRefusedQuickly();
    void deepJsonIsRefusedWithoutRecursion();
    void longDependencyChains();
    void visibilityOrderPutsDependenciesFirst();
    void dateExpressions_data();
    void dateExpressions();
};

void TestFormsSchema::handWrittenFormsParse()
{
    const QList<sim::seed::Localised> forms =
        sim::seed::handWrittenForms(QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(forms.size(), 12);
    for (const sim::seed::Localised& localised : forms) {
        for (const QString& language : QStringList{"fr", "de", "en"}) {
            const QJsonObject json = localised.value(language);
            const Result<FormDefinition> parsed = parseFormDefinition(json, language);
            if (!parsed)
                QFAIL(qPrintable(json.value("id").toString() + " (" + language +
                                 "): " + parsed.error().summary() + " " + parsed.error().detail()));
            const FormDefinition& definition = parsed.value();
            QCOMPARE(definition.language, language);
            QCOMPARE(definition.id, json.value("id").toString());
            QVERIFY(!definition.sections.isEmpty());
            QVERIFY(!definition.acceptedUntil.has_value());
            // The index covers the first field of every section.
            for (const FormSection& s : definition.sections)
                if (!s.fields.isEmpty())
                    QCOMPARE(definition.field(s.fields.first().id), &s.fields.first());
        }
    }
}

void TestFormsSchema::generatedFormsParse()
{
    const sim::seed::CatalogueSeed catalogue =
        sim::seed::generateCatalogue(QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC));
    QVERIFY(!catalogue.generatedForms.isEmpty());
    for (const sim::seed::Localised& localised : catalogue.generatedForms) {
        for (auto it = localised.cbegin(); it != localised.cend(); ++it) {
            const Result<FormDefinition> parsed = parseFormDefinition(it.value(), it.key());
            if (!parsed)
                QFAIL(
                    qPrintable(it.value().value("id").toString() + ": " + parsed.error().detail()));
        }
    }
}

void TestFormsSchema::readsEveryPart()
{
    const QJsonObject personal{{"source", "personal"}, {"item", "iban"}, {"mode", "personal"}};
    const QJsonObject menje{{"id", "menje"}, {"name", "MENJE"}};
    const QJsonObject consent{{"source", "criminal-record"}, {"item", "bulletin3"},
                              {"mode", "consent"},           {"purpose", "check"},
                              {"purposeText", "To check"},   {"administration", menje}};
    const QJsonArray options{QJsonObject{{"value", "a"}, {"label", "A"}},
                             QJsonObject{{"value", "b"}, {"label", "B"}}};
    const QJsonObject maxRule{{"kind", "max"}, {"value", 4}, {"message", "Max 4"}};
    const QJsonArray identityFields{
        field("iban", "iban",
              {{"required", true}, {"help", "Account"}, {"readOnly", true}, {"prefill", personal}}),
        field("kind", "choice", {{"options", options}}),
        field("count", "number",
              {{"unit", "children"},
               {"validation", QJsonArray{maxRule, rule("min", 1)}},
               {"visibleWhen", compare("kind", "in", QJsonArray{"a", "b"})}}),
        field("members", "group",
              {{"fields", QJsonArray{field("memberName")}},
               {"validation", QJsonArray{rule("maxItems", 8)}}}),
        field("proof", "attachment",
              {{"attachmentRequirementId", "proof-doc"}, {"prefill", consent}})};
    const QJsonObject later{
        {"any", QJsonArray{compare("count", "greaterThan", 2), compare("kind", "equals", "b")}}};
    const QJsonObject json =
        form({section("identity", identityFields, {{"description", "About you"}}),
              section("later", {field("note")}, {{"visibleWhen", later}})},
             {attachment("proof-doc")});

    const Result<FormDefinition> parsed = parseFormDefinition(json, "en");
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().detail()));
    const FormDefinition& f = parsed.value();
    QCOMPARE(f.id, "F-TEST-FORM");
    QCOMPARE(f.version, "1.2.3");
    QCOMPARE(f.procedureId, "P-CIT-TEST-FORM");
    QCOMPARE(f.authentication, "card");
    QVERIFY(f.signatureRequired);
    QCOMPARE(f.administrationName, "CTIE");
    QCOMPARE(f.publishedAt, QDateTime(QDate(2025, 2, 20), QTime(10, 0), Qt::UTC));
    QCOMPARE(f.sections.size(), 2);
    QCOMPARE(f.sections.at(0).description, "About you");

    const FormField* iban = f.field("iban");
    QVERIFY(iban);
    QCOMPARE(iban->type, FieldType::Iban);
    QVERIFY(iban->required && iban->readOnly);
    QCOMPARE(iban->help, "Account");
    QVERIFY(iban->prefill.has_value());
    QCOMPARE(iban->prefill->mode, PrefillMode::Personal);

    const FormField* count = f.field("count");
    QCOMPARE(count->unit, "children");
    QCOMPARE(count->validation.size(), 2);
    QCOMPARE(count->validation.at(0).kind, RuleKind::Max);
    QCOMPARE(count->validation.at(0).value.toInt(), 4);
    QCOMPARE(count->validation.at(0).message, "Max 4");
    QCOMPARE(count->visibleWhen.kind, VisibilityRule::Kind::Compare);
    QCOMPARE(count->visibleWhen.op, VisibilityOperator::In);
    QCOMPARE(count->visibleWhen.field, "kind");

    QCOMPARE(f.field("kind")->options.size(), 2);
    QCOMPARE(f.field("kind")->options.at(1).label, "B");
    QCOMPARE(f.parentGroup("memberName"), "members");
    QCOMPARE(f.field("proof")->attachmentRequirementId, "proof-doc");
    QCOMPARE(f.field("proof")->prefill->mode, PrefillMode::Consent);
    QCOMPARE(f.field("proof")->prefill->administrationName, "MENJE");
    QCOMPARE(f.field("proof")->prefill->purposeText, "To check");
    QCOMPARE(f.sections.at(1).visibleWhen.kind, VisibilityRule::Kind::Any);
    QCOMPARE(f.sections.at(1).visibleWhen.children.size(), 2);
    QCOMPARE(f.attachments.size(), 1);
    QCOMPARE(f.attachments.at(0).maxSize, qint64(5242880));
    QCOMPARE(f.attachments.at(0).mediaTypes, QStringList{"application/pdf"});
}

void TestFormsSchema::refusals_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("detail"); // a part of the detail that must appear

    const QString invalid = ErrorCode::FormSchemaInvalid;
    const QString cycle = ErrorCode::FormRuleCycle;
    const QString tooLarge = ErrorCode::FormTooLarge;

    QTest::newRow("unknown type") << form({section("payment", {field("iban", "bankcard")})})
                                  << QString(ErrorCode::FormFieldTypeUnknown)
                                  << "field 'iban' in section 'payment': unknown type 'bankcard'";

    // Missing keys and values of the wrong type.
    QJsonObject noLabel = field("name");
    noLabel.remove("label");
    QTest::newRow("missing label")
        << formWith({noLabel}) << invalid << "field 'name' in section 'main': missing 'label'";
    QJsonObject noRequired = field("name");
    noRequired.remove("required");
    QTest::newRow("missing required") << formWith({noRequired}) << invalid
                                      << "field 'name' in section 'main': missing 'required'";
    QJsonObject noSections = formWith({});
    noSections.remove("sections");
    QTest::newRow("missing sections") << noSections << invalid << "missing 'sections'";
    QJsonObject noAcceptedUntil = formWith({});
    noAcceptedUntil.remove("acceptedUntil");
    QTest::newRow("missing acceptedUntil") << noAcceptedUntil << invalid << "acceptedUntil";
    QJsonObject badDate = formWith({});
    badDate.insert("publishedAt", "yesterday");
    QTest::newRow("bad publishedAt") << badDate << invalid << "publishedAt";
    QJsonObject badSignature = formWith({});
    badSignature.insert("signature", "stamp");
    QTest::newRow("bad signature") << badSignature << invalid << "'signature' is 'stamp'";
    QTest::newRow("required not a boolean")
        << formWith({field("name", "text", {{"required", "yes"}})}) << invalid
        << "field 'name' in section 'main': 'required' must be true or false";

    // Ids.
    QTest::newRow("bad field id") << formWith({field("1name")}) << invalid
                                  << "field 1 in section 'main': id '1name' does not match";
    QTest::newRow("bad section id")
        << form({section("my section", {})}) << invalid << "id 'my section' does not match";
    QTest::newRow("bad attachment id")
        << formWith({}, {attachment("Proof")}) << invalid << "id 'Proof' does not match";
    QTest::newRow("duplicate field id")
        << form({section("a", {field("dup")}), section("b", {field("dup")})}) << invalid
        << "field 'dup' in section 'b': id already used by the field 'dup' in section 'a'";
    const QJsonObject groupWithDup = field("g", "group", {{"fields", QJsonArray{field("dup")}}});
    QTest::newRow("duplicate id in group")
        << formWith({field("dup"), groupWithDup}) << invalid
        << "field 'dup' in group 'g' in section 'main': id already used";
    QTest::newRow("duplicate section id")
        << form({section("a", {}), section("a", {})}) << invalid << "section 'a': id already used";
    QTest::newRow("duplicate attachment id") << formWith({}, {attachment("doc"), attachment("doc")})
                                             << invalid << "attachment 'doc': id already used";

    // Rule values of the wrong type for their kind.
    const QList<std::pair<QString, QJsonValue>> wrongValues{
        {"minLength", "5"},    {"maxLength", 1.5},
        {"minItems", -1},      {"maxItems", true},
        {"maxFileSize", 0},    {"min", "1"},
        {"max", QJsonArray{}}, {"pattern", 5},
        {"minDate", 20250101}, {"maxDate", "tomorrow"},
        {"mediaTypes", "pdf"}, {"mediaTypes", QJsonArray{}},
        {"equalsField", 3},    {"afterField", "not an id"},
        {"checksum", "crc32"}, {"checksum", 1}};
    for (const auto& [kind, value] : wrongValues) {
        const QByteArray shown = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        const QJsonObject withRule =
            field("x", "text", {{"validation", QJsonArray{rule(kind, value)}}});
        QTest::addRow("rule %s with %s", qPrintable(kind), shown.constData())
            << formWith({withRule}) << invalid
            << "field 'x' in section 'main': rule '" + kind + "'";
    }
    const QJsonObject noValue{{"kind", "min"}};
    QTest::newRow("rule without value")
        << formWith({field("x", "text", {{"validation", QJsonArray{noValue}}})}) << invalid
        << "field 'x' in section 'main': rule 'min' has no 'value'";
    QTest::newRow("unknown rule kind")
        << formWith({field("x", "text", {{"validation", QJsonArray{rule("luhn", 1)}}})}) << invalid
        << "field 'x' in section 'main': unknown rule kind 'luhn'";
    QTest::newRow("pattern does not compile")
        << formWith({field("x", "text", {{"validation", QJsonArray{rule("pattern", "([a-z")}}})})
        << invalid << "field 'x' in section 'main': rule 'pattern': '([a-z' does not compile";

    // Field types that need more.
    QTest::newRow("choice without options")
        << formWith({field("kind", "choice")}) << invalid
        << "field 'kind' in section 'main': a choice field needs at least one option";
    QTest::newRow("multichoice with empty options")
        << formWith({field("langs", "multichoice", {{"options", QJsonArray{}}})}) << invalid
        << "field 'langs' in section 'main': a choice field needs";
    const QJsonArray sameValues{QJsonObject{{"value", "a"}, {"label", "A"}},
                                QJsonObject{{"value", "a"}, {"label", "B"}}};
    QTest::newRow("duplicate option")
        << formWith({field("kind", "choice", {{"options", sameValues}})}) << invalid
        << "field 'kind' in section 'main': option value 'a' appears twice";
    QTest::newRow("attachment unknown requirement")
        << formWith({field("proof", "attachment", {{"attachmentRequirementId", "nowhere"}})},
                    {attachment("elsewhere")})
        << invalid << "field 'proof' in section 'main': unknown attachment requirement 'nowhere'";
    QTest::newRow("attachment without requirement")
        << formWith({field("proof", "attachment")}) << invalid
        << "field 'proof' in section 'main': missing 'attachmentRequirementId'";
    QTest::newRow("group without children")
        << formWith({field("members", "group", {{"fields", QJsonArray{}}})}) << invalid
        << "field 'members' in section 'main': a group needs at least one field";
    QTest::newRow("group without fields key")
        << formWith({field("members", "group")}) << invalid
        << "field 'members' in section 'main': missing 'fields'";
    QTest::newRow("equalsField unknown")
        << formWith(
               {field("x", "text", {{"validation", QJsonArray{rule("equalsField", "ghost")}}})})
        << invalid << "field 'x' in section 'main': rule 'equalsField' names unknown field 'ghost'";
    QTest::newRow("afterField unknown")
        << formWith(
               {field("end", "date", {{"validation", QJsonArray{rule("afterField", "start")}}})})
        << invalid
        << "field 'end' in section 'main': rule 'afterField' names unknown field 'start'";
    QTest::newRow("afterField not a date")
        << formWith(
               {field("start"),
                field("end", "date", {{"validation", QJsonArray{rule("afterField", "start")}}})})
        << invalid << "field 'end' in section 'main': rule 'afterField' needs two date fields";
    QTest::newRow("equalsField itself")
        << formWith({field("x", "text", {{"validation", QJsonArray{rule("equalsField", "x")}}})})
        << invalid
        << "field 'x' in section 'main': rule 'equalsField' compares the field with itself";
    const QJsonObject noPurpose{
        {"source", "criminal-record"}, {"item", "bulletin3"}, {"mode", "consent"}};
    QTest::newRow("consent without purpose")
        << formWith({field("x", "text", {{"prefill", noPurpose}})}) << invalid
        << "field 'x' in section 'main', prefill: missing 'purpose'";
    const QJsonObject magic{{"source", "personal"}, {"item", "email"}, {"mode", "magic"}};
    QTest::newRow("unknown prefill mode")
        << formWith({field("x", "text", {{"prefill", magic}})}) << invalid
        << "field 'x' in section 'main', prefill: unknown mode 'magic'";

    // Visibility rules.
    QTest::newRow("visibility unknown field")
        << formWith({field("x", "text", {{"visibleWhen", compare("ghost", "isTrue")}})}) << cycle
        << "field 'x' in section 'main': visibility refers to unknown field 'ghost'";
    QTest::newRow("section visibility unknown field")
        << form({section("s", {field("x")}, {{"visibleWhen", compare("ghost", "isTrue")}})})
        << cycle << "section 's': visibility refers to unknown field 'ghost'";
    QJsonObject hiddenDoc = attachment("doc");
    hiddenDoc.insert("visibleWhen", compare("ghost", "isEmpty"));
    QTest::newRow("attachment visibility unknown field")
        << formWith({field("x")}, {hiddenDoc}) << cycle
        << "attachment 'doc': visibility refers to unknown field 'ghost'";
    const QJsonObject members =
        field("members", "group", {{"fields", QJsonArray{field("memberName")}}});
    QTest::newRow("visibility into another group")
        << formWith({members,
                     field("x", "text", {{"visibleWhen", compare("memberName", "isNotEmpty")}})})
        << cycle
        << "field 'x' in section 'main': visibility refers to field 'memberName' inside group "
           "'members'";
    QTest::newRow("visibility unknown operator")
        << formWith({field("a", "yesno"),
                     field("x", "text", {{"visibleWhen", compare("a", "isMaybe")}})})
        << invalid << "field 'x' in section 'main': unknown visibility operator 'isMaybe'";
    QTest::newRow("visibility in without array")
        << formWith({field("a"), field("x", "text", {{"visibleWhen", compare("a", "in", "b")}})})
        << invalid << "field 'x' in section 'main': visibility operator 'in' needs an array";
    QTest::newRow("visibility greaterThan with text")
        << formWith({field("a"),
                     field("x", "text", {{"visibleWhen", compare("a", "greaterThan", "big")}})})
        << invalid << "visibility operator 'greaterThan' needs a number or a YYYY-MM-DD date";
    QJsonObject both = compare("a", "isTrue");
    both.insert("all", QJsonArray{});
    QTest::newRow("visibility field and all")
        << formWith({field("a", "yesno"), field("x", "text", {{"visibleWhen", both}})}) << invalid
        << "field 'x' in section 'main': a visibility rule needs exactly one of";

    // Cycles.
    QTest::newRow("cycle direct")
        << formWith({field("a", "yesno", {{"visibleWhen", compare("b", "isTrue")}}),
                     field("b", "yesno", {{"visibleWhen", compare("a", "isTrue")}})})
        << cycle << "field 'a' -> field 'b' -> field 'a'";
    QTest::newRow("cycle on itself")
        << formWith({field("a", "yesno", {{"visibleWhen", compare("a", "isTrue")}})}) << cycle
        << "field 'a' in section 'main': visibility depends on itself: field 'a' -> field 'a'";
    const QJsonObject eitherB{{"any", QJsonArray{compare("b", "isTrue"), compare("b", "isFalse")}}};
    QTest::newRow("cycle indirect")
        << formWith({field("a", "yesno", {{"visibleWhen", compare("c", "isTrue")}}),
                     field("b", "yesno", {{"visibleWhen", compare("a", "isTrue")}}),
                     field("c", "yesno", {{"visibleWhen", eitherB}})})
        << cycle << "field 'a' -> field 'c' -> field 'b' -> field 'a'";
    QTest::newRow("cycle through section")
        << form({section("s", {field("a", "yesno")}, {{"visibleWhen", compare("a", "isTrue")}})})
        << cycle << "section 's' -> field 'a' -> section 's'";
    QTest::newRow("cycle through other section")
        << form({section("s1", {field("a", "yesno", {{"visibleWhen", compare("b", "isTrue")}})}),
                 section("s2", {field("b", "yesno")}, {{"visibleWhen", compare("a", "isTrue")}})})
        << cycle << "field 'a' -> field 'b' -> section 's2'";
    const QJsonObject selfGroup = field("members", "group",
                                        {{"visibleWhen", compare("memberName", "isNotEmpty")},
                                         {"fields", QJsonArray{field("memberName")}}});
    QTest::newRow("cycle through group parent")
        << formWith({selfGroup}) << cycle
        << "field 'members' -> field 'memberName' -> field 'members'";

    // Limits.
    QJsonArray options;
    for (int i = 0; i < 101; ++i)
        options.append(QJsonObject{{"value", QString::number(i)}, {"label", "Option"}});
    QTest::newRow("too many options")
        << formWith({field("kind", "choice", {{"options", options}})}) << tooLarge
        << "field 'kind' in section 'main': 'options' has 101 items";
    QTest::newRow("text too long")
        << formWith({field("x", "text", {{"help", QString(10001, QChar('a'))}})}) << tooLarge
        << "field 'x' in section 'main': 'help' has 10001 characters";
    QTest::newRow("title too long")
        << form({section("s", {}, {{"title", QString(10001, QChar('a'))}})}) << tooLarge
        << "section 's': 'title' has 10001 characters";
    QTest::newRow("groups too deep") << formWith({nestedGroups(4)}) << tooLarge
                                     << "field 'g4' in group 'g3' in group 'g2' in group 'g1' in "
                                        "section 'main': groups nested deeper than 3 levels";
    QTest::newRow("rule too deep")
        << formWith({field("a", "yesno"), field("x", "text", {{"visibleWhen", nestedRule(17)}})})
        << tooLarge << "field 'x' in section 'main': visibility rule nested deeper than 16 levels";
    QJsonArray many;
    for (int i = 0; i < 2001; ++i)
        many.append(field(QStringLiteral("f%1").arg(i)));
    QTest::newRow("too many fields") << formWith(many) << tooLarge << "more than 2000 fields";
}

void TestFormsSchema::refusals()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, code);
    QFETCH(QString, detail);
    const Result<FormDefinition> parsed = parseFormDefinition(json, "en");
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().detail().contains(detail), qPrintable(parsed.error().detail()));
    QCOMPARE(parsed.error().code(), code);
}

void TestFormsSchema::limitsAreInclusive()
{
    QJsonArray options;
    for (int i = 0; i < 100; ++i)
        options.append(QJsonObject{{"value", QString::number(i)}, {"label", "Option"}});
    QJsonArray fields{
        field("a", "yesno"), field("kind", "choice", {{"options", options}}), nestedGroups(3),
        field("x", "text",
              {{"visibleWhen", nestedRule(16)}, {"help", QString(10000, QChar('a'))}})};
    // 2,000 fields in all: the 7 above and 1,993 more.
    for (int i = 0; i < 1993; ++i)
        fields.append(field(QStringLiteral("f%1").arg(i)));
    const Result<FormDefinition> parsed = parseFormDefinition(formWith(fields), "en");
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().detail()));
    QCOMPARE(parsed.value().parentGroup("leaf"), "g3");
}

void TestFormsSchema::tenThousandFieldsAreRefusedQuickly()
{
    QJsonArray fields;
    for (int i = 0; i < 10000; ++i)
        fields.append(
            field(QStringLiteral("field%1").arg(i), "yesno",
                  {{"visibleWhen", compare(QStringLiteral("field%1").arg(i + 1), "isTrue")}}));
    const QJsonObject json = formWith(fields);
    QElapsedTimer timer;
    timer.start();
    const Result<FormDefinition> parsed = parseFormDefinition(json, "en");
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code(), QString(ErrorCode::FormTooLarge));
}

void TestFormsSchema::deepJsonIsRefusedWithoutRecursion()
{
    // Built programmatically: QJsonDocument's own parser would stop at its nesting limit.
    const int depth = 10000;
    QElapsedTimer timer;
    timer.start();
    const Result<FormDefinition> groups =
        parseFormDefinition(formWith({nestedGroups(depth)}), "en");
    QVERIFY(!groups.ok());
    QCOMPARE(groups.error().code(), QString(ErrorCode::FormTooLarge));
    QVERIFY(groups.error().detail().contains("field 'g4'"));

    const Result<FormDefinition> rules = parseFormDefinition(
        formWith({field("a", "yesno"), field("x", "text", {{"visibleWhen", nestedRule(depth)}})}),
        "en");
    QVERIFY(!rules.ok());
    QCOMPARE(rules.error().code(), QString(ErrorCode::FormTooLarge));
    QVERIFY(rules.error().detail().contains("field 'x'"));

    QJsonObject deepSection = nestedRule(depth);
    const Result<FormDefinition> sectionRule =
        parseFormDefinition(form({section("s", {field("a", "yesno")}),
                                  section("t", {}, {{"visibleWhen", deepSection}})}),
                            "en");
    QVERIFY(!sectionRule.ok());
    QCOMPARE(sectionRule.error().code(), QString(ErrorCode::FormTooLarge));
    QVERIFY(timer.elapsed() < 2000);
}

void TestFormsSchema::longDependencyChains()
{
    // 2,000 fields, each shown when the one before is true: deep, but no cycle.
    QJsonArray chain{field("f0", "yesno")};
    for (int i = 1; i < 2000; ++i)
        chain.append(field(QStringLiteral("f%1").arg(i), "yesno",
                           {{"visibleWhen", compare(QStringLiteral("f%1").arg(i - 1), "isTrue")}}));
    QElapsedTimer timer;
    timer.start();
    const Result<FormDefinition> accepted = parseFormDefinition(formWith(chain), "en");
    QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().detail()));

    // The same chain closed into a ring.
    QJsonObject first = chain.at(0).toObject();
    first.insert("visibleWhen", compare("f1999", "isTrue"));
    chain.replace(0, first);
    const Result<FormDefinition> ring = parseFormDefinition(formWith(chain), "en");
    QVERIFY(!ring.ok());
    QCOMPARE(ring.error().code(), QString(ErrorCode::FormRuleCycle));
    QVERIFY(timer.elapsed() < 2000);
}

void TestFormsSchema::visibilityOrderPutsDependenciesFirst()
{
    const Result<FormDefinition> parsed = parseFormDefinition(
        form(
            {section("s1", {field("late", "yesno", {{"visibleWhen", compare("early", "isTrue")}}),
                            field("members", "group", {{"fields", QJsonArray{field("name")}}})}),
             section("s2", {field("early", "yesno")}, {{"visibleWhen", compare("flag", "isTrue")}}),
             section("s3", {field("flag", "yesno")})}),
        "en");
    QVERIFY(parsed.ok());
    const VisibilityOrder order = visibilityOrder(parsed.value());
    QVERIFY(order.cycle.isEmpty());
    QCOMPARE(order.nodes.size(), 3 + 5);
    auto position = [&](VisibilityNode::Kind kind, const QString& id) {
        return order.nodes.indexOf(VisibilityNode{kind, id});
    };
    using K = VisibilityNode::Kind;
    QVERIFY(position(K::Field, "flag") < position(K::Section, "s2"));
    QVERIFY(position(K::Section, "s2") < position(K::Field, "early"));
    QVERIFY(position(K::Field, "early") < position(K::Field, "late"));
    QVERIFY(position(K::Section, "s1") < position(K::Field, "late"));
    QVERIFY(position(K::Field, "members") < position(K::Field, "name"));
}

void TestFormsSchema::dateExpressions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("expected"); // invalid: refused

    const QDate today(2025, 3, 10);
    QTest::newRow("fixed") << "2024-12-31" << today << QDate(2024, 12, 31);
    QTest::newRow("today") << "today" << today << today;
    QTest::newRow("minus 18 years") << "today-P18Y" << today << QDate(2007, 3, 10);
    QTest::newRow("plus 30 days") << "today+P30D" << today << QDate(2025, 4, 9);
    QTest::newRow("plus 3 months") << "today+P3M" << today << QDate(2025, 6, 10);
    QTest::newRow("minus 2 weeks") << "today-P2W" << today << QDate(2025, 2, 24);
    QTest::newRow("minus 1 year 6 months") << "today-P1Y6M" << today << QDate(2023, 9, 10);
    QTest::newRow("leap day minus 18 years")
        << "today-P18Y" << QDate(2024, 2, 29) << QDate(2006, 2, 28);
    QTest::newRow("month end plus 1 month")
        << "today+P1M" << QDate(2025, 1, 31) << QDate(2025, 2, 28);
    QTest::newRow("no part") << "today+P" << today << QDate();
    QTest::newRow("time part") << "today+PT1H" << today << QDate();
    QTest::newRow("not a day") << "2025-02-30" << today << QDate();
    QTest::newRow("short date") << "2025-2-3" << today << QDate();
    QTest::newRow("word") << "tomorrow" << today << QDate();
    QTest::newRow("no sign") << "todayP1D" << today << QDate();
}

void TestFormsSchema::dateExpressions()
{
    QFETCH(QString, text);
    QFETCH(QDate, today);
    QFETCH(QDate, expected);
    const std::optional<DateExpression> expression = DateExpression::parse(text);
    QCOMPARE(expression.has_value(), expected.isValid());
    if (expression)
        QCOMPARE(expression->resolve(today), expected);
}

QTEST_GUILESS_MAIN(TestFormsSchema)
#include "tst_forms_schema.moc"
