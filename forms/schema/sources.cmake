# schema: the portal's form JSON (one language) read and checked into FormDefinition.
qt_add_library(guichet_forms_schema STATIC
    schema/DateExpression.cpp schema/DateExpression.h
    schema/FieldParser.cpp schema/FieldParser.h
    schema/FormDefinition.cpp schema/FormDefinition.h
    schema/FormLimits.h
    schema/FormSchemaParser.cpp schema/FormSchemaParser.h
    schema/RuleParser.cpp schema/RuleParser.h
    schema/SchemaCrossChecks.cpp schema/SchemaCrossChecks.h
    schema/SchemaNames.cpp schema/SchemaNames.h
    schema/SchemaReader.cpp schema/SchemaReader.h
    schema/VisibilityGraph.cpp schema/VisibilityGraph.h
)
target_include_directories(guichet_forms_schema PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/schema)
target_link_libraries(guichet_forms_schema PUBLIC guichet_core Qt6::Core)
