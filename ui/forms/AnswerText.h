#pragma once

#include "FormDefinition.h"

#include <QDate>
#include <QJsonValue>
#include <QString>

namespace guichet {

class AttachmentFiles;

// How answers read for a person, in the current language: the summary, the
// correction panel and the editors all show them the same way.
namespace AnswerText {

// The locale's short date, always with a four-digit year ("14/03/2025", "14.03.2025").
[[nodiscard]] QString dateFormat();
[[nodiscard]] QString date(const QDate& day);
[[nodiscard]] QString fileSize(qint64 bytes);
[[nodiscard]] QString yesNo(bool yes);
// A portal text for a button or a group box title, where '&' would otherwise mark a
// keyboard shortcut instead of being shown.
[[nodiscard]] QString forButton(QString text);
// An answer of a field that is not a group: choices by their label, yes/no as
// Yes/No, an address on several lines ('\n'), an attachment as "name (size)".
// `files` may be null (then no size).
[[nodiscard]] QString of(const forms::FormField& field, const QJsonValue& value,
                         const AttachmentFiles* files);

} // namespace AnswerText
} // namespace guichet
