#pragma once

#include <QJsonValue>
#include <QString>

namespace guichet::forms {

// A FieldValue as one line of text, for the places the contract wants a string
// (a correction request's current and proposed values): an address becomes
// "25, rue de la Gare, L-3236 Bettembourg", a list is joined with commas.
[[nodiscard]] QString valueAsLine(const QJsonValue& value);

} // namespace guichet::forms
