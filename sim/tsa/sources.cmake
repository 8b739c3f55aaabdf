# tsa: the simulated portal's RFC 3161 time-stamping service (POST /tsa). The HTTP
# route lives in portal/; this library only turns a TimeStampReq into an answer.
qt_add_library(guichet_sim_tsa STATIC
    tsa/OpenSslHandles.h
    tsa/TimeStampAuthority.cpp tsa/TimeStampAuthority.h
    tsa/TsaCredentials.cpp tsa/TsaCredentials.h
)
target_include_directories(guichet_sim_tsa PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/tsa)
target_link_libraries(guichet_sim_tsa PUBLIC guichet_core Qt6::Core OpenSSL::Crypto)
