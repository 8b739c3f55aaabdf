#include "Checksums.h"
#include "FieldValidator.h"
#include "FormLibrary.h"
#include "FormSchemaParser.h"
#include "FormValidator.h"
#include "FormVisibility.h"
#include "ValueFormats.h"
#include "VisibilityEvaluator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace guichet;
using namespace guichet::forms;

namespace {

const QDate Today(2025, 3, 10);

// A national number built by computing both check digits (the method under test is
// only used for them; the expected values below were computed independently).
QString nationalNumber(const QString& firstEleven)
{
    return firstEleven + QString::number(luhnDigit(firstEleven)) +
           QString::number(verhoeffDigit(firstEleven));
}

// Every field shown, answers from a JSON object; `hidden` lists fields not shown.
class TestAnswers : public AnswerLookup
{
public:
    explicit TestAnswers(QJsonObject answers, QSet<QString> hidden = {})
        : m_answers(std::move(answers)), m_hidden(std::move(hidden))
    {}
    QJsonValue answer(const QString& fieldId) const override { return m_answers.value(fieldId); }
    bool isShown(const QString& fieldId) const override { return !m_hidden.contains(fieldId); }

private:
    QJsonObject m_answers;
    QSet<QString> m_hidden;
};

VisibilityRule compareRule(const QString& fieldId, VisibilityOperator op,
                           const QJsonValue& value = {})
{
    VisibilityRule rule;
    rule.kind = VisibilityRule::Kind::Compare;
    rule.field = fieldId;
    rule.op = op;
    rule.value = value;
    return rule;
}

FormField makeField(const QString& id, FieldType type, bool required = false,
                    QList<ValidationRule> rules = {})
{
    FormField field;
    field.id = id;
    field.type = type;
    field.label = "Label of " + id;
    field.required = required;
    field.validation = std::move(rules);
    return field;
}

ValidationRule makeRule(RuleKind kind, const QJsonValue& value, const QString& message = {})
{
    return {kind, value, message};
}

// The codes of the issues of one answer ("checksum", "required"...); an issue without
// a message shows as "no message".
QStringList codesOf(const FormField& field, const QJsonValue& value,
                    const AnswerLookup* others = nullptr)
{
    QStringList codes;
    const FieldCheckContext context{Today, others, nullptr, {}};
    for (const ValidationIssue& issue : validateField(field, value, context))
        codes.append(issue.message.isEmpty() ? QStringLiteral("no message")
                                             : issueCode(issue.kind));
    return codes;
}

QString firstMessage(const FormField& field, const QJsonValue& value)
{
    const QList<ValidationIssue> issues =
        validateField(field, value, {Today, nullptr, nullptr, {}});
    return issues.isEmpty() ? QString() : issues.first().message;
}

QJsonObject address(const QString& postalCode, const QString& country = "LU")
{
    return {{"street", "rue de la Gare"},
            {"houseNumber", "25"},
            {"postalCode", postalCode},
            {"locality", "Bettembourg"},
            {"country", country}};
}

FormDefinition parse(const QJsonObject& json)
{
    const Result<FormDefinition> parsed = parseFormDefinition(json, "en");
    if (!parsed)
        qFatal("test form refused: %s", qPrintable(parsed.error().detail()));
    return parsed.value();
}

QJsonObject jsonField(const QString& id, const QString& type, QJsonObject extra = {})
{
    extra.insert("id", id);
    extra.insert("type", type);
    extra.insert("label", "Label of " + id);
    if (!extra.contains("required"))
        extra.insert("required", false);
    return extra;
}

QJsonObject jsonForm(const QJsonArray& sections)
{
    return {{"id", "F-TEST-FORM"},
            {"version", "1.0.0"},
            {"procedureId", "P-CIT-TEST-FORM"},
            {"title", "Test"},
            {"authentication", "card"},
            {"signature", "card"},
            {"administration", QJsonObject{{"id", "ctie"}, {"name", "CTIE"}}},
            {"publishedAt", "2025-02-20T10:00:00Z"},
            {"acceptedUntil", QJsonValue::Null},
            {"sections", sections},
            {"attachments", QJsonArray{}}};
}

QJsonObject when(const QString& fieldId, const QString& op, const QJsonValue& value = {})
{
    QJsonObject rule{{"field", fieldId}, {"operator", op}};
    if (!value.isNull())
        rule.insert("value", value);
    return rule;
}

} // namespace

class TestFormsValidators : public QObject
{
    Q_OBJECT

private slots:
    void ibanVectors_data();
    void ibanVectors();
    void luhnAndVerhoeffVectors();
    void nationalNumbers();
    void vatNumbers_data();
    void vatNumbers();
    void phonesAndEmails();
    void visibilityOperators_data();
    void visibilityOperators();
    void hiddenFieldsCompareFalse();
    void formVisibilityCascades();
    void formVisibilityWithinRepetitions();
    void requiredAndFormats_data();
    void requiredAndFormats();
    void addresses();
    void everyRuleKind_data();
    void everyRuleKind();
    void relativeDates_data();
    void relativeDates();
    void messages();
    void wholeFormSkipsHiddenFields();
    void wholeFormGroups();
    void handWrittenFormsValidateEmptyAnswers();
};

