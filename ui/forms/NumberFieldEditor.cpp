#include "NumberFieldEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include <cmath>

namespace guichet {
namespace {

QLocale editingLocale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

NumberFieldEditor::NumberFieldEditor(forms::FormField field, QWidget* parent)
    : FieldEditor(std::move(field), parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("input_") + m_field.id);
    m_edit->setAlignment(Qt::AlignRight);
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(u'0') * 16);
    m_unit = new QLabel(this);
    m_unit->setTextFormat(Qt::PlainText); // the unit comes from the portal
    layout->addWidget(m_edit);
    layout->addWidget(m_unit);
    layout->addStretch(1);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_shown = value();
        reportEdit();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, &NumberFieldEditor::editingFinished);
    applyLabels();
}

std::optional<double> NumberFieldEditor::parsed() const
{
    QString text = m_edit->text().simplified();
    text.remove(u' ');
    text.remove(QChar(0x202F)); // narrow no-break space, the French group separator
    text.remove(QChar(0x00A0));
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    double number = QLocale().toDouble(text, &ok);
    if (!ok) // "1250.50" typed with a French or German locale
        number = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

QJsonValue NumberFieldEditor::value() const
{
    const std::optional<double> number = parsed();
    return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Undefined);
}

QString NumberFieldEditor::inputProblem() const
{
    if (m_edit->text().trimmed().isEmpty() || parsed())
        return {};
    return tr("Enter a number, for example %1.").arg(QLocale().toString(1250.5, 'f', 2));
}

QWidget* NumberFieldEditor::focusTarget() const
{
    return m_edit;
}

void NumberFieldEditor::setEditable(bool editable)
{
    m_edit->setReadOnly(!editable);
}

void NumberFieldEditor::retranslate()
{
    // The decimal separator follows the language: show the same number again.
    if (m_shown.isDouble())
        showValue(m_shown);
}

void NumberFieldEditor::applyLabels()
{
    m_unit->setText(m_field.unit);
    m_unit->setVisible(!m_field.unit.isEmpty());
}

void NumberFieldEditor::showValue(const QJsonValue& value)
{
    m_shown = value;
    m_edit->setText(value.isDouble() ? editingLocale().toString(value.toDouble(), 'f',
                                                                QLocale::FloatingPointShortest)
                                     : QString());
}

} // namespace guichet
