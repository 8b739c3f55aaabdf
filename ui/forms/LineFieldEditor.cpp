#include "LineFieldEditor.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>

namespace guichet {
namespace {

using forms::FieldType;

// Separators people type inside identifiers, which the contract leaves out.
QString withoutSeparators(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s./()-]"));
    return QString(text).remove(separators);
}

QString placeholderFor(FieldType type)
{
    switch (type) {
    case FieldType::Iban:
        return LineFieldEditor::tr("e.g. LU28 0019 4006 4475 0000");
    case FieldType::NationalNumber:
        return LineFieldEditor::tr("e.g. 1985 0312 345 67");
    case FieldType::VatNumber:
        return LineFieldEditor::tr("e.g. LU12345678");
    case FieldType::Email:
        return LineFieldEditor::tr("e.g. name@example.lu");
    case FieldType::Phone:
        return LineFieldEditor::tr("e.g. +352 621 123 456");
    default:
        return {};
    }
}

} // namespace

LineFieldEditor::LineFieldEditor(forms::FormField field, QWidget* parent)
    : FieldEditor(std::move(field), parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("input_") + m_field.id);
    layout->addWidget(m_edit);
    // Max length from the form keeps an over-long answer from being typed at all.
    for (const forms::ValidationRule& rule : m_field.validation)
        if (rule.kind == forms::RuleKind::MaxLength && rule.value.toInt() > 0)
            m_edit->setMaxLength(rule.value.toInt());
    connect(m_edit, &QLineEdit::textEdited, this, &LineFieldEditor::reportEdit);
    connect(m_edit, &QLineEdit::editingFinished, this, &LineFieldEditor::editingFinished);
    retranslate();
}

QJsonValue LineFieldEditor::value() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    switch (m_field.type) {
    case FieldType::Iban:
    case FieldType::VatNumber:
        return withoutSeparators(text).toUpper();
    case FieldType::NationalNumber:
        return withoutSeparators(text);
    case FieldType::Phone: {
        // E.164: "00352 621…" and "+352 621…" both become "+352621…".
        QString phone = withoutSeparators(text);
        if (phone.startsWith(QLatin1String("00")))
            phone = u'+' + phone.mid(2);
        return phone;
    }
    default:
        return text;
    }
}

QWidget* LineFieldEditor::focusTarget() const
{
    return m_edit;
}

void LineFieldEditor::setEditable(bool editable)
{
    m_edit->setReadOnly(!editable);
}

void LineFieldEditor::retranslate()
{
    m_edit->setPlaceholderText(placeholderFor(m_field.type));
}

void LineFieldEditor::showValue(const QJsonValue& value)
{
    m_edit->setText(value.isString() ? value.toString() : QString());
}

} // namespace guichet
