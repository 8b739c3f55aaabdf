# forms: the FormGateway of a signed-in person's space — forms and their prefill from
# the portal (kept for filling in offline), consents, and corrections and signed
# submissions sent through the outbox; and the FormGateway of someone not signed in
# (procedures open without a card, sent to /public/submissions).
qt_add_library(guichet_portal_forms STATIC
    forms/KeptForms.cpp forms/KeptForms.h
    forms/PortalFormGateway.cpp forms/PortalFormGateway.h
    forms/SubmissionParts.cpp forms/SubmissionParts.h
    forms/PublicFormGateway.cpp forms/PublicFormGateway.h
    forms/ValueText.cpp forms/ValueText.h
)
target_include_directories(guichet_portal_forms PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/forms)
target_link_libraries(guichet_portal_forms
    PUBLIC guichet_portal_sync guichet_forms guichet_core Qt6::Core)
