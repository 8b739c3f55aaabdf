#include "FormLibrary.h"
#include "TextLocaliser.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

using namespace guichet::sim::seed;

namespace {

// The allowed values below are those of docs/api/portal.yaml; they are spelled out here
// so that a typo in a seed file cannot hide behind the same typo in a shared constant.
const QStringList FieldTypes{"text",  "number",  "date",       "choice",         "multichoice",
                             "yesno", "address", "iban",       "nationalNumber", "vatNumber",
                             "email", "phone",   "attachment", "group"};
const QStringList PrefillModes{"automatic", "consent", "personal"};
const QStringList RuleKinds{"minLength",  "maxLength",   "pattern",    "min",      "max",
                            "minDate",    "maxDate",     "minItems",   "maxItems", "maxFileSize",
                            "mediaTypes", "equalsField", "afterField", "checksum"};
const QStringList Operators{"equals",  "notEquals", "in",         "notIn",       "isTrue",
                            "isFalse", "isEmpty",   "isNotEmpty", "greaterThan", "lessThan"};
const QStringList MediaTypes{"application/pdf", "image/jpeg", "image/png"};

// The items each source offers (DataItem ids), as agreed with the persona seed.
const QHash<QString, QStringList> Vocabulary{
    {"rnpp-identity",
     {"nationalNumber", "givenName", "surname", "birthDate", "birthPlace", "nationality", "sex"}},
    {"rnpp-address", {"address", "commune", "residentSince", "householdSize"}},
    {"vehicles", {"plate", "make", "model", "vin", "firstRegistration"}},
    {"driving-licence", {"licenceNumber", "categories", "points", "validUntil"}},
    {"cadastre", {"parcel", "commune", "area", "landUse"}},
    {"vat", {"vatNumber", "balance", "lastReturnPeriod"}},
    {"rcs", {"rcsNumber", "companyName", "legalForm", "registeredAddress", "manager"}},
    {"criminal-record", {"bulletin3"}},
    {"personal", {"email", "phone", "iban"}},
};

const QRegularExpression FieldIdPattern(QStringLiteral("^[a-zA-Z][a-zA-Z0-9_]{0,63}$"));
const QRegularExpression AttachmentIdPattern(QStringLiteral("^[a-z0-9-]{2,60}$"));
const QRegularExpression AdministrationIdPattern(QStringLiteral("^[a-z0-9-]{2,40}$"));

QJsonObject readSource(const QString& formId)
{
    QFile file(QStringLiteral(":/sim/forms/%1.json").arg(formId));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Every field of a form, group children included, with the section it belongs to and
// the group (if any) that holds it.
struct FieldSite
{
    QJsonObject field;
    QJsonObject section;
    QString parentGroup;
};

void collectFields(const QJsonArray& fields, const QJsonObject& section, const QString& parent,
                   QList<FieldSite>& sites)
{
    for (const QJsonValue& value : fields) {
        const QJsonObject field = value.toObject();
        sites.append({field, section, parent});
        collectFields(field.value("fields").toArray(), section, field.value("id").toString(),
                      sites);
    }
}

QList<FieldSite> fieldsOf(const QJsonObject& form)
{
    QList<FieldSite> sites;
    for (const QJsonValue& section : form.value("sections").toArray())
        collectFields(section.toObject().value("fields").toArray(), section.toObject(), {}, sites);
    return sites;
}

QHash<QString, QJsonObject> fieldsById(const QJsonObject& form)
{
    QHash<QString, QJsonObject> byId;
    for (const FieldSite& site : fieldsOf(form))
        byId.insert(site.field.value("id").toString(), site.field);
    return byId;
}

// The field ids a visibility rule compares, at any depth of all/any.
QStringList referencedFields(const QJsonObject& rule)
{
    QStringList ids;
    if (rule.contains("field"))
        ids.append(rule.value("field").toString());
    for (const char* combination : {"all", "any"}) {
        for (const QJsonValue& inner : rule.value(QLatin1String(combination)).toArray())
            ids += referencedFields(inner.toObject());
    }
    return ids;
}

// Every visibility rule of the form: of sections, fields and attachments.
QList<QJsonObject> visibilityRules(const QJsonObject& form)
{
    QList<QJsonObject> rules;
    for (const QJsonValue& section : form.value("sections").toArray()) {
        if (section.toObject().contains("visibleWhen"))
            rules.append(section.toObject().value("visibleWhen").toObject());
    }
    for (const FieldSite& site : fieldsOf(form)) {
        if (site.field.contains("visibleWhen"))
            rules.append(site.field.value("visibleWhen").toObject());
    }
    for (const QJsonValue& attachment : form.value("attachments").toArray()) {
        if (attachment.toObject().contains("visibleWhen"))
            rules.append(attachment.toObject().value("visibleWhen").toObject());
    }
    return rules;
}

// The comparisons and combinations of a rule, the rule itself first.
void flattenRule(const QJsonObject& rule, int depth, QList<QPair<QJsonObject, int>>& parts)
{
    parts.append({rule, depth});
    for (const char* combination : {"all", "any"}) {
        for (const QJsonValue& inner : rule.value(QLatin1String(combination)).toArray())
            flattenRule(inner.toObject(), depth + 1, parts);
    }
}

// Whether some object inside `value` still looks like a text in several languages.
bool containsLanguageText(const QJsonValue& value)
{
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            if (containsLanguageText(item))
                return true;
        }
    }
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    if (isLanguageText(object))
        return true;
    for (const QJsonValue& member : object) {
        if (containsLanguageText(member))
            return true;
    }
    return false;
}

