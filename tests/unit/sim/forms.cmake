# The hand-written forms of the simulated portal (sim/seed/forms). Paths are relative
# to tests/unit/.
guichet_add_qt_test(tst_sim_forms SOURCES sim/tst_forms.cpp
    LIBS guichet_sim_forms ROOM sim KIND unit)
