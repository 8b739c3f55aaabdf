# The card service and the simulated token (no reader needed).
guichet_add_qt_test(tst_smartcard_simulatedtoken
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_simulatedtoken.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../../support/ScriptedPinPrompt.h
    LIBS guichet_sim OpenSSL::Crypto ROOM sim KIND unit)
guichet_add_qt_test(tst_smartcard_cardservice
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cardservice.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../../support/ScriptedPinPrompt.h
    LIBS guichet_sim OpenSSL::Crypto ROOM smartcard KIND unit)
# Unblocking a blocked PIN with the PUK (simulated token, card service, profiles).
guichet_add_qt_test(tst_smartcard_unblockpin
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_simulatedtoken_unblock.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../../support/ScriptedPinPrompt.h
    LIBS guichet_sim OpenSSL::Crypto ROOM smartcard KIND unit)
foreach(test IN ITEMS tst_smartcard_simulatedtoken tst_smartcard_cardservice
                      tst_smartcard_unblockpin)
    target_include_directories(${test} PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../../support)
endforeach()
# The card layers of the diagnosis, and the backend naming a card it cannot use
# (real module loading: a missing file, SoftHSM without a token for the reader).
guichet_add_qt_test(tst_smartcard_cardchecks
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cardchecks.cpp
            ${CMAKE_CURRENT_LIST_DIR}/TestCertificates.h
    LIBS guichet_smartcard OpenSSL::Crypto ROOM smartcard KIND unit)
target_compile_definitions(tst_smartcard_cardchecks PRIVATE
    SOFTHSM_MODULE="/usr/lib/softhsm/libsofthsm2.so")
