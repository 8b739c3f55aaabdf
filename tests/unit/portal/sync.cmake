# Pieces of the sync engine (portal/sync) that need no portal.
guichet_add_qt_test(tst_sync_rawjsonitems SOURCES portal/tst_sync_rawjsonitems.cpp
    LIBS guichet_portal_sync ROOM portal KIND unit)
