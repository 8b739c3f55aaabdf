#include "AddressFieldEditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace guichet {
namespace {

// The countries people in Luxembourg most often live in, then "other" by code.
// ISO 3166-1 alpha-2, as the contract wants.
const char* const CountryCodes[] = {"LU", "BE", "DE", "FR", "NL", "PT", "IT", "ES", "AT",
                                    "CH", "GB", "IE", "PL", "RO", "GR", "DK", "SE", "FI"};

QString countryName(const QString& code)
{
    struct Name
    {
        const char* code;
        const char* name;
    };
    static const Name names[] = {
        {"LU", QT_TRANSLATE_NOOP("guichet::AddressFieldEditor", "Luxembourg")},
        {"BE", QT_TRANSLATE_NOOP("guichet::AddressFieldEditor", "Belgium")},
        {"DE", QT_TRANSLATE_NOOP("guichet::AddressFieldEditor", "Germany")},
        {"FR", QT_TRANSLATE_NOOP("guichet::AddressFieldEditor", "France")},
        {"NL", QT_TRANSLATE_NOOP("guichet::AddressFieldEditor", "Netherlands")},
        {"PT", QT_TRANSLATE_NOOP("guichet::AddressFieldEditor", "Portugal")},
        {"IT", QT_TRANSLATE_NOOP("guichet::AddressFieldEditor", "Italy")},
        {"ES", QT_TRANSLATE_NOOP("guichet::AddressFieldEditor", "Spain")},
        {"AT", QT_TRANSLATE_NOOP("guichet::AddressFieldEditor", "Austria")},
        {"CH", QT_TRANSLATE_NOOP("guichet::AddressFieldEditor", "Switzerland")},
        {"GB", QT_TRANSLATE_NOOP("guichet::AddressFieldEditor", "United Kingdom")},
        {"IE", QT_TRANSLATE_NOOP("guichet::AddressFieldEditor", "Ireland")},
        {"PL", QT_TRANSLATE_NOOP("guichet::AddressFieldEditor", "Poland")},
        {"RO", QT_TRANSLATE_NOOP("guichet::AddressFieldEditor", "Romania")},
        {"GR", QT_TRANSLATE_NOOP("guichet::AddressFieldEditor", "Greece")},
        {"DK", QT_TRANSLATE_NOOP("guichet::AddressFieldEditor", "Denmark")},
        {"SE", QT_TRANSLATE_NOOP("guichet::AddressFieldEditor", "Sweden")},
        {"FI", QT_TRANSLATE_NOOP("guichet::AddressFieldEditor", "Finland")},
    };
    for (const Name& n : names)
        if (code == QLatin1String(n.code))
            return AddressFieldEditor::tr(n.name);
    return code;
}

} // namespace

AddressFieldEditor::AddressFieldEditor(forms::FormField field, QWidget* parent)
    : FieldEditor(std::move(field), parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_street = addLine(QStringLiteral("street"));
    m_houseNumber = addLine(QStringLiteral("houseNumber"));
    m_postalCode = addLine(QStringLiteral("postalCode"));
    m_locality = addLine(QStringLiteral("locality"));
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("input_%1_country").arg(m_field.id));
    connect(m_country, &QComboBox::activated, this, &AddressFieldEditor::reportEdit);
    m_houseNumber->setMaximumWidth(m_houseNumber->fontMetrics().horizontalAdvance(u'0') * 8);
    m_postalCode->setMaximumWidth(m_postalCode->fontMetrics().horizontalAdvance(u'0') * 10);

    const QList<QWidget*> inputs = tabChain();
    for (int part = 0; part < inputs.size(); ++part) {
        auto* label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(inputs[part]);
        m_partLabels.append(label);
    }
    // Street and number on one line, postal code and locality on the next: the way
    // addresses are written here.
    grid->addWidget(m_partLabels[0], 0, 0);
    grid->addWidget(m_partLabels[1], 0, 1);
    grid->addWidget(m_street, 1, 0);
    grid->addWidget(m_houseNumber, 1, 1);
    grid->addWidget(m_partLabels[2], 2, 0);
    grid->addWidget(m_partLabels[3], 2, 1);
    grid->addWidget(m_postalCode, 3, 0);
    grid->addWidget(m_locality, 3, 1);
    grid->addWidget(m_partLabels[4], 4, 0);
    grid->addWidget(m_country, 5, 0);
    grid->setColumnStretch(1, 1);
    finishWhenFocusLeaves();
    retranslate();
}

