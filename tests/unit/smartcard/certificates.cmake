# Certificates: parsing, usability, trust store and chain checks. The tests make
# certificates of their own with OpenSSL (expired, not yet valid, odd extensions).
find_package(OpenSSL 3.0 REQUIRED COMPONENTS Crypto)
guichet_add_qt_test(tst_smartcard_certificates
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_smartcard_certificates.cpp
        ${CMAKE_CURRENT_LIST_DIR}/TestCertificates.h
    LIBS guichet_smartcard_certificates OpenSSL::Crypto ROOM smartcard KIND unit)
guichet_add_qt_test(tst_smartcard_certificates_trust
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_smartcard_certificates_trust.cpp
        ${CMAKE_CURRENT_LIST_DIR}/TestCertificates.h
    LIBS guichet_smartcard_certificates OpenSSL::Crypto ROOM smartcard KIND unit)
