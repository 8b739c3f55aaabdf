# Warnings as errors and hardening flags for every target of the project.
# Applied through an interface library so third-party code is not affected.

add_library(guichet_build_flags INTERFACE)
add_library(Guichet::BuildFlags ALIAS guichet_build_flags)

include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

if(MSVC)
    target_compile_options(guichet_build_flags INTERFACE /W4 /WX /permissive- /sdl /guard:cf /utf-8)
    target_link_options(guichet_build_flags INTERFACE /guard:cf /DYNAMICBASE /NXCOMPAT /WX)
else()
    target_compile_options(guichet_build_flags INTERFACE
        -Wall -Wextra -Wpedantic -Werror
        -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
        -fstack-protector-strong)
    # _FORTIFY_SOURCE needs optimisation; in Debug glibc would warn (and -Werror fail).
    target_compile_options(guichet_build_flags INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
    if(NOT APPLE)
        target_link_options(guichet_build_flags INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
    endif()
endif()

target_compile_definitions(guichet_build_flags INTERFACE
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    # Newer Qt (the installers' 6.8, Flatpak's runtime) would otherwise warn, and with
    # -Werror fail, on what it deprecated after the 6.4 the project targets.
    QT_WARN_DEPRECATED_UP_TO=0x060400
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    GUICHET_VERSION="${PROJECT_VERSION}")

if(GUICHET_SANITIZE)
    target_compile_options(guichet_build_flags INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(guichet_build_flags INTERFACE -fsanitize=address,undefined)
endif()

# The fuzz build (GUICHET_FUZZ, preset 'fuzz'): every library gets libFuzzer's coverage
# instrumentation (fuzzer-no-link) with ASan and UBSan; only the fuzz targets of
# tests/fuzz link libFuzzer itself (-fsanitize=fuzzer). UBSan does not recover, so
# undefined behaviour is a crash the fuzzer keeps.
if(GUICHET_FUZZ)
    target_compile_options(guichet_build_flags INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(guichet_build_flags INTERFACE -fsanitize=address,undefined)
endif()
