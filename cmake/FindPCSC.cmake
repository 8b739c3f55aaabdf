# FindPCSC: the system's PC/SC library, as the imported target PCSC::PCSC.
#
#   Linux and the BSDs  pcsc-lite (libpcsclite, through pkg-config when available)
#   Windows             WinSCard from the Windows SDK
#   macOS               the PCSC framework
#
# Sets PCSC_FOUND and PCSC_PLATFORM (pcsclite, windows or macos): the name of the
# folder smartcard/pcsc/platform/<PCSC_PLATFORM>/ whose PcscPlatform.h declares the
# platform's winscard API, so shared files never test the platform themselves.

if(WIN32)
    set(PCSC_PLATFORM windows)
    find_library(PCSC_LIBRARY NAMES winscard)
    set(PCSC_INCLUDE_DIR "")
    set(_pcsc_required PCSC_LIBRARY)
elseif(APPLE)
    set(PCSC_PLATFORM macos)
    find_library(PCSC_LIBRARY NAMES PCSC)
    set(PCSC_INCLUDE_DIR "")
    set(_pcsc_required PCSC_LIBRARY)
else()
    set(PCSC_PLATFORM pcsclite)
    find_package(PkgConfig QUIET)
    if(PKG_CONFIG_FOUND)
        pkg_check_modules(PC_PCSC QUIET libpcsclite)
    endif()
    # The sources include <PCSC/winscard.h>: the folder above PCSC/ is wanted.
    find_path(PCSC_INCLUDE_DIR NAMES PCSC/winscard.h
        HINTS ${PC_PCSC_INCLUDEDIR})
    find_library(PCSC_LIBRARY NAMES pcsclite libpcsclite
        HINTS ${PC_PCSC_LIBDIR} ${PC_PCSC_LIBRARY_DIRS})
    set(PCSC_VERSION "${PC_PCSC_VERSION}")
    set(_pcsc_required PCSC_LIBRARY PCSC_INCLUDE_DIR)
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PCSC REQUIRED_VARS ${_pcsc_required}
    VERSION_VAR PCSC_VERSION)

if(PCSC_FOUND AND NOT TARGET PCSC::PCSC)
    add_library(PCSC::PCSC UNKNOWN IMPORTED)
    set_target_properties(PCSC::PCSC PROPERTIES IMPORTED_LOCATION "${PCSC_LIBRARY}")
    if(PCSC_INCLUDE_DIR)
        # pcsc-lite's own headers include <wintypes.h> and <pcsclite.h> without the
        # PCSC/ prefix, so its folder is on the path too.
        set_target_properties(PCSC::PCSC PROPERTIES
            INTERFACE_INCLUDE_DIRECTORIES "${PCSC_INCLUDE_DIR};${PCSC_INCLUDE_DIR}/PCSC")
    endif()
endif()
mark_as_advanced(PCSC_LIBRARY PCSC_INCLUDE_DIR)
unset(_pcsc_required)
