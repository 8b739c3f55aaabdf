# forms/validation: check digits, visibility and the checks of answers. Included from
# tests/unit/CMakeLists.txt, so paths start at tests/unit/.
guichet_add_qt_test(tst_forms_validators SOURCES forms/tst_forms_validators.cpp
    LIBS guichet_forms_validation guichet_sim_forms ROOM forms KIND unit)
