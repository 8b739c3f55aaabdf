# Rules of the REST client (portal/net) that need no network.
foreach(test IN ITEMS retrypolicy problemmapping)
    guichet_add_qt_test(tst_net_${test} SOURCES portal/tst_net_${test}.cpp
        LIBS guichet_portal_net ROOM portal KIND unit)
endforeach()