void TestFormsValidators::ibanVectors_data()
{
    QTest::addColumn<QString>("iban");
    QTest::addColumn<bool>("valid");
    // ECBS / SWIFT registry examples.
    QTest::newRow("LU") << "LU28 0019 4006 4475 0000" << true;
    QTest::newRow("DE") << "DE89 3704 0044 0532 0130 00" << true;
    QTest::newRow("GB") << "GB82 WEST 1234 5698 7654 32" << true;
    QTest::newRow("FR") << "FR14 2004 1010 0505 0001 3M02 606" << true;
    QTest::newRow("BE") << "BE68 5390 0754 7034" << true;
    QTest::newRow("no spaces, lower case") << "gb82west12345698765432" << true;
    QTest::newRow("check digits 02") << "LU020019000000000024" << true;
    // Broken variants.
    QTest::newRow("LU one digit changed") << "LU28 0019 4006 4475 0001" << false;
    QTest::newRow("DE two digits swapped") << "DE89 3704 0044 0532 0103 00" << false;
    QTest::newRow("GB letter changed") << "GB82 WEST 1234 5698 7654 33" << false;
    QTest::newRow("FR check digits changed") << "FR15 2004 1010 0505 0001 3M02 606" << false;
    QTest::newRow("BE too short") << "BE68 5390 0754 703" << false;
    QTest::newRow("LU too long") << "LU28 0019 4006 4475 00000" << false;
    QTest::newRow("99 passing mod 97 as 02") << "LU990019000000000024" << false;
    QTest::newRow("punctuation") << "LU28-0019-4006-4475-0000" << false;
    QTest::newRow("no country") << "2800194006447500001" << false;
    QTest::newRow("empty") << "" << false;
}

void TestFormsValidators::ibanVectors()
{
    QFETCH(QString, iban);
    QFETCH(bool, valid);
    QCOMPARE(isValidIban(iban), valid);
}

void TestFormsValidators::luhnAndVerhoeffVectors()
{
    QCOMPARE(normaliseIban(" lu28 0019 4006 4475 0000 "), "LU280019400644750000");
    QCOMPARE(ibanLength(u"LU"), 20);
    QCOMPARE(ibanLength(u"FR"), 27);
    QCOMPARE(ibanLength(u"ZZ"), 0);

    QCOMPARE(luhnDigit(u"7992739871"), 3);
    QCOMPARE(luhnDigit(u"0"), 0);
    QCOMPARE(luhnDigit(u"1"), 8);
    QCOMPARE(luhnDigit(u""), -1);
    QCOMPARE(luhnDigit(u"12a4"), -1);

    QCOMPARE(verhoeffDigit(u"236"), 3);
    QCOMPARE(verhoeffDigit(u"12345"), 1);
    QCOMPARE(verhoeffDigit(u"142857"), 0);
    QCOMPARE(verhoeffDigit(u"123456789012"), 0);
    QCOMPARE(verhoeffDigit(u""), -1);
    QCOMPARE(verhoeffDigit(u"2 3"), -1);
}

void TestFormsValidators::nationalNumbers()
{
    // Computed independently of this code with the published algorithms.
    QCOMPARE(nationalNumber("19850214123"), "1985021412399");
    QCOMPARE(nationalNumber("20000229001"), "2000022900197");
    QVERIFY(isValidLuNationalNumber("1985021412399"));
    QVERIFY(isValidLuNationalNumber("2000022900197"));
    QVERIFY(isValidLuNationalNumber("1999123199938"));
    QVERIFY(isValidLuNationalNumber("1985 0214 123 99"));
    QVERIFY(isValidLuNationalNumber(nationalNumber("19700101000")));

    // Every single changed digit is caught (by Luhn in the body, by either check digit).
    const QString valid = "1985021412399";
    for (int position = 0; position < valid.size(); ++position) {
        QString broken = valid;
        broken[position] = QChar('0' + (valid.at(position).digitValue() + 1) % 10);
        QVERIFY2(!isValidLuNationalNumber(broken), qPrintable(broken));
    }
    // Check digits right, but 30 February does not exist.
    QCOMPARE(nationalNumber("19850230123"), "1985023012399");
    QVERIFY(!isValidLuNationalNumber("1985023012399"));
    QVERIFY(!isValidLuNationalNumber(nationalNumber("20010229001"))); // not a leap year
    QVERIFY(!isValidLuNationalNumber("198502141239"));
    QVERIFY(!isValidLuNationalNumber("19850214123999"));
    QVERIFY(!isValidLuNationalNumber("198502141239X"));
    QVERIFY(hasLuNationalNumberShape("1985021412345"));
    QVERIFY(!hasLuNationalNumberShape("19850214-12345"));
}

void TestFormsValidators::vatNumbers_data()
{
    QTest::addColumn<QString>("vat");
    QTest::addColumn<bool>("valid");
    // 150274 mod 89 = 42; 123456 mod 89 = 13; 254871 mod 89 = 64; 100000 mod 89 = 53.
    QTest::newRow("LU15027442") << "LU15027442" << true;
    QTest::newRow("LU12345613") << "LU12345613" << true;
    QTest::newRow("LU25487164") << "LU25487164" << true;
    QTest::newRow("LU10000053") << "LU10000053" << true;
    QTest::newRow("spaces and case") << "lu 1502 7442" << true;
    QTest::newRow("check changed") << "LU15027443" << false;
    QTest::newRow("body changed") << "LU15027542" << false;
    QTest::newRow("seven digits") << "LU1502744" << false;
    QTest::newRow("nine digits") << "LU150274420" << false;
    QTest::newRow("other country") << "BE15027442" << false;
    QTest::newRow("no prefix") << "15027442" << false;
}

