# model: the answers of a form being filled in, each with its provenance; prefill
# merge, corrections, consents needed, draft JSON and the manifest's answers.
qt_add_library(guichet_forms_model STATIC
    model/FormModel.cpp model/FormModel.h
    model/Provenance.cpp model/Provenance.h
)
target_include_directories(guichet_forms_model PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/model)
target_link_libraries(guichet_forms_model
    PUBLIC guichet_forms_schema guichet_forms_validation Qt6::Core)
