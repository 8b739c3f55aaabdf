#include "CatalogueGenerator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using guichet::sim::seed::CatalogueSeed;
using guichet::sim::seed::generateCatalogue;
using guichet::sim::seed::languages;
using guichet::sim::seed::Localised;

namespace {

const QDateTime Now(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

const QStringList FixedForms{
    "arrival-declaration",      "residence-certificate",     "criminal-record-extract",
    "cost-of-living-allowance", "residential-parking-card",  "study-grant",
    "vehicle-address-change",   "energy-renovation-premium", "eu-citizen-registration",
    "birth-certificate-copy",   "business-permit",           "vat-registration"};

// Required members of Procedure (ProcedureSummary + who/conditions/... in portal.yaml).
const QStringList RequiredMembers{
    "id",     "status",         "audience",  "title", "summary",    "administration", "online",
    "formId", "authentication", "updatedAt", "who",   "conditions", "prerequisites",  "costs",
    "contact"};

bool nonEmpty(const QJsonValue& v)
{
    if (v.isString())
        return !v.toString().trimmed().isEmpty();
    if (v.isArray())
        return !v.toArray().isEmpty();
    if (v.isObject())
        return !v.toObject().isEmpty();
    return v.isBool();
}

QByteArray serialise(const CatalogueSeed& seed)
{
    QByteArray bytes;
    for (const auto* list : {&seed.procedures, &seed.generatedForms})
        for (const Localised& item : *list)
            for (const QString& language : languages())
                bytes += QJsonDocument(item.value(language)).toJson(QJsonDocument::Compact);
    return bytes;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        m_seed = generateCatalogue(Now);
        qInfo("catalogue generated in %lld ms", static_cast<long long>(timer.elapsed()));
    }

    void hasTheExpectedSize()
    {
        QCOMPARE(m_seed.procedures.size(), 1500);
        int online = 0, business = 0, open = 0, withdrawn = 0;
        for (const Localised& p : m_seed.procedures) {
            const QJsonObject en = p.value("en");
            online += en["online"].toBool() ? 1 : 0;
            business += en["audience"] == "business" ? 1 : 0;
            open += en["authentication"] == "none" ? 1 : 0;
            withdrawn += en["status"] == "withdrawn" ? 1 : 0;
        }
        qInfo("%d business, %d withdrawn", business, withdrawn);
        QCOMPARE(online, 170);
        QVERIFY2(business >= 330 && business <= 420, qPrintable(QString::number(business)));
        QCOMPARE(open, 14); // 12 generated forms + the two hand-written public procedures
        QVERIFY(withdrawn > 0 && withdrawn < 20);
        QCOMPARE(m_seed.generatedForms.size(), 158);
    }

    void idsAreUniqueStableAscii()
    {
        static const QRegularExpression idPattern("^P-(CIT|BUS)-[A-Z0-9-]{2,60}$");
        QSet<QString> ids;
        for (const Localised& p : m_seed.procedures) {
            const QString id = p.value("fr")["id"].toString();
            QVERIFY2(idPattern.match(id).hasMatch(), qPrintable(id));
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            for (const QString& language : languages())
                QCOMPARE(p.value(language)["id"].toString(), id);
        }
        QVERIFY(ids.contains("P-CIT-APPLY-DRIVING-LICENCE"));
    }

    void fixedProceduresPointToHandWrittenForms()
    {
        QHash<QString, QJsonObject> byId;
        for (const Localised& p : m_seed.procedures)
            byId.insert(p.value("en")["id"].toString(), p.value("en"));
        for (const QString& form : FixedForms) {
            const bool business = form == QLatin1String("business-permit") ||
                                  form == QLatin1String("vat-registration");
            const QJsonObject p =
                byId.value((business ? "P-BUS-" : "P-CIT-") + QString(form).toUpper());
            QVERIFY2(!p.isEmpty(), qPrintable(form));
            QCOMPARE(p["online"].toBool(), true);
            QCOMPARE(p["formId"].toString(), "F-" + QString(form).toUpper());
        }
        QCOMPARE(byId["P-CIT-EU-CITIZEN-REGISTRATION"]["authentication"].toString(), "none");
        QCOMPARE(byId["P-CIT-BIRTH-CERTIFICATE-COPY"]["authentication"].toString(), "none");
        QCOMPARE(byId["P-BUS-VAT-REGISTRATION"]["audience"].toString(), "business");
        QCOMPARE(byId["P-CIT-STUDY-GRANT"]["title"].toString(),
                 "State financial aid for higher studies");
    }

    void everyLanguageHasEveryRequiredMember()
    {
        static const QRegularExpression amount("^[0-9]+\\.[0-9]{2}$");
        for (const Localised& p : m_seed.procedures) {
            QCOMPARE(p.size(), 3);
            for (const QString& language : languages()) {
                const QJsonObject o = p.value(language);
                const QString where = o["id"].toString() + "/" + language;
                for (const QString& member : RequiredMembers) {
                    QVERIFY2(o.contains(member), qPrintable(where + " " + member));
                    if (member != "formId" && member != "online")
                        QVERIFY2(nonEmpty(o[member]), qPrintable(where + " " + member));
                }
                QCOMPARE(o["formId"].isNull(), !o["online"].toBool());
                const QJsonObject costs = o["costs"].toObject();
                if (!costs["free"].toBool())
                    QVERIFY2(amount.match(costs["amount"].toString()).hasMatch(),
                             qPrintable(where));
                const QJsonObject contact = o["contact"].toObject();
                for (const char* key :
                     {"organisation", "address", "phone", "email", "website", "openingHours"})
                    QVERIFY2(nonEmpty(contact[key]), qPrintable(where + " contact " + key));
                QVERIFY(contact["phone"].toString().startsWith("+352 "));
                QVERIFY(o["url"].toString().startsWith("https://guichet.public.lu/" + language));
                const QDateTime updated =
                    QDateTime::fromString(o["updatedAt"].toString(), Qt::ISODate);
                QVERIFY(updated.isValid() && updated <= Now && updated >= Now.addYears(-2));
                QVERIFY(!o["title"].toString().contains('{')); // no template left unfilled
                QVERIFY(!o["summary"].toString().contains('{'));
            }
        }
    }

    void languagesDiffer()
    {
        for (const Localised& p : m_seed.procedures) {
            const QString fr = p.value("fr")["title"].toString();
            const QString de = p.value("de")["title"].toString();
            const QString en = p.value("en")["title"].toString();
            QVERIFY2(fr != de && de != en && fr != en, qPrintable(en));
            QVERIFY(p.value("fr")["summary"] != p.value("en")["summary"]);
            QVERIFY(p.value("de")["who"] != p.value("en")["who"]);
        }
    }

    void textsAreVaried()
    {
        QSet<QString> summaries, titles, administrations;
        for (const Localised& p : m_seed.procedures) {
            summaries.insert(p.value("en")["summary"].toString());
            titles.insert(p.value("en")["title"].toString());
            administrations.insert(p.value("en")["administration"].toObject()["id"].toString());
        }
        QVERIFY2(summaries.size() >= 1200, qPrintable(QString::number(summaries.size())));
        QVERIFY2(titles.size() >= 1450, qPrintable(QString::number(titles.size())));
        QVERIFY2(administrations.size() >= 50, qPrintable(QString::number(administrations.size())));
    }

    void isDeterministic()
    {
        QCOMPARE(serialise(generateCatalogue(Now)), serialise(m_seed));
        QVERIFY(serialise(generateCatalogue(Now, 7)) != serialise(m_seed));
    }

    void generatedFormsMatchTheirProcedures()
    {
        QHash<QString, QJsonObject> byId;
        for (const Localised& p : m_seed.procedures)
            byId.insert(p.value("en")["id"].toString(), p.value("en"));
        QSet<QString> formIds;
        for (const Localised& f : m_seed.generatedForms) {
            QCOMPARE(f.size(), 3);
            const QJsonObject form = f.value("en");
            const QJsonObject procedure = byId.value(form["procedureId"].toString());
            QVERIFY2(!procedure.isEmpty(), qPrintable(form["procedureId"].toString()));
            QCOMPARE(procedure["formId"].toString(), form["id"].toString());
            QVERIFY(form["id"].toString().startsWith("F-GEN-"));
            QCOMPARE(form["authentication"], procedure["authentication"]);
            QCOMPARE(form["signature"], procedure["authentication"]);
            QVERIFY(form["acceptedUntil"].isNull());
            const QJsonArray sections = form["sections"].toArray();
            QVERIFY(sections.size() >= 2 && sections.size() <= 3);
            const bool open = form["authentication"] == "none";
            const QJsonObject givenName = sections[0].toObject()["fields"].toArray()[0].toObject();
            QCOMPARE(givenName["id"].toString(), "givenName");
            QCOMPARE(givenName.contains("prefill"), !open);
            if (!open)
                QCOMPARE(givenName["prefill"].toObject()["source"].toString(), "rnpp-identity");
            // Every attachment field refers to a listed attachment requirement.
            QSet<QString> requirements;
            for (const QJsonValue& a : form["attachments"].toArray())
                requirements.insert(a.toObject()["id"].toString());
            for (const QJsonValue& s : sections)
                for (const QJsonValue& field : s.toObject()["fields"].toArray())
                    if (field.toObject()["type"] == "attachment")
                        QVERIFY(requirements.contains(
                            field.toObject()["attachmentRequirementId"].toString()));
            formIds.insert(form["id"].toString());
            QVERIFY(f.value("fr")["title"] != f.value("de")["title"]);
        }
        QCOMPARE(formIds.size(), m_seed.generatedForms.size());
    }

private:
    CatalogueSeed m_seed;
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