void TestFormsValidators::vatNumbers()
{
    QFETCH(QString, vat);
    QFETCH(bool, valid);
    QCOMPARE(isValidLuVat(vat), valid);
}

void TestFormsValidators::phonesAndEmails()
{
    QCOMPARE(normalisePhone("+352 621 123 456"), "+352621123456");
    QCOMPARE(normalisePhone("00352 621-123-456"), "+352621123456");
    QCOMPARE(normalisePhone("+49 (0)30 1234 5678"), "+493012345678");
    QCOMPARE(normalisePhone("+352 247-75974"), "+35224775974");
    QVERIFY(isValidPhone("+352 621 123 456"));
    QVERIFY(isValidPhone("+33 1 23 45 67 89"));
    QVERIFY(!isValidPhone("621 123 456")); // no country code
    QVERIFY(!isValidPhone("+0352621123456"));
    QVERIFY(!isValidPhone("+352 621 12a 456"));
    QVERIFY(!isValidPhone("+3521234567890123")); // 16 digits

    QVERIFY(isValidEmail("marie.schmit@example.lu"));
    QVERIFY(isValidEmail(" first+tag@sub.example.com "));
    QVERIFY(isValidEmail("jean@éducation.lu"));
    QVERIFY(!isValidEmail("marie.schmit"));
    QVERIFY(!isValidEmail("marie@example"));
    QVERIFY(!isValidEmail("marie@@example.lu"));
    QVERIFY(!isValidEmail("marie schmit@example.lu"));
    QVERIFY(!isValidEmail(".marie@example.lu"));
    QVERIFY(!isValidEmail("marie..schmit@example.lu"));
    QVERIFY(!isValidEmail("marie@-example.lu"));
}

void TestFormsValidators::visibilityOperators_data()
{
    QTest::addColumn<int>("op");
    QTest::addColumn<QJsonValue>("ruleValue");
    QTest::addColumn<QJsonValue>("answer");
    QTest::addColumn<bool>("visible");
    using Op = VisibilityOperator;
    const QJsonValue none;
    const QJsonValue missing(QJsonValue::Undefined);
    auto row = [](const char* name, Op op, const QJsonValue& value, const QJsonValue& answer,
                  bool visible) { QTest::newRow(name) << int(op) << value << answer << visible; };
    row("equals string", Op::Equals, "rent", "rent", true);
    row("equals other string", Op::Equals, "rent", "own", false);
    row("equals number", Op::Equals, 4, 4.0, true);
    row("equals number as string", Op::Equals, 4, "4", false);
    row("equals bool", Op::Equals, true, true, true);
    row("equals unanswered", Op::Equals, "rent", missing, false);
    row("notEquals string", Op::NotEquals, "LU", "FR", true);
    row("notEquals same", Op::NotEquals, "LU", "LU", false);
    row("notEquals unanswered", Op::NotEquals, "LU", none, true);
    row("in listed", Op::In, QJsonArray{"rent", "residence"}, "residence", true);
    row("in not listed", Op::In, QJsonArray{"rent", "residence"}, "own", false);
    row("in number", Op::In, QJsonArray{1, 2}, 2, true);
    row("in multichoice", Op::In, QJsonArray{"pt", "en"}, QJsonArray{"fr", "pt"}, true);
    row("in multichoice none", Op::In, QJsonArray{"pt"}, QJsonArray{"fr", "lb"}, false);
    row("notIn not listed", Op::NotIn, QJsonArray{"LU", "BE"}, "US", true);
    row("notIn listed", Op::NotIn, QJsonArray{"LU", "BE"}, "BE", false);
    row("isTrue true", Op::IsTrue, none, true, true);
    row("isTrue false", Op::IsTrue, none, false, false);
    row("isTrue unanswered", Op::IsTrue, none, missing, false);
    row("isTrue string", Op::IsTrue, none, "true", false);
    row("isFalse false", Op::IsFalse, none, false, true);
    row("isFalse unanswered", Op::IsFalse, none, none, false);
    row("isEmpty null", Op::IsEmpty, none, none, true);
    row("isEmpty missing", Op::IsEmpty, none, missing, true);
    row("isEmpty empty string", Op::IsEmpty, none, "", true);
    row("isEmpty spaces", Op::IsEmpty, none, "  ", true);
    row("isEmpty empty array", Op::IsEmpty, none, QJsonArray{}, true);
    row("isEmpty empty object", Op::IsEmpty, none, QJsonObject{}, true);
    row("isEmpty text", Op::IsEmpty, none, "x", false);
    row("isEmpty false", Op::IsEmpty, none, false, false);
    row("isEmpty zero", Op::IsEmpty, none, 0, false);
    row("isNotEmpty text", Op::IsNotEmpty, none, "x", true);
    row("isNotEmpty array", Op::IsNotEmpty, none, QJsonArray{"a"}, true);
    row("isNotEmpty empty", Op::IsNotEmpty, none, "", false);
    row("greaterThan number", Op::GreaterThan, 50000, 50001, true);
    row("greaterThan equal", Op::GreaterThan, 50000, 50000, false);
    row("greaterThan date", Op::GreaterThan, "2024-12-31", "2025-01-01", true);
    row("greaterThan earlier date", Op::GreaterThan, "2024-12-31", "2024-06-01", false);
    row("greaterThan text", Op::GreaterThan, 1, "2", false);
    row("lessThan number", Op::LessThan, 30, 29.5, true);
    row("lessThan equal", Op::LessThan, 30, 30, false);
    row("lessThan date", Op::LessThan, "1950-01-01", "1949-12-31", true);
    row("lessThan unanswered", Op::LessThan, 30, none, false);
}

