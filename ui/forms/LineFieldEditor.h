#pragma once

#include "FieldEditor.h"

class QLineEdit;

namespace guichet {

// One line of text: text, e-mail, phone, IBAN, national number and VAT number. The
// identifiers get an example as placeholder and are stored the way the contract
// wants them (IBAN without spaces, phone in E.164...).
class LineFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit LineFieldEditor(forms::FormField field, QWidget* parent = nullptr);

    [[nodiscard]] QJsonValue value() const override;
    [[nodiscard]] QWidget* focusTarget() const override;
    void setEditable(bool editable) override;
    void retranslate() override;

protected:
    void showValue(const QJsonValue& value) override;

private:
    QLineEdit* m_edit = nullptr;
};

} // namespace guichet
