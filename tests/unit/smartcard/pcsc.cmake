# PC/SC wrapper tests over the scripted PcscApi of sim (no reader needed).
foreach(test IN ITEMS apdu connection features pinpad readermonitor)
    guichet_add_qt_test(tst_smartcard_pcsc_${test}
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pcsc_${test}.cpp
        LIBS guichet_sim ROOM smartcard KIND unit)
endforeach()
