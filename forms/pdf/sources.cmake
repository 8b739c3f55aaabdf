# pdf: the summary PDF (SummaryPdf, drawn with QPdfWriter), the embedded
# submission.json, and the PAdES baseline B-B signature and its check. qpdf parses
# PDFs and writes the embedded file; the signature is our own incremental update;
# OpenSSL makes and checks the CMS. Both stay private: users see QtCore types only.
qt_add_library(guichet_forms_pdf STATIC
    pdf/PdfEmbeddedFile.cpp pdf/PdfEmbeddedFile.h
    pdf/PadesOptions.h
    pdf/PadesSigner.cpp pdf/PadesSigner.h
    pdf/PadesVerifier.cpp pdf/PadesVerifier.h
    # Internal parts of the signature and its check.
    pdf/CadesSignature.cpp pdf/CadesSignature.h
    pdf/CadesVerification.cpp pdf/CadesVerification.h
    pdf/PdfByteRange.cpp pdf/PdfByteRange.h
    pdf/PdfDate.cpp pdf/PdfDate.h
    pdf/PdfIncrementalUpdate.cpp pdf/PdfIncrementalUpdate.h
    pdf/PdfObjectText.cpp pdf/PdfObjectText.h
    pdf/PdfOpenSsl.h
    pdf/PdfSignatureField.cpp pdf/PdfSignatureField.h
    pdf/PdfSignatureLocator.cpp pdf/PdfSignatureLocator.h
)
target_include_directories(guichet_forms_pdf PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/pdf)
target_link_libraries(guichet_forms_pdf PUBLIC guichet_core Qt6::Core
    PRIVATE PkgConfig::QPDF OpenSSL::Crypto)
# qpdf 11 without the deprecated PointerHolder.
target_compile_definitions(guichet_forms_pdf PRIVATE POINTERHOLDER_TRANSITION=4)
# clang (the fuzz build) with the qpdf of Debian 12: see cmake/QpdfClangShim.cmake.
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang" AND QPDF_VERSION VERSION_LESS 11.4)
    include(${PROJECT_SOURCE_DIR}/cmake/QpdfClangShim.cmake)
    target_include_directories(guichet_forms_pdf SYSTEM BEFORE PRIVATE ${GUICHET_QPDF_SHIM_DIR})
endif()

# --- The summary renderer (SummaryPdf.cpp SummaryPdf.h SummaryDocument.h) ---
# Written separately; its files join the library as they appear. QPdfWriter is QtGui.
foreach(summary_file IN ITEMS SummaryPdf.cpp SummaryPdf.h SummaryDocument.h)
    if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/pdf/${summary_file})
        target_sources(guichet_forms_pdf PRIVATE pdf/${summary_file})
    endif()
endforeach()
if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/pdf/SummaryPdf.cpp)
    target_link_libraries(guichet_forms_pdf PUBLIC Qt6::Gui)
endif()
