# FindPkcs11Header: the PKCS#11 C header the smartcard room compiles against, as
# p11-kit ships it (<p11-kit/pkcs11.h>): Debian's libp11-kit-dev, Fedora's p11-kit-devel,
# Homebrew's p11-kit. Windows has no p11-kit package: pass the folder holding a
# p11-kit/pkcs11.h as -DPKCS11_HEADER_INCLUDE_DIR=... (.github/workflows/build.yml).
# Only the header is used; modules are loaded at run time (smartcard/pkcs11/).
#
# Sets Pkcs11Header_FOUND and PKCS11_HEADER_INCLUDE_DIR (the folder above p11-kit/).

find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
    pkg_check_modules(PC_P11KIT QUIET p11-kit-1)
endif()
find_path(PKCS11_HEADER_INCLUDE_DIR NAMES p11-kit/pkcs11.h
    HINTS ${PC_P11KIT_INCLUDE_DIRS} PATH_SUFFIXES p11-kit-1)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Pkcs11Header REQUIRED_VARS PKCS11_HEADER_INCLUDE_DIR)
mark_as_advanced(PKCS11_HEADER_INCLUDE_DIR)
