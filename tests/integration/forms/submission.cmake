# A form from the portal to a dossier: fetched, pre-filled, consent given, signed on the
# simulated card and sent through the outbox; then the dossier in the synced store.
guichet_add_qt_test(tst_forms_flow SOURCES forms/tst_forms_flow.cpp
    LIBS guichet_portal guichet_forms guichet_sim Qt6::Gui ROOM forms KIND integration)
target_include_directories(tst_forms_flow PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../support)
set_tests_properties(tst_forms_flow PROPERTIES TIMEOUT 240)

# Benchmark (tests/bench/forms.py runs it): a 300-field form shown, the signed summary.
qt_add_executable(bench_forms ${PROJECT_SOURCE_DIR}/tests/bench/bench_forms.cpp)
target_link_libraries(bench_forms PRIVATE guichet_ui guichet_forms guichet_sim Qt6::Widgets)
target_include_directories(bench_forms PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)

# Signing on behalf of a company: Luc Weber's professional certificate, the company in
# the manifest and the summary, accepted in its space and refused in another (SUB-008).
guichet_add_qt_test(tst_forms_onbehalf SOURCES forms/tst_forms_onbehalf.cpp
    LIBS guichet_portal guichet_forms guichet_sim Qt6::Gui ROOM forms KIND integration)
target_include_directories(tst_forms_onbehalf PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../support)
set_tests_properties(tst_forms_onbehalf PROPERTIES TIMEOUT 240)
