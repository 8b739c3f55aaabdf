# sync: keeps the local store in step with the portal (change feed per space, the
# catalogue, document contents) and sends the outbox. One thread: the one that owns
# the PortalClient and the LocalStore.
qt_add_library(guichet_portal_sync STATIC
    sync/CatalogueSync.cpp sync/CatalogueSync.h
    sync/DocumentFetcher.cpp sync/DocumentFetcher.h
    sync/FeedPage.cpp sync/FeedPage.h
    sync/ObjectFetcher.cpp sync/ObjectFetcher.h
    sync/OutboxRequest.cpp sync/OutboxRequest.h
    sync/OutboxSender.cpp sync/OutboxSender.h
    sync/RawJsonItems.cpp sync/RawJsonItems.h
    sync/SpaceSync.cpp sync/SpaceSync.h
    sync/SyncEngine.cpp sync/SyncEngine.h
    sync/SyncTypes.h
)
target_include_directories(guichet_portal_sync PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/sync)
target_link_libraries(guichet_portal_sync
    PUBLIC guichet_portal_net guichet_portal_store guichet_core Qt6::Core Qt6::Network
    PRIVATE Qt6::Concurrent)
