# Certificates: reading X.509 certificates (names, identifiers, key usage, qualified
# statements), usability checks, and chain checks against trusted roots. OpenSSL 3
# stays private to this library; its users see QtCore types only.
set(certificates_dir ${CMAKE_CURRENT_LIST_DIR})
qt_add_library(guichet_smartcard_certificates STATIC
    ${certificates_dir}/CertificateFiles.cpp ${certificates_dir}/CertificateFiles.h
    ${certificates_dir}/CertificateInfo.h
    ${certificates_dir}/CertificateOpenSsl.cpp ${certificates_dir}/CertificateOpenSsl.h
    ${certificates_dir}/CertificateParser.cpp ${certificates_dir}/CertificateParser.h
    ${certificates_dir}/CertificatesLogging.cpp ${certificates_dir}/CertificatesLogging.h
    ${certificates_dir}/CertificateValidity.cpp ${certificates_dir}/CertificateValidity.h
    ${certificates_dir}/HolderIdentifiers.cpp ${certificates_dir}/HolderIdentifiers.h
    ${certificates_dir}/QcStatementsReader.cpp ${certificates_dir}/QcStatementsReader.h
    ${certificates_dir}/TrustStore.cpp ${certificates_dir}/TrustStore.h
)
target_include_directories(guichet_smartcard_certificates PUBLIC ${certificates_dir})
target_link_libraries(guichet_smartcard_certificates
    PUBLIC guichet_core Qt6::Core
    PRIVATE OpenSSL::Crypto)
