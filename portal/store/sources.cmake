# store: the local copy of a person's space (SQLite, one file per identity) and the
# encrypted vault of document contents. Used from the sync thread, and by the
# StoreWriter's own thread through a second connection to the same file.
qt_add_library(guichet_portal_store STATIC
    store/CatalogueTable.cpp store/CatalogueTable.h
    store/ColumnSealer.cpp store/ColumnSealer.h
    store/CredentialStoreSecrets.h
    store/DocumentCacheTable.cpp store/DocumentCacheTable.h
    store/DocumentVault.cpp store/DocumentVault.h
    store/KeychainKeyProvider.cpp store/KeychainKeyProvider.h
    store/KeyProvider.cpp store/KeyProvider.h
    store/LocalStore.cpp store/LocalStore.h
    store/NativeStatement.cpp store/NativeStatement.h
    store/ObjectIndexer.cpp store/ObjectIndexer.h
    store/ObjectTable.cpp store/ObjectTable.h
    store/OutboxTable.cpp store/OutboxTable.h
    store/SchemaMigration.cpp store/SchemaMigration.h
    store/SqlSupport.cpp store/SqlSupport.h
    store/StoreSchema.cpp store/StoreSchema.h
    store/StoreTypes.h
    store/StoreWriter.cpp store/StoreWriter.h
    store/SyncStateTable.cpp store/SyncStateTable.h
    store/TextFolding.cpp store/TextFolding.h
    store/VaultBudget.cpp store/VaultBudget.h
    store/VaultFileFormat.cpp store/VaultFileFormat.h
)
target_include_directories(guichet_portal_store PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/store)
target_link_libraries(guichet_portal_store
    PUBLIC guichet_core Qt6::Core Qt6::Sql
    PRIVATE OpenSSL::Crypto SQLite::SQLite3)
