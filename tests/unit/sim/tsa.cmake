# The simulated portal's RFC 3161 time-stamping service; the test drives the `openssl ts`
# command-line tool as an independent client and verifier.
guichet_add_qt_test(tst_sim_tsa SOURCES sim/tst_tsa.cpp
    LIBS guichet_sim_tsa ROOM sim KIND unit)
