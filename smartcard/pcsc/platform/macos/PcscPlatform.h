#pragma once

// PC/SC declarations from macOS's PCSC.framework (CryptoTokenKit's PC/SC layer, a
// pcsc-lite descendant without reader.h). cmake/FindPCSC.cmake puts this folder on
// the include path on macOS. Not compiled by the project's Linux CI.
#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>
// pcsc-lite's definitions from reader.h, which the framework does not ship.
#ifndef SCARD_CTL_CODE
#define SCARD_CTL_CODE(code) (0x42000000 + (code))
#endif
#ifndef CM_IOCTL_GET_FEATURE_REQUEST
#define CM_IOCTL_GET_FEATURE_REQUEST SCARD_CTL_CODE(3400)
#endif

// Named in the diagnosis.
#define GUICHET_PCSC_IMPLEMENTATION "PCSC.framework"