void TestFormsValidators::visibilityOperators()
{
    QFETCH(int, op);
    QFETCH(QJsonValue, ruleValue);
    QFETCH(QJsonValue, answer);
    QFETCH(bool, visible);
    QJsonObject answers{{"other", "x"}};
    if (!answer.isUndefined())
        answers.insert("a", answer);
    const VisibilityRule rule = compareRule("a", VisibilityOperator(op), ruleValue);
    QCOMPARE(isVisible(rule, JsonAnswers(answers)), visible);
}

void TestFormsValidators::hiddenFieldsCompareFalse()
{
    const TestAnswers answers({{"a", ""}, {"b", true}}, {"a"});
    // Whatever the operator, a comparison with a hidden field does not hold.
    for (const VisibilityOperator op : {VisibilityOperator::IsEmpty, VisibilityOperator::NotEquals,
                                        VisibilityOperator::NotIn, VisibilityOperator::IsNotEmpty})
        QVERIFY(!isVisible(compareRule("a", op, QJsonArray{"x"}), answers));

    VisibilityRule always;
    QVERIFY(isVisible(always, answers));
    VisibilityRule all;
    all.kind = VisibilityRule::Kind::All;
    QVERIFY(isVisible(all, answers)); // all of nothing
    all.children = {compareRule("b", VisibilityOperator::IsTrue),
                    compareRule("a", VisibilityOperator::IsEmpty)};
    QVERIFY(!isVisible(all, answers));
    VisibilityRule any = all;
    any.kind = VisibilityRule::Kind::Any;
    QVERIFY(isVisible(any, answers));
    any.children.removeFirst();
    QVERIFY(!isVisible(any, answers));
    any.children.clear();
    QVERIFY(!isVisible(any, answers)); // any of nothing
}

void TestFormsValidators::formVisibilityCascades()
{
    const FormDefinition form = parse(jsonForm(
        {QJsonObject{
             {"id", "first"},
             {"title", "First"},
             {"fields",
              QJsonArray{
                  jsonField("hasCar", "yesno"),
                  jsonField("plate", "text", {{"visibleWhen", when("hasCar", "isTrue")}}),
                  jsonField("plateEmpty", "yesno", {{"visibleWhen", when("plate", "isEmpty")}}),
                  jsonField("members", "group",
                            {{"visibleWhen", when("hasCar", "isFalse")},
                             {"fields", QJsonArray{jsonField("memberName", "text")}}})}}},
         QJsonObject{{"id", "second"},
                     {"title", "Second"},
                     {"visibleWhen", when("hasCar", "isTrue")},
                     {"fields", QJsonArray{jsonField("garage", "text")}}}}));

    const QJsonObject members{{"members", QJsonArray{QJsonObject{{"memberName", "Paul"}}}}};
    {
        QJsonObject answers = members;
        answers.insert("hasCar", false);
        const JsonAnswers lookup(answers);
        const FormVisibility visibility(form, lookup);
        QVERIFY(visibility.isSectionVisible("first"));
        QVERIFY(!visibility.isSectionVisible("second"));
        QVERIFY(!visibility.isFieldVisible("garage")); // its section is hidden
        QVERIFY(!visibility.isFieldVisible("plate"));
        // plate is hidden, so a rule on it does not hold, even "isEmpty".
        QVERIFY(!visibility.isFieldVisible("plateEmpty"));
        QVERIFY(visibility.isFieldVisible("members"));
        QVERIFY(visibility.isFieldVisible("memberName", {0}));
        QCOMPARE(visibility.answer("memberName", {0}).toString(), "Paul");
    }
    {
        QJsonObject answers = members;
        answers.insert("hasCar", true);
        const JsonAnswers lookup(answers);
        const FormVisibility visibility(form, lookup);
        QVERIFY(visibility.isSectionVisible("second"));
        QVERIFY(visibility.isFieldVisible("garage"));
        QVERIFY(visibility.isFieldVisible("plate"));
        QVERIFY(visibility.isFieldVisible("plateEmpty"));
        QVERIFY(!visibility.isFieldVisible("members"));
        // The group is hidden, so are its children.
        QVERIFY(!visibility.isFieldVisible("memberName", {0}));
    }
}

