# seed/catalogue: the generated procedure catalogue of the simulated portal (1,500
# procedures in fr/de/en, 158 generated online forms). Included from sim/CMakeLists.txt.
qt_add_library(guichet_sim_catalogue STATIC
    seed/catalogue/Actions.cpp seed/catalogue/Actions.h
    seed/catalogue/Administrations.cpp seed/catalogue/Administrations.h
    seed/catalogue/BusinessThemes.cpp
    seed/catalogue/CatalogueGenerator.cpp seed/catalogue/CatalogueGenerator.h
    seed/catalogue/CitizenThemes.cpp
    seed/catalogue/DailyLifeThemes.cpp
    seed/catalogue/Dice.h
    seed/catalogue/FixedProcedures.cpp seed/catalogue/FixedProcedures.h
    seed/catalogue/GeneratedForms.cpp seed/catalogue/GeneratedForms.h
    seed/catalogue/KindTexts.cpp seed/catalogue/KindTexts.h
    seed/catalogue/Phrasing.cpp seed/catalogue/Phrasing.h
    seed/catalogue/Themes.cpp seed/catalogue/Themes.h
    seed/SeedTypes.h
)
target_include_directories(guichet_sim_catalogue PUBLIC
    ${CMAKE_CURRENT_SOURCE_DIR}/seed ${CMAKE_CURRENT_SOURCE_DIR}/seed/catalogue)
target_link_libraries(guichet_sim_catalogue PUBLIC guichet_core Qt6::Core)
