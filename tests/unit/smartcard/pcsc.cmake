# PC/SC wrapper tests over the scripted PcscApi (no reader needed).
qt_add_library(guichet_test_pcsc STATIC
    ${CMAKE_CURRENT_LIST_DIR}/../../support/pcsc/ScriptedPcsc.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../../support/pcsc/ScriptedPcsc.h)
target_include_directories(guichet_test_pcsc PUBLIC ${CMAKE_CURRENT_LIST_DIR}/../../support/pcsc)
target_link_libraries(guichet_test_pcsc PUBLIC guichet_smartcard_pcsc)

foreach(test IN ITEMS apdu connection features pinpad readermonitor)
    guichet_add_qt_test(tst_smartcard_pcsc_${test}
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pcsc_${test}.cpp
        LIBS guichet_test_pcsc ROOM smartcard KIND unit)
endforeach()
