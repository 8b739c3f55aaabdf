# Without a card: a procedure open to everyone (authentication "none") fetched without
# a token, filled in, sent unsigned through the public outbox to /public/submissions,
# then followed with its tracking code; a card-only form is refused (SUB-006).
guichet_add_qt_test(tst_forms_public SOURCES forms/tst_forms_public.cpp
    LIBS guichet_portal guichet_forms guichet_sim Qt6::Gui ROOM forms KIND integration)
target_include_directories(tst_forms_public PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../support)
set_tests_properties(tst_forms_public PROPERTIES TIMEOUT 240)
