# PKCS#11 layer against the real SoftHSM2 (package softhsm2): each test makes its
# own tokens with tests/support/softhsm/make-tokens.sh from the test PKI.
find_package(OpenSSL 3.0 REQUIRED COMPONENTS Crypto)

foreach(test IN ITEMS softhsm_tokens softhsm_signing softhsm_pin)
    guichet_add_qt_test(tst_smartcard_pkcs11_${test}
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pkcs11_${test}.cpp
            ${CMAKE_CURRENT_LIST_DIR}/tst_pkcs11_softhsm.h
        LIBS guichet_smartcard_pkcs11 OpenSSL::Crypto ${CMAKE_DL_LIBS} ROOM smartcard KIND integration)
    target_compile_definitions(tst_smartcard_pkcs11_${test} PRIVATE
        SOFTHSM_MODULE="/usr/lib/softhsm/libsofthsm2.so"
        MAKE_TOKENS="${PROJECT_SOURCE_DIR}/tests/support/softhsm/make-tokens.sh")
    set_tests_properties(tst_smartcard_pkcs11_${test} PROPERTIES TIMEOUT 120)
endforeach()

# Unblocking the user PIN with the SO PIN (C_Login(CKU_SO), C_InitPIN), through the
# module and through the card service's Pkcs11Backend.
guichet_add_qt_test(tst_smartcard_pkcs11_softhsm_unblock
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pkcs11_softhsm_unblock.cpp
        ${CMAKE_CURRENT_LIST_DIR}/tst_pkcs11_softhsm.h
        ${CMAKE_CURRENT_LIST_DIR}/../../support/ScriptedPinPrompt.h
    LIBS guichet_smartcard OpenSSL::Crypto ${CMAKE_DL_LIBS} ROOM smartcard KIND integration)
target_compile_definitions(tst_smartcard_pkcs11_softhsm_unblock PRIVATE
    SOFTHSM_MODULE="/usr/lib/softhsm/libsofthsm2.so"
    MAKE_TOKENS="${PROJECT_SOURCE_DIR}/tests/support/softhsm/make-tokens.sh")
set_tests_properties(tst_smartcard_pkcs11_softhsm_unblock PROPERTIES TIMEOUT 120)