void TestFormsValidators::formVisibilityWithinRepetitions()
{
    QJsonObject attachment{{"id", "proof"},
                           {"label", "Proof"},
                           {"required", true},
                           {"mediaTypes", QJsonArray{"application/pdf"}},
                           {"maxSize", 1000},
                           {"maxCount", 1},
                           {"visibleWhen", when("scholar", "isTrue")}};
    QJsonObject json = jsonForm({QJsonObject{
        {"id", "family"},
        {"title", "Family"},
        {"fields",
         QJsonArray{jsonField("scholar", "yesno"),
                    jsonField("children", "group",
                              {{"fields",
                                QJsonArray{jsonField("atSchool", "yesno"),
                                           jsonField("school", "text",
                                                     {{"visibleWhen", when("atSchool", "isTrue")}}),
                                           jsonField("grant", "number",
                                                     {{"visibleWhen",
                                                       when("scholar", "isTrue")}})}}})}}}});
    json.insert("attachments", QJsonArray{attachment});
    const FormDefinition form = parse(json);

    const JsonAnswers lookup(
        QJsonObject{{"scholar", true},
                    {"children", QJsonArray{QJsonObject{{"atSchool", true}},
                                            QJsonObject{{"atSchool", false}}}}});
    const FormVisibility visibility(form, lookup);
    // Same repetition: each child reads its own "atSchool".
    QVERIFY(visibility.isFieldVisible("school", {0}));
    QVERIFY(!visibility.isFieldVisible("school", {1}));
    // Outside the group: the top-level answer, for every repetition.
    QVERIFY(visibility.isFieldVisible("grant", {0}));
    QVERIFY(visibility.isFieldVisible("grant", {1}));
    QVERIFY(!visibility.isFieldVisible("school", {2})); // no such repetition
    QVERIFY(visibility.isAttachmentVisible("proof"));
    QCOMPARE(visibility.groupsAround("school"), QStringList{"children"});
}

void TestFormsValidators::requiredAndFormats_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QStringList>("expected");
    using T = FieldType;
    const QStringList ok;
    auto row = [](const char* name, T type, bool required, const QJsonValue& value,
                  const QStringList& expected) {
        QTest::newRow(name) << int(type) << required << value << expected;
    };
    row("required null", T::Text, true, QJsonValue(), {"required"});
    row("required empty", T::Text, true, "", {"required"});
    row("required spaces", T::Text, true, "   ", {"required"});
    row("required empty list", T::MultiChoice, true, QJsonArray{}, {"required"});
    row("required empty address", T::Address, true, QJsonObject{}, {"required"});
    row("optional empty", T::Iban, false, "", ok);
    row("yesno false is an answer", T::YesNo, true, false, ok);
    row("number zero is an answer", T::Number, true, 0, ok);
    row("number as text", T::Number, false, "4", {"type"});
    row("text as number", T::Text, false, 4, {"type"});
    row("date", T::Date, false, "2024-02-29", ok);
    row("date not in calendar", T::Date, false, "2025-02-29", {"format"});
    row("date other format", T::Date, false, "29/02/2024", {"format"});
    row("email", T::Email, false, "marie@example.lu", ok);
    row("email broken", T::Email, false, "marie@example", {"format"});
    row("phone with spaces", T::Phone, false, "+352 621 123 456", ok);
    row("phone without country", T::Phone, false, "621123456", {"format"});
    row("iban with spaces", T::Iban, false, "LU28 0019 4006 4475 0000", ok);
    row("iban wrong digits", T::Iban, false, "LU28 0019 4006 4475 0001", {"checksum"});
    row("iban wrong shape", T::Iban, false, "LU28 0019", {"format"});
    row("national number", T::NationalNumber, false, "1985021412399", ok);
    row("national number wrong digits", T::NationalNumber, false, "1985021412345", {"checksum"});
    row("national number short", T::NationalNumber, false, "198502141239", {"format"});
    row("vat", T::VatNumber, false, "LU15027442", ok);
    row("vat wrong digits", T::VatNumber, false, "LU15027443", {"checksum"});
    row("vat wrong shape", T::VatNumber, false, "LU1502744", {"format"});
    row("choice option", T::Choice, false, "a", ok);
    row("choice unknown", T::Choice, false, "z", {"enum"});
    row("multichoice options", T::MultiChoice, false, QJsonArray{"a", "b"}, ok);
    row("multichoice unknown", T::MultiChoice, false, QJsonArray{"a", "z"}, {"enum"});
    row("multichoice twice", T::MultiChoice, false, QJsonArray{"a", "a"}, {"enum"});
    row("multichoice not strings", T::MultiChoice, false, QJsonArray{1}, {"type"});
    row("attachment", T::Attachment, false,
        QJsonObject{{"sha256", QString(64, QChar('a'))}, {"fileName", "x.pdf"}}, ok);
    row("attachment bad digest", T::Attachment, false, QJsonObject{{"sha256", "abc"}}, {"format"});
    row("attachment as text", T::Attachment, false, "x.pdf", {"type"});
    row("group", T::Group, false, QJsonArray{QJsonObject{{"a", 1}}}, ok);
    row("group of strings", T::Group, false, QJsonArray{"a"}, {"type"});
    row("yesno as text", T::YesNo, false, "yes", {"type"});
}

void TestFormsValidators::requiredAndFormats()
{
    QFETCH(int, type);
    QFETCH(bool, required);
    QFETCH(QJsonValue, value);
    QFETCH(QStringList, expected);
    FormField field = makeField("f", FieldType(type), required);
    field.options = {{"a", "A"}, {"b", "B"}};
    QCOMPARE(codesOf(field, value), expected);
}

