# PAdES signatures of summary PDFs (forms/pdf) and the simulated portal's check of
# signed submissions. Paths are relative to tests/integration/.
# Checked with poppler-utils (pdfsig, pdfdetach, pdfinfo), libnss3-tools (certutil)
# and the openssl command line; QPdfWriter needs Qt6::Gui (offscreen platform).
guichet_add_qt_test(tst_forms_pades
    SOURCES forms/tst_forms_pades.cpp forms/PadesTestTools.h forms/QpdfRewrites.h
        ../support/SignedPackage.h
    LIBS guichet_forms_pdf guichet_sim Qt6::Gui PkgConfig::QPDF OpenSSL::Crypto
    ROOM forms KIND integration)
target_include_directories(tst_forms_pades PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../support)
# The test rewrites PDFs with qpdf (object streams) to sign them.
target_compile_definitions(tst_forms_pades PRIVATE POINTERHOLDER_TRANSITION=4)
set_tests_properties(tst_forms_pades PROPERTIES TIMEOUT 240)

guichet_add_qt_test(tst_forms_submission_checks
    SOURCES forms/tst_forms_submission_checks.cpp ../support/SignedPackage.h
    LIBS guichet_forms_pdf guichet_portal guichet_sim guichet_test_contract Qt6::Gui
    ROOM forms KIND integration)
target_include_directories(tst_forms_submission_checks PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../support)
set_tests_properties(tst_forms_submission_checks PROPERTIES TIMEOUT 240)

# The same signatures through the real PKCS#11 stack: the PIV virtual card through
# pcscd and OpenSC, and SoftHSM as the eID vendor module (needs the pcscd fixture of
# tests/integration/smartcard/virtualcard.cmake).
if(TARGET guichet_virtualcard_support)
    guichet_add_qt_test(tst_forms_pades_realstack
        SOURCES forms/tst_forms_pades_realstack.cpp forms/PadesTestTools.h
            ../support/SignedPackage.h ../support/ScriptedPinPrompt.h
            ../support/CardServiceOnThread.h
        LIBS guichet_forms_pdf guichet_smartcard guichet_virtualcard_support Qt6::Gui
            OpenSSL::Crypto
        ROOM forms KIND integration)
    target_include_directories(tst_forms_pades_realstack PRIVATE
        ${CMAKE_CURRENT_SOURCE_DIR}/../support)
    target_compile_definitions(tst_forms_pades_realstack PRIVATE
        SOFTHSM_MODULE="/usr/lib/softhsm/libsofthsm2.so"
        MAKE_TOKENS="${PROJECT_SOURCE_DIR}/tests/support/softhsm/make-tokens.sh")
    set_property(TEST tst_forms_pades_realstack APPEND PROPERTY FIXTURES_REQUIRED pcscd test_pki)
    set_tests_properties(tst_forms_pades_realstack PROPERTIES RESOURCE_LOCK pcscd TIMEOUT 240)
endif()
