#pragma once

#include "FieldEditor.h"

#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;

namespace guichet {

// A postal address (Address in the contract): street, house number, postal code,
// locality and country, each its own labelled input.
class AddressFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit AddressFieldEditor(forms::FormField field, QWidget* parent = nullptr);

    [[nodiscard]] QJsonValue value() const override;
    [[nodiscard]] QWidget* focusTarget() const override;
    [[nodiscard]] QList<QWidget*> tabChain() const override;
    void setAccessibleTexts(const QString& name, const QString& description) override;
    void setEditable(bool editable) override;
    void retranslate() override;

protected:
    void showValue(const QJsonValue& value) override;

private:
    QLineEdit* addLine(const QString& part);
    void fillCountries();

    QLineEdit* m_street = nullptr;
    QLineEdit* m_houseNumber = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_locality = nullptr;
    QComboBox* m_country = nullptr;
    QList<QLabel*> m_partLabels; // street, number, postal code, locality, country
    QString m_fieldName;
    // Parts of a restored address this editor has no input for (addressLine2).
    QJsonObject m_kept;
};

} // namespace guichet
