# The REST client (portal/net) against the simulated portal over real TLS on loopback.
guichet_add_qt_test(tst_portal_client SOURCES portal/tst_portal_client.cpp
    LIBS guichet_portal guichet_sim ROOM portal KIND integration)
target_include_directories(tst_portal_client PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../support)
set_tests_properties(tst_portal_client PROPERTIES TIMEOUT 300)

# The portal and local-data layers of the diagnosis (guichet --diagnose, Diagnostics page).
guichet_add_qt_test(tst_portal_diagnosis SOURCES portal/tst_portal_diagnosis.cpp
    LIBS guichet_portal guichet_sim ROOM portal KIND integration)
target_include_directories(tst_portal_diagnosis PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../support)

# Training scenarios (sim/training) fail the real walk to the portal and are undone at run time.
guichet_add_qt_test(tst_training_scenarios SOURCES portal/tst_training_scenarios.cpp
    LIBS guichet_portal guichet_sim ROOM sim KIND integration)
target_include_directories(tst_training_scenarios PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../support)
