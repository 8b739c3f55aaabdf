#pragma once

// PC/SC declarations from pcsc-lite (Linux and the BSDs). cmake/FindPCSC.cmake puts
// this folder on the include path; Windows and macOS have their own PcscPlatform.h.
#include <PCSC/reader.h>
#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>
