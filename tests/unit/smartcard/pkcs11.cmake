# PKCS#11 layer unit tests (no token needed): CK_RV mapping, DigestInfo, digest
# checks, ECDSA conversion, key facts, token flags, and module loading against a
# missing file, non-modules and a fake module built here. Also builds the signing
# benchmark's executable (run by tests/bench/pkcs11_sign.py, not a test).
find_package(OpenSSL 3.0 REQUIRED COMPONENTS Crypto)

# The fake module: dlopened at run time, never linked.
add_library(guichet_fake_pkcs11 MODULE ${CMAKE_CURRENT_LIST_DIR}/tst_pkcs11_fakemodule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_pkcs11_fakemodule.h)
target_include_directories(guichet_fake_pkcs11 PRIVATE
    $<TARGET_PROPERTY:guichet_smartcard_pkcs11,INTERFACE_INCLUDE_DIRECTORIES>)
target_link_libraries(guichet_fake_pkcs11 PRIVATE Guichet::BuildFlags)
set_target_properties(guichet_fake_pkcs11 PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)

foreach(test IN ITEMS errors signing ecdsa keyfacts tokeninfo)
    guichet_add_qt_test(tst_smartcard_pkcs11_${test}
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pkcs11_${test}.cpp
        LIBS guichet_smartcard_pkcs11 OpenSSL::Crypto ROOM smartcard KIND unit)
endforeach()

foreach(test IN ITEMS loading fakemodule_signing)
    guichet_add_qt_test(tst_smartcard_pkcs11_${test}
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pkcs11_${test}.cpp
        LIBS guichet_smartcard_pkcs11 ${CMAKE_DL_LIBS} ROOM smartcard KIND unit)
    target_compile_definitions(tst_smartcard_pkcs11_${test} PRIVATE
        FAKE_PKCS11_MODULE="$<TARGET_FILE:guichet_fake_pkcs11>")
    add_dependencies(tst_smartcard_pkcs11_${test} guichet_fake_pkcs11)
endforeach()

qt_add_executable(bench_pkcs11_sign ${CMAKE_CURRENT_LIST_DIR}/../../bench/bench_pkcs11_sign.cpp)
target_link_libraries(bench_pkcs11_sign PRIVATE guichet_smartcard_pkcs11)
