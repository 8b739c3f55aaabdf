# portal/store: the local store (SQLite) and the encrypted document vault.
# Real SQLite files in temporary folders and real OpenSSL; no keychain needed.
guichet_add_qt_test(tst_portal_store SOURCES portal/tst_store.cpp
    LIBS guichet_portal_store ROOM portal KIND unit)
guichet_add_qt_test(tst_portal_store_migrations SOURCES portal/tst_store_migrations.cpp
    LIBS guichet_portal_store ROOM portal KIND unit)
guichet_add_qt_test(tst_portal_vault SOURCES portal/tst_vault.cpp
    LIBS guichet_portal_store ROOM portal KIND unit)
# The sync's writer thread: order, lanes, two connections on one file.
guichet_add_qt_test(tst_portal_store_writer SOURCES portal/tst_store_writer.cpp
    LIBS guichet_portal_store ROOM portal KIND unit)
