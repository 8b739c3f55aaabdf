#pragma once

#include "ApiMessage.h"

namespace guichet::sim {

// RFC 9457 problem answers with the stable codes of docs/api/portal.yaml. The title
// is translated into the request's language; clients key on `code`, never on text.
[[nodiscard]] ApiResponse problem(const ApiRequest& request, int status, const QString& code,
                                  const QString& detail = {}, const QJsonArray& errors = {});

// One entry of Problem.errors.
[[nodiscard]] QJsonObject fieldError(const QString& code, const QString& detail,
                                     const QString& parameter = {}, const QString& pointer = {});

// The translated title of a code (falls back to English, then to the code itself).
[[nodiscard]] QString problemTitle(const QString& code, const QString& language);

} // namespace guichet::sim
