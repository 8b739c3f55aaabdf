# Transparency screens ("My data", "Who accessed my data", "My consents") and the
# Messages page over a local store the test fills from the simulated portal's personas.
foreach(test IN ITEMS mydata accesslog consents messages)
    guichet_add_qt_test(tst_ui_${test} SOURCES tst_${test}.cpp SpaceFixture.h
        TransparencyFixture.h LIBS guichet_ui guichet_sim ROOM ui KIND ui)
endforeach()

# Not a test: measures the access log with 10,000 entries (see tests/bench/README.md).
qt_add_executable(bench_access_log ${PROJECT_SOURCE_DIR}/tests/bench/bench_access_log.cpp)
target_link_libraries(bench_access_log PRIVATE guichet_ui guichet_sim Qt6::Test)
target_include_directories(bench_access_log PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
