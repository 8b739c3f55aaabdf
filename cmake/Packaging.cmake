# Packages built by CPack from the install rules (docs/packaging.md):
#   cpack --config build/<preset>/CPackConfig.cmake -G DEB   -> guichet_<version>_<arch>.deb
#   cpack --config build/<preset>/CPackConfig.cmake -G RPM   -> guichet-<version>-1.<arch>.rpm
# scripts/package.sh builds them from a release build and runs lintian and rpmlint;
# tests/packaging installs the .deb. Windows and macOS: packaging/windows, packaging/macos.

set(CPACK_PACKAGE_NAME guichet)
set(CPACK_PACKAGE_VENDOR "Guichet Desktop developers")
set(CPACK_PACKAGE_CONTACT "Guichet Desktop developers <guichet-desktop@guichet-desktop.lu>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# The one-line summary: Debian wants it without a leading article or a final full stop.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "desktop client for Luxembourg's administrative one-stop shop")
# The long description, wrapped under 80 columns as both package formats want it.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Guichet Desktop is a client for Guichet.lu and MyGuichet.lu, the"
    "administrative one-stop shop of Luxembourg. With a Luxembourg identity"
    "card, or a LuxTrust card or Signing Stick, in a reader, a person signs in"
    "to the portal, fills in forms already completed with what the"
    "administrations know, signs them on the card, submits them and follows"
    "their progress. The personal space is kept in an encrypted local copy"
    "that also works offline. In French, German and English.")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
# Symbols stay in the build; the packages carry stripped binaries.
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "")
if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB RPM)
    # Only the Linux packages install under /usr; a DMG or MSI keeps its own layout.
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()

# Debian: dependencies computed by dpkg-shlibdeps from the binary's libraries; the
# smart card service and the OpenSC module are recommended, not required (a person may
# use their vendor's middleware, or only the procedures that need no card).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt plugins are loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite
# driver (the local store), the SVG icon and image plugins, and the X11/Wayland
# platform plugins without which no window opens. CPack adds the computed list to these.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Qt's own translations (standard buttons and dialogs in French and German; APP-007
# when missing) are recommended too.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "pcscd, opensc-pkcs11, qt6-translations-l10n")
# The keychain (tokens, the store's key) is the Secret Service; any provider will do.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | keepassxc")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# RPM: requirements found by rpmbuild itself (AutoReq). The summary starts with a
# capital letter there.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
# The run-time Qt plugins, as for Debian above (Fedora's names; the SQLite driver is
# part of qt6-qtbase there).
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtsvg")
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE "Apache-2.0")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_SUMMARY "Desktop client for Luxembourg's administrative one-stop shop")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_CHANGELOG_FILE "${PROJECT_SOURCE_DIR}/packaging/linux/rpm-changelog")
# CPack has no variable for weak dependencies other than Suggests, nor for the
# packager; the preamble takes the tags wherever they stand.
set(CPACK_RPM_SPEC_MORE_DEFINE
    "Recommends: pcsc-lite, opensc, qt6-qttranslations\nPackager: ${CPACK_PACKAGE_CONTACT}")
# Folders the distribution's own packages own (filesystem, hicolor-icon-theme,
# desktop-file-utils, man-db): listing them would make this package claim them too.
set(guichet_shared_dirs
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps)
foreach(size IN LISTS GUICHET_ICON_SIZES)
    list(APPEND guichet_shared_dirs /usr/share/icons/hicolor/${size}x${size}
        /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${guichet_shared_dirs})

include(CPack)
