#include "Provenance.h"

#include <QCoreApplication>

namespace guichet::forms {
namespace {

QString modeName(ValueOrigin origin)
{
    switch (origin) {
    case ValueOrigin::Automatic:
        return QStringLiteral("automatic");
    case ValueOrigin::Consent:
        return QStringLiteral("consent");
    case ValueOrigin::Personal:
        return QStringLiteral("personal");
    case ValueOrigin::Typed:
        break;
    }
    return {};
}

void putIfSet(QJsonObject& json, const char* key, const QString& value)
{
    if (!value.isEmpty())
        json.insert(QLatin1String(key), value);
}

} // namespace

QJsonObject Provenance::toJson() const
{
    if (isTyped())
        return {};
    QJsonObject json{{QStringLiteral("source"), source},
                     {QStringLiteral("mode"), modeName(origin)},
                     {QStringLiteral("retrievedAt"), retrievedAt.toUTC().toString(Qt::ISODate)}};
    if (recordVersion)
        json.insert(QStringLiteral("recordVersion"), *recordVersion);
    putIfSet(json, "documentId", documentId);
    putIfSet(json, "consentId", consentId);
    putIfSet(json, "accessLogEntryId", accessLogEntryId);
    return json;
}

Provenance Provenance::fromJson(const QJsonObject& json)
{
    Provenance p;
    const QString mode = json.value(QStringLiteral("mode")).toString();
    if (mode == QLatin1String("automatic"))
        p.origin = ValueOrigin::Automatic;
    else if (mode == QLatin1String("consent"))
        p.origin = ValueOrigin::Consent;
    else if (mode == QLatin1String("personal"))
        p.origin = ValueOrigin::Personal;
    else
        return p;
    p.source = json.value(QStringLiteral("source")).toString();
    p.retrievedAt =
        QDateTime::fromString(json.value(QStringLiteral("retrievedAt")).toString(), Qt::ISODate);
    if (json.contains(QStringLiteral("recordVersion")))
        p.recordVersion = json.value(QStringLiteral("recordVersion")).toInt();
    p.documentId = json.value(QStringLiteral("documentId")).toString();
    p.consentId = json.value(QStringLiteral("consentId")).toString();
    p.accessLogEntryId = json.value(QStringLiteral("accessLogEntryId")).toString();
    return p;
}

QString sourceDisplayName(const QString& source)
{
    static const struct
    {
        const char* id;
        const char* name;
    } names[] = {
        {"rnpp-identity",
         QT_TRANSLATE_NOOP("Provenance", "National register of natural persons (identity)")},
        {"rnpp-address",
         QT_TRANSLATE_NOOP("Provenance", "National register of natural persons (address)")},
        {"vehicles", QT_TRANSLATE_NOOP("Provenance", "Vehicle register (SNCA)")},
        {"driving-licence", QT_TRANSLATE_NOOP("Provenance", "Driving licence register")},
        {"cadastre", QT_TRANSLATE_NOOP("Provenance", "Land register (cadastre)")},
        {"vat", QT_TRANSLATE_NOOP("Provenance", "VAT register (AED)")},
        {"rcs", QT_TRANSLATE_NOOP("Provenance", "Trade and companies register (RCS)")},
        {"criminal-record", QT_TRANSLATE_NOOP("Provenance", "Criminal record")},
        {"personal", QT_TRANSLATE_NOOP("Provenance", "Your personal space")},
    };
    for (const auto& n : names)
        if (source == QLatin1String(n.id))
            return QCoreApplication::translate("Provenance", n.name);
    return source;
}

QString provenanceDisplayText(const Provenance& provenance)
{
    const QString source = sourceDisplayName(provenance.source);
    switch (provenance.origin) {
    case ValueOrigin::Automatic:
        return QCoreApplication::translate("Provenance", "From %1 — no proof needed").arg(source);
    case ValueOrigin::Consent:
        return QCoreApplication::translate("Provenance", "From %1, with your consent").arg(source);
    case ValueOrigin::Personal:
        return QCoreApplication::translate("Provenance", "Re-used from your personal space");
    case ValueOrigin::Typed:
        break;
    }
    return QCoreApplication::translate("Provenance", "Entered by you");
}

} // namespace guichet::forms
