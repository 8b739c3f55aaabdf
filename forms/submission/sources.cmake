# submission: the FormGateway the screens talk to, the machine-readable manifest, and
# the package (summary PDF + submission.json + PAdES signature) made from a model.
qt_add_library(guichet_forms_submission STATIC
    submission/FormGateway.h
    submission/SubmissionManifest.cpp submission/SubmissionManifest.h
)
target_include_directories(guichet_forms_submission PUBLIC
    ${CMAKE_CURRENT_SOURCE_DIR}/submission)
target_link_libraries(guichet_forms_submission PUBLIC guichet_forms_model guichet_core Qt6::Core)
