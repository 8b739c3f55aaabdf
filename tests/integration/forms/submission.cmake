# A form from the portal to a dossier: fetched, pre-filled, consent given, signed on the
# simulated card and sent through the outbox; then the dossier in the synced store.
guichet_add_qt_test(tst_forms_flow SOURCES forms/tst_forms_flow.cpp
    LIBS guichet_portal guichet_forms guichet_sim Qt6::Gui ROOM forms KIND integration)
target_include_directories(tst_forms_flow PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../support)
set_tests_properties(tst_forms_flow PROPERTIES TIMEOUT 240)
