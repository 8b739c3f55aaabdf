#pragma once

#include "Diagnosis.h"

#include <QByteArray>
#include <QString>

namespace guichet::diagnosis {

// The report for people: one block per check, the problem first, in the current
// language (codes explained from the catalogue). The same text on the Diagnostics
// page, in "Save report…" and from `guichet --diagnose`.
[[nodiscard]] QString toText(const Report& report);

// "Card in the reader (Reader 0)": a check's layer title and its subject, translated.
[[nodiscard]] QString checkHeading(const Check& check);

// The report for scripts, following docs/diagnostics-schema.json (schemaVersion).
[[nodiscard]] QByteArray toJson(const Report& report);

} // namespace guichet::diagnosis
