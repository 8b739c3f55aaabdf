# The generated procedure catalogue of the simulated portal (sim/seed/catalogue).
guichet_add_qt_test(tst_sim_catalogue SOURCES sim/tst_catalogue.cpp
    LIBS guichet_sim_catalogue ROOM sim KIND unit)
