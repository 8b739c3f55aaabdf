# The form model (forms/model) and the manifest and summary made from it
# (forms/submission). Paths are relative to tests/unit/.
guichet_add_qt_test(tst_forms_model SOURCES forms/tst_forms_model.cpp
    LIBS guichet_forms guichet_sim_forms ROOM forms KIND unit)
