#include "DateFieldEditor.h"

#include "AccessibleNames.h"
#include "AnswerText.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace guichet {

DateFieldEditor::DateFieldEditor(forms::FormField field, QWidget* parent)
    : FieldEditor(std::move(field), parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("input_") + m_field.id);
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(u'0') * 16);
    m_calendarButton = new QToolButton(this);
    m_calendarButton->setObjectName(QStringLiteral("calendar_") + m_field.id);
    layout->addWidget(m_edit);
    layout->addWidget(m_calendarButton);
    layout->addStretch(1);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_iso = value().toString();
        reportEdit();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, &DateFieldEditor::editingFinished);
    connect(m_calendarButton, &QToolButton::clicked, this, &DateFieldEditor::openCalendar);
    retranslate();
}

QDate DateFieldEditor::parse(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    QDate day = QDate::fromString(text, Qt::ISODate);
    const QLocale locale;
    const QStringList formats{AnswerText::dateFormat(), locale.dateFormat(QLocale::ShortFormat),
                              QStringLiteral("d.M.yyyy"), QStringLiteral("d/M/yyyy"),
                              QStringLiteral("d-M-yyyy")};
    for (const QString& format : formats) {
        if (day.isValid())
            break;
        day = locale.toDate(text, format);
    }
    return day;
}

QJsonValue DateFieldEditor::value() const
{
    const QDate day = parse(m_edit->text());
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate))
                         : QJsonValue(QJsonValue::Undefined);
}

QString DateFieldEditor::inputProblem() const
{
    if (m_edit->text().trimmed().isEmpty() || parse(m_edit->text()).isValid())
        return {};
    return tr("Enter a date such as %1.").arg(AnswerText::date(QDate(2025, 3, 14)));
}

QWidget* DateFieldEditor::focusTarget() const
{
    return m_edit;
}

QList<QWidget*> DateFieldEditor::tabChain() const
{
    return {m_edit, m_calendarButton};
}

void DateFieldEditor::setEditable(bool editable)
{
    m_edit->setReadOnly(!editable);
    m_calendarButton->setEnabled(editable);
}

void DateFieldEditor::retranslate()
{
    m_edit->setPlaceholderText(AnswerText::dateFormat().toUpper());
    m_calendarButton->setText(tr("Calendar…"));
    m_calendarButton->setAccessibleName(tr("Choose the date in a calendar"));
    // Shown again in the new language's date format.
    const QDate day = QDate::fromString(m_iso, Qt::ISODate);
    if (day.isValid())
        m_edit->setText(AnswerText::date(day));
}

void DateFieldEditor::showValue(const QJsonValue& value)
{
    const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
    m_iso = day.isValid() ? value.toString() : QString();
    m_edit->setText(day.isValid() ? AnswerText::date(day) : value.toString());
}

void DateFieldEditor::openCalendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setObjectName(QStringLiteral("calendarPopup_") + m_field.id);
        m_calendar->setWindowFlag(Qt::Popup);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateFieldEditor::pick);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateFieldEditor::pick);
    }
    AccessibleNames::calendar(m_calendar);
    const QDate current = parse(m_edit->text());
    m_calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
    m_calendar->move(m_calendarButton->mapToGlobal(QPoint(0, m_calendarButton->height())));
    m_calendar->show();
    m_calendar->setFocus();
}

void DateFieldEditor::pick(const QDate& day)
{
    m_calendar->hide();
    m_iso = day.toString(Qt::ISODate);
    m_edit->setText(AnswerText::date(day));
    m_edit->setFocus();
    reportEdit();
    Q_EMIT editingFinished();
}

} // namespace guichet
