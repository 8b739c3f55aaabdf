# seed/forms: the hand-written interactive forms of the simulated portal. Each form is
# one JSON file whose human texts are {"fr","de","en"} objects; FormLibrary resolves
# them into one FormDefinition per language. The files travel inside the library as
# the Qt resource ":/sim/forms/<form id>.json". Paths are relative to sim/.
set(guichet_sim_form_ids
    arrival-declaration residence-certificate criminal-record-extract
    cost-of-living-allowance residential-parking-card study-grant vehicle-address-change
    energy-renovation-premium eu-citizen-registration birth-certificate-copy
    business-permit vat-registration
)
set(guichet_sim_form_files)
foreach(form_id IN LISTS guichet_sim_form_ids)
    list(APPEND guichet_sim_form_files seed/forms/${form_id}.json)
endforeach()

qt_add_library(guichet_sim_forms STATIC
    seed/SeedTypes.h
    seed/forms/FormLibrary.cpp seed/forms/FormLibrary.h
    seed/forms/TextLocaliser.cpp seed/forms/TextLocaliser.h
)
qt_add_resources(guichet_sim_forms "simforms"
    PREFIX "/sim/forms"
    BASE seed/forms
    FILES ${guichet_sim_form_files}
)
target_include_directories(guichet_sim_forms PUBLIC
    ${CMAKE_CURRENT_SOURCE_DIR}/seed
    ${CMAKE_CURRENT_SOURCE_DIR}/seed/forms)
target_link_libraries(guichet_sim_forms PUBLIC guichet_core Qt6::Core)
