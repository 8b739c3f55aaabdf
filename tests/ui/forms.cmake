# The form screens (ui/forms): editors, the form page and the summary, over a fake
# FormGateway and a real drafts database in a temporary folder.
guichet_add_qt_test(tst_ui_form SOURCES tst_form.cpp FormFixture.h
    LIBS guichet_ui guichet_sim ROOM ui KIND ui)
