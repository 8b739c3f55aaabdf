# forms/pdf tests. Paths are relative to tests/unit/.
guichet_add_qt_test(tst_forms_summarypdf SOURCES forms/tst_forms_summarypdf.cpp
    LIBS guichet_forms_pdf Qt6::Gui ROOM forms KIND unit)
