#pragma once

// PC/SC declarations from pcsc-lite (Linux and the BSDs). cmake/FindPCSC.cmake puts
// this folder on the include path; Windows and macOS have their own PcscPlatform.h.
#include <PCSC/pcsclite.h>
#include <PCSC/reader.h>
#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>

// Named in the diagnosis: the headers this build used (pcscd itself has no version call).
#define GUICHET_PCSC_IMPLEMENTATION "pcsc-lite " PCSCLITE_VERSION_NUMBER
