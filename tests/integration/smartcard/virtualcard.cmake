# The virtual smart card (tests/support/virtualcard), the pcscd fixture
# (tests/support/pcscd) and the tests that prove both work with the real pcscd,
# vpcd and OpenSC. Included from tests/integration/CMakeLists.txt.
find_package(OpenSSL 3.0 REQUIRED COMPONENTS Crypto)

set(GUICHET_VIRTUALCARD_DIR "${CMAKE_CURRENT_LIST_DIR}/../../support/virtualcard")
add_executable(guichet-virtual-card
    ${GUICHET_VIRTUALCARD_DIR}/main.cpp
    ${GUICHET_VIRTUALCARD_DIR}/Apdu.cpp ${GUICHET_VIRTUALCARD_DIR}/Apdu.h
    ${GUICHET_VIRTUALCARD_DIR}/AtrOnlyCard.cpp ${GUICHET_VIRTUALCARD_DIR}/AtrOnlyCard.h
    ${GUICHET_VIRTUALCARD_DIR}/Bytes.cpp ${GUICHET_VIRTUALCARD_DIR}/Bytes.h
    ${GUICHET_VIRTUALCARD_DIR}/Card.h
    ${GUICHET_VIRTUALCARD_DIR}/Controller.cpp ${GUICHET_VIRTUALCARD_DIR}/Controller.h
    ${GUICHET_VIRTUALCARD_DIR}/IsoChannel.cpp ${GUICHET_VIRTUALCARD_DIR}/IsoChannel.h
    ${GUICHET_VIRTUALCARD_DIR}/Options.cpp ${GUICHET_VIRTUALCARD_DIR}/Options.h
    ${GUICHET_VIRTUALCARD_DIR}/PivApplet.cpp ${GUICHET_VIRTUALCARD_DIR}/PivApplet.h
    ${GUICHET_VIRTUALCARD_DIR}/PivData.cpp ${GUICHET_VIRTUALCARD_DIR}/PivData.h
    ${GUICHET_VIRTUALCARD_DIR}/PivKey.cpp ${GUICHET_VIRTUALCARD_DIR}/PivKey.h
    ${GUICHET_VIRTUALCARD_DIR}/Tlv.cpp ${GUICHET_VIRTUALCARD_DIR}/Tlv.h
    ${GUICHET_VIRTUALCARD_DIR}/VpcdLink.cpp ${GUICHET_VIRTUALCARD_DIR}/VpcdLink.h
)
target_link_libraries(guichet-virtual-card PRIVATE OpenSSL::Crypto Guichet::BuildFlags)
# Plain C++: no moc/uic/rcc run for it, even though the project turns them on.
set_target_properties(guichet-virtual-card PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)

# For Qt tests that drive the card: VirtualCardProcess (start the card, wait for its
# lines, ask pcscd whether a card is present, run the pcscd fixture).
set(GUICHET_PCSCD_FIXTURE "${CMAKE_CURRENT_LIST_DIR}/../../support/pcscd/pcscd-fixture.sh")
set(GUICHET_PCSCD_STATE_DIR "${CMAKE_CURRENT_BINARY_DIR}/pcscd-fixture")
add_library(guichet_virtualcard_support STATIC
    ${GUICHET_VIRTUALCARD_DIR}/VirtualCardProcess.cpp
    ${GUICHET_VIRTUALCARD_DIR}/VirtualCardProcess.h)
target_include_directories(guichet_virtualcard_support PUBLIC "${CMAKE_CURRENT_LIST_DIR}/../../support")
target_link_libraries(guichet_virtualcard_support PUBLIC Qt6::Core PRIVATE Guichet::BuildFlags)
target_compile_definitions(guichet_virtualcard_support PRIVATE
    GUICHET_VIRTUAL_CARD="$<TARGET_FILE:guichet-virtual-card>"
    GUICHET_PCSCD_FIXTURE="${GUICHET_PCSCD_FIXTURE}"
    GUICHET_PCSCD_STATE_DIR="${GUICHET_PCSCD_STATE_DIR}")
add_dependencies(guichet_virtualcard_support guichet-virtual-card)

# The pcscd fixture: later tests say FIXTURES_REQUIRED pcscd and RESOURCE_LOCK pcscd
# (one pcscd per machine, and the virtual readers are shared).
add_test(NAME pcscd_start COMMAND bash "${GUICHET_PCSCD_FIXTURE}" start "${GUICHET_PCSCD_STATE_DIR}")
add_test(NAME pcscd_stop COMMAND bash "${GUICHET_PCSCD_FIXTURE}" stop "${GUICHET_PCSCD_STATE_DIR}")
set_tests_properties(pcscd_start PROPERTIES
    FIXTURES_SETUP pcscd LABELS "smartcard;integration" RESOURCE_LOCK pcscd TIMEOUT 60)
set_tests_properties(pcscd_stop PROPERTIES
    FIXTURES_CLEANUP pcscd LABELS "smartcard;integration" RESOURCE_LOCK pcscd TIMEOUT 60)

find_package(PkgConfig REQUIRED)
pkg_check_modules(GUICHET_VCARD_PCSC REQUIRED IMPORTED_TARGET libpcsclite)

foreach(test IN ITEMS tst_virtualcard tst_virtualcard_apdu)
    guichet_add_qt_test(${test} SOURCES smartcard/${test}.cpp
        LIBS guichet_core guichet_virtualcard_support ROOM smartcard KIND integration)
    target_compile_definitions(${test} PRIVATE
        VIRTUAL_CARD="$<TARGET_FILE:guichet-virtual-card>")
    add_dependencies(${test} guichet-virtual-card)
    # APPEND keeps the fixtures guichet_add_qt_test already requires (test_homes, test_pki).
    set_property(TEST ${test} APPEND PROPERTY FIXTURES_REQUIRED pcscd test_pki)
    set_tests_properties(${test} PROPERTIES RESOURCE_LOCK pcscd TIMEOUT 180)
endforeach()
target_link_libraries(tst_virtualcard_apdu PRIVATE PkgConfig::GUICHET_VCARD_PCSC)