// Every language text of a source file, with its JSON path.
void collectTexts(const QJsonValue& value, const QString& path,
                  QList<QPair<QString, QJsonObject>>& texts)
{
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            collectTexts(items.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), texts);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (isLanguageText(object)) {
            texts.append({path, object});
            return;
        }
        for (auto it = object.begin(); it != object.end(); ++it)
            collectTexts(it.value(), path + QLatin1Char('.') + it.key(), texts);
    }
}

QString missingMembers(const QJsonObject& object, const QStringList& required)
{
    QStringList missing;
    for (const QString& member : required) {
        if (!object.contains(member))
            missing.append(member);
    }
    return missing.join(QLatin1String(", "));
}

// Whether the "visible only if" graph has a loop: a field shown depending on itself,
// directly or through its section, its group or other fields.
bool hasVisibilityCycle(const QJsonObject& form, QString& where)
{
    QHash<QString, QStringList> dependsOn;
    for (const FieldSite& site : fieldsOf(form)) {
        QStringList& edges = dependsOn[site.field.value("id").toString()];
        edges += referencedFields(site.field.value("visibleWhen").toObject());
        edges += referencedFields(site.section.value("visibleWhen").toObject());
        if (!site.parentGroup.isEmpty())
            edges.append(site.parentGroup);
    }
    enum class Mark
    {
        Unseen,
        Open,
        Done
    };
    QHash<QString, Mark> marks;
    std::function<bool(const QString&)> visit = [&](const QString& id) {
        if (marks.value(id) == Mark::Open) {
            where = id;
            return true;
        }
        if (marks.value(id) == Mark::Done)
            return false;
        marks.insert(id, Mark::Open);
        for (const QString& next : dependsOn.value(id)) {
            if (visit(next))
                return true;
        }
        marks.insert(id, Mark::Done);
        return false;
    };
    for (auto it = dependsOn.begin(); it != dependsOn.end(); ++it) {
        if (visit(it.key()))
            return true;
    }
    return false;
}

const QDateTime Now(QDate(2025, 6, 15), QTime(14, 30), Qt::UTC);

} // namespace

class TestSimForms : public QObject
{
    Q_OBJECT

private:
    QList<Localised> m_forms;

