#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QStringList>

namespace guichet::MessageLimits {

// What the portal accepts for a message (portal.yaml NewMessage, MessageSendForm and
// "Limits"), checked before anything is queued: a message the portal would refuse
// must not wait in the outbox to fail later.
inline constexpr int MaxSubject = 200;
inline constexpr int MaxBody = 10000;
inline constexpr int MaxAttachments = 10; // new files and documents of the space together
inline constexpr qint64 MaxBodyBytes = 20LL * 1024 * 1024; // the whole multipart body
// What the multipart framing (boundaries, part headers) may add per part.
inline constexpr qint64 PartOverheadBytes = 1024;

// The media type of a file on disk, by content and name.
[[nodiscard]] QString mediaType(const QString& filePath);
// application/pdf, image/jpeg or image/png.
[[nodiscard]] bool isAcceptedType(const QString& mediaType);
// The bytes a multipart body with these files would take, roughly (contents plus
// framing); compared with MaxBodyBytes.
[[nodiscard]] qint64 bodyBytes(const QJsonObject& newMessage, const QList<qint64>& fileSizes);

// Subject and body present and short enough (FORM-005), at most MaxAttachments, files
// readable, of an accepted type and together within MaxBodyBytes (FORM-008).
[[nodiscard]] Status check(const QJsonObject& newMessage, const QStringList& filePaths);

} // namespace guichet::MessageLimits
