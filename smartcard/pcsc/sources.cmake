# PC/SC: contexts, card connections and transactions, reader features and PIN pad,
# the reader monitor. Everything goes through PcscApi so tests can script it.
set(pcsc_dir ${CMAKE_CURRENT_LIST_DIR})
qt_add_library(guichet_smartcard_pcsc STATIC
    ${pcsc_dir}/Apdu.cpp ${pcsc_dir}/Apdu.h
    ${pcsc_dir}/CardConnection.cpp ${pcsc_dir}/CardConnection.h
    ${pcsc_dir}/PcscApi.h ${pcsc_dir}/platform/${PCSC_PLATFORM}/PcscPlatform.h
    ${pcsc_dir}/PcscContext.cpp ${pcsc_dir}/PcscContext.h
    ${pcsc_dir}/PcscErrors.cpp ${pcsc_dir}/PcscErrors.h
    ${pcsc_dir}/PinPad.cpp ${pcsc_dir}/PinPad.h
    ${pcsc_dir}/ReaderFeatures.cpp ${pcsc_dir}/ReaderFeatures.h
    ${pcsc_dir}/ReaderMonitor.cpp ${pcsc_dir}/ReaderMonitor.h
    ${pcsc_dir}/ReaderSnapshot.cpp ${pcsc_dir}/ReaderSnapshot.h
    ${pcsc_dir}/SystemPcsc.cpp
)
# The platform's PC/SC declarations (platform/<PCSC_PLATFORM>/PcscPlatform.h) and
# library come from cmake/FindPCSC.cmake.
target_include_directories(guichet_smartcard_pcsc PUBLIC ${pcsc_dir}
    ${pcsc_dir}/platform/${PCSC_PLATFORM})
target_link_libraries(guichet_smartcard_pcsc PUBLIC guichet_core Qt6::Core PCSC::PCSC)