    // Every localised form of every language, with a name for messages.
    QList<QPair<QString, QJsonObject>> allLocalisedForms() const
    {
        QList<QPair<QString, QJsonObject>> all;
        for (const Localised& form : m_forms) {
            for (const QString& language : languages()) {
                const QJsonObject definition = form.value(language);
                all.append({definition.value("id").toString() + '/' + language, definition});
            }
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase() { m_forms = handWrittenForms(Now); }

    void theTwelveFormsExistInTheResource()
    {
        const QStringList expected{
            "arrival-declaration",      "residence-certificate",     "criminal-record-extract",
            "cost-of-living-allowance", "residential-parking-card",  "study-grant",
            "vehicle-address-change",   "energy-renovation-premium", "eu-citizen-registration",
            "birth-certificate-copy",   "business-permit",           "vat-registration"};
        QCOMPARE(handWrittenFormIds(), expected);
        QCOMPARE(m_forms.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY2(!readSource(expected.at(i)).isEmpty(), qPrintable(expected.at(i)));
            QCOMPARE(m_forms.at(i).size(), languages().size());
            for (const QString& language : languages()) {
                const QJsonObject definition = m_forms.at(i).value(language);
                // Files are named by a readable slug; ids follow the contract's shapes.
                const QString slug = expected.at(i).toUpper();
                const bool business = expected.at(i) == QLatin1String("business-permit") ||
                                      expected.at(i) == QLatin1String("vat-registration");
                QCOMPARE(definition.value("id").toString(), "F-" + slug);
                QCOMPARE(definition.value("procedureId").toString(),
                         (business ? "P-BUS-" : "P-CIT-") + slug);
                QCOMPARE(definition.value("version").toString(), QStringLiteral("1.0.0"));
            }
        }
    }

    void everyLanguageResolvesCompletely()
    {
        for (const auto& [name, form] : allLocalisedForms()) {
            QVERIFY2(!containsLanguageText(form), qPrintable(name));
            QVERIFY2(form.value("title").isString(), qPrintable(name));
            QVERIFY2(form.value("acceptedUntil").isNull(), qPrintable(name));
            const QString published = form.value("publishedAt").toString();
            QVERIFY2(published.endsWith('Z'), qPrintable(name + ": " + published));
            const QDateTime publishedAt = QDateTime::fromString(published, Qt::ISODate);
            QVERIFY2(publishedAt.isValid(), qPrintable(name));
            QVERIFY2(publishedAt < Now.addMonths(-1) && publishedAt > Now.addYears(-1),
                     qPrintable(name + ": " + published));
        }
    }

    void requiredMembersArePresentAndValid()
    {
        for (const auto& [name, form] : allLocalisedForms()) {
            QCOMPARE(
                missingMembers(form, {"id", "version", "procedureId", "title", "authentication",
                                      "signature", "administration", "publishedAt", "acceptedUntil",
                                      "sections", "attachments"}),
                QString());
            QVERIFY2(
                QStringList({"card", "none"}).contains(form.value("authentication").toString()),
                qPrintable(name));
            QVERIFY2(QStringList({"card", "none"}).contains(form.value("signature").toString()),
                     qPrintable(name));
            const QJsonObject administration = form.value("administration").toObject();
            QVERIFY2(
                AdministrationIdPattern.match(administration.value("id").toString()).hasMatch(),
                qPrintable(name));
            QVERIFY2(!administration.value("name").toString().isEmpty(), qPrintable(name));
            QVERIFY2(!form.value("sections").toArray().isEmpty(), qPrintable(name));
            for (const QJsonValue& section : form.value("sections").toArray()) {
                const QJsonObject object = section.toObject();
                QCOMPARE(missingMembers(object, {"id", "title", "fields"}), QString());
                QVERIFY2(FieldIdPattern.match(object.value("id").toString()).hasMatch(),
                         qPrintable(name));
            }
            for (const FieldSite& site : fieldsOf(form)) {
                const QJsonObject& field = site.field;
                const QString where = name + ": " + field.value("id").toString();
                QCOMPARE(missingMembers(field, {"id", "type", "label", "required"}), QString());
                QVERIFY2(FieldIdPattern.match(field.value("id").toString()).hasMatch(),
                         qPrintable(where));
                QVERIFY2(FieldTypes.contains(field.value("type").toString()), qPrintable(where));
                QVERIFY2(field.value("required").isBool(), qPrintable(where));
                QVERIFY2(!field.value("label").toString().isEmpty(), qPrintable(where));
                for (const QJsonValue& rule : field.value("validation").toArray()) {
                    QCOMPARE(missingMembers(rule.toObject(), {"kind", "value"}), QString());
                    QVERIFY2(RuleKinds.contains(rule.toObject().value("kind").toString()),
                             qPrintable(where));
                }
                if (field.contains("prefill")) {
                    const QJsonObject binding = field.value("prefill").toObject();
                    QCOMPARE(missingMembers(binding, {"source", "item", "mode"}), QString());
                    QVERIFY2(PrefillModes.contains(binding.value("mode").toString()),
                             qPrintable(where));
                    if (binding.value("mode").toString() == QLatin1String("consent")) {
                        QCOMPARE(
                            missingMembers(binding, {"purpose", "purposeText", "administration"}),
                            QString());
                        QVERIFY2(binding.value("purposeText").toString().size() > 60,
                                 qPrintable(where + ": a consent needs a real explanation"));
                        QCOMPARE(missingMembers(binding.value("administration").toObject(),
                                                {"id", "name"}),
                                 QString());
                    }
                }
            }
            for (const QJsonValue& value : form.value("attachments").toArray()) {
                const QJsonObject attachment = value.toObject();
                const QString where = name + ": " + attachment.value("id").toString();
                QCOMPARE(missingMembers(attachment, {"id", "label", "required", "mediaTypes",
                                                     "maxSize", "maxCount"}),
                         QString());
                QVERIFY2(AttachmentIdPattern.match(attachment.value("id").toString()).hasMatch(),
                         qPrintable(where));
                QVERIFY2(!attachment.value("mediaTypes").toArray().isEmpty(), qPrintable(where));
                for (const QJsonValue& type : attachment.value("mediaTypes").toArray())
                    QVERIFY2(MediaTypes.contains(type.toString()), qPrintable(where));
                const int maxSize = attachment.value("maxSize").toInt();
                QVERIFY2(maxSize > 0 && maxSize <= 20971520, qPrintable(where));
                QVERIFY2(attachment.value("maxCount").toInt() >= 1, qPrintable(where));
            }
        }
    }

    void prefillItemsUseTheAgreedVocabulary()
    {
        for (const auto& [name, form] : allLocalisedForms()) {
            for (const FieldSite& site : fieldsOf(form)) {
                if (!site.field.contains("prefill"))
                    continue;
                const QJsonObject binding = site.field.value("prefill").toObject();
                const QString source = binding.value("source").toString();
                const QString where = name + ": " + site.field.value("id").toString();
                QVERIFY2(Vocabulary.contains(source), qPrintable(where + " source " + source));
                QVERIFY2(Vocabulary.value(source).contains(binding.value("item").toString()),
                         qPrintable(where + " item " + binding.value("item").toString()));
                // Re-used personal answers are never fetched from an authentic source.
                QCOMPARE(source == QLatin1String("personal"),
                         binding.value("mode").toString() == QLatin1String("personal"));
            }
        }
    }

    void aFormWithoutCardHasNoPrefilledIdentity()
    {
        for (const auto& [name, form] : allLocalisedForms()) {
            if (form.value("authentication").toString() != QLatin1String("none"))
                continue;
            for (const FieldSite& site : fieldsOf(form))
                QVERIFY2(!site.field.contains("prefill"), qPrintable(name));
        }
    }

    void fieldIdsAreUniqueWithinAForm()
    {
        for (const auto& [name, form] : allLocalisedForms()) {
            QSet<QString> seen;
            for (const FieldSite& site : fieldsOf(form)) {
                const QString id = site.field.value("id").toString();
                QVERIFY2(!seen.contains(id), qPrintable(name + ": duplicate field " + id));
                seen.insert(id);
            }
            QSet<QString> sections;
            for (const QJsonValue& section : form.value("sections").toArray()) {
                const QString id = section.toObject().value("id").toString();
                QVERIFY2(!sections.contains(id), qPrintable(name + ": duplicate section " + id));
                sections.insert(id);
            }
            QSet<QString> attachments;
            for (const QJsonValue& attachment : form.value("attachments").toArray()) {
                const QString id = attachment.toObject().value("id").toString();
                QVERIFY2(!attachments.contains(id), qPrintable(name + ": duplicate " + id));
                attachments.insert(id);
            }
        }
    }

    void formsHaveARealisticSize()
    {
        for (const auto& [name, form] : allLocalisedForms()) {
            const qsizetype count = fieldsOf(form).size();
            QVERIFY2(count >= 10 && count <= 60, qPrintable(name + QString::number(count)));
        }
        for (const QString& big :
             {QStringLiteral("study-grant"), QStringLiteral("arrival-declaration")}) {
            const QJsonObject form = m_forms.at(handWrittenFormIds().indexOf(big)).value("en");
            bool hasGroup = false;
            for (const FieldSite& site : fieldsOf(form))
                hasGroup =
                    hasGroup || site.field.value("type").toString() == QLatin1String("group");
            QVERIFY2(hasGroup, qPrintable(big));
        }
    }

    void togetherTheFormsUseEveryKindOfElement()
    {
        QSet<QString> types, modes, kinds, operators;
        bool nestedCombination = false;
        for (const Localised& localised : m_forms) {
            const QJsonObject form = localised.value("fr");
            for (const FieldSite& site : fieldsOf(form)) {
                types.insert(site.field.value("type").toString());
                modes.insert(site.field.value("prefill").toObject().value("mode").toString());
                for (const QJsonValue& rule : site.field.value("validation").toArray())
                    kinds.insert(rule.toObject().value("kind").toString());
            }
            for (const QJsonObject& rule : visibilityRules(form)) {
                QList<QPair<QJsonObject, int>> parts;
                flattenRule(rule, 0, parts);
                for (const auto& [part, depth] : parts) {
                    if (part.contains("operator"))
                        operators.insert(part.value("operator").toString());
                    for (const char* combination : {"all", "any"}) {
                        if (part.contains(QLatin1String(combination))) {
                            operators.insert(QLatin1String(combination));
                            nestedCombination = nestedCombination || depth > 0;
                        }
                    }
                }
            }
        }
        for (const QString& type : FieldTypes)
            QVERIFY2(types.contains(type), qPrintable("field type " + type));
        for (const QString& mode : PrefillModes)
            QVERIFY2(modes.contains(mode), qPrintable("prefill mode " + mode));
        for (const QString& kind : RuleKinds)
            QVERIFY2(kinds.contains(kind), qPrintable("rule kind " + kind));
        for (const QString& op : Operators + QStringList{"all", "any"})
            QVERIFY2(operators.contains(op), qPrintable("operator " + op));
        QVERIFY2(nestedCombination, "no all/any inside another all/any");
    }

    void visibilityRulesReferToExistingFieldsWithoutCycles()
    {
        for (const auto& [name, form] : allLocalisedForms()) {
            const QHash<QString, QJsonObject> fields = fieldsById(form);
            for (const QJsonObject& rule : visibilityRules(form)) {
                QList<QPair<QJsonObject, int>> parts;
                flattenRule(rule, 0, parts);
                for (const auto& [part, depth] : parts) {
                    Q_UNUSED(depth)
                    if (!part.contains("operator")) {
                        QVERIFY2(part.contains("all") || part.contains("any"), qPrintable(name));
                        continue;
                    }
                    const QString target = part.value("field").toString();
                    const QString op = part.value("operator").toString();
                    const QString where = name + ": " + target + ' ' + op;
                    QVERIFY2(fields.contains(target), qPrintable(where));
                    QVERIFY2(Operators.contains(op), qPrintable(where));
                    const QJsonObject field = fields.value(target);
                    const QString type = field.value("type").toString();
                    if (op == QLatin1String("isTrue") || op == QLatin1String("isFalse"))
                        QVERIFY2(type == QLatin1String("yesno"), qPrintable(where));
                    if (op.startsWith(QLatin1String("is")))
                        QVERIFY2(!part.contains("value"), qPrintable(where));
                    else
                        QVERIFY2(part.contains("value"), qPrintable(where));
                    if (op == QLatin1String("in") || op == QLatin1String("notIn"))
                        QVERIFY2(part.value("value").isArray(), qPrintable(where));
                    if (op == QLatin1String("greaterThan") || op == QLatin1String("lessThan"))
                        QVERIFY2(part.value("value").isDouble() && type == QLatin1String("number"),
                                 qPrintable(where));
                    // A compared choice value must be one the person can pick.
                    if (type == QLatin1String("choice")) {
                        QStringList values;
                        for (const QJsonValue& option : field.value("options").toArray())
                            values.append(option.toObject().value("value").toString());
                        const QJsonArray compared = part.value("value").isArray()
                                                        ? part.value("value").toArray()
                                                        : QJsonArray{part.value("value")};
                        for (const QJsonValue& value : compared)
                            QVERIFY2(values.contains(value.toString()),
                                     qPrintable(where + ' ' + value.toString()));
                    }
                }
            }
            QString where;
            QVERIFY2(!hasVisibilityCycle(form, where), qPrintable(name + ": cycle at " + where));
        }
    }

    void fieldReferencesPointToWhatExists()
    {
        for (const auto& [name, form] : allLocalisedForms()) {
            const QHash<QString, QJsonObject> fields = fieldsById(form);
            QSet<QString> requirements;
            for (const QJsonValue& attachment : form.value("attachments").toArray())
                requirements.insert(attachment.toObject().value("id").toString());
            for (const FieldSite& site : fieldsOf(form)) {
                const QJsonObject& field = site.field;
                const QString where = name + ": " + field.value("id").toString();
                const QString type = field.value("type").toString();
                if (type == QLatin1String("attachment"))
                    QVERIFY2(
                        requirements.contains(field.value("attachmentRequirementId").toString()),
                        qPrintable(where));
                else
                    QVERIFY2(!field.contains("attachmentRequirementId"), qPrintable(where));
                if (type == QLatin1String("group"))
                    QVERIFY2(!field.value("fields").toArray().isEmpty(), qPrintable(where));
                for (const QJsonValue& value : field.value("validation").toArray()) {
                    const QJsonObject rule = value.toObject();
                    const QString kind = rule.value("kind").toString();
                    if (kind == QLatin1String("equalsField") ||
                        kind == QLatin1String("afterField")) {
                        const QString other = rule.value("value").toString();
                        QVERIFY2(fields.contains(other) && other != field.value("id").toString(),
                                 qPrintable(where + ' ' + kind));
                        QCOMPARE(fields.value(other).value("type").toString(), type);
                    }
                }
            }
        }
    }

    void optionValuesAreUnique()
    {
        for (const auto& [name, form] : allLocalisedForms()) {
            for (const FieldSite& site : fieldsOf(form)) {
                const QString type = site.field.value("type").toString();
                const QJsonArray options = site.field.value("options").toArray();
                const QString where = name + ": " + site.field.value("id").toString();
                const bool choosable =
                    type == QLatin1String("choice") || type == QLatin1String("multichoice");
                QCOMPARE(options.size() >= 2, choosable);
                QSet<QString> values;
                for (const QJsonValue& option : options) {
                    QCOMPARE(missingMembers(option.toObject(), {"value", "label"}), QString());
                    const QString value = option.toObject().value("value").toString();
                    QVERIFY2(!values.contains(value), qPrintable(where + " option " + value));
                    values.insert(value);
                }
            }
        }
    }

    void textsDifferBetweenLanguages()
    {
        for (const QString& id : handWrittenFormIds()) {
            QList<QPair<QString, QJsonObject>> texts;
            collectTexts(readSource(id), QStringLiteral("$"), texts);
            QVERIFY2(texts.size() > 30, qPrintable(id));
            for (const auto& [path, text] : texts) {
                const QString fr = text.value("fr").toString();
                const bool allSame =
                    fr == text.value("de").toString() && fr == text.value("en").toString();
                QVERIFY2(!allSame, qPrintable(id + ' ' + path + ": " + fr));
            }
        }
        for (const Localised& form : m_forms) {
            QVERIFY(form.value("fr") != form.value("de"));
            QVERIFY(form.value("de") != form.value("en"));
            QVERIFY(form.value("fr").value("title") != form.value("en").value("title"));
        }
    }

    void localiserPicksOneLanguageEverywhere()
    {
        const QJsonObject source{
            {"id", "x"},
            {"count", 3},
            {"title", QJsonObject{{"fr", "Titre"}, {"de", "Titel"}, {"en", "Title"}}},
            {"list", QJsonArray{QJsonObject{
                         {"label", QJsonObject{{"fr", "Oui"}, {"de", "Ja"}, {"en", "Yes"}}}}}}};
        const LocalisedJson german = localiseJson(source, "de");
        QVERIFY2(german.ok(), qPrintable(german.error));
        const QJsonObject result = german.value.toObject();
        QCOMPARE(result.value("title").toString(), QStringLiteral("Titel"));
        QCOMPARE(result.value("list").toArray().at(0).toObject().value("label").toString(),
                 QStringLiteral("Ja"));
        QCOMPARE(result.value("id").toString(), QStringLiteral("x"));
        QCOMPARE(result.value("count").toInt(), 3);
    }

    void localiserNamesThePathOfAMissingLanguage()
    {
        const QJsonObject source{
            {"sections",
             QJsonArray{QJsonObject{{"title", QJsonObject{{"fr", "A"}, {"de", "B"}, {"en", "C"}}}},
                        QJsonObject{{"fields", QJsonArray{QJsonObject{
                                                   {"label", QJsonObject{{"fr", "Nom"},
                                                                         {"en", "Name"}}}}}}}}}};
        // Asking for a language that is present still fails: the text is incomplete.
        const LocalisedJson french = localiseJson(source, "fr");
        QVERIFY(!french.ok());
        QVERIFY2(french.error.contains("$.sections[1].fields[0].label"), qPrintable(french.error));
        QVERIFY2(french.error.contains("\"de\""), qPrintable(french.error));
    }

    void localiserRejectsMalformedTexts()
    {
        const QJsonObject extraMember{
            {"title", QJsonObject{{"fr", "A"}, {"de", "B"}, {"en", "C"}, {"lb", "D"}}}};
        const LocalisedJson extra = localiseJson(extraMember, "en");
        QVERIFY(!extra.ok());
        QVERIFY2(extra.error.contains("$.title") && extra.error.contains("lb"),
                 qPrintable(extra.error));

        const QJsonObject emptyText{{"help", QJsonObject{{"fr", "A"}, {"de", " "}, {"en", "C"}}}};
        const LocalisedJson empty = localiseJson(emptyText, "fr");
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error.contains("$.help"), qPrintable(empty.error));

        const QJsonObject complete{{"t", QJsonObject{{"fr", "A"}, {"de", "B"}, {"en", "C"}}}};
        QVERIFY(!localiseJson(complete, "lb").ok());
    }
};

QTEST_GUILESS_MAIN(TestSimForms)
#include "tst_forms.moc"
