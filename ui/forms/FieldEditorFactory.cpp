#include "FieldEditorFactory.h"

#include "AddressFieldEditor.h"
#include "AttachmentFieldEditor.h"
#include "ChoiceFieldEditor.h"
#include "DateFieldEditor.h"
#include "GroupFieldEditor.h"
#include "LineFieldEditor.h"
#include "MultiChoiceFieldEditor.h"
#include "NumberFieldEditor.h"

namespace guichet {

FieldEditor* createFieldEditor(const forms::FormField& field, const EditorContext& context,
                               QWidget* parent)
{
    using forms::FieldType;
    switch (field.type) {
    case FieldType::Number:
        return new NumberFieldEditor(field, parent);
    case FieldType::Date:
        return new DateFieldEditor(field, parent);
    case FieldType::Choice:
    case FieldType::YesNo:
        return new ChoiceFieldEditor(field, parent);
    case FieldType::MultiChoice:
        return new MultiChoiceFieldEditor(field, parent);
    case FieldType::Address:
        return new AddressFieldEditor(field, parent);
    case FieldType::Attachment:
        return new AttachmentFieldEditor(field, context, parent);
    case FieldType::Group:
        return new GroupFieldEditor(field, context, parent);
    case FieldType::Text:
    case FieldType::Iban:
    case FieldType::NationalNumber:
    case FieldType::VatNumber:
    case FieldType::Email:
    case FieldType::Phone:
        break;
    }
    return new LineFieldEditor(field, parent);
}

} // namespace guichet