void TestFormsValidators::addresses()
{
    const FormField field = makeField("address", FieldType::Address, true);
    QVERIFY(codesOf(field, address("3236")).isEmpty());
    QVERIFY(codesOf(field, address("75001", "FR")).isEmpty());
    QCOMPARE(codesOf(field, address("L-3236")), QStringList{"format"});
    QCOMPARE(codesOf(field, address("323")), QStringList{"format"});
    QVERIFY(firstMessage(field, address("L-3236")).contains("4 digits"));
    QCOMPARE(codesOf(field, address("3236", "lu")), QStringList{"format"});
    QCOMPARE(codesOf(field, address("3236", "Luxembourg")), QStringList{"format"});
    for (const char* part : {"street", "houseNumber", "postalCode", "locality", "country"}) {
        QJsonObject incomplete = address("3236");
        incomplete.remove(part);
        QVERIFY2(codesOf(field, incomplete) == QStringList{"required"}, part);
    }
    QJsonObject withLine2 = address("3236");
    withLine2.insert("addressLine2", "c/o Schmit");
    QVERIFY(codesOf(field, withLine2).isEmpty());
    QJsonObject longStreet = address("3236");
    longStreet.insert("street", QString(121, QChar('a')));
    QCOMPARE(codesOf(field, longStreet), QStringList{"maxLength"});
    QJsonObject numberStreet = address("3236");
    numberStreet.insert("street", 5);
    QCOMPARE(codesOf(field, numberStreet), QStringList{"type"});
}

void TestFormsValidators::everyRuleKind_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QJsonValue>("ruleValue");
    QTest::addColumn<QJsonValue>("passing");
    QTest::addColumn<QJsonValue>("failing");
    using T = FieldType;
    using R = RuleKind;
    auto row = [](const char* name, T type, R kind, const QJsonValue& rule, const QJsonValue& pass,
                  const QJsonValue& fail) {
        QTest::newRow(name) << int(type) << int(kind) << rule << pass << fail;
    };
    row("minLength", T::Text, R::MinLength, 3, "abc", "ab");
    row("maxLength", T::Text, R::MaxLength, 3, "abc", "abcd");
    row("maxLength counts characters", T::Text, R::MaxLength, 2, "\xF0\x9F\x98\x80\xF0\x9F\x98\x80",
        "abc");
    row("pattern", T::Text, R::Pattern, "^B[0-9]{1,6}$", "B123456", "B1234567");
    row("pattern is anchored", T::Text, R::Pattern, "[0-9]+", "123", "123a");
    row("pattern on the normalised value", T::Iban, R::Pattern, "^LU[0-9]{18}$",
        "LU28 0019 4006 4475 0000", "DE89 3704 0044 0532 0130 00");
    row("min", T::Number, R::Min, 1, 1, 0.5);
    row("max", T::Number, R::Max, 4, 4, 5);
    row("minDate fixed", T::Date, R::MinDate, "1900-01-01", "1900-01-01", "1899-12-31");
    row("maxDate today", T::Date, R::MaxDate, "today", "2025-03-10", "2025-03-11");
    row("minItems multichoice", T::MultiChoice, R::MinItems, 2, QJsonArray{"a", "b"},
        QJsonArray{"a"});
    row("maxItems multichoice", T::MultiChoice, R::MaxItems, 1, QJsonArray{"a"},
        QJsonArray{"a", "b"});
    row("minItems group", T::Group, R::MinItems, 2, QJsonArray{QJsonObject{}, QJsonObject{}},
        QJsonArray{QJsonObject{}});
    row("maxItems group", T::Group, R::MaxItems, 1, QJsonArray{QJsonObject{}},
        QJsonArray{QJsonObject{}, QJsonObject{}});
    const QString digest(64, QChar('0'));
    row("maxFileSize", T::Attachment, R::MaxFileSize, 1000,
        QJsonObject{{"sha256", digest}, {"size", 1000}},
        QJsonObject{{"sha256", digest}, {"size", 1001}});
    row("mediaTypes", T::Attachment, R::MediaTypes, QJsonArray{"application/pdf", "image/png"},
        QJsonObject{{"sha256", digest}, {"mediaType", "image/png"}},
        QJsonObject{{"sha256", digest}, {"mediaType", "image/heic"}});
    row("equalsField", T::Email, R::EqualsField, "email", "Marie@Example.lu", "marie@example.com");
    row("afterField", T::Date, R::AfterField, "start", "2025-01-02", "2025-01-01");
    row("checksum iban on text", T::Text, R::Checksum, "iban", "LU280019400644750000",
        "LU280019400644750001");
    row("checksum luNationalNumber on text", T::Text, R::Checksum, "luNationalNumber",
        "1985021412399", "1985021412345");
    row("checksum luVat on text", T::Text, R::Checksum, "luVat", "LU15027442", "LU15027443");
}

