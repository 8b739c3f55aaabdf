# Card profiles: which card is in the reader (ATR table with masks, reader names),
# its PIN rules, and which PKCS#11 modules to try for it. QtCore only.
set(profiles_dir ${CMAKE_CURRENT_LIST_DIR})
# Each system keeps its modules elsewhere: ModuleDefaults_<system>.cpp.
if(WIN32)
    set(GUICHET_MODULES_PLATFORM windows)
elseif(APPLE)
    set(GUICHET_MODULES_PLATFORM macos)
else()
    set(GUICHET_MODULES_PLATFORM linux)
endif()
qt_add_library(guichet_smartcard_profiles STATIC
    ${profiles_dir}/AtrTable.cpp ${profiles_dir}/AtrTable.h
    ${profiles_dir}/CardProfile.h
    ${profiles_dir}/CardProfiles.cpp
    ${profiles_dir}/ModuleDefaults.h ${profiles_dir}/ModuleDefaults_${GUICHET_MODULES_PLATFORM}.cpp
    ${profiles_dir}/P11KitRegistry.cpp ${profiles_dir}/P11KitRegistry.h
    ${profiles_dir}/ModuleSelection.cpp ${profiles_dir}/ModuleSelection.h
    ${profiles_dir}/ProfileMatcher.cpp ${profiles_dir}/ProfileMatcher.h
    ${profiles_dir}/ProfilesLogging.cpp ${profiles_dir}/ProfilesLogging.h
)
target_include_directories(guichet_smartcard_profiles PUBLIC ${profiles_dir})
target_link_libraries(guichet_smartcard_profiles PUBLIC guichet_core Qt6::Core)
if(GUICHET_MODULES_PLATFORM STREQUAL "linux")
    # p11-kit's own folders, from its pkg-config file (Debian's multiarch module folder,
    # Fedora's lib64), with p11-kit's documented defaults when it has none.
    find_package(PkgConfig QUIET)
    if(PKG_CONFIG_FOUND)
        pkg_get_variable(p11_module_path p11-kit-1 p11_module_path)
        pkg_get_variable(p11_package_modules p11-kit-1 p11_module_configs)
        # The administrator's folder (pkcs11.conf(5)); the p11_system_config_modules
        # variable names the package folder on Debian, so it is built from sysconfdir.
        pkg_get_variable(p11_sysconfdir p11-kit-1 sysconfdir)
        if(p11_sysconfdir)
            set(p11_system_modules "${p11_sysconfdir}/pkcs11/modules")
        endif()
    endif()
    if(NOT p11_module_path)
        set(p11_module_path "${CMAKE_INSTALL_FULL_LIBDIR}/pkcs11")
    endif()
    if(NOT p11_package_modules)
        set(p11_package_modules /usr/share/p11-kit/modules)
    endif()
    if(NOT p11_system_modules)
        set(p11_system_modules /etc/pkcs11/modules)
    endif()
    target_compile_definitions(guichet_smartcard_profiles PRIVATE
        GUICHET_P11KIT_MODULE_PATH="${p11_module_path}"
        GUICHET_P11KIT_PACKAGE_MODULES="${p11_package_modules}"
        GUICHET_P11KIT_SYSTEM_MODULES="${p11_system_modules}")
endif()
