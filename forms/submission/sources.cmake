# submission: the FormGateway the screens talk to, the machine-readable manifest, the
# summary's content in the person's language, and the signed package made from a model
# (summary PDF + embedded submission.json + PAdES signature, checked before it is sent).
qt_add_library(guichet_forms_submission STATIC
    submission/AnswerDisplay.cpp submission/AnswerDisplay.h
    submission/AttachmentCollector.cpp submission/AttachmentCollector.h
    submission/Company.cpp submission/Company.h
    submission/FormGateway.h
    submission/SubmissionPackager.cpp submission/SubmissionPackager.h
    submission/SubmissionManifest.cpp submission/SubmissionManifest.h
    submission/SubmitterContact.cpp submission/SubmitterContact.h
    submission/SummaryContent.cpp submission/SummaryContent.h
)
target_include_directories(guichet_forms_submission PUBLIC
    ${CMAKE_CURRENT_SOURCE_DIR}/submission)
target_link_libraries(guichet_forms_submission
    PUBLIC guichet_forms_model guichet_forms_drafts guichet_forms_pdf guichet_core Qt6::Core)
