# The application's own smartcard stack on the real pcscd with the virtual card:
# reader monitor, card service, OpenSC (PIV) and SoftHSM standing in for the eID
# vendor module. Needs the pcscd fixture from virtualcard.cmake.
guichet_add_qt_test(tst_smartcard_realstack
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_realstack.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../../support/ScriptedPinPrompt.h
    LIBS guichet_smartcard guichet_portal guichet_sim guichet_virtualcard_support OpenSSL::Crypto
    ROOM smartcard KIND integration)
target_include_directories(tst_smartcard_realstack PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../../support)
target_compile_definitions(tst_smartcard_realstack PRIVATE
    SOFTHSM_MODULE="/usr/lib/softhsm/libsofthsm2.so"
    MAKE_TOKENS="${PROJECT_SOURCE_DIR}/tests/support/softhsm/make-tokens.sh")
set_property(TEST tst_smartcard_realstack APPEND PROPERTY FIXTURES_REQUIRED pcscd test_pki)
set_tests_properties(tst_smartcard_realstack PROPERTIES RESOURCE_LOCK pcscd TIMEOUT 240)

# Benchmark helper (not a test): prints the monitor's card events with timestamps.
qt_add_executable(bench_reader_events ${PROJECT_SOURCE_DIR}/tests/bench/bench_reader_events.cpp)
target_link_libraries(bench_reader_events PRIVATE guichet_smartcard_pcsc)

# Unblocking a blocked PIN on the real stack: the PIV card through OpenSC, and an eID
# (ATR-only card, SoftHSM as its middleware) whose issuer keeps the unblocking.
guichet_add_qt_test(tst_smartcard_unblock_virtualcard
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_unblock_virtualcard.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../../support/ScriptedPinPrompt.h
    LIBS guichet_smartcard guichet_virtualcard_support ROOM smartcard KIND integration)
target_compile_definitions(tst_smartcard_unblock_virtualcard PRIVATE
    SOFTHSM_MODULE="/usr/lib/softhsm/libsofthsm2.so"
    MAKE_TOKENS="${PROJECT_SOURCE_DIR}/tests/support/softhsm/make-tokens.sh")
set_property(TEST tst_smartcard_unblock_virtualcard APPEND PROPERTY FIXTURES_REQUIRED pcscd test_pki)
set_tests_properties(tst_smartcard_unblock_virtualcard PROPERTIES RESOURCE_LOCK pcscd TIMEOUT 240)
