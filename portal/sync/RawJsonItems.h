#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

#include <optional>

namespace guichet::sync {

// The text of each element of the array under `key` in a JSON object, exactly as the
// portal sent it. The sync stores objects in that form instead of writing again what
// QJsonDocument just parsed (serialising thousands of objects was a good part of a
// first sync). Only splits: the caller has parsed the same text with QJsonDocument,
// so it is valid JSON; nullopt when the key is missing or not an array.
[[nodiscard]] std::optional<QList<QByteArray>> rawArrayItems(const QByteArray& json,
                                                             QLatin1StringView key);

} // namespace guichet::sync
