# Drafts of forms (forms/drafts). Paths are relative to tests/unit/.
guichet_add_qt_test(tst_forms_drafts SOURCES forms/tst_forms_drafts.cpp
    LIBS guichet_forms_drafts ROOM forms KIND unit)
