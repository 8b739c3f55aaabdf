#pragma once

// PC/SC declarations from the Windows SDK (WinSCard). cmake/FindPCSC.cmake puts this
// folder on the include path on Windows. Not compiled by the project's Linux CI.
#include <windows.h>
#include <winscard.h>
// SCARD_CTL_CODE comes from winsmcrd.h (through winscard.h); the part 10 request for
// the feature list is pcsc-lite's name, with the same control function number.
#ifndef CM_IOCTL_GET_FEATURE_REQUEST
#define CM_IOCTL_GET_FEATURE_REQUEST SCARD_CTL_CODE(3400)
#endif

// Named in the diagnosis.
#define GUICHET_PCSC_IMPLEMENTATION "WinSCard"
