#pragma once

#include "FieldEditor.h"

#include <QDate>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace guichet {

// A date typed as 2025-03-14 or in the locale's way (14/03/2025, 14.03.2025), or
// picked in a calendar. A line edit rather than QDateEdit: an unanswered date must
// stay empty instead of showing today.
class DateFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit DateFieldEditor(forms::FormField field, QWidget* parent = nullptr);

    [[nodiscard]] QJsonValue value() const override;
    [[nodiscard]] QString inputProblem() const override;
    [[nodiscard]] QWidget* focusTarget() const override;
    [[nodiscard]] QList<QWidget*> tabChain() const override;
    void setEditable(bool editable) override;
    void retranslate() override;

    // Reads what a person may type; an invalid date when it is not one.
    [[nodiscard]] static QDate parse(const QString& text);

protected:
    void showValue(const QJsonValue& value) override;

private:
    void openCalendar();
    void pick(const QDate& day);

    QLineEdit* m_edit = nullptr;
    QToolButton* m_calendarButton = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QString m_iso; // the date shown, re-shown in the new format after a language change
};

} // namespace guichet
