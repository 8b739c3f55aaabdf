#pragma once

#include "Diagnosis.h"
#include "DiagnosisRunner.h"

#include <QString>

namespace guichet::store {

// The data folder (there, writable, space left) and every local store under it
// (SQLite quick check, schema version, outbox: waiting, refused, oldest). Stores
// are opened read-only and no file is created or changed, so it is safe beside a
// running application and on a damaged store. Any thread; blocking (a quick check
// reads the whole file), so run it off the GUI thread.
[[nodiscard]] QList<diagnosis::Check> localDataChecks(const QString& dataRoot);

// The data-folder and store layers as a probe of the diagnosis (runs on the pool).
[[nodiscard]] diagnosis::Probe localDataProbe(const QString& dataRoot);

// Below these the data-folder check warns / fails with DATA-003.
inline constexpr qint64 FreeSpaceWarningBytes = 200LL * 1024 * 1024;
inline constexpr qint64 FreeSpaceFailureBytes = 20LL * 1024 * 1024;

} // namespace guichet::store
