#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// Where an answer came from (Provenance in docs/api/portal.yaml). A value the person
// typed has mode Typed and no source; the other three modes are the Once Only
// Principle's: automatic (an authentic source, no proof needed), consent (fetched
// with the person's recorded consent) and personal (re-used from their own space).
namespace guichet::forms {

enum class ValueOrigin
{
    Typed,
    Automatic,
    Consent,
    Personal
};

struct Provenance
{
    ValueOrigin origin = ValueOrigin::Typed;
    QString source; // AuthenticSource or "personal"; empty when typed
    QDateTime retrievedAt;
    std::optional<int> recordVersion;
    QString documentId;
    QString consentId;
    QString accessLogEntryId;

    [[nodiscard]] bool isTyped() const { return origin == ValueOrigin::Typed; }
    // The contract's Provenance object; empty for a typed value (left out of answers).
    [[nodiscard]] QJsonObject toJson() const;
    // Reads a Provenance object; a missing or unknown mode gives Typed.
    [[nodiscard]] static Provenance fromJson(const QJsonObject& json);
};

// "rnpp-address" -> a translated, human name of the source ("National register of
// natural persons (address)"); used beside fields and in the summary PDF.
[[nodiscard]] QString sourceDisplayName(const QString& source);
// A translated line for the summary and the field's badge: "Typed by you",
// "From <source>, no proof needed", "From <source>, with your consent", "From your space".
[[nodiscard]] QString provenanceDisplayText(const Provenance& provenance);

} // namespace guichet::forms
