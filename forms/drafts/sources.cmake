# drafts: forms being filled in, kept durably (SQLite, one file per identity) so a
# draft survives a crash, a restart and a day offline.
qt_add_library(guichet_forms_drafts STATIC
    drafts/DraftStore.cpp drafts/DraftStore.h
)
target_include_directories(guichet_forms_drafts PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/drafts)
target_link_libraries(guichet_forms_drafts PUBLIC guichet_core Qt6::Core Qt6::Sql)
