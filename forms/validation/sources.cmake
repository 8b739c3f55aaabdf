# validation: check digits (IBAN, national number, VAT), visibility of sections and
# fields for the current answers, and the checks of each answer against its field.
qt_add_library(guichet_forms_validation STATIC
    validation/AnswerLookup.h
    validation/Checksums.cpp validation/Checksums.h
    validation/FieldChecks.h
    validation/FieldValidator.cpp validation/FieldValidator.h
    validation/FormValidator.cpp validation/FormValidator.h
    validation/FormVisibility.cpp validation/FormVisibility.h
    validation/FormatChecks.cpp
    validation/RuleChecks.cpp
    validation/ValidationIssue.cpp validation/ValidationIssue.h
    validation/ValidationMessages.cpp validation/ValidationMessages.h
    validation/ValueFormats.cpp validation/ValueFormats.h
    validation/VisibilityEvaluator.cpp validation/VisibilityEvaluator.h
)
target_include_directories(guichet_forms_validation PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/validation)
target_link_libraries(guichet_forms_validation PUBLIC guichet_forms_schema guichet_core Qt6::Core)
