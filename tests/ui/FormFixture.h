#pragma once

#include "DraftStore.h"
#include "FormGateway.h"
#include "FormLibrary.h"
#include "FormSchemaParser.h"
#include "TestCipher.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

// The simulated portal's hand-written form `formId` in one language, read by the
// client's own schema parser.
inline guichet::forms::FormDefinition loadForm(const QString& formId, const QString& language)
{
    static const QList<guichet::sim::seed::Localised> forms =
        guichet::sim::seed::handWrittenForms(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    for (const guichet::sim::seed::Localised& form : forms) {
        const QJsonObject json = form.value(language);
        if (json.value(u"id").toString() != formId)
            continue;
        auto parsed = guichet::forms::parseFormDefinition(json, language);
        if (!parsed)
            qFatal("%s: %s", qPrintable(formId), qPrintable(parsed.error().summary()));
        return std::move(parsed).value();
    }
    qFatal("no form %s", qPrintable(formId));
}

inline QJsonObject provenance(const char* source, const char* mode)
{
    return {{QStringLiteral("source"), QLatin1String(source)},
            {QStringLiteral("mode"), QLatin1String(mode)},
            {QStringLiteral("retrievedAt"), QStringLiteral("2026-01-05T09:00:00Z")},
            {QStringLiteral("recordVersion"), 2}};
}

inline QJsonObject prefillValue(const char* fieldId, const QJsonValue& value, const char* source,
                                const char* mode)
{
    return {{QStringLiteral("fieldId"), QLatin1String(fieldId)},
            {QStringLiteral("value"), value},
            {QStringLiteral("provenance"), provenance(source, mode)}};
}

// A portal for the form screens: a PrefillResult with values of all three kinds and
// one missing consent; once the consent is given, the next prefill carries the
// consent-mode values instead. Answers come back on the next turn of the event loop,
// never before the call returns, as the real gateway's do.
class FakeGateway : public guichet::forms::FormGateway
{
public:
    QString spaceId() const override { return QStringLiteral("S-PRIVATE-MARIE"); }
    QString personName() const override { return QStringLiteral("Marie Schmit"); }

    void fetchForm(const QString&, const QString&, QObject* context, JsonDone done) override
    {
        later(context, [done] { done(guichet::Error(QStringLiteral("NET-005"))); });
    }

    void fetchPrefill(const QString& formId, const QString& version, const QString&,
                      QObject* context, JsonDone done) override
    {
        ++prefillCalls;
        QJsonArray values = automaticValues;
        QJsonArray missing;
        if (consented.isEmpty())
            missing = missingConsents;
        else
            for (const QJsonValue& value : std::as_const(consentValues))
                values.append(value);
        const QJsonObject result{{QStringLiteral("formId"), formId},
                                 {QStringLiteral("formVersion"), version},
                                 {QStringLiteral("values"), values},
                                 {QStringLiteral("missingConsents"), missing},
                                 {QStringLiteral("unavailableSources"), QJsonArray()}};
        later(context, [done, result] { done(result); });
    }

    void giveConsent(const guichet::forms::ConsentNeeded& consent, const QString&, QObject* context,
                     JsonDone done) override
    {
        consented.append(consent);
        later(context, [done] {
            done(QJsonObject{{QStringLiteral("id"), QStringLiteral("C-0123456789ab")}});
        });
    }

    guichet::Result<QString> queueCorrection(const guichet::forms::CorrectionProposal&) override
    {
        return QStringLiteral("O-1");
    }
    guichet::Result<QString> queueSubmission(const guichet::forms::SubmissionPackage&) override
    {
        return QStringLiteral("O-2");
    }
    QList<guichet::forms::SpaceDocument> spaceDocuments() const override { return documents; }

    QJsonArray automaticValues; // automatic and personal PrefillValues
    QJsonArray consentValues;   // sent once a consent is given
    QJsonArray missingConsents;
    QList<guichet::forms::ConsentNeeded> consented;
    QList<guichet::forms::SpaceDocument> documents;
    int prefillCalls = 0;

private:
    template <typename F>
    static void later(QObject* context, F call)
    {
        QTimer::singleShot(0, context, call);
    }
};

// Marie's registered and personal data, as the portal would prefill them.
inline QJsonArray mariePrefill()
{
    const QJsonObject address{{QStringLiteral("street"), QStringLiteral("rue de la Gare")},
                              {QStringLiteral("houseNumber"), QStringLiteral("25")},
                              {QStringLiteral("postalCode"), QStringLiteral("3236")},
                              {QStringLiteral("locality"), QStringLiteral("Bettembourg")},
                              {QStringLiteral("country"), QStringLiteral("LU")}};
    return {
        prefillValue("surname", QStringLiteral("Schmit"), "rnpp-identity", "automatic"),
        prefillValue("givenName", QStringLiteral("Marie"), "rnpp-identity", "automatic"),
        prefillValue("nationalNumber", QStringLiteral("1980051212334"), "rnpp-identity",
                     "automatic"),
        prefillValue("birthDate", QStringLiteral("1980-05-12"), "rnpp-identity", "automatic"),
        prefillValue("nationality", QStringLiteral("LU"), "rnpp-identity", "automatic"),
        prefillValue("address", address, "rnpp-address", "automatic"),
        prefillValue("householdSize", 2, "rnpp-address", "automatic"),
        prefillValue("iban", QStringLiteral("LU280019400644750000"), "personal", "personal"),
        prefillValue("email", QStringLiteral("marie.schmit@example.lu"), "personal", "personal")};
}

// The study grant's cadastre consent (its fields and texts from the form itself).
inline QJsonObject cadastreConsent(const guichet::forms::FormDefinition& form)
{
    const guichet::forms::FormField* parcel = form.field(QStringLiteral("propertyParcel"));
    return {{QStringLiteral("source"), QStringLiteral("cadastre")},
            {QStringLiteral("purpose"), parcel->prefill->purpose},
            {QStringLiteral("purposeText"), parcel->prefill->purposeText},
            {QStringLiteral("administration"),
             QJsonObject{{QStringLiteral("id"), parcel->prefill->administrationId},
                         {QStringLiteral("name"), parcel->prefill->administrationName}}},
            {QStringLiteral("formId"), form.id},
            {QStringLiteral("fieldIds"),
             QJsonArray{QStringLiteral("propertyParcel"), QStringLiteral("propertyCommune"),
                        QStringLiteral("propertyArea")}}};
}

inline QJsonArray cadastreValues()
{
    return {prefillValue("propertyParcel", QStringLiteral("1234/5678"), "cadastre", "consent"),
            prefillValue("propertyCommune", QStringLiteral("Bettembourg"), "cadastre", "consent"),
            prefillValue("propertyArea", 92, "cadastre", "consent")};
}

// A drafts database in a temporary folder with one draft in it.
struct DraftFixture
{
    DraftFixture() { open(); }

    void open()
    {
        auto opened = guichet::forms::DraftStore::open(path(), guichet::test::testCipher());
        if (!opened)
            qFatal("drafts: %s", qPrintable(opened.error().summary()));
        store = std::move(opened.value());
    }
    [[nodiscard]] QString path() const { return dir.filePath(QStringLiteral("drafts.sqlite")); }
    QString create(const guichet::forms::FormDefinition& form)
    {
        guichet::forms::DraftSummary summary;
        summary.spaceId = QStringLiteral("S-PRIVATE-MARIE");
        summary.formId = form.id;
        summary.formVersion = form.version;
        summary.procedureId = form.procedureId;
        summary.title = form.title;
        summary.createdAt = QDateTime::currentDateTimeUtc();
        summary.updatedAt = summary.createdAt;
        auto created = store->create(summary);
        if (!created)
            qFatal("draft: %s", qPrintable(created.error().summary()));
        return created.value();
    }

    QTemporaryDir dir;
    std::unique_ptr<guichet::forms::DraftStore> store;
};
