# The form screens (ui/forms): editors, the form page and the summary, over a fake
# FormGateway and a real drafts database in a temporary folder.
guichet_add_qt_test(tst_ui_form SOURCES tst_form.cpp FormFixture.h
    LIBS guichet_ui guichet_sim ROOM ui KIND ui)

# "My forms" end to end: the simulated portal over TLS, the simulated card through the
# card service (PIN through the dialog's test seam), the outbox, the portal's checks.
guichet_add_qt_test(tst_ui_formsflow SOURCES tst_formsflow.cpp ShellFixture.h
    LIBS guichet_ui guichet_sim ROOM ui KIND ui)
target_include_directories(tst_ui_formsflow PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../support)
set_tests_properties(tst_ui_formsflow PROPERTIES TIMEOUT 240)

# A procedure open without a card, through the screens and without any token: fill,
# summary (unsigned), the submitter's contact, the reference and tracking code shown.
guichet_add_qt_test(tst_ui_publicform SOURCES tst_publicform.cpp
    LIBS guichet_ui guichet_sim ROOM ui KIND ui)
target_include_directories(tst_ui_publicform PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../support)
set_tests_properties(tst_ui_publicform PROPERTIES TIMEOUT 240)
