# Seed personas: contract shape, referential integrity, PDFs, timing of the bulk space.
# Included from tests/unit/CMakeLists.txt, so paths start at tests/unit/.
guichet_add_qt_test(tst_sim_personas SOURCES sim/tst_personas.cpp
    LIBS guichet_sim_personas ROOM sim KIND unit)
