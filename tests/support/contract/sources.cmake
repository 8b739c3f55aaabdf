# guichet_test_contract: checks what tests send and receive against docs/api/portal.yaml.
# Included from tests/CMakeLists.txt, so relative paths start at tests/.

# The C++ side reads JSON (QtCore has no YAML reader); convert the contract at build
# time so an edit of the yaml is picked up by the next build.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(GUICHET_OPENAPI_YAML "${PROJECT_SOURCE_DIR}/docs/api/portal.yaml")
set(GUICHET_OPENAPI_JSON "${CMAKE_CURRENT_BINARY_DIR}/portal-openapi.json")
set(guichet_yaml_to_json "${CMAKE_CURRENT_SOURCE_DIR}/support/contract/yaml_to_json.py")
add_custom_command(
    OUTPUT "${GUICHET_OPENAPI_JSON}"
    COMMAND Python3::Interpreter "${guichet_yaml_to_json}"
        "${GUICHET_OPENAPI_YAML}" "${GUICHET_OPENAPI_JSON}"
    DEPENDS "${GUICHET_OPENAPI_YAML}" "${guichet_yaml_to_json}"
    COMMENT "Converting docs/api/portal.yaml to JSON for the contract tests"
    VERBATIM)
add_custom_target(guichet_openapi_json DEPENDS "${GUICHET_OPENAPI_JSON}")

qt_add_library(guichet_test_contract STATIC
    support/contract/OpenApiContract.cpp support/contract/OpenApiContract.h
    support/contract/SchemaValidator.cpp support/contract/SchemaValidator.h
    support/contract/StringFormats.cpp support/contract/StringFormats.h
)
add_dependencies(guichet_test_contract guichet_openapi_json)
target_include_directories(guichet_test_contract PUBLIC
    "${CMAKE_CURRENT_SOURCE_DIR}/support/contract")
target_link_libraries(guichet_test_contract PUBLIC Qt6::Core Guichet::BuildFlags)
# Every response of every contract test goes through the checker: unoptimised, a
# 500-item page takes about 8 ms to check, optimised under 3 ms (tst_contract_validator).
target_compile_options(guichet_test_contract PRIVATE
    $<$<AND:$<CONFIG:Debug>,$<CXX_COMPILER_ID:GNU,Clang>>:-O2>)
target_compile_definitions(guichet_test_contract PUBLIC
    GUICHET_OPENAPI_JSON="${GUICHET_OPENAPI_JSON}")

guichet_add_qt_test(tst_contract_validator SOURCES support/contract/tst_contract_validator.cpp
    LIBS guichet_test_contract ROOM portal KIND unit)
