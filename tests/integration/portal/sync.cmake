# The sync engine and the outbox sender (portal/sync) against the simulated portal
# over real TLS, with real SQLite stores in temporary folders.
qt_add_executable(sync_child portal/sync_child.cpp)
target_link_libraries(sync_child PRIVATE guichet_portal)
target_include_directories(sync_child PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)

guichet_add_qt_test(tst_portal_sync SOURCES portal/tst_portal_sync.cpp
    LIBS guichet_portal guichet_sim ROOM portal KIND integration)
target_include_directories(tst_portal_sync PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../support)
target_compile_definitions(tst_portal_sync PRIVATE SYNC_CHILD="$<TARGET_FILE:sync_child>")
add_dependencies(tst_portal_sync sync_child)
set_tests_properties(tst_portal_sync PROPERTIES TIMEOUT 300)
qt_add_executable(bench_sync ${PROJECT_SOURCE_DIR}/tests/bench/bench_sync.cpp)
target_link_libraries(bench_sync PRIVATE guichet_portal guichet_sim)
target_include_directories(bench_sync PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)

# Messages (ui LocalStoreSource) through the outbox, offline then back, and the sync.
guichet_add_qt_test(tst_portal_messages SOURCES portal/tst_portal_messages.cpp
    LIBS guichet_ui guichet_portal guichet_sim ROOM portal KIND integration)
target_include_directories(tst_portal_messages PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../support)
set_tests_properties(tst_portal_messages PROPERTIES TIMEOUT 300)