QLineEdit* AddressFieldEditor::addLine(const QString& part)
{
    auto* line = new QLineEdit(this);
    line->setObjectName(QStringLiteral("input_%1_%2").arg(m_field.id, part));
    connect(line, &QLineEdit::textEdited, this, &AddressFieldEditor::reportEdit);
    return line;
}

void AddressFieldEditor::fillCountries()
{
    const QString chosen = m_country->currentData().toString();
    m_country->clear();
    m_country->addItem(QString(), QString());
    for (const char* code : CountryCodes)
        m_country->addItem(countryName(QLatin1String(code)), QLatin1String(code));
    // A country from elsewhere (a draft, the register) is kept, shown by its code.
    if (!chosen.isEmpty() && m_country->findData(chosen) < 0)
        m_country->addItem(chosen, chosen);
    m_country->setCurrentIndex(qMax(0, m_country->findData(chosen)));
}

QJsonValue AddressFieldEditor::value() const
{
    QJsonObject address = m_kept;
    const auto put = [&address](const char* key, const QString& text) {
        if (text.trimmed().isEmpty())
            address.remove(QLatin1String(key));
        else
            address.insert(QLatin1String(key), text.trimmed());
    };
    const QString country = m_country->currentData().toString();
    QString postalCode = m_postalCode->text().trimmed();
    // The contract keeps Luxembourg postal codes without their "L-".
    if (country == u"LU" && postalCode.startsWith(QLatin1String("L-"), Qt::CaseInsensitive))
        postalCode = postalCode.mid(2).trimmed();
    put("street", m_street->text());
    put("houseNumber", m_houseNumber->text());
    put("postalCode", postalCode);
    put("locality", m_locality->text());
    put("country", country);
    const bool typed = address.contains(u"street") || address.contains(u"houseNumber") ||
                       address.contains(u"postalCode") || address.contains(u"locality");
    return typed ? QJsonValue(address) : QJsonValue(QJsonValue::Undefined);
}

void AddressFieldEditor::showValue(const QJsonValue& value)
{
    const QJsonObject address = value.toObject();
    m_kept = address;
    m_street->setText(address.value(u"street").toString());
    m_houseNumber->setText(address.value(u"houseNumber").toString());
    m_postalCode->setText(address.value(u"postalCode").toString());
    m_locality->setText(address.value(u"locality").toString());
    const QString country = address.value(u"country").toString();
    if (!country.isEmpty() && m_country->findData(country) < 0)
        m_country->addItem(country, country);
    m_country->setCurrentIndex(qMax(0, m_country->findData(country)));
}

QWidget* AddressFieldEditor::focusTarget() const
{
    return m_street;
}

QList<QWidget*> AddressFieldEditor::tabChain() const
{
    return {m_street, m_houseNumber, m_postalCode, m_locality, m_country};
}

void AddressFieldEditor::setAccessibleTexts(const QString& name, const QString& description)
{
    m_fieldName = name;
    setAccessibleName(name);
    setAccessibleDescription(description);
    // The street input is the field's buddy, so it carries the field's name; the
    // other parts say which part of which address they are.
    m_street->setAccessibleName(name);
    m_street->setAccessibleDescription(m_partLabels[0]->text() + QStringLiteral(". ") +
                                       description);
    const QList<QWidget*> inputs = tabChain();
    for (int part = 1; part < inputs.size(); ++part) {
        inputs[part]->setAccessibleName(name + QStringLiteral(": ") + m_partLabels[part]->text());
        inputs[part]->setAccessibleDescription(description);
    }
}

void AddressFieldEditor::setEditable(bool editable)
{
    for (QWidget* input : tabChain()) {
        if (auto* line = qobject_cast<QLineEdit*>(input))
            line->setReadOnly(!editable);
        else
            input->setEnabled(editable);
    }
}

void AddressFieldEditor::retranslate()
{
    m_partLabels[0]->setText(tr("Street"));
    m_partLabels[1]->setText(tr("Number"));
    m_partLabels[2]->setText(tr("Postal code"));
    m_partLabels[3]->setText(tr("Locality"));
    m_partLabels[4]->setText(tr("Country"));
    fillCountries();
}

} // namespace guichet