void TestFormsValidators::everyRuleKind()
{
    QFETCH(int, type);
    QFETCH(int, kind);
    QFETCH(QJsonValue, ruleValue);
    QFETCH(QJsonValue, passing);
    QFETCH(QJsonValue, failing);
    FormField field = makeField("f", FieldType(type), false, {makeRule(RuleKind(kind), ruleValue)});
    field.options = {{"a", "A"}, {"b", "B"}};
    const JsonAnswers others(QJsonObject{{"email", "marie@example.lu"}, {"start", "2025-01-01"}});

    QVERIFY(codesOf(field, passing, &others).isEmpty());
    const QStringList failed = codesOf(field, failing, &others);
    QCOMPARE(failed.size(), 1);
    const QString code = failed.first();
    static const QHash<int, QString> codes{{int(RuleKind::MinLength), "minLength"},
                                           {int(RuleKind::MaxLength), "maxLength"},
                                           {int(RuleKind::Pattern), "pattern"},
                                           {int(RuleKind::Min), "min"},
                                           {int(RuleKind::Max), "max"},
                                           {int(RuleKind::MinDate), "minDate"},
                                           {int(RuleKind::MaxDate), "maxDate"},
                                           {int(RuleKind::MinItems), "minItems"},
                                           {int(RuleKind::MaxItems), "maxItems"},
                                           {int(RuleKind::MaxFileSize), "maxFileSize"},
                                           {int(RuleKind::MediaTypes), "mediaTypes"},
                                           {int(RuleKind::EqualsField), "equalsField"},
                                           {int(RuleKind::AfterField), "afterField"},
                                           {int(RuleKind::Checksum), "checksum"}};
    QCOMPARE(code, codes.value(kind));

    // The portal's message wins over the validator's own.
    field.validation.first().message = "Message from the portal";
    const QList<ValidationIssue> issues =
        validateField(field, failing, {Today, &others, nullptr, {2}});
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().message, "Message from the portal");
    QCOMPARE(issues.first().fieldId, "f");
    QCOMPARE(issues.first().repetition, 2);
}

void TestFormsValidators::relativeDates_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("lastAccepted"); // for maxDate
    QTest::newRow("today-P18Y") << "today-P18Y" << QDate(2025, 3, 10) << "2007-03-10";
    QTest::newRow("today-P18Y on a leap day") << "today-P18Y" << QDate(2024, 2, 29) << "2006-02-28";
    QTest::newRow("today+P30D") << "today+P30D" << QDate(2025, 3, 10) << "2025-04-09";
    QTest::newRow("today+P3M") << "today+P3M" << QDate(2025, 11, 30) << "2026-02-28";
    QTest::newRow("today-P2W") << "today-P2W" << QDate(2025, 3, 10) << "2025-02-24";
    QTest::newRow("today+P1Y6M") << "today+P1Y6M" << QDate(2025, 3, 10) << "2026-09-10";
    QTest::newRow("today") << "today" << QDate(2025, 3, 10) << "2025-03-10";
}

void TestFormsValidators::relativeDates()
{
    QFETCH(QString, rule);
    QFETCH(QDate, today);
    QFETCH(QString, lastAccepted);
    const QDate last = QDate::fromString(lastAccepted, Qt::ISODate);
    const FormField maxField =
        makeField("d", FieldType::Date, true, {makeRule(RuleKind::MaxDate, rule)});
    const FormField minField =
        makeField("d", FieldType::Date, true, {makeRule(RuleKind::MinDate, rule)});
    const FieldCheckContext context{today, nullptr, nullptr, {}};
    const QString day = last.toString(Qt::ISODate);
    const QString after = last.addDays(1).toString(Qt::ISODate);
    const QString before = last.addDays(-1).toString(Qt::ISODate);
    QVERIFY(validateField(maxField, day, context).isEmpty());
    QCOMPARE(validateField(maxField, after, context).size(), 1);
    QCOMPARE(validateField(maxField, after, context).first().kind, IssueKind::MaxDate);
    QVERIFY(validateField(minField, day, context).isEmpty());
    QCOMPARE(validateField(minField, before, context).first().kind, IssueKind::MinDate);
}

void TestFormsValidators::messages()
{
    const FormField iban = makeField("iban", FieldType::Iban);
    QCOMPARE(firstMessage(iban, "LU28"), "Enter an IBAN such as LU28 0019 4006 4475 0000.");
    const FormField number = makeField("nn", FieldType::NationalNumber);
    QCOMPARE(firstMessage(number, "1985021412345"),
             "This national identification number is not valid: check the 13 digits.");
    // A checksum rule's message also applies to the check the field's type implies.
    const FormField withMessage =
        makeField("nn", FieldType::NationalNumber, false,
                  {makeRule(RuleKind::Checksum, "luNationalNumber", "Matricule invalide.")});
    QCOMPARE(firstMessage(withMessage, "1985021412345"), "Matricule invalide.");
    QCOMPARE(codesOf(withMessage, "1985021412345"), QStringList{"checksum"}); // reported once

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const FormField birth =
        makeField("birth", FieldType::Date, true, {makeRule(RuleKind::MaxDate, "today-P18Y")});
    QCOMPARE(firstMessage(birth, "2010-01-01"), "Enter a date on or before 10 March 2007.");
    const FormField capacity =
        makeField("capacity", FieldType::Number, false, {makeRule(RuleKind::Max, 50000)});
    QCOMPARE(firstMessage(capacity, 50001), "Enter a number of at most 50,000.");
    const FormField text =
        makeField("t", FieldType::Text, false, {makeRule(RuleKind::MaxLength, 2)});
    QCOMPARE(firstMessage(text, "abc"), "Enter at most 2 characters.");
    QLocale::setDefault(QLocale::c());
    QCOMPARE(firstMessage(makeField("c", FieldType::Choice, true), QJsonValue()),
             "Choose an answer.");
}

