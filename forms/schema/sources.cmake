# schema: the portal's form JSON (one language) read and checked into FormDefinition.
qt_add_library(guichet_forms_schema STATIC
    schema/FormDefinition.cpp schema/FormDefinition.h
)
target_include_directories(guichet_forms_schema PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/schema)
target_link_libraries(guichet_forms_schema PUBLIC guichet_core Qt6::Core)
