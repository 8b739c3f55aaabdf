# seed/personas: the fictional people of demo/training mode and what their spaces hold
# (guichet_sim_personas). Included from sim/CMakeLists.txt, so paths start at sim/.
qt_add_library(guichet_sim_personas STATIC
    seed/SeedTypes.h
    seed/personas/Administrations.cpp seed/personas/Administrations.h
    seed/personas/BulkSpace.cpp
    seed/personas/PersonaFactories.h
    seed/personas/PersonaLuc.cpp
    seed/personas/PersonaMarie.cpp
    seed/personas/PersonaPaul.cpp
    seed/personas/Personas.cpp seed/personas/Personas.h
    seed/personas/RoutineAccesses.cpp seed/personas/RoutineAccesses.h
    seed/personas/SeedIds.cpp seed/personas/SeedIds.h
    seed/personas/SimplePdf.cpp seed/personas/SimplePdf.h
    seed/personas/SourceVocabulary.cpp seed/personas/SourceVocabulary.h
    seed/personas/SpaceBuilder.cpp seed/personas/SpaceBuilder.h
    seed/personas/SpaceIds.h
)
target_include_directories(guichet_sim_personas PUBLIC
    ${CMAKE_CURRENT_SOURCE_DIR}/seed ${CMAKE_CURRENT_SOURCE_DIR}/seed/personas)
target_link_libraries(guichet_sim_personas PUBLIC guichet_core Qt6::Core)
