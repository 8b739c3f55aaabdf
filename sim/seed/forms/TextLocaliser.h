#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Seed files keep every human text in the three API languages side by side, as an
// object {"fr": "...", "de": "...", "en": "..."}, so that a form is written once rather
// than three times. Before the portal serves such a file, each of those objects has to
// become the plain string of the one language asked for.
namespace guichet::sim::seed {

struct LocalisedJson
{
    QJsonValue value;
    QString error; // empty on success; otherwise names the JSON path at fault

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Whether `object` is a text in several languages: it has a member named after one of
// languages(). Nothing in the API schemas has such a member, so there is no ambiguity.
[[nodiscard]] bool isLanguageText(const QJsonObject& object);

// Replaces every language text inside `value` by its string in `language` and leaves
// everything else as it is. Fails on a text that lacks one of languages(), has an empty
// or non-string translation, or carries any other member: the error reads like
// "$.sections[1].fields[0].label: no \"de\" text".
[[nodiscard]] LocalisedJson localiseJson(const QJsonValue& value, const QString& language);

} // namespace guichet::sim::seed