void TestFormsValidators::wholeFormSkipsHiddenFields()
{
    const FormDefinition form = parse(jsonForm(
        {QJsonObject{
             {"id", "contact"},
             {"title", "Contact"},
             {"fields",
              QJsonArray{
                  jsonField("byEmail", "yesno", {{"required", true}}),
                  jsonField("email", "email",
                            {{"required", true}, {"visibleWhen", when("byEmail", "isTrue")}}),
                  jsonField("emailConfirmation", "email",
                            {{"required", true},
                             {"visibleWhen", when("byEmail", "isTrue")},
                             {"validation", QJsonArray{QJsonObject{{"kind", "equalsField"},
                                                                   {"value", "email"}}}}}),
                  jsonField("start", "date"),
                  jsonField("end", "date",
                            {{"validation", QJsonArray{QJsonObject{{"kind", "afterField"},
                                                                   {"value", "start"}}}}})}}},
         QJsonObject{{"id", "extra"},
                     {"title", "Extra"},
                     {"visibleWhen", when("byEmail", "isFalse")},
                     {"fields", QJsonArray{jsonField("postal", "text", {{"required", true}})}}}}));

    // Not by e-mail: the e-mail fields are hidden (not checked, though broken), the
    // extra section is shown and its required field missing.
    QList<ValidationIssue> issues = validateForm(
        form, QJsonObject{{"byEmail", false}, {"email", "broken"}, {"emailConfirmation", "other"}},
        Today);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().fieldId, "postal");
    QCOMPARE(issues.first().kind, IssueKind::Required);
    QCOMPARE(issues.first().repetition, -1);

    issues = validateForm(form,
                          QJsonObject{{"byEmail", true},
                                      {"email", "marie@example.lu"},
                                      {"emailConfirmation", "marie@example.com"},
                                      {"start", "2025-05-01"},
                                      {"end", "2025-04-01"}},
                          Today);
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).fieldId, "emailConfirmation");
    QCOMPARE(issues.at(0).kind, IssueKind::EqualsField);
    QVERIFY(issues.at(0).message.contains("Label of email"));
    QCOMPARE(issues.at(1).fieldId, "end");
    QCOMPARE(issues.at(1).kind, IssueKind::AfterField);
}

void TestFormsValidators::wholeFormGroups()
{
    const QJsonObject childGroup =
        jsonField("schools", "group",
                  {{"fields", QJsonArray{jsonField("schoolName", "text", {{"required", true}})}},
                   {"validation", QJsonArray{QJsonObject{{"kind", "maxItems"}, {"value", 1}}}}});
    const FormDefinition form = parse(jsonForm({QJsonObject{
        {"id", "family"},
        {"title", "Family"},
        {"fields",
         QJsonArray{jsonField(
             "children", "group",
             {{"required", true},
              {"validation", QJsonArray{QJsonObject{{"kind", "minItems"}, {"value", 1}},
                                        QJsonObject{{"kind", "maxItems"}, {"value", 3}}}},
              {"fields",
               QJsonArray{
                   jsonField("name", "text", {{"required", true}}),
                   jsonField("birth", "date",
                             {{"validation",
                               QJsonArray{QJsonObject{{"kind", "maxDate"}, {"value", "today"}}}}}),
                   jsonField("moreThanOne", "yesno"),
                   jsonField("other", "text",
                             {{"required", true}, {"visibleWhen", when("moreThanOne", "isTrue")}}),
                   childGroup}}})}}}}));

    QList<ValidationIssue> issues =
        validateForm(form, QJsonObject{{"children", QJsonArray{}}}, Today);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().fieldId, "children");
    QCOMPARE(issues.first().kind, IssueKind::Required);

    const QJsonObject complete{{"name", "Léa"}, {"birth", "2015-04-01"}};
    QJsonObject secondChild{{"birth", "2030-01-01"}, {"moreThanOne", true}};
    secondChild.insert("schools", QJsonArray{QJsonObject{{"schoolName", "Lycée"}}, QJsonObject{}});
    issues = validateForm(
        form, QJsonObject{{"children", QJsonArray{complete, secondChild, complete, complete}}},
        Today);
    QStringList found;
    for (const ValidationIssue& issue : issues) {
        QStringList path;
        for (const int index : issue.repetitionPath)
            path.append(QString::number(index));
        found.append(issue.fieldId + "[" + path.join(",") + "] " + issueCode(issue.kind));
    }
    const QStringList expected{
        "children[] maxItems", "name[1] required",         "birth[1] maxDate",
        "other[1] required", // shown in this repetition only
        "schools[1] maxItems", "schoolName[1,1] required",
    };
    QCOMPARE(found, expected);
    QCOMPARE(issues.last().repetition, 1);
}

void TestFormsValidators::handWrittenFormsValidateEmptyAnswers()
{
    // With no answers, every visible required field is reported once and nothing else.
    for (const sim::seed::Localised& localised :
         sim::seed::handWrittenForms(QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC))) {
        const FormDefinition form = parse(localised.value("en"));
        const JsonAnswers none{QJsonObject{}};
        const FormVisibility visibility(form, none);
        const QList<ValidationIssue> issues = validateForm(form, QJsonObject{}, Today);
        QVERIFY2(!issues.isEmpty(), qPrintable(form.id));
        for (const ValidationIssue& issue : issues) {
            QCOMPARE(issue.kind, IssueKind::Required);
            QVERIFY(form.field(issue.fieldId)->required);
            QVERIFY(visibility.isFieldVisible(issue.fieldId));
            QVERIFY(!issue.message.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestFormsValidators)
#include "tst_forms_validators.moc"
