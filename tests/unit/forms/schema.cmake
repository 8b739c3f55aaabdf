# forms/schema: the parser of the portal's FormDefinition JSON, checked on the
# simulator's hand-written and generated forms and on every refusal. Included from
# tests/unit/CMakeLists.txt, so paths start at tests/unit/.
guichet_add_qt_test(tst_forms_schema SOURCES forms/tst_forms_schema.cpp
    LIBS guichet_forms_schema guichet_sim_forms guichet_sim_catalogue ROOM forms KIND unit)
