# Card profiles: ATR table, reader names, PIN rules, module lists from the settings.
guichet_add_qt_test(tst_smartcard_profiles
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_smartcard_profiles.cpp
    LIBS guichet_smartcard_profiles ROOM smartcard KIND unit)
