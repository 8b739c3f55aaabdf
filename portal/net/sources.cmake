# guichet_portal_net: the REST client of the portal (docs/api/portal.yaml). One
# QNetworkAccessManager on one thread; retries, ETags, resumable downloads, caps,
# proxy and online state live here so the sync engine and the outbox stay simple.
qt_add_library(guichet_portal_net STATIC
    net/ConnectivityMonitor.cpp net/ConnectivityMonitor.h
    net/DownloadSink.cpp net/DownloadSink.h
    net/EtagCache.cpp net/EtagCache.h
    net/IdempotencyKey.cpp net/IdempotencyKey.h
    net/MultipartBody.cpp net/MultipartBody.h
    net/PortalCall.cpp net/PortalCall.h
    net/PortalClient.cpp net/PortalClient.h
    net/PortalEndpoint.cpp net/PortalEndpoint.h
    net/PortalRequest.h
    net/ProblemMapping.cpp net/ProblemMapping.h
    net/ProxySettings.h
    net/ProxySetup.cpp net/ProxySetup.h
    net/ResponseSink.cpp net/ResponseSink.h
    net/RetryPolicy.cpp net/RetryPolicy.h
    net/TlsTrust.cpp net/TlsTrust.h
)
target_include_directories(guichet_portal_net PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/net)
target_link_libraries(guichet_portal_net PUBLIC guichet_core Qt6::Core Qt6::Network
    PRIVATE OpenSSL::Crypto)
