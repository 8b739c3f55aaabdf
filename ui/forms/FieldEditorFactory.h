#pragma once

#include "FormDefinition.h"

class QWidget;

namespace guichet {

class FieldEditor;
struct EditorContext;

// The editor for a field's type. `context` must outlive the editor.
[[nodiscard]] FieldEditor* createFieldEditor(const forms::FormField& field,
                                             const EditorContext& context, QWidget* parent);

} // namespace guichet
