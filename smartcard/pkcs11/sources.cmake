# PKCS#11 layer: module loading, slots and tokens, objects, login, signing, PIN change.
# QtCore only. pkcs11.h comes from p11-kit's headers; OpenSSL reads certificates,
# EC parameters and converts ECDSA signatures.
# The dynamic loader of the system: dlopen everywhere but on Windows.
if(WIN32)
    set(GUICHET_LOADER_PLATFORM windows)
else()
    set(GUICHET_LOADER_PLATFORM posix)
endif()
qt_add_library(guichet_smartcard_pkcs11 STATIC
    ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Attributes.cpp ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Attributes.h
    ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Ecdsa.cpp ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Ecdsa.h
    ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Errors.cpp ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Errors.h
    ${CMAKE_CURRENT_LIST_DIR}/Pkcs11KeyFacts.cpp ${CMAKE_CURRENT_LIST_DIR}/Pkcs11KeyFacts.h
    ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Library.cpp ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Library.h
    ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Logging.cpp ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Logging.h
    ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Module.cpp ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Module.h
    ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Objects.cpp ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Objects.h
    ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Pin.cpp ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Pin.h
    ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Session.cpp ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Session.h
    ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Signing.cpp ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Signing.h
    ${CMAKE_CURRENT_LIST_DIR}/Pkcs11SigningSession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Pkcs11SigningSession.h
    ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Tokens.cpp ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Tokens.h
    ${CMAKE_CURRENT_LIST_DIR}/Pkcs11Types.h
    ${CMAKE_CURRENT_LIST_DIR}/SharedLibraryLoader.h
    ${CMAKE_CURRENT_LIST_DIR}/SharedLibraryLoader_${GUICHET_LOADER_PLATFORM}.cpp
)
target_include_directories(guichet_smartcard_pkcs11 PUBLIC
    ${CMAKE_CURRENT_LIST_DIR} ${PKCS11_HEADER_INCLUDE_DIR})
target_link_libraries(guichet_smartcard_pkcs11
    PUBLIC guichet_core Qt6::Core
    PRIVATE OpenSSL::Crypto ${CMAKE_DL_LIBS})
