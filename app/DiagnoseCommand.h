#pragma once

#include "CommandLine.h"

namespace guichet {

// `guichet --diagnose [--json]`: checks every layer without a window (over SSH, in a
// script, on a machine without a display), prints the report and exits with the code
// of the worst state (docs/helpdesk.md). Reads the settings, never writes: no log
// file, no data folder created, stores opened read-only. Ends within 15 seconds
// whatever is missing or hanging.
[[nodiscard]] int runDiagnose(const CommandLineOptions& options);

} // namespace guichet
