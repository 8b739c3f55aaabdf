# Card profiles: which card is in the reader (ATR table with masks, reader names),
# its PIN rules, and which PKCS#11 modules to try for it. QtCore only.
set(profiles_dir ${CMAKE_CURRENT_LIST_DIR})
qt_add_library(guichet_smartcard_profiles STATIC
    ${profiles_dir}/AtrTable.cpp ${profiles_dir}/AtrTable.h
    ${profiles_dir}/CardProfile.h
    ${profiles_dir}/CardProfiles.cpp
    ${profiles_dir}/ModuleDefaults.cpp ${profiles_dir}/ModuleDefaults.h
    ${profiles_dir}/ModuleSelection.cpp ${profiles_dir}/ModuleSelection.h
    ${profiles_dir}/ProfileMatcher.cpp ${profiles_dir}/ProfileMatcher.h
    ${profiles_dir}/ProfilesLogging.cpp ${profiles_dir}/ProfilesLogging.h
)
target_include_directories(guichet_smartcard_profiles PUBLIC ${profiles_dir})
target_link_libraries(guichet_smartcard_profiles PUBLIC guichet_core Qt6::Core)
