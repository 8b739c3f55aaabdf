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
// so it is valid JSON; nullopt when the key is missing, not an array, or there twice
// (QJsonDocument keeps the last of two; the split would not match it).
[[nodiscard]] std::optional<QList<QByteArray>> rawArrayItems(const QByteArray& json,
                                                             QLatin1StringView key);

} // namespace guichet::sync
